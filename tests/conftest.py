"""Shared test setup: offscreen Qt, paths to the bundled sample and to ../shared."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test runs may write into the user's cache (timeline cache, logs): give the run its own.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="reader-tests-cache-")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled sample article, as the app loads it from resources/."""
    return (ROOT / "resources" / "sample" / "china-russia-friendship.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (read-only): corpus, TimeML data, tools. Tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED
