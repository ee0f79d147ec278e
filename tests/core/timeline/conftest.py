"""Helpers for the timeline tests: hand-built Timex lists, so the tests do not depend on the tagger."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.timex import Timex

TimexFactory = Callable[..., Timex]


@pytest.fixture
def tx() -> Callable[..., Timex]:
    """``tx(text, phrase, value, nth=0, type="DATE", mod=None, end_value=None, relative=False)``."""

    def make(text: str, phrase: str, value: str, nth: int = 0, **kw: object) -> Timex:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        kw.setdefault("type", "DATE")
        return Timex(start, start + len(phrase), phrase, value=value, **kw)  # type: ignore[arg-type]

    return make
