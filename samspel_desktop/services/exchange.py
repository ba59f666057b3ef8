"""Two laptops, one history: exchange files and a shared sync folder (``docs/exchange.md``).

An exchange file carries one pair's history – all of it, or what changed since the other
laptop last confirmed having our changes. Importing merges it field by field
(``domain/sync.py``); the same file imported twice changes nothing. A sync folder holds one
file per device, each written only by its own device and read by the others.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samspel_desktop import __version__
from samspel_desktop.domain.errors import (
    PassphraseError,
    StorageError,
    SyncError,
    UnencryptedFolderError,
    UnknownPairError,
    ValidationError,
)
from samspel_desktop.domain.sync import EXISTENCE, SyncConflict
from samspel_desktop.domain.text import counted
from samspel_desktop.services import exchange_file
from samspel_desktop.storage.device import fingerprint
from samspel_desktop.storage.sync import SyncRepository
from samspel_desktop.storage.sync_merge import ApplyResult
from samspel_desktop.storage.sync_tables import SYNC_TABLE_BY_NAME

#: A device file in a sync folder: ``<device id>.samspel``. Anything else is not read.
DEVICE_FILE = re.compile(r"^([0-9a-f]{16})\.samspel$")
SUFFIX = ".samspel"


@dataclass
class ImportReport(ApplyResult):
    """What an import or a sync did (the sum of its merges), for a one-line message."""

    files_read: int = 0
    files_skipped: list[str] = field(default_factory=list)
    file_written: Path | None = None

    def add(self, result: ApplyResult) -> None:
        self.added += result.added
        self.updated += result.updated
        self.deleted += result.deleted
        self.conflicts += result.conflicts
        self.kept += result.kept
        self.pairs_added += result.pairs_added

    def summary(self) -> str:
        if not self.changed:
            text = "Inga nya ändringar."
        else:
            text = f"Nya poster: {self.added}, ändrade: {self.updated}, raderade: {self.deleted}."
        if self.conflicts:
            text += " " + counted(
                self.conflicts,
                "%n text hade ändrats på båda datorerna: båda versionerna finns kvar att "
                "välja mellan.",
                "%n texter hade ändrats på båda datorerna: båda versionerna finns kvar att "
                "välja mellan.",
            )
        if self.kept:
            text += " " + counted(
                self.kept,
                "%n post som raderats på den andra datorn finns kvar, eftersom den ändrats här "
                "efter att den andra datorn såg den senast.",
                "%n poster som raderats på den andra datorn finns kvar, eftersom de ändrats "
                "här efter att den andra datorn såg dem senast.",
            )
        return text


def _check_scalar(value: Any) -> bool:
    return value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool))


def _check_entry(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 3
        and isinstance(entry[0], dict)
        and all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in entry[0].items()
        )
        and isinstance(entry[1], int)
        and isinstance(entry[2], str)
    )


def _has_fields(item: Any, fields: Mapping[str, type]) -> bool:
    """Whether ``item`` is an object with every one of ``fields`` of its type (a JSON
    ``true`` is no number)."""
    return isinstance(item, dict) and all(
        isinstance(item.get(k), t) and not isinstance(item.get(k), bool) for k, t in fields.items()
    )


_DEVICE_KEYS = {"id": str, "name": str, "fingerprint": str}
_PAIR_KEYS = {"gid": str, "since": int, "seq": int}
_CONFLICT_KEYS = {
    "gid": str,
    "tbl": str,
    "item_gid": str,
    "field": str,
    "text": str,
    "vv": dict,
    "clock": int,
    "device": str,
    "device_name": str,
    "found_at": str,
}


def validate_payload(payload: Mapping[str, Any], name: str) -> None:
    """Check every part of a payload has the documented shape (``docs/exchange.schema.json``)."""

    def bad(where: str) -> SyncError:
        return SyncError(
            f"Filen {name} är felaktig ({where}). Ingenting har ändrats.", detail=where
        )

    if payload.get("format") != exchange_file.FORMAT:
        raise bad("format")
    if payload.get("format_version") != exchange_file.FORMAT_VERSION:
        raise SyncError(
            f"Filen {name} är skapad av en nyare version av Samspel. Ingenting har ändrats."
        )
    if not _has_fields(payload.get("device"), _DEVICE_KEYS):
        raise bad("device")
    for key in ("pairs", "rows", "deleted", "conflicts", "devices"):
        if not isinstance(payload.get(key), list):
            raise bad(key)
    if not isinstance(payload.get("acks"), dict):
        raise bad("acks")
    for pair in payload["pairs"]:
        if not _has_fields(pair, _PAIR_KEYS):
            raise bad("pairs")
    for index, row in enumerate(payload["rows"], start=1):
        where = f"rad {index}"
        if not isinstance(row, dict) or row.get("table") not in SYNC_TABLE_BY_NAME:
            raise bad(where)
        table = SYNC_TABLE_BY_NAME[row["table"]]
        values, versions = row.get("values"), row.get("versions")
        if not isinstance(row.get("gid"), str) or not (
            row.get("pair") is None or isinstance(row.get("pair"), str)
        ):
            raise bad(where)
        if not isinstance(values, dict) or not values.keys() <= set(table.exchanged):
            raise bad(f"{where}: okända fält")
        if not all(_check_scalar(v) for v in values.values()):
            raise bad(f"{where}: fel typ")
        if not isinstance(versions, dict) or not versions.keys() <= {EXISTENCE, *table.fields}:
            raise bad(f"{where}: versioner")
        if not all(_check_entry(e) for e in versions.values()):
            raise bad(f"{where}: versioner")
    for tomb in payload["deleted"]:
        if not (
            isinstance(tomb, dict)
            and tomb.get("table") in SYNC_TABLE_BY_NAME
            and isinstance(tomb.get("gid"), str)
            and (tomb.get("pair") is None or isinstance(tomb.get("pair"), str))
            and _check_entry(tomb.get("version"))
        ):
            raise bad("deleted")
    for conflict in payload["conflicts"]:
        if not _has_fields(conflict, _CONFLICT_KEYS):
            raise bad("conflicts")
        if conflict["tbl"] not in SYNC_TABLE_BY_NAME or not (
            conflict.get("resolved_at") is None or isinstance(conflict.get("resolved_at"), str)
        ):
            raise bad("conflicts")
        conflict.setdefault("pair", None)


def _folder_error(folder: Path, error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError(
            f"Synkmappen {folder} är full; den här datorns fil kunde inte skrivas. "
            "Ingenting har ändrats. Frigör utrymme och försök igen.",
            detail=str(error),
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            f"Det går inte att skriva i synkmappen {folder} (skrivskyddad). Ingenting har ändrats.",
            detail=str(error),
        )
    return StorageError(
        f"Synkmappen {folder} går inte att nå (frånkopplad nätverksenhet?). "
        "Ingenting har ändrats. Försök igen när mappen finns.",
        detail=str(error),
    )


def _write_shared_file(path: Path, data: bytes) -> None:
    """Temp file + rename in the folder, readable by the others (not private to the user):
    a reader never sees a half-written device file under its real name."""
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        with open(temporary, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


class ExchangeService:
    def __init__(self, repo: SyncRepository, database: Path | None) -> None:
        self._repo = repo
        self._database = database

    # --- this device ------------------------------------------------------------------

    def device_name(self) -> str:
        return self._repo.device().name or _default_device_name()

    def set_device_name(self, name: str) -> None:
        from samspel_desktop.domain.text import clean_line

        self._repo.set_device_name(clean_line(name, field="datorns namn"))

    # --- building files ---------------------------------------------------------------

    def _payload(self, pair_ids: Iterable[int], *, full: bool) -> dict[str, Any]:
        device = self._repo.ensure_device()
        device_name = device.name or _default_device_name()
        rows: list[dict[str, Any]] = []
        deleted: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        pairs: list[dict[str, Any]] = []
        seen: set[str] = set()
        for pair_id in pair_ids:
            gid = self._repo.pair_gid(pair_id)
            if gid is None:
                raise SyncError(f"Det finns inget samspelspar med id {pair_id}.")
            acked = self._repo.acked(gid)
            since = 0 if full or not acked else min(acked.values())
            part = self._repo.export_pair(pair_id, since)
            for row in part["rows"]:
                if row["gid"] not in seen:  # an organisation shared by two pairs goes once
                    seen.add(row["gid"])
                    rows.append(row)
            deleted += part["deleted"]
            conflicts += part["conflicts"]
            pairs.append(
                {"gid": gid, "since": since, "seq": device.seq} | self._repo.pair_summary(pair_id)
            )
        names = {p["device"]: p["name"] for p in self._repo.peers() if p["name"]}
        names[device.id] = device_name
        return {
            "format": exchange_file.FORMAT,
            "format_version": exchange_file.FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "kind": "full" if all(p["since"] == 0 for p in pairs) else "changes",
            "device": {
                "id": device.id,
                "name": device_name,
                "fingerprint": fingerprint(self._database),
                "clock": device.clock,
                "seq": device.seq,
            },
            "devices": [{"id": k, "name": v} for k, v in sorted(names.items())],
            "pairs": pairs,
            "acks": self._repo.received(p["gid"] for p in pairs),
            "rows": rows,
            "deleted": deleted,
            "conflicts": conflicts,
        }

    def export_pair(
        self, pair_id: int, path: Path, *, passphrase: str | None = None, full: bool = False
    ) -> dict[str, int]:
        """Write the pair's history (or its changes since the other laptop's last
        confirmation) to ``path``; returns counts for a message."""
        from samspel_desktop.services.files import write_bytes_atomically

        payload = self._payload([pair_id], full=full)
        write_bytes_atomically(path, exchange_file.encode(payload, passphrase))
        return {
            "rows": len(payload["rows"]),
            "deleted": len(payload["deleted"]),
            "full": int(payload["kind"] == "full"),
        }

    # --- reading files ----------------------------------------------------------------

    def read(self, path: Path, passphrase: str | None) -> dict[str, Any]:
        try:
            size = path.stat().st_size
            if size > exchange_file.MAX_FILE_BYTES:
                raise SyncError(f"Filen {path.name} är för stor för att vara en utbytesfil.")
            data = path.read_bytes()
        except OSError as error:
            raise SyncError(f"Filen {path} gick inte att läsa.", detail=str(error)) from error
        payload = exchange_file.decode(data, path.name, passphrase)
        validate_payload(payload, path.name)
        return payload

    def unknown_pairs(self, payload: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [p for p in payload["pairs"] if not self._repo.knows_pair(p["gid"])]

    def import_file(
        self, path: Path, *, passphrase: str | None = None, add_pairs: bool = False
    ) -> ImportReport:
        """Merge an exchange file. A pair new to this laptop is added only with
        ``add_pairs`` (the GUI asks first); any problem changes nothing."""
        payload = self.read(path, passphrase)
        report = ImportReport(files_read=1)
        report.add(self._apply(payload, path.name, add_pairs=add_pairs))
        return report

    def _apply(self, payload: Mapping[str, Any], name: str, *, add_pairs: bool) -> ApplyResult:
        own = self._repo.device()
        sender = payload["device"]
        renew: str | None = None
        acks = {k: int(v) for k, v in payload["acks"].get(own.id, {}).items()}
        if sender["id"] == own.id:
            if self._repo.has_changes_unknown_here(payload, own.id):
                # A copy of this data folder (same computer name and place, or a folder
                # copied back by hand) wrote under this id: this one takes a new id.
                renew = "twin"
            elif sender["fingerprint"] == fingerprint(self._database):
                raise SyncError(
                    f"Filen {name} kommer från den här datamappen; det finns inget att ta emot."
                )
            else:
                raise SyncError(
                    f"Filen {name} kommer från en kopia av den här datamappen som inte har "
                    "ändrats sedan den kopierades; det finns inget att ta emot.",
                    detail=sender["id"],
                )
        elif any(seq > own.seq for seq in acks.values()):
            # The sender has changes of ours this database no longer has: it was restored
            # or copied back by hand. New edits must not look old to the other laptops.
            renew = "rollback"
        if renew:
            acks = {}
        unknown = self.unknown_pairs(payload)
        if unknown:
            partial = [p for p in unknown if p["since"] != 0]
            if partial:
                raise SyncError(
                    f"Filen {name} innehåller bara ändringar för ett samspelspar som inte finns "
                    "här. Be om en fullständig fil (samspel exchange export --full). "
                    "Ingenting har ändrats."
                )
            if not add_pairs:
                described = "; ".join(_describe(p) for p in unknown)
                raise UnknownPairError(
                    f"Filen gäller ett samspelspar som inte finns på den här datorn: "
                    f"{described}. Lägg till det med --add-pair (i programmet: svara ja på "
                    "frågan). Ingenting har ändrats.",
                    pairs=tuple(_describe(p) for p in unknown),
                )
        return self._repo.apply(
            payload,
            add_pairs=[p["gid"] for p in unknown],
            peer=(sender["id"], sender["name"]),
            peer_seq={p["gid"]: (p["since"], p["seq"]) for p in payload["pairs"]},
            acks=acks,
            renew=renew,
        )

    # --- conflicts --------------------------------------------------------------------

    def conversation_conflicts(self, conversation_id: int) -> list[SyncConflict]:
        """Texts of the conversation (its answers and notes) both laptops changed: the version
        shown and the one kept, for the conversation view to resolve."""
        gids = list(self._repo.answer_gids(conversation_id).values())
        conversation = self._repo.conversation_gid(conversation_id)
        if conversation is not None:
            gids.append(conversation)
        return [_conflict(r) for r in self._repo.open_conflicts(item_gids=gids)]

    def pair_conflicts(
        self, pair_id: int, *, outside_conversations: bool = False
    ) -> list[SyncConflict]:
        """The pair's unresolved conflicts; ``outside_conversations``: only those of the
        follow-up and the agreement (commitments, the grey zone, agreement texts)."""
        pair_gid = self._repo.pair_gid(pair_id)
        if pair_gid is None:
            return []
        found = [_conflict(r) for r in self._repo.open_conflicts(pair_gid=pair_gid)]
        if outside_conversations:
            found = [c for c in found if c.table not in ("answers", "conversations")]
        return found

    def conflicts_for_conversation(self, conversation_id: int) -> list[dict[str, Any]]:
        """As :meth:`conversation_conflicts`, as the stored rows (with ``question_key``)."""
        gids = self._repo.answer_gids(conversation_id)
        by_gid = {gid: key for key, gid in gids.items()}
        conversation = self._repo.conversation_gid(conversation_id)
        if conversation is not None:
            by_gid[conversation] = ""
        return [c | {"question_key": by_gid[c["item_gid"]]} for c in self._repo.conflicts(by_gid)]

    def conflicts(self) -> list[dict[str, Any]]:
        return self._repo.conflicts()

    def resolve_conflict(
        self, conflict_gid: str, text: str | None = None, *, take_other: bool = False
    ) -> None:
        """Close a conflict: with ``take_other`` the other version becomes the field's text
        everywhere, with ``text`` (both merged by the user) that text does; with neither the
        text shown now stays. An agreement section's text (formatted blocks) is chosen, not
        merged here: its merge is done in the agreement editor."""
        from samspel_desktop.domain.text import clean_text

        if text is None and not take_other:
            self._repo.resolve_conflict(conflict_gid, None)
            return
        row = self._repo.conflict(conflict_gid)
        if row is not None and row["frozen"]:
            raise ValidationError(
                "Versionen av överenskommelsen är antagen och kan inte ändras. Ta in den "
                "andra versionen i ett nytt utkast i stället."
            )
        if take_other:
            self._repo.resolve_conflict(conflict_gid, None, take_other=True)
            return
        assert text is not None
        if row is not None and not _editable(row):
            raise ValidationError(
                "Avsnittets text slås ihop i överenskommelsen: välj en av versionerna här."
            )
        self._repo.resolve_conflict(conflict_gid, clean_text(text, field="texten"))

    # --- sync folder ------------------------------------------------------------------

    def folders(self) -> list[dict[str, Any]]:
        return self._repo.folders()

    def set_folder(self, folder: Path | None) -> None:
        """The one sync folder of this data folder (``None`` forgets it)."""
        for known in self._repo.folders():
            if folder is None or known["folder"] != str(folder):
                self._repo.forget_folder(known["folder"])
        if folder is not None:
            self._repo.save_folder(str(folder))

    def sync_folder(
        self,
        folder: Path,
        *,
        passphrase: str | None = None,
        confirm_unencrypted: bool = False,
    ) -> ImportReport:
        """Write this device's file to ``folder`` and merge every other device's file.

        Files still being copied are skipped (and read next time); the folder being
        read-only, full or gone is a clear message with nothing changed.
        """
        key = str(folder)
        if not folder.is_dir():
            raise StorageError(
                f"Synkmappen {folder} går inte att nå (frånkopplad nätverksenhet eller "
                "borttagen mapp?). Ingenting har ändrats."
            )
        state = self._repo.folder(key)
        if (
            passphrase is None
            and not (state and state["unencrypted_ok"])
            and not confirm_unencrypted
        ):
            raise UnencryptedFolderError(
                "Anteckningarna kan vara känsliga och synkmappen delas med andra program. "
                "Skydda filerna med en lösenfras (--passphrase-file), eller bekräfta att de "
                "får skrivas okrypterade (--unencrypted; frågas bara en gång för mappen)."
            )
        device = self._repo.ensure_device()
        own = folder / f"{device.id}{SUFFIX}"
        salt = self._folder_salt(folder, own, passphrase)
        report = ImportReport()
        if self._read_own_file_written_by_a_copy(own, state, passphrase, report):
            device = self._repo.device()  # a new id: the copy keeps the old file
            own = folder / f"{device.id}{SUFFIX}"
            state = self._repo.folder(key)
        self._write_own(folder, own, state, passphrase, salt)
        report.file_written = own
        seen = self._repo.folder_files(key)
        try:
            names = sorted(os.listdir(folder))
        except OSError as error:
            raise _folder_error(folder, error) from error
        for name in names:
            match = DEVICE_FILE.match(name)
            if not match or match.group(1) == device.id:
                continue
            path = folder / name
            try:
                data = path.read_bytes()
            except OSError:
                report.files_skipped.append(name)
                continue
            try:
                header, _ = exchange_file.read_header(data, name)
                if seen.get(name) == header.body_sha256:
                    continue
                if not exchange_file.is_complete(data, name):
                    report.files_skipped.append(name)  # still being copied: next time
                    continue
                payload = exchange_file.decode(data, name, passphrase)
                validate_payload(payload, name)
                report.add(self._apply(payload, name, add_pairs=True))
            except PassphraseError:
                raise
            except SyncError:
                report.files_skipped.append(name)
                continue
            report.files_read += 1
            with self._repo.write() as conn:
                self._repo.folder_file_read(conn, key, name, header.body_sha256)
        if report.added or report.updated or report.deleted or report.conflicts:
            self._write_own(folder, own, self._repo.folder(key), passphrase, salt)
        self._repo.save_folder(
            key,
            unencrypted_ok=int(bool(passphrase is None or (state and state["unencrypted_ok"]))),
            last_run=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            last_result=report.summary(),
        )
        return report

    def _read_own_file_written_by_a_copy(
        self,
        own: Path,
        state: Mapping[str, Any] | None,
        passphrase: str | None,
        report: ImportReport,
    ) -> bool:
        """Whether another copy of this data folder (same id) wrote this device's file since
        this one did; its changes are then merged and this folder takes a new id."""
        if not (state and state["written_sha"]):
            return False
        try:
            data = own.read_bytes()
            header, _ = exchange_file.read_header(data, own.name)
        except (OSError, SyncError):
            return False
        if header.body_sha256 == state["written_sha"] or not exchange_file.is_complete(
            data, own.name
        ):
            return False
        before = self._repo.device().id
        payload = exchange_file.decode(data, own.name, passphrase)
        validate_payload(payload, own.name)
        try:
            report.add(self._apply(payload, own.name, add_pairs=True))
        except SyncError:
            return False  # nothing of the copy's that is not here
        report.files_read += 1
        return self._repo.device().id != before

    def _folder_salt(self, folder: Path, own: Path, passphrase: str | None) -> bytes | None:
        """The salt the folder's files already use (one key derivation per run), or new."""
        if passphrase is None:
            return None
        candidates = [own, *sorted(p for p in folder.glob(f"*{SUFFIX}") if p != own)]
        for path in candidates:
            try:
                with path.open("rb") as handle:
                    head = handle.read(exchange_file.MAX_HEADER_BYTES + 32)
                header, _ = exchange_file.read_header(head, path.name)
            except (OSError, SyncError):
                continue
            if header.salt is not None:
                return header.salt
        return exchange_file.new_salt()

    def _write_own(
        self,
        folder: Path,
        own: Path,
        state: Mapping[str, Any] | None,
        passphrase: str | None,
        salt: bytes | None,
    ) -> None:
        device = self._repo.device()
        if state and state["written_seq"] == device.seq and own.exists():
            return
        payload = self._payload(self._repo.shared_pair_ids(), full=True)
        data = exchange_file.encode(payload, passphrase, salt)
        try:
            _write_shared_file(own, data)
        except OSError as error:
            raise _folder_error(folder, error) from error
        header, _ = exchange_file.read_header(data, own.name)
        self._repo.save_folder(
            str(folder), written_seq=self._repo.device().seq, written_sha=header.body_sha256
        )


