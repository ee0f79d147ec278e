"""Main-text extraction quality on the saved news pages of ../shared/corpus: token-level F1 vs gold.

Gold: Readability's ``expected.html`` (its text) and the scrapinghub benchmark's ``.expected.txt``.
Each page is scored for our loader (``load_document``, what the app displays, title line included)
and for trafilatura variants and its bundled fallbacks, so the choice in reader/core/loaders/html.py
stays measured. Tokens are lower-cased ``\\w+`` runs; precision, recall and F1 are over token bags.

Run: ``.venv/bin/python bench/extraction_quality.py [--corpus ../shared/corpus] [--markdown]``
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.loaders import load_document  # noqa: E402

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """Bag of lower-cased word tokens."""
    return Counter(_TOKEN.findall(text.lower()))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Token-bag precision, recall and F1 of ``pred`` against ``gold``."""
    p, g = tokens(pred), tokens(gold)
    overlap = sum((p & g).values())
    precision = overlap / max(1, sum(p.values()))
    recall = overlap / max(1, sum(g.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def gold_pages(corpus: Path) -> list[tuple[str, Path, str]]:
    """(name, source page, gold text) for every page with a gold file."""
    import lxml.html

    pages: list[tuple[str, Path, str]] = []
    for expected in sorted(corpus.glob("**/expected.html")):
        gold = lxml.html.fromstring(expected.read_bytes()).text_content()
        pages.append((f"{expected.parent.parent.name}/{expected.parent.name}", expected.parent / "source.html", gold))
    for expected in sorted(corpus.glob("**/*.expected.txt")):
        page = expected.with_name(expected.name.replace(".expected.txt", ".html"))
        pages.append((f"{expected.parent.name}/{page.stem}", page, expected.read_text(encoding="utf-8")))
    return pages


def _trafilatura(**kwargs) -> Callable[[bytes], str]:
    def run(html: bytes) -> str:
        import trafilatura

        return trafilatura.extract(html, include_comments=False, **kwargs) or ""

    return run


def _baseline(html: bytes) -> str:
    from trafilatura import baseline

    return baseline(html)[1]


def _readability(html: bytes) -> str:
    import lxml.html
    from trafilatura.readability_lxml import Document
    from trafilatura.utils import load_html

    return lxml.html.fromstring(Document(load_html(html)).summary()).text_content()


def _ours(path: Path, *, body_only: bool = False) -> str:
    doc = load_document(path)
    if body_only and doc.headings and doc.headings[0].level == 1 and doc.headings[0].start == 0:
        return doc.text[doc.headings[0].end :]  # the gold files have no title line
    return doc.text


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "trafilatura (default)": _trafilatura(),
    "trafilatura favor_precision": _trafilatura(favor_precision=True),
    "trafilatura favor_recall": _trafilatura(favor_recall=True),
    "trafilatura fast (no fallback)": _trafilatura(fast=True),
    "trafilatura baseline()": _baseline,
    "readability (trafilatura's port)": _readability,
}


def main(argv: list[str] | None = None) -> int:
    """Print a per-page F1 table and the mean per extractor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = gold_pages(args.corpus)
    if not pages:
        print(f"no gold pages under {args.corpus}", file=sys.stderr)
        return 1
    names = ["ours (load_document)", "ours, title line excluded", *EXTRACTORS]
    scores: dict[str, list[tuple[float, float, float]]] = {n: [] for n in names}
    times: dict[str, float] = dict.fromkeys(names, 0.0)
    print("| page | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for label, page, gold in pages:
        html = page.read_bytes()
        row = []
        for name in names:
            t = time.perf_counter()
            text = _ours(page, body_only=name == names[1]) if name in names[:2] else EXTRACTORS[name](html)
            times[name] += time.perf_counter() - t
            score = prf(text, gold)
            scores[name].append(score)
            row.append(f"{score[2]:.3f}")
        print(f"| {label} | " + " | ".join(row) + " |")
    n = len(pages)
    for i, what in enumerate(("mean precision", "mean recall", "**mean F1**")):
        print(f"| {what} | " + " | ".join(f"{sum(s[i] for s in scores[k]) / n:.3f}" for k in names) + " |")
    print("| total time (s) | " + " | ".join(f"{times[k]:.2f}" for k in names) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
