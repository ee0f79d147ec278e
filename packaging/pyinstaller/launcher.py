"""The bundle's entry point: the same ``reader`` command as the installed package."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
