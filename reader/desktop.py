"""``reader --install-desktop`` / ``--uninstall-desktop``: put the app into the user's menu and "Open with".

Install copies the desktop entry (its ``Exec`` pointing at the launcher that runs now), the icons and the MIME
associations into the user's XDG folders, runs the desktop caches' tools where present, and records in a
manifest exactly what it added or changed. Uninstall undoes exactly that and nothing else. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from reader import APP_ID
from reader.resources import resource_path

MANIFEST_VERSION = 1
MIME_TYPES = (
    "text/plain",
    "text/html",
    "application/xhtml+xml",
    "text/markdown",
    "application/epub+zip",
    "application/pdf",
)
# "Open with" lists the app for these types; the user's default applications are left as they are.
MIME_SECTION = "Added Associations"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TOOL_TIMEOUT = 30.0

Runner = Callable[[Sequence[str]], None]


@dataclass
class XdgDirs:
    """The user's data and config folders (``$XDG_DATA_HOME``, ``$XDG_CONFIG_HOME``)."""

    data: Path
    config: Path

    @classmethod
    def from_environ(cls, environ: dict[str, str] | None = None) -> XdgDirs:
        """Read the folders from the environment, with the XDG defaults under the home folder."""
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())
        return cls(
            data=_xdg_dir(env.get("XDG_DATA_HOME"), home / ".local" / "share"),
            config=_xdg_dir(env.get("XDG_CONFIG_HOME"), home / ".config"),
        )

    @property
    def applications(self) -> Path:
        """Where desktop entries go."""
        return self.data / "applications"

    @property
    def hicolor(self) -> Path:
        """The fallback icon theme, where app icons go."""
        return self.data / "icons" / "hicolor"

    @property
    def mimeapps(self) -> Path:
        """The user's MIME associations."""
        return self.config / "mimeapps.list"

    @property
    def manifest(self) -> Path:
        """The record of what install did."""
        return self.data / "timeline-reader" / "desktop-install.json"

    @property
    def backups(self) -> Path:
        """Copies of files that install replaced, put back by uninstall."""
        return self.data / "timeline-reader" / "desktop-backup"


@dataclass
class Manifest:
    """What one install added or changed, so that uninstall can undo exactly that."""

    files: dict[str, str] = field(default_factory=dict)  # path -> sha256 of what we wrote
    backups: dict[str, str] = field(default_factory=dict)  # path -> backup copy of what we replaced
    generated: list[str] = field(default_factory=list)  # caches that did not exist before install
    dirs: list[str] = field(default_factory=list)  # folders install created
    mime_file: str = ""
    mime_file_created: bool = False
    mime_added: list[tuple[str, str]] = field(default_factory=list)  # (section, mime type)
    mime_sections_created: list[str] = field(default_factory=list)
    exec_line: str = ""

    def to_json(self) -> str:
        """Serialize for the manifest file."""
        data = {"version": MANIFEST_VERSION, "app_id": APP_ID, **self.__dict__}
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Read a manifest file written by ``to_json``."""
        data = json.loads(text)
        if data.get("version") != MANIFEST_VERSION or data.get("app_id") != APP_ID:
            raise ValueError("not a Timeline Reader desktop manifest of a known version")
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["mime_added"] = [tuple(pair) for pair in fields.get("mime_added", [])]
        return cls(**fields)


def launcher_command() -> list[str]:
    """The command that starts this app again: the frozen bundle, the ``reader`` script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if Path(argv0).stem == "reader":
        script = argv0 if os.sep in argv0 else shutil.which(argv0)  # started through $PATH
        if script and Path(script).is_file():
            return [os.path.abspath(script)]
    return [os.path.abspath(sys.executable), "-m", "reader"]


def launcher_workdir(launcher: Sequence[str]) -> str | None:
    """The folder ``launcher`` must start in: a checkout's, when ``python -m reader`` only works from there."""
    if launcher[1:] != ["-m", "reader"]:
        return None
    root = Path(__file__).resolve().parent.parent
    # sys.path[0] is the current folder under -m; an installed or editable package is on the rest of the path.
    elsewhere = {Path(p).resolve() for p in sys.path[1:] if p}
    return None if root in elsewhere else str(root)


