"""Command-line entry: ``reader [FILE]`` opens the app; ``reader COMMAND ...`` runs a tool.

Subcommands live in their own modules and are imported only when used, so that ``reader timex`` starts
without loading Qt and the GUI starts without loading the command-line tools.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

# name -> (module, function, one-line help). Each function takes argv (after the name), returns an exit code.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "screenshot": ("reader.ui.screenshot", "main", "render the main window to a PNG, offscreen"),
    "timex": ("reader.commands.timex", "main", "print the time expressions of a file as JSON lines"),
    "text": ("reader.commands.text", "main", "print the clean text the app displays for a file"),
    "timeline": (
        "reader.commands.timeline",
        "main",
        "print the timeline of a file (json, csv, md, timelinejs)",
    ),
}


def _command(name: str) -> Callable[[Sequence[str]], int]:
    module, func, _ = COMMANDS[name]
    return getattr(importlib.import_module(module), func)


def gui_parser() -> argparse.ArgumentParser:
    """The parser for launching the app (``reader [FILE ...]``)."""
    epilog = "commands:\n" + "\n".join(f"  {n:<11} {h}" for n, (_, _, h) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Timeline Reader: read a text beside a timeline built from its dates.",
        epilog=epilog + "\n\nRun 'reader COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="documents to open (default: the bundled sample)")
    parser.add_argument("--version", action="version", version=_version())
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add the app to your applications menu and to 'Open with' (in ~/.local/share), then exit",
    )
    desktop.add_argument(
        "--uninstall-desktop", action="store_true", help="remove exactly what --install-desktop added, then exit"
    )
    return parser


def _version() -> str:
    from reader import __version__

    return f"Timeline Reader {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to a subcommand, or start the app."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return _command(args[0])(args[1:])
    if not any(arg.startswith("-") for arg in args):  # just files (a double-click): no parser to build
        from reader.app import run_app

        return run_app(args)
    options = gui_parser().parse_args(args)
    if options.install_desktop or options.uninstall_desktop:
        if options.files:
            gui_parser().error("--install-desktop and --uninstall-desktop take no files")
        from reader import desktop

        return desktop.main(install_it=options.install_desktop)
    from reader.app import run_app

    return run_app(options.files)
