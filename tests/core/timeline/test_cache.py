"""TimelineCache: reopening a text reuses its timeline; anything odd rebuilds, never raises."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.core import cache as cache_module
from reader.core.timeline import Timeline, build_timeline
from reader.core.timeline.cache import TimelineCache

TEXT = "The treaty was signed in 1648. Two years later, in 1650, the war ended."


class CountingBuild:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str, **kwargs: object) -> Timeline:
        self.calls += 1
        return build_timeline(text, **kwargs)


def test_second_request_comes_from_the_cache(tmp_path: Path) -> None:
    build = CountingBuild()
    cache = TimelineCache(tmp_path)
    first = cache.get_or_build(TEXT, title="t", build=build)
    second = TimelineCache(tmp_path).get_or_build(TEXT, title="t", build=build)
    assert build.calls == 1
    assert second == first
    assert [e.label for e in second.entries] == [e.label for e in first.entries]
    assert "1648" in [e.label for e in second.entries]


@pytest.mark.parametrize(
    "change", [{"dct": "2020-01-01"}, {"title": "other"}, {"mode": "news"}, {"asides": ((0, 30),)}]
)
def test_inputs_are_part_of_the_key(tmp_path: Path, change: dict[str, object]) -> None:
    build = CountingBuild()
    cache = TimelineCache(tmp_path)
    cache.get_or_build(TEXT, title="t", build=build)
    cache.get_or_build(TEXT, **{"title": "t", **change}, build=build)
    assert build.calls == 2


def test_new_code_invalidates_old_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = CountingBuild()
    TimelineCache(tmp_path).get_or_build(TEXT, build=build)
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "changed-rules")
    TimelineCache(tmp_path).get_or_build(TEXT, build=build)
    assert build.calls == 2


def test_corrupt_entry_is_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    build = CountingBuild()
    cache = TimelineCache(tmp_path)
    cache.get_or_build(TEXT, build=build)
    (entry,) = tmp_path.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING):
        timeline = cache.get_or_build(TEXT, build=build)
    assert build.calls == 2
    assert timeline.entries
    assert "unreadable timeline cache" in caplog.text


def test_unwritable_folder_still_builds(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    timeline = TimelineCache(blocker / "sub").get_or_build(TEXT)
    assert [e.label for e in timeline.entries][:2] == ["1648", "1650"]


def test_oldest_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TimelineCache, "max_entries", 3)
    cache = TimelineCache(tmp_path)
    for year in range(1900, 1906):
        cache.get_or_build(f"It happened in {year}.")
    assert len(list(tmp_path.glob("*.pickle"))) == 3
