"""``reader timex [--dct YYYY-MM-DD|none] [--mode news|narrative] FILE``: one JSON object per line.

Offsets index the file's text decoded as UTF-8 with newlines kept exactly as in the file, which is
what ../shared/tools/timex_eval.py scores. Each line has start, end, text, type and value, plus
mod, end_value (ranges) and relative (value computed from a reference time) when they apply.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from reader.core.timex import tag


def main(argv: Sequence[str]) -> int:
    """Tag FILE and print its time expressions."""
    parser = argparse.ArgumentParser(prog="reader timex", description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--dct", default="none", help="document creation time, YYYY-MM-DD, or 'none'")
    parser.add_argument("--mode", choices=("news", "narrative"), default="news")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8", newline="") as fh:  # a BOM stays a character: offsets count it
            text = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        print(f"reader timex: cannot read {args.file}: {err}", file=sys.stderr)
        return 1
    dct = None if args.dct.lower() in ("", "none") else args.dct
    lines = [json.dumps(t.to_json(), ensure_ascii=False) for t in tag(text, dct=dct, mode=args.mode)]
    try:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()
    except BrokenPipeError:  # `reader timex FILE | head`: the reader left, which is fine
        sys.stdout = None  # type: ignore[assignment]  # no second error at interpreter exit
    return 0
