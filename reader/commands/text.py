"""``reader text [--json] [--raw] FILE``: print the clean text the app displays for FILE.

The text is exactly ``Document.text`` (UTF-8, ``\\n`` line ends, one paragraph per line), so offsets
computed on it match the app. ``--json`` prints ``{"title", "author", "date", "format", "encoding",
"text"}``. Errors print one line to stderr and exit with status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from reader.core.document import DocumentError
from reader.core.loaders import load_document


def main(argv: Sequence[str]) -> int:
    """Load FILE and print its clean text (or JSON)."""
    parser = argparse.ArgumentParser(prog="reader text", description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print title, author, date, format, encoding, text")
    parser.add_argument("--raw", action="store_true", help="plain text: keep web-page debris (no reader mode)")
    args = parser.parse_args(argv)
    try:
        doc = load_document(args.file, reader_mode=not args.raw)
    except DocumentError as err:
        print(f"reader text: {err}", file=sys.stderr)
        return 1
    if args.json:
        fields = {k: getattr(doc, k) for k in ("title", "author", "date", "format", "encoding", "text")}
        out = json.dumps(fields, ensure_ascii=False) + "\n"
    else:
        out = doc.text + "\n"
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()
    return 0
