"""Colour themes: light, sepia, dark, and "system" (follow the desktop's light or dark scheme).

Highlight colours are chosen so body text on them keeps WCAG AA contrast (4.5:1); a test checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    """The colours of one theme, as #rrggbb strings."""

    name: str
    paper: str  # the article's background
    ink: str  # body text
    muted: str  # secondary text (timeline titles, counts)
    accent: str  # date labels, markers, focus
    sidebar: str  # the timeline's background
    strong: str  # main passages of the selected entry
    soft: str  # related passages
    selection: str  # the selected timeline row
    dark: bool = False


THEMES: dict[str, Theme] = {
    "light": Theme("light", "#fdfdfb", "#1d1d1f", "#5b5b63", "#9c3d10", "#f3f2ee", "#ffe08a", "#fff3c9", "#e6e1d6"),
    "sepia": Theme("sepia", "#f6efdf", "#3b2f22", "#6b5a45", "#8a3b12", "#ece2cc", "#f1c86b", "#f7e3b4", "#e0d2b2"),
    "dark": Theme("dark", "#1c1d21", "#e4e2dd", "#a9a7a1", "#f0a35e", "#232429", "#6b5314", "#3d3420", "#3a3b42", True),
}
THEME_NAMES = (*THEMES, "system")


def resolve_theme(name: str) -> Theme:
    """Return the Theme for ``name``; "system" follows the desktop's colour scheme, unknown names fall back."""
    if name == "system":
        hints = QGuiApplication.styleHints()
        dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
        return THEMES["dark" if dark else "light"]
    return THEMES.get(name, THEMES["light"])


def palette_for(theme: Theme) -> QPalette:
    """A QPalette that gives standard widgets (menus, dialogs, scroll bars) the theme's colours."""
    pal = QPalette()
    paper, ink, sidebar = QColor(theme.paper), QColor(theme.ink), QColor(theme.sidebar)
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, sidebar),
        (role.WindowText, ink),
        (role.Base, paper),
        (role.AlternateBase, sidebar),
        (role.Text, ink),
        (role.Button, sidebar),
        (role.ButtonText, ink),
        (role.ToolTipBase, paper),
        (role.ToolTipText, ink),
        (role.PlaceholderText, QColor(theme.muted)),
        (role.Highlight, QColor(theme.selection)),
        (role.HighlightedText, ink),
        (role.Link, QColor(theme.accent)),
        (role.BrightText, QColor(theme.accent)),
    ):
        pal.setColor(r, c)
    return pal


def window_style_sheet(theme: Theme) -> str:
    """The main window's style sheet: scroll bars, menu and status bars, the sidebar's header and filter."""
    t = theme
    return (
        f"QScrollBar:vertical {{ background: {t.sidebar}; width: 12px; margin: 0; }}"
        f"QScrollBar::handle:vertical {{ background: {t.selection}; border-radius: 5px; min-height: 28px;"
        f" margin: 2px; }}"
        f"QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}"
        f"QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}"
        f"QMenuBar {{ background: {t.sidebar}; color: {t.ink}; }}"
        f"QMenuBar::item:selected {{ background: {t.selection}; }}"
        f"QStatusBar {{ background: {t.sidebar}; color: {t.muted}; }}"
        f"QLabel#timelineHeader {{ background: {t.sidebar}; color: {t.muted}; }}"
        f"QLineEdit#timelineFilter {{ background: {t.paper}; color: {t.ink}; border: 1px solid {t.selection};"
        f" border-radius: 4px; margin: 2px 8px 6px 8px; padding: 3px 6px; }}"
        f"QLineEdit#timelineFilter:focus {{ border: 1px solid {t.accent}; }}"
    )


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours."""

    def luminance(hex_colour: str) -> float:
        c = QColor(hex_colour)
        chans = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            chans.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, bl = chans
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
