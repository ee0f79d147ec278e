"""Temporal expressions: find them in text and normalize them to TIMEX3 values.

Public API: ``Timex`` and ``tag(text, dct=None, mode="news")``.
"""

from reader.core.timex.model import Timex
from reader.core.timex.tagger import tag

__all__ = ["Timex", "tag"]