def _editable(row: Mapping[str, Any]) -> bool:
    """Whether a conflict's text can be merged as plain text (not an agreement section's
    formatted blocks)."""
    return (row["tbl"], row["field"]) != ("agreement_sections", "blocks")


def _as_plain(row: Mapping[str, Any], text: str) -> str:
    """A stored text as a person reads it (an agreement section's blocks as lines)."""
    if _editable(row):
        return text
    from samspel_desktop.domain.model import AgreementSection
    from samspel_desktop.services.agreement_comparison import section_text
    from samspel_desktop.storage.agreements import blocks_from_json

    try:
        return str(section_text(AgreementSection("", "", blocks_from_json(text))))
    except ValidationError:
        return text


def _conflict(row: Mapping[str, Any]) -> SyncConflict:
    return SyncConflict(
        gid=row["gid"],
        table=row["tbl"],
        field=row["field"],
        item_id=row["item_id"],
        current=_as_plain(row, row["current"]),
        other=_as_plain(row, row["text"]),
        device_name=row["device_name"],
        found_at=row["found_at"],
        question_key=row["question_key"],
        editable=_editable(row),
    )


def _describe(pair: Mapping[str, Any]) -> str:
    names = [pair.get("political"), pair.get("executive")]
    who = " och ".join(str(n) for n in names if n)
    where = pair.get("organisation")
    return f"{who}, {where}" if who and where else who or str(where or pair["gid"])


def _default_device_name() -> str:
    import socket

    return socket.gethostname() or "okänd dator"
