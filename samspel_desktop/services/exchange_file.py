"""The ``.samspel`` exchange file on disk: a header line, then the compressed (and possibly
encrypted) payload. ``docs/exchange.md`` describes it; this module reads and writes it.

A file is checked before anything is merged: its magic line, its header, the payload's length
(a file another program is still copying is too short) and SHA-256 checksum (a changed byte),
then – when locked with a passphrase – the authenticated decryption (XSalsa20-Poly1305 with a
key from Argon2id, through PyNaCl/libsodium), then the payload's JSON.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

from samspel_desktop.domain.errors import PassphraseError, SyncError

MAGIC = b"SAMSPEL-EXCHANGE\n"
FORMAT = "samspel-exchange"
FORMAT_VERSION = 1
#: Largest file accepted, and largest payload once unpacked.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
#: A payload may unpack to this many times its packed size, or to PAYLOAD_FLOOR_BYTES if that
#: is more. Samspel's JSON packs about 10:1 (a 20-year pair: 135 kB → 1.3 MB); a "zip bomb"
#: packs a gigabyte into one megabyte, and reading it whole took 3 GB of memory and 14 s.
MAX_UNPACK_RATIO = 100
PAYLOAD_FLOOR_BYTES = 64 * 1024 * 1024
#: A header line is small; a longer first line is not ours.
MAX_HEADER_BYTES = 4096
#: Argon2id cost: libsodium's "interactive" level (64 MiB, 2 passes). A file may ask for more,
#: up to these bounds (a hostile file cannot make the reader allocate gigabytes).
OPSLIMIT = 2
MEMLIMIT = 64 * 1024 * 1024
_MAX_OPSLIMIT = 4
_MAX_MEMLIMIT = 256 * 1024 * 1024  # 4 passes over 256 MiB: under a second; 10 over 1 GiB took 8 s

_KEYS: dict[tuple[str, bytes, int, int], bytes] = {}


@dataclass(frozen=True)
class Header:
    format_version: int
    body_bytes: int
    body_sha256: str
    encryption: dict[str, Any] | None

    @property
    def salt(self) -> bytes | None:
        return bytes.fromhex(self.encryption["salt"]) if self.encryption else None


def derive_key(
    passphrase: str, salt: bytes, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT
) -> bytes:
    """Argon2id key for ``passphrase`` (cached per salt for the process: a sync folder's
    files share one salt, so the slow derivation runs once per run)."""
    cache_key = (passphrase, salt, opslimit, memlimit)
    if cache_key not in _KEYS:
        from nacl import pwhash, secret

        _KEYS[cache_key] = pwhash.argon2id.kdf(
            secret.SecretBox.KEY_SIZE,
            passphrase.encode("utf-8"),
            salt,
            opslimit=opslimit,
            memlimit=memlimit,
        )
    return _KEYS[cache_key]


def new_salt() -> bytes:
    from nacl import pwhash, utils

    return bytes(utils.random(pwhash.argon2id.SALTBYTES))


def encode(payload: dict[str, Any], passphrase: str | None, salt: bytes | None = None) -> bytes:
    """The whole file for ``payload``; locked with ``passphrase`` when one is given."""
    body = zlib.compress(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(),
        6,
    )
    encryption: dict[str, Any] | None = None
    if passphrase is not None:
        from nacl import secret

        salt = salt or new_salt()
        encryption = {
            "cipher": "xsalsa20-poly1305",
            "kdf": "argon2id",
            "opslimit": OPSLIMIT,
            "memlimit": MEMLIMIT,
            "salt": salt.hex(),
        }
        body = bytes(secret.SecretBox(derive_key(passphrase, salt)).encrypt(body))
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "body_bytes": len(body),
        "body_sha256": hashlib.sha256(body).hexdigest(),
        "compression": "zlib",
        "encryption": encryption,
    }
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + body


def _not_ours(name: str) -> SyncError:
    return SyncError(f"Filen {name} är ingen utbytesfil från Samspel. Ingenting har ändrats.")


def read_header(data: bytes, name: str) -> tuple[Header, int]:
    """The header and the offset of the body; :class:`SyncError` if not an exchange file."""
    if not data.startswith(MAGIC):
        raise _not_ours(name)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise _not_ours(name)
    try:
        header = json.loads(data[len(MAGIC) : end].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _not_ours(name) from error
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _not_ours(name)
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _not_ours(name)
    if version > FORMAT_VERSION:
        raise SyncError(
            f"Filen {name} är skapad av en nyare version av Samspel (format {version}). "
            "Installera den senaste versionen och försök igen. Ingenting har ändrats."
        )
    if version != FORMAT_VERSION:
        raise _not_ours(name)
    size, sha, encryption = (
        header.get("body_bytes"),
        header.get("body_sha256"),
        header.get("encryption"),
    )
    if (
        not isinstance(size, int)
        or not isinstance(sha, str)
        or header.get("compression") != "zlib"
        or not (encryption is None or _valid_encryption(encryption))
    ):
        raise _not_ours(name)
    return Header(version, size, sha, encryption), end + 1


def _valid_encryption(encryption: Any) -> bool:
    if not isinstance(encryption, dict):
        return False
    ops, mem, salt = encryption.get("opslimit"), encryption.get("memlimit"), encryption.get("salt")
    try:
        from nacl import pwhash

        salt_ok = isinstance(salt, str) and len(bytes.fromhex(salt)) == pwhash.argon2id.SALTBYTES
    except ValueError:
        return False
    return (
        encryption.get("cipher") == "xsalsa20-poly1305"
        and encryption.get("kdf") == "argon2id"
        and isinstance(ops, int)
        and isinstance(mem, int)
        and 1 <= ops <= _MAX_OPSLIMIT
        and 8192 <= mem <= _MAX_MEMLIMIT
        and salt_ok
    )


def is_complete(data: bytes, name: str) -> bool:
    """Whether the whole body is there (a file still being copied is not)."""
    header, start = read_header(data, name)
    return len(data) - start == header.body_bytes


def decode(data: bytes, name: str, passphrase: str | None) -> dict[str, Any]:
    """The payload of a file's bytes, checked; :class:`SyncError` with a Swedish message."""
    header, start = read_header(data, name)
    body = data[start:]
    if len(body) < header.body_bytes:
        raise SyncError(
            f"Filen {name} är ofullständig (avkortad eller inte färdigkopierad). "
            "Ingenting har ändrats."
        )
    if len(body) > header.body_bytes or hashlib.sha256(body).hexdigest() != header.body_sha256:
        raise SyncError(
            f"Filen {name} har ändrats eller skadats efter att den skapades. Ingenting har ändrats."
        )
    if header.encryption is not None:
        if passphrase is None:
            raise PassphraseError(
                f"Filen {name} är skyddad med en lösenfras. Ange lösenfrasen för att läsa den."
            )
        from nacl import exceptions, secret

        enc = header.encryption
        key = derive_key(passphrase, bytes.fromhex(enc["salt"]), enc["opslimit"], enc["memlimit"])
        try:
            body = bytes(secret.SecretBox(key).decrypt(body))
        except exceptions.CryptoError as error:
            raise PassphraseError(
                f"Fel lösenfras för filen {name} (eller så har filen ändrats). "
                "Ingenting har ändrats."
            ) from error
    try:
        inflater = zlib.decompressobj()
        limit = min(MAX_PAYLOAD_BYTES, max(PAYLOAD_FLOOR_BYTES, MAX_UNPACK_RATIO * len(body)))
        raw = inflater.decompress(body, limit)
        if inflater.unconsumed_tail or not inflater.eof:
            raise SyncError(f"Filen {name} är för stor eller skadad. Ingenting har ändrats.")
        payload = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise SyncError(f"Filen {name} är skadad. Ingenting har ändrats.") from error
    if not isinstance(payload, dict):
        raise SyncError(f"Filen {name} är skadad. Ingenting har ändrats.")
    return payload
