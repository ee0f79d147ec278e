"""Start the Qt application: preflight the platform, set the app identity, open the main window."""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from reader import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from reader.ui.termination import QuitOnSignals

QT_DEBIAN_PACKAGES = (
    "libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1"
)
QT_ADVICE = (
    "Timeline Reader cannot start Qt's display plugin ({why}).\n"
    "On Debian/Ubuntu, install the libraries Qt needs:\n"
    f"    sudo apt-get install {QT_DEBIAN_PACKAGES}\n"
    "Without a screen (servers, CI), run with QT_QPA_PLATFORM=offscreen, e.g. for 'reader screenshot'."
)
# Libraries the xcb platform plugin loads; the first ones missing are what users hit most.
_XCB_LIBS = (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
    "libxcb-render-util.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0", "libEGL.so.1", "libfontconfig.so.1",
)  # fmt: skip


def qt_preflight() -> str | None:
    """Return why Qt's platform plugin would fail to start here, or None if it should start."""
    if sys.platform != "linux":
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return "no display: DISPLAY is not set"
    import ctypes

    missing = []
    for name in _XCB_LIBS:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return f"missing {', '.join(missing)}" if missing else None


def _fatal_to_advice(mode: object, _context: object, message: str) -> None:
    """Qt message handler: turn the platform plugin's fatal error into our advice, then exit."""
    from PySide6.QtCore import QtMsgType

    if mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
        print(QT_ADVICE.format(why=message.strip().splitlines()[0]), file=sys.stderr)
        os._exit(2)
    if mode != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)


def _skip_feature_scan() -> None:
    """Spare PySide's ``__feature__`` import hook from reading the modules loaded before PySide.

    Once PySide6 is loaded, an ``import`` statement that names a module the hook has not seen makes it read
    that module's source, looking for "PySide6" (a module that may select ``snake_case`` or
    ``true_property``); it keeps the answer in ``pyside_feature_dict`` (0: may switch, -1: ignore). At
    start-up that is some 40 modules of the standard library and the core, and the app's 20 window modules:
    7 ms. The first have no PySide in them (the core is Qt-free, tests/core/test_layering.py), so they get
    the answer the scan gives: -1. The window modules, imported next, get the scan's answer from a plain read
    of their files (0.03 ms each instead of 0.15 through ``inspect``); tests/desktop/test_startup_imports.py
    checks both against PySide's own scan. The app never uses ``__feature__`` (see STYLE), so the table
    changes nothing else. The table is PySide's internal: when it is not there, nothing is done.
    """
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        if not name.startswith(("reader", "PySide6", "shiboken6")) or name.startswith("reader.core."):
            table.setdefault(name, -1)
    package = os.path.dirname(os.path.abspath(__file__))
    for folder, prefix in ((package, "reader"), (os.path.join(package, "ui"), "reader.ui")):
        try:
            entries = list(os.scandir(folder))
        except OSError:  # a bundle without the source files: the scan would find none either
            continue
        for entry in entries:
            if not entry.name.endswith(".py"):
                continue
            stem = entry.name[:-3]
            name = prefix if stem == "__init__" else f"{prefix}.{stem}"
            if name not in table:
                table[name] = 0 if _mentions_pyside(entry.path) else -1


def _mentions_pyside(path: str) -> bool:
    """What PySide's feature scan answers for a module: whether its source says "PySide6"."""
    try:
        with open(path, encoding="utf-8") as fh:
            return "PySide6" in fh.read()
    except (OSError, ValueError):
        return False


def create_application(argv: Sequence[str] | None = None) -> object:
    """Create (or return) the QApplication with the app's identity, or exit with the Debian advice."""
    why = qt_preflight()
    if why:
        print(QT_ADVICE.format(why=why), file=sys.stderr)
        raise SystemExit(2)
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    _skip_feature_scan()
    qInstallMessageHandler(_fatal_to_advice)
    QApplication.setOrganizationName("timeline-reader")
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(list(argv or sys.argv[:1]))
    qInstallMessageHandler(None)
    return app


def run_app(files: Sequence[str]) -> int:
    """Open FILES (or the bundled sample) in windows of the running app, or start the app and its loop.

    A second launch hands its files to the app already running for this user and exits at once. What the
    first paint does not need (the local server, the crash dialog's module, the window icon) loads after it.
    """
    # Start-up allocates much and frees little: the cyclic collector would spend ~10 ms finding nothing.
    collecting = gc.isenabled()
    gc.disable()

    def resume_gc() -> None:
        if collecting:
            gc.enable()

    try:
        return _run_app(files, resume_gc)
    finally:
        resume_gc()


def _run_app(files: Sequence[str], after_start: Callable[[], None]) -> int:
    # The Qt-free modules that open the first document, before PySide6: once it is loaded, its import hook
    # reads the source of every module imported after it (looking for ``from __feature__ import``).
    import reader.core.cache
    import reader.core.timeline.cache  # noqa: F401

    app = create_application()
    from reader.ui.single_instance import AppWindows, SingleInstance, after_first_paint, server_name, trace

    instance = SingleInstance(server_name(), app)
    if instance.forward(files):
        trace("forwarded")
        return 0
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    signals: QuitOnSignals | None = None  # after the first paint
    sys.excepthook = _lazy_crash_hook(app, previous_hook)
    threading.excepthook = _thread_hook(sys.excepthook)
    try:
        from reader.ui.main_window import MainWindow

        # The windows live in a child of the app object (app.findChild(AppWindows)), not in a global.
        windows = AppWindows(MainWindow, parent=app)
        instance.files_requested.connect(windows.open_files)
        if sys.platform == "darwin":  # Finder hands files to a running app as QFileOpenEvents
            from reader.ui.single_instance import FileOpenEvents

            file_events = FileOpenEvents(app)
            file_events.files_requested.connect(windows.open_files_here)
            app.installEventFilter(file_events)
        windows.open_files(files)

        def after_paint() -> None:
            nonlocal signals
            trace("first-paint")
            after_start()
            _set_window_icon(app)
            from reader.ui.termination import QuitOnSignals

            signals = QuitOnSignals(app)
            if not instance.listen() and not instance.unanswered and instance.forward(files):
                # Another launch won the race to listen: hand it the files too, and leave.
                trace("forwarded")
                app.quit()

        after_first_paint(windows.windows[0], after_paint)
        return app.exec()
    finally:
        if signals is not None:
            signals.uninstall()
        instance.close()
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook


def _set_window_icon(app: object) -> None:
    """The app icon for window decorations and task bars that do not look it up by the desktop file name."""
    from PySide6.QtGui import QIcon

    from reader.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")))
    app.setWindowIcon(icon)


def _lazy_crash_hook(app: object, previous: Callable[..., object]) -> Callable[..., None]:
    """A ``sys.excepthook`` that loads the crash dialog only when an exception needs it."""
    handler = None

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal handler
        if handler is None:
            from PySide6.QtCore import QThread

            from reader.ui.crash import CrashHandler

            in_gui_thread = QThread.currentThread() == app.thread()
            handler = CrashHandler(parent=app if in_gui_thread else None, previous_hook=previous)
        handler.handle(exc_type, exc, tb)

    return hook


def _thread_hook(hook: Callable[..., None]) -> Callable[[threading.ExceptHookArgs], None]:
    """A ``threading.excepthook`` that reports like ``hook`` (and, as Python's, ignores SystemExit)."""

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    return thread_hook
