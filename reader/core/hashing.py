"""SHA-256 for the start-up path, without loading OpenSSL when the data is small.

Importing ``hashlib`` loads OpenSSL's ``_hashlib`` (about 3 ms here, at every start), for a hash the
interpreter also has built in. The built-in one is slower (about 300 MB/s against 1.5 GB/s), so a
large input (a book) still goes to OpenSSL; both give the same digest, so keys stay the same.
"""

from __future__ import annotations

from typing import Any

LARGE = 1 << 20  # bytes: above this, OpenSSL's speed is worth its import

try:  # CPython's built-in modules: _sha256 up to 3.11, _sha2 from 3.12
    from _sha256 import sha256 as _builtin_sha256
except ImportError:  # pragma: no cover (depends on the interpreter)
    try:
        from _sha2 import sha256 as _builtin_sha256
    except ImportError:
        _builtin_sha256 = None


def sha256(data: bytes = b"") -> Any:
    """A ``hashlib.sha256`` object fed with ``data`` (more may follow with ``update``)."""
    if _builtin_sha256 is not None and len(data) <= LARGE:
        return _builtin_sha256(data)
    import hashlib

    return hashlib.sha256(data)
