"""The fingerprint of a stored value that the exchange between laptops compares.

Apart from :mod:`samspel_desktop.domain.sync` (which re-exports it) because every connection
registers it as an SQL function: opening the database then does not import the exchange's
dataclasses and enums (~2 ms of every command's start).
"""

from __future__ import annotations

from typing import Any


def value_hash(value: Any) -> str:
    """A short fingerprint of a stored value (also registered in SQLite as ``samspel_hash``).

    The type is part of it, so ``1`` and ``"1"`` differ; ``None`` has its own fingerprint.
    """
    import hashlib  # loads OpenSSL (about 5 ms): only once something is written

    if value is None:
        return "n"
    if isinstance(value, bool):
        value = int(value)
    kind = "i" if isinstance(value, int) else "f" if isinstance(value, float) else "s"
    data = f"{kind}:{value}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=12).hexdigest()
