"""Which laptop a data folder belongs to: its device id for the exchange between laptops.

A data folder is bound to the computer and the place it lives (:func:`fingerprint`); a copy
elsewhere gets a new device id before its first write (``Store.write`` calls
:func:`bind_device`), so two laptops never share one.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import sys
from pathlib import Path


@functools.lru_cache(maxsize=1)
def machine_id() -> str:
    """This computer's own identity, which a copied disk image or data folder does not carry:
    Windows' ``MachineGuid``, the ``machine-id`` of Linux; the computer's name elsewhere."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE,
                r"SOFTWARE\Microsoft\Cryptography",
                0,
                winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
            ) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(name).read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
        if text:
            return text
    import socket

    return socket.gethostname()


def fingerprint(path: Path | None) -> str:
    """Where this data folder lives: the computer (:func:`machine_id`) and the database's
    full path.

    A data folder copied to another computer - even one with the same name and the same user
    folder - or to another place no longer matches, and gets a new device id before its
    first write, so two laptops never share one.
    """
    place = "minne" if path is None else os.path.abspath(path)
    import hashlib  # loads OpenSSL: only for a write (binding the device) or a copy

    data = f"{machine_id()}|{place}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=10).hexdigest()


def bind_device(conn: sqlite3.Connection, path: Path | None) -> None:
    """Give a copied data folder its own device id (called before the first write)."""
    fp = fingerprint(path)
    row = conn.execute("SELECT fingerprint FROM sync_state WHERE id = 1").fetchone()
    if row is None or row[0] == fp:
        return
    if row[0] == "":  # a new data folder: bound where it is
        conn.execute("UPDATE sync_state SET fingerprint = ? WHERE id = 1", [fp])
        return
    renew_device(conn, path, copy=True)


def renew_device(conn: sqlite3.Connection, path: Path | None, *, copy: bool = False) -> str:
    """Make this data folder a new device (a copy of another data folder, a restored backup,
    a folder rolled back by hand); return its old id.

    Its history stays as it is. What the other laptops confirmed having is forgotten, so the
    next exchange sends everything and their confirmations start again under the new id:
    changes made from now on can never look, to them, like ones they already have. A copy's
    name gains " (kopia)".
    """
    old = str(conn.execute("SELECT device FROM sync_state WHERE id = 1").fetchone()[0])
    conn.execute(
        "UPDATE sync_state SET device = lower(hex(randomblob(8))), fingerprint = ?, "
        "name = CASE WHEN ? AND name != '' THEN name || ' (kopia)' ELSE name END WHERE id = 1",
        [fingerprint(path), copy],
    )
    conn.execute("UPDATE sync_peers SET acked_seq = 0")
    conn.execute("UPDATE sync_folders SET written_seq = -1")
    return old
