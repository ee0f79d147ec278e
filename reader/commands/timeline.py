"""Print the timeline of a document as JSON, CSV, Markdown or TimelineJS 3 JSON.

``reader timeline FILE [--format json|csv|md|timelinejs] [--dct YYYY-MM-DD] [--mode narrative|news]``
loads FILE with the app's loaders (``load_document``), builds its timeline against the document's date
(or ``--dct``) and prints it, reading it as the app does (news for a dated article, narrative otherwise)
unless ``--mode`` says. Offsets index the document text the app displays.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from reader.core.document import DocumentError
from reader.core.export import FORMATS, export
from reader.core.loaders import load_document
from reader.core.timeline import build_timeline

_ISO_DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")


def _dct(value: str) -> str:
    if not _ISO_DAY.fullmatch(value):
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}")
    return value


def main(argv: Sequence[str]) -> int:
    """Print the timeline of FILE; exit 1 with one line on stderr if it cannot be loaded."""
    parser = argparse.ArgumentParser(prog="reader timeline", description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--format", choices=tuple(FORMATS), default="json")
    parser.add_argument("--dct", type=_dct, help="document creation time, YYYY-MM-DD (default: the document's date)")
    parser.add_argument(
        "--mode",
        choices=("narrative", "news"),
        help="how the tagger resolves relative dates (default: news for a dated article, as the app reads it)",
    )
    args = parser.parse_args(argv)
    try:
        doc = load_document(args.file)
    except DocumentError as err:
        print(f"reader timeline: {err}", file=sys.stderr)
        return 1
    dct = args.dct or doc.date
    timeline = build_timeline(doc.text, title=doc.title, dct=dct, mode=args.mode or doc.reading_mode, asides=doc.asides)
    sys.stdout.write(export(timeline, doc.text, args.format))
    return 0
