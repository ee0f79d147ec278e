"""The desktop entry, the AppStream metainfo and the icons: valid, and one app id everywhere."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_DIR = ROOT / "resources" / "desktop"
ICONS_DIR = ROOT / "resources" / "icons"
DESKTOP_FILE = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
MIME_TYPES = {
    "text/plain",
    "text/html",
    "application/xhtml+xml",
    "text/markdown",
    "application/epub+zip",
    "application/pdf",
}
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return path


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    problems = [line for line in result.stdout.splitlines() if "error:" in line or "warning:" in line]
    assert result.returncode == 0, result.stdout + result.stderr
    assert not problems


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_files_of_every_supported_type() -> None:
    entry = _entry()
    assert entry["Exec"].split()[-1] == "%F"
    assert entry["Icon"] == APP_ID
    assert set(filter(None, entry["MimeType"].split(";"))) == MIME_TYPES
    assert entry["Categories"]
    assert entry["Keywords"]


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]
    assert {m.text for m in root.iter("mediatype")} == MIME_TYPES
    assert root.find("content_rating") is not None
    assert root.find("screenshots/screenshot/image") is not None
    assert root.find("releases/release").get("version") == __version__, "add a <release> for this version"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    png = ICONS_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (size, size)


def test_icon_svg_is_well_formed() -> None:
    root = ET.parse(ICONS_DIR / f"{APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"
