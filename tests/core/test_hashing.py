import hashlib

import pytest

from reader.core import hashing


@pytest.mark.parametrize("size", [0, 1, 1000, hashing.LARGE, hashing.LARGE + 1])
def test_digest_is_sha256_at_every_size(size):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    digest = hashing.sha256(data)
    digest.update(b"more")
    assert digest.hexdigest() == hashlib.sha256(data + b"more").hexdigest()
