"""``reader --install-desktop`` / ``--uninstall-desktop`` against temporary XDG folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import APP_ID
from reader.desktop import MIME_TYPES, XdgDirs, desktop_entry_text, install, uninstall

ROOT = Path(__file__).resolve().parents[2]
EXISTING_MIMEAPPS = """\
[Default Applications]
text/plain=org.gnome.TextEditor.desktop;
application/pdf=org.gnome.Evince.desktop;

[Added Associations]
text/plain=org.gnome.TextEditor.desktop;
"""


@pytest.fixture
def dirs(tmp_path: Path) -> XdgDirs:
    """Empty XDG data and config folders."""
    return XdgDirs(data=tmp_path / "data", config=tmp_path / "config")


def _snapshot(*roots: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``roots``, with the files' contents."""
    found: dict[str, bytes | None] = {}
    for root in roots:
        for path in sorted(root.rglob("*")) if root.exists() else []:
            found[str(path)] = path.read_bytes() if path.is_file() else None
    return found


def _quiet(_argv: object) -> None:
    """A tool runner that runs nothing."""


def test_install_puts_entry_icons_and_associations_in_place(dirs: XdgDirs, capsys: object) -> None:
    assert install(dirs, launcher=["/opt/reader/bin/reader"], run=_quiet) == 0

    entry = (dirs.applications / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/reader/bin/reader %F\n" in entry
    assert "TryExec=/opt/reader/bin/reader\n" in entry
    assert (dirs.hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (dirs.hicolor / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    mimeapps = dirs.mimeapps.read_text(encoding="utf-8")
    for mime in MIME_TYPES:
        assert f"{mime}={APP_ID}.desktop;" in mimeapps
    assert "[Default Applications]" not in mimeapps
    assert dirs.manifest.is_file()
    assert "Undo with: reader --uninstall-desktop" in capsys.readouterr().out


def test_uninstall_restores_the_folders_exactly(dirs: XdgDirs) -> None:
    dirs.config.mkdir(parents=True)
    dirs.mimeapps.write_text(EXISTING_MIMEAPPS, encoding="utf-8")
    (dirs.applications).mkdir(parents=True)
    (dirs.applications / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    before = _snapshot(dirs.data, dirs.config)

    install(dirs, launcher=["/usr/bin/reader"], run=_quiet)
    mimeapps = dirs.mimeapps.read_text(encoding="utf-8")
    assert f"text/plain=org.gnome.TextEditor.desktop;{APP_ID}.desktop;" in mimeapps
    assert "application/pdf=org.gnome.Evince.desktop;\n" in mimeapps, "defaults are left alone"
    uninstall(dirs, run=_quiet)

    assert _snapshot(dirs.data, dirs.config) == before


def test_install_twice_then_uninstall_leaves_nothing(dirs: XdgDirs) -> None:
    install(dirs, launcher=["/usr/bin/reader"], run=_quiet)
    install(dirs, launcher=["/usr/local/bin/reader"], run=_quiet)
    entry = (dirs.applications / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=/usr/local/bin/reader %F" in entry
    assert dirs.mimeapps.read_text(encoding="utf-8").count(f"text/plain={APP_ID}.desktop;") == 1
    uninstall(dirs, run=_quiet)
    assert _snapshot(dirs.data, dirs.config) == {}


def test_a_replaced_file_is_put_back(dirs: XdgDirs) -> None:
    target = dirs.applications / f"{APP_ID}.desktop"
    target.parent.mkdir(parents=True)
    target.write_text("an older entry\n", encoding="utf-8")
    install(dirs, launcher=["/usr/bin/reader"], run=_quiet)
    assert target.read_text(encoding="utf-8") != "an older entry\n"
    uninstall(dirs, run=_quiet)
    assert target.read_text(encoding="utf-8") == "an older entry\n"
    assert not (dirs.data / "timeline-reader").exists()


def test_a_file_changed_after_install_is_left(dirs: XdgDirs, capsys: object) -> None:
    install(dirs, launcher=["/usr/bin/reader"], run=_quiet)
    entry = dirs.applications / f"{APP_ID}.desktop"
    entry.write_text("edited by the user\n", encoding="utf-8")
    uninstall(dirs, run=_quiet)
    assert entry.read_text(encoding="utf-8") == "edited by the user\n"
    assert f"Left {entry}" in capsys.readouterr().out
    assert not (dirs.hicolor / "48x48" / "apps" / f"{APP_ID}.png").exists()


def test_uninstall_without_an_install_does_nothing(dirs: XdgDirs, capsys: object) -> None:
    assert uninstall(dirs, run=_quiet) == 0
    assert "Nothing to uninstall" in capsys.readouterr().out
    assert _snapshot(dirs.data, dirs.config) == {}


def test_cache_tools_run_and_their_caches_go_on_uninstall(dirs: XdgDirs) -> None:
    calls: list[list[str]] = []

    def runner(argv: list[str]) -> None:
        calls.append(list(argv))
        if argv[0] == "update-desktop-database":
            (Path(argv[-1]) / "mimeinfo.cache").write_text("[MIME Cache]\n", encoding="utf-8")

    install(dirs, launcher=["/usr/bin/reader"], run=runner)
    assert calls == [["update-desktop-database", "-q", str(dirs.applications)]]
    assert (dirs.applications / "mimeinfo.cache").exists()
    uninstall(dirs, run=runner)
    assert _snapshot(dirs.data, dirs.config) == {}


@pytest.mark.parametrize(
    ("launcher", "exec_line"),
    [
        (["/opt/my apps/python", "-m", "reader"], 'Exec="/opt/my apps/python" -m reader %F'),
        (["/opt/100%/reader"], "Exec=/opt/100%%/reader %F"),
        (['/opt/a "b"/reader'], 'Exec="/opt/a \\\\"b\\\\"/reader" %F'),
    ],
)
def test_exec_quotes_what_the_spec_reserves(launcher: list[str], exec_line: str) -> None:
    assert exec_line + "\n" in desktop_entry_text(launcher)


def test_installed_entry_validates(dirs: XdgDirs) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils)")
    install(dirs, launcher=["/opt/my apps/python", "-m", "reader"], run=_quiet)
    result = subprocess.run(
        [validator, str(dirs.applications / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_xdg_dirs_default_under_home_and_ignore_relative_paths() -> None:
    dirs = XdgDirs.from_environ({"HOME": "/home/ann", "XDG_DATA_HOME": "relative/data"})
    assert dirs.data == Path("/home/ann/.local/share")
    assert dirs.config == Path("/home/ann/.config")
    dirs = XdgDirs.from_environ({"HOME": "/home/ann", "XDG_CONFIG_HOME": "/cfg"})
    assert dirs.mimeapps == Path("/cfg/mimeapps.list")


def test_command_line_round_trip_without_qt(tmp_path: Path) -> None:
    """The real options, in a fresh process, with the real cache tools where installed; Qt never loads."""
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    code = (
        "import sys\nfrom reader.cli import main\nrc = main(sys.argv[1:])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\nsys.exit(rc)\n"
    )
    for option in ("--install-desktop", "--uninstall-desktop"):
        result = subprocess.run(
            [sys.executable, "-c", code, option], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        if option == "--install-desktop":
            entry = (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
            assert f"Exec={sys.executable} -m reader %F" in entry
    assert _snapshot(tmp_path / "data", tmp_path / "config") == {}


def test_install_option_takes_no_files(capsys: object) -> None:
    from reader.cli import main

    with pytest.raises(SystemExit):
        main(["--install-desktop", "a.txt"])
    assert "take no files" in capsys.readouterr().err


def test_launcher_is_the_reader_script_or_python_m(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.desktop import launcher_command

    script = tmp_path / "bin" / "reader"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert launcher_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/site-packages/reader/__main__.py"])
    assert launcher_command() == [os.path.abspath(sys.executable), "-m", "reader"]


def test_a_checkout_that_is_not_installed_starts_in_its_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.desktop import launcher_workdir

    python_m = [sys.executable, "-m", "reader"]
    monkeypatch.setattr(sys, "path", [str(ROOT), "/usr/lib/python3.11"])
    assert launcher_workdir(python_m) == str(ROOT)
    assert f"\nPath={ROOT}\n" in desktop_entry_text(python_m, launcher_workdir(python_m))
    monkeypatch.setattr(sys, "path", [str(ROOT), "/usr/lib/python3.11", str(ROOT)])  # an editable install
    assert launcher_workdir(python_m) is None
    assert launcher_workdir(["/usr/bin/reader"]) is None
