"""The Timex record shared by the tagger, the timeline and the command line."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: ``text[start:end]`` with its TIMEX3 type and normalized value.

    type is DATE, TIME, DURATION or SET. value follows the TIMEX3 grammar: ``1949``, ``1954-03-21``,
    ``195`` (the 1950s), ``16`` (the 17th century), ``1956-SU``, ``1998-W07``, ``-0043``,
    ``PRESENT_REF``, ``P3D``. mod is a TIMEX3 modifier (START, MID, END, APPROX, BEFORE, AFTER, ...).
    end_value is set for ranges written as one expression ("1954-58" -> value 1954, end_value 1958).
    A range written with words ("from 1918 to 1921", "between 1918 and 1921") stays two Timex
    records, as TimeML annotates it (that scores best against TimeML gold), and the first one
    carries the second's value as its end_value, so the timeline still sees the whole range.
    relative is True when the value was computed from a reference time (the DCT in news mode, the
    last explicit date in narrative mode) rather than read off the text itself.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    end_value: str | None = None
    relative: bool = False

    def to_json(self) -> dict[str, object]:
        """The scorer's JSON shape: required fields always, optional ones only when set."""
        out = asdict(self)
        for key in ("mod", "end_value"):
            if out[key] is None:
                del out[key]
        if not out["relative"]:
            del out["relative"]
        return out
