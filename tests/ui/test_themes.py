"""Every theme keeps text readable: WCAG AA (4.5:1) for text on each background it is drawn on."""

from __future__ import annotations

import pytest

from reader.ui.themes import THEMES, contrast_ratio, resolve_theme

# (foreground, background) pairs the app actually draws
PAIRS = [
    ("ink", "paper"),  # body text
    ("ink", "strong"),  # body text inside a main passage highlight
    ("ink", "soft"),  # body text inside a related passage highlight
    ("ink", "sidebar"),  # entry titles
    ("ink", "selection"),  # the selected entry's title
    ("muted", "sidebar"),  # counts, header text
    ("accent", "sidebar"),  # date labels
    ("accent", "selection"),  # the selected entry's date label
]


@pytest.mark.parametrize("name", list(THEMES))
@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_text_contrast_meets_wcag_aa(name: str, fg: str, bg: str) -> None:
    theme = THEMES[name]
    ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


def test_contrast_ratio_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_unknown_theme_falls_back_to_light(qapp: object) -> None:
    assert resolve_theme("neon") is THEMES["light"]
    assert resolve_theme("system").name in ("light", "dark")
