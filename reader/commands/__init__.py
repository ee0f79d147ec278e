"""Command-line tools over the core. None of them imports Qt."""
