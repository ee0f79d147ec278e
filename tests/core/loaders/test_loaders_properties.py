"""Properties over arbitrary text: offsets always index the text; reader mode never drops prose."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from loaders_helpers import assert_offsets

from reader.core.document import DocumentError
from reader.core.loaders import document_from_text
from reader.core.loaders.markdown import document_from_markdown
from reader.core.loaders.webtext import reader_mode

LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
WORDS = st.lists(st.sampled_from(["the", "treaty", "of", "1689", "was", "Share", "Read", "more", "top", "page"]),
                 min_size=8, max_size=20).map(lambda w: " ".join(w) + ".")  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_sound_offsets(lines: list[str], eol: str) -> None:
    try:
        doc = document_from_text(eol.join(lines))
    except DocumentError:
        return  # nothing readable: refused, which is fine
    assert_offsets(doc)


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_any_markdown_gives_sound_offsets(lines: list[str]) -> None:
    try:
        doc = document_from_markdown("\n".join(lines))
    except DocumentError:
        return
    assert_offsets(doc)
    for style in doc.styles:
        assert 0 <= style.start < style.end <= len(doc.text)
        assert "\n" not in doc.text[style.start : style.end]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, LINE.map(str.strip).filter(bool)), max_size=30))
def test_reader_mode_never_drops_prose(lines: list[str]) -> None:
    kept = reader_mode(lines).lines
    for line in lines:  # prose: eight words or more, ending its sentence
        if len(line.split()) >= 8 and line.endswith("."):
            assert line in kept
