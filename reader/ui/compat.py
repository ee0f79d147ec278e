"""``override`` (PEP 698) for the Qt virtuals we override, on Python 3.11 too, without typing_extensions at run time.

Importing typing_extensions costs 3 to 4 ms of a launch; at run time its ``override`` only sets ``__override__``
on the method, which is all this one does. Type checkers see typing_extensions' (or, on 3.12+, typing's).
"""

from __future__ import annotations

import sys
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

if sys.version_info >= (3, 12):
    from typing import override
elif TYPE_CHECKING:
    from typing_extensions import override
else:
    _F = TypeVar("_F")

    def override(method: _F) -> _F:
        """Mark ``method`` as overriding a base class method (``__override__ = True``, as typing_extensions)."""
        with suppress(AttributeError, TypeError):  # some callables take no attributes
            method.__override__ = True
        return method


__all__ = ["override"]
