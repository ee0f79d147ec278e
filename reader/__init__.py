"""Timeline Reader: read an article or a book beside a timeline built from its own dates."""

__version__ = "0.1.0"
APP_ID = "io.github.timeline_reader.TimelineReader"
APP_NAME = "Timeline Reader"
