"""Regression guard: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call.

After a few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc", so the pin in
pyproject.toml keeps 3.11 off 6.12.x. This test fails (or crashes) if a bad build slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_twenty_thousand_void_calls_keep_none_alive(qtbot: object) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.resize(100 + i % 7, 100)
        widget.setMinimumWidth(i % 5)
    after = sys.getrefcount(None)
    assert after >= before - 100
