"""Content-hashed file names: `css/site.css` becomes `css/site.0123456789ab.css`.

A name that changes whenever the content does lets a server tell browsers to keep
the file for a year (`Cache-Control: immutable`): a new stylesheet is a new address.
No Pelican here; `__init__.py` is the glue.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

HASH_LENGTH = 12


def content_hash(data: bytes, length: int = HASH_LENGTH) -> str:
    """The first `length` hex digits of the SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()[:length]


def fingerprinted_name(name: str, data: bytes, length: int = HASH_LENGTH) -> str:
    """`name` (a relative path with /) with the content hash before its last suffix."""
    path = PurePosixPath(name)
    digest = content_hash(data, length)
    if not path.suffix:
        return str(path.with_name(f"{path.name}.{digest}"))
    return str(path.with_name(f"{path.stem}.{digest}{path.suffix}"))
