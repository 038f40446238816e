"""The one hash mtlint keeps digests with: BLAKE2b, without loading OpenSSL.

``import hashlib`` loads OpenSSL's libcrypto, 2.2 ms: a fiftieth of linting one
small file. hashlib takes BLAKE2 from CPython's own ``_blake2`` module all the
same, so the cache keys and seals and the fix loop's text digests use that
module's ``blake2b``, and hashlib's only where a Python lacks the module.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # a Python built without it: hashlib's, the same function
    from hashlib import blake2b

__all__ = ["blake2b", "hex_digest"]


def hex_digest(data: bytes) -> str:
    """The hex BLAKE2b digest of ``data``, 32 bytes long (as long as SHA-256's)."""
    return blake2b(data, digest_size=32).hexdigest()
