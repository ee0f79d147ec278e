"""Find the app's bundled resources, in a checkout and in an installed wheel.

The wheel maps the top-level ``resources/`` folder to ``reader/resources`` (see pyproject.toml), and a
PyInstaller bundle puts it beside the package the same way, so one lookup serves all three layouts.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder that holds the sample, icons, themes and desktop files."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "sample").is_dir():
            return candidate
    raise FileNotFoundError("Timeline Reader's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource, e.g. ``resource_path("sample", "x.txt")``."""
    return resources_dir().joinpath(*parts)


def sample_path() -> Path:
    """The bundled sample article, shown when no file is given."""
    return resource_path("sample", "china-russia-friendship.txt")
