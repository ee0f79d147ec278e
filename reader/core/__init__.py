"""The Qt-free core: documents, time expressions and timelines. Never imports PySide6 or reader.ui."""