def desktop_entry_text(launcher: Sequence[str], workdir: str | None = None) -> str:
    """The bundled desktop entry with ``Exec`` and ``TryExec`` pointing at ``launcher`` (run in ``workdir``)."""
    lines = []
    for line in resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quote(arg) for arg in launcher) + " %F"
            if workdir:
                line += "\nPath=" + _string_escape(workdir)
        elif line.startswith("TryExec="):
            line = "TryExec=" + _string_escape(launcher[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(
    dirs: XdgDirs,
    launcher: Sequence[str] | None = None,
    run: Runner | None = None,
    out: TextIO | None = None,
) -> int:
    """Install the desktop entry, icons and MIME associations for the user. Returns an exit code."""
    run = run or run_tool
    out = out or sys.stdout
    if dirs.manifest.exists():
        print("Replacing the previous desktop installation.", file=out)
        uninstall(dirs, run=run, out=out, refresh=False)
    manifest = Manifest()
    launcher = list(launcher or launcher_command())
    entry = desktop_entry_text(launcher, launcher_workdir(launcher))
    manifest.exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    caches = _caches(dirs)
    existed = {path for path in caches if path.exists()}

    _write(dirs, manifest, dirs.applications / f"{APP_ID}.desktop", entry.encode())
    _write(dirs, manifest, dirs.hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
           resource_path("icons", f"{APP_ID}.svg").read_bytes())  # fmt: skip
    for size in ICON_SIZES:
        rel = Path(f"{size}x{size}", "apps", f"{APP_ID}.png")
        _write(dirs, manifest, dirs.hicolor / rel, resource_path("icons", "hicolor", rel).read_bytes())
    _add_mime_associations(dirs, manifest)

    _refresh_caches(dirs, run)
    manifest.generated = [str(path) for path in caches if path.exists() and path not in existed]
    _mkdirs(dirs.manifest.parent, manifest)
    dirs.manifest.write_text(manifest.to_json(), encoding="utf-8")
    print(f"Installed {APP_ID} for this user:", file=out)
    print(f"  {manifest.exec_line}", file=out)
    print(f"  {len(manifest.files)} files under {dirs.data}", file=out)
    print(f"  'Open with' for {len(manifest.mime_added)} file types in {dirs.mimeapps}", file=out)
    print("Undo with: reader --uninstall-desktop", file=out)
    return 0


def uninstall(dirs: XdgDirs, run: Runner | None = None, out: TextIO | None = None, refresh: bool = True) -> int:
    """Remove exactly what ``install`` added, and put back what it replaced. Returns an exit code."""
    run = run or run_tool
    out = out or sys.stdout
    if not dirs.manifest.exists():
        print(f"Nothing to uninstall: no record of a desktop installation ({dirs.manifest}).", file=out)
        return 0
    try:
        manifest = Manifest.from_json(dirs.manifest.read_text(encoding="utf-8"))
    except (ValueError, TypeError) as err:
        print(f"reader: cannot read {dirs.manifest}: {err}", file=sys.stderr)
        return 1
    kept = []
    for name, digest in manifest.files.items():
        path = Path(name)
        if not path.exists():
            continue
        if _sha256(path.read_bytes()) != digest:
            kept.append(path)
            continue
        path.unlink()
        backup = manifest.backups.get(name)
        if backup and Path(backup).exists():
            shutil.move(backup, path)
    _remove_mime_associations(manifest)
    if refresh:
        _refresh_caches(dirs, run)
    for name in manifest.generated:
        _remove_generated_cache(Path(name))
    dirs.manifest.unlink()
    for name in sorted({*manifest.dirs, str(dirs.backups)}, key=len, reverse=True):
        _rmdir_empty_tree(Path(name))
    for path in kept:
        print(f"Left {path}: it changed after the install.", file=out)
    print(f"Uninstalled {APP_ID} for this user.", file=out)
    return 0


def run_tool(argv: Sequence[str]) -> None:
    """Run a desktop cache tool if it is installed; never fail because of it."""
    if shutil.which(argv[0]) is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(list(argv), capture_output=True, timeout=TOOL_TIMEOUT, check=False)


def main(install_it: bool) -> int:
    """The ``--install-desktop`` / ``--uninstall-desktop`` options."""
    dirs = XdgDirs.from_environ()
    try:
        return install(dirs) if install_it else uninstall(dirs)
    except OSError as err:
        print(f"reader: {err}", file=sys.stderr)
        return 1


# Helpers


def _xdg_dir(value: str | None, default: Path) -> Path:
    # The spec: a relative path in the variable is invalid and ignored.
    return Path(value) if value and os.path.isabs(value) else default


def _caches(dirs: XdgDirs) -> list[Path]:
    return [dirs.applications / "mimeinfo.cache", dirs.hicolor / "icon-theme.cache"]


def _refresh_caches(dirs: XdgDirs, run: Runner) -> None:
    if dirs.applications.is_dir():
        run(["update-desktop-database", "-q", str(dirs.applications)])
    # Without an index.theme the tool would fail (or, with -t, create a cache the theme does not have).
    if (dirs.hicolor / "index.theme").exists():
        run(["gtk-update-icon-cache", "-q", "-f", str(dirs.hicolor)])


def _remove_generated_cache(path: Path) -> None:
    # A cache install created is ours to remove, unless entries installed since then now live in it.
    if not path.exists():
        return
    if path.name == "mimeinfo.cache":
        others = any(path.parent.glob("*.desktop"))
    else:
        others = any(p.is_file() and p.name not in (path.name, "index.theme") for p in path.parent.rglob("*"))
    if not others:
        path.unlink()


def _write(dirs: XdgDirs, manifest: Manifest, path: Path, data: bytes) -> None:
    _mkdirs(path.parent, manifest)
    if path.exists():
        backup = dirs.backups / path.relative_to(dirs.data)
        _mkdirs(backup.parent, manifest)
        shutil.copy2(path, backup)
        manifest.backups[str(path)] = str(backup)
    path.write_bytes(data)
    manifest.files[str(path)] = _sha256(data)


def _mkdirs(path: Path, manifest: Manifest) -> None:
    missing = []
    for parent in (path, *path.parents):
        if parent.exists():
            break
        missing.append(parent)
    path.mkdir(parents=True, exist_ok=True)
    manifest.dirs.extend(str(p) for p in missing if str(p) not in manifest.dirs)


def _rmdir_empty_tree(path: Path) -> None:
    if not path.is_dir():
        return
    for child in sorted(path.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if child.is_dir() and not any(child.iterdir()):
            child.rmdir()
    if not any(path.iterdir()):
        path.rmdir()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _exec_quote(arg: str) -> str:
    # Desktop Entry spec, "The Exec key": quote arguments with reserved characters, escaping " ` $ \ inside;
    # a literal % is written %%, since % starts a field code such as %F.
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    arg = arg.replace("%", "%%")
    if arg and not reserved & set(arg):
        return _string_escape(arg)
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return _string_escape(f'"{inner}"')


def _string_escape(value: str) -> str:
    # The desktop file's own string escaping, applied on top of the Exec quoting.
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


# MIME associations: a line-level edit of mimeapps.list that leaves every other line as it was.


def _add_mime_associations(dirs: XdgDirs, manifest: Manifest) -> None:
    path = dirs.mimeapps
    manifest.mime_file = str(path)
    manifest.mime_file_created = not path.exists()
    lines = [] if manifest.mime_file_created else path.read_text(encoding="utf-8").splitlines()
    desktop_id = f"{APP_ID}.desktop"
    if f"[{MIME_SECTION}]" not in (line.strip() for line in lines):
        manifest.mime_sections_created.append(MIME_SECTION)
    for mime in MIME_TYPES:
        if _edit_association(lines, MIME_SECTION, mime, desktop_id, add=True):
            manifest.mime_added.append((MIME_SECTION, mime))
    if manifest.mime_added:
        _mkdirs(path.parent, manifest)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _remove_mime_associations(manifest: Manifest) -> None:
    path = Path(manifest.mime_file) if manifest.mime_file else None
    if path is None or not path.exists() or not manifest.mime_added:
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    for section, mime in manifest.mime_added:
        _edit_association(lines, section, mime, f"{APP_ID}.desktop", add=False)
    for section in manifest.mime_sections_created:
        _drop_section_if_empty(lines, section)
    if manifest.mime_file_created and not any(line.strip() for line in lines):
        path.unlink()
        return
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _edit_association(lines: list[str], section: str, mime: str, desktop_id: str, add: bool) -> bool:
    """Add ``desktop_id`` to (or remove it from) ``mime``'s list in ``section``. Returns whether it changed."""
    start = next((i for i, line in enumerate(lines) if line.strip() == f"[{section}]"), None)
    if start is None:
        if not add:
            return False
        if lines and lines[-1].strip():
            lines.append("")
        lines.extend([f"[{section}]", f"{mime}={desktop_id};"])
        return True
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    for i in range(start + 1, end):
        key, sep, value = lines[i].partition("=")
        if not sep or key.strip() != mime:
            continue
        ids = [v for v in value.strip().split(";") if v]
        if add:
            if desktop_id in ids:
                return False
            lines[i] = f"{key}={';'.join([*ids, desktop_id])};"
            return True
        if desktop_id not in ids:
            return False
        ids.remove(desktop_id)
        if ids:
            lines[i] = f"{key}={';'.join(ids)};"
        else:
            del lines[i]
        return True
    if not add:
        return False
    insert_at = end
    while insert_at > start + 1 and not lines[insert_at - 1].strip():
        insert_at -= 1
    lines.insert(insert_at, f"{mime}={desktop_id};")
    return True


def _drop_section_if_empty(lines: list[str], section: str) -> None:
    start = next((i for i, line in enumerate(lines) if line.strip() == f"[{section}]"), None)
    if start is None:
        return
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    if any(lines[i].strip() for i in range(start + 1, end)):
        return
    # Also drop the blank line that install put before the section.
    first = start - 1 if start > 0 and not lines[start - 1].strip() else start
    del lines[first:end]
