"""`python -m reader [FILE]` and the command-line subcommands."""

import sys

from reader.cli import main

sys.exit(main())
