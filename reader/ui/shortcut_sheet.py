"""The keyboard shortcut sheet (F1), built from the keymap data."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from reader.ui.keymap import Binding, key_text


class ShortcutSheet(QDialog):
    """A table of every action's keys, grouped as in the keymap."""

    def __init__(self, keymap: Mapping[str, Binding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = sorted(keymap.values(), key=lambda b: b.group)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(["Group", "Action", "Keys"])
        self.table.verticalHeader().hide()
        for r, binding in enumerate(rows):
            for c, text in enumerate((binding.group, binding.label, key_text(binding.keys))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)
