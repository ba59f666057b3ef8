"""The service container: one open data folder and the use cases over it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.calendar import TermBasis, calendar_notice
from samspel_desktop.domain.errors import CorruptDatabaseError, StorageError, ValidationError
from samspel_desktop.domain.model import (
    Commitment,
    CommitmentStatus,
    Conversation,
    ConversationStatus,
    Guide,
    OrganisationKind,
    Pair,
    PairKind,
    Phase,
    Side,
)
from samspel_desktop.domain.text import clean_line
from samspel_desktop.services.agreements import AgreementService
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.agreements import AgreementRepository
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.database import Store, open_store
from samspel_desktop.storage.greyzone import GreyZoneRepository
from samspel_desktop.storage.guides import GuideRepository
from samspel_desktop.storage.history import HistoryRepository
from samspel_desktop.storage.pairs import PairRepository
from samspel_desktop.storage.search import SearchRepository
from samspel_desktop.storage.trash import TrashRepository

if TYPE_CHECKING:
    from samspel_desktop.services.backups import RestoreResult
    from samspel_desktop.services.conversations import ConversationService
    from samspel_desktop.services.guides import GuideService
    from samspel_desktop.services.history import HistoryService
    from samspel_desktop.services.reports import ReportService
    from samspel_desktop.services.search import SearchService
    from samspel_desktop.services.seminars import SeminarService
    from samspel_desktop.services.word_export import WordExporter

log = logging.getLogger(__name__)


class Samspel:
    """Everything the GUI and the command line need, built over one :class:`Store`."""

    def __init__(self, store: Store, paths: DataPaths | None = None) -> None:
        self.store = store
        self.paths = paths
        self.pairs_repo = PairRepository(store)
        self.conversations_repo = ConversationRepository(store)
        self.commitments_repo = CommitmentRepository(store)
        self.trash = TrashRepository(store)
        self.search_repo = SearchRepository(store)
        self.agreements = AgreementService(
            AgreementRepository(store), self.conversations_repo, self.pairs_repo
        )
        self._guides: GuideService | None = None
        self._conversation: ConversationService | None = None
        self._search: SearchService | None = None
        self._history: HistoryService | None = None
        self._seminars: SeminarService | None = None
        self._word: WordExporter | None = None
        self._reports: ReportService | None = None

    # Services a command or the first screen may not need are built (and imported) on first
    # use: Word export pulls in python-docx and lxml (about 90 ms), the others their modules.

    @property
    def guides(self) -> GuideService:
        if self._guides is None:
            from samspel_desktop.services.guides import GuideService

            self._guides = GuideService(GuideRepository(self.store))
        return self._guides

    @property
    def conversation(self) -> ConversationService:
        if self._conversation is None:
            from samspel_desktop.services.conversations import ConversationService

            self._conversation = ConversationService(self.conversations_repo, self.commitments_repo)
        return self._conversation

    @property
    def search(self) -> SearchService:
        if self._search is None:
            from samspel_desktop.services.search import SearchService

            self._search = SearchService(self.search_repo, self.pairs_repo)
        return self._search

    @property
    def history(self) -> HistoryService:
        if self._history is None:
            from samspel_desktop.services.history import HistoryService

            self._history = HistoryService(
                self.pairs_repo, HistoryRepository(self.store), GreyZoneRepository(self.store)
            )
        return self._history

    @property
    def seminars(self) -> SeminarService:
        if self._seminars is None:
            from samspel_desktop.services.seminars import SeminarService
            from samspel_desktop.storage.seminars import SeminarRepository

            self._seminars = SeminarService(SeminarRepository(self.store), self.guides)
        return self._seminars

    @property
    def word(self) -> WordExporter:
        if self._word is None:
            from samspel_desktop.services.word_export import WordExporter

            self._word = WordExporter(
                self.agreements, self.pairs_repo, self.conversations_repo, self.commitments_repo
            )
        return self._word

    @property
    def reports(self) -> ReportService:
        if self._reports is None:
            from samspel_desktop.services.reports import ReportService

            self._reports = ReportService(self.pairs_repo, self.history, self.agreements)
        return self._reports

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        *,
        check_in_background: bool = False,
        check_before_first_write: bool = False,
        to_read: bool = False,
    ) -> Samspel:
        """Open (and migrate) the data folder's database and install built-in guides.

        A damaged database raises :class:`CorruptDatabaseError` naming the newest good backup
        (see :func:`backups.recover_from_newest_backup`); the file is not touched. When the
        newest backup is more than a day old a new one is taken before anything is written.
        ``to_read`` is for a command that writes nothing and needs no guides (an export, a
        search): it neither takes that backup nor installs built-in guides.
        """
        try:
            store = open_store(
                paths.database,
                backup_dir=paths.backups,
                check_in_background=check_in_background,
                check_before_first_write=check_before_first_write,
            )
        except CorruptDatabaseError as error:
            raise _with_newest_backup(error, paths) from error
        try:
            services = cls(store, paths)
            if not to_read:
                # When a backup is due (once a day) this waits for the start-up check.
                services._startup_backup()
                services.guides.install_builtin()
        except BaseException:
            store.close()
            raise
        return services

    def damage_found(self, *, wait: bool = False) -> CorruptDatabaseError | None:
        """The start-up check's verdict: a full error if the database is damaged, else None.

        With ``wait=False`` a check still running also gives None; ask again later.
        """
        problems = self.store.integrity_verdict(wait=wait)
        if not problems or self.paths is None:
            return None
        return _with_newest_backup(
            CorruptDatabaseError("damaged", detail="; ".join(problems[:5])), self.paths
        )

    def integrity_known(self) -> bool:
        return self.store.integrity_verdict(wait=False) is not None

    def _startup_backup(self) -> None:
        if self.paths is None:
            return
        from samspel_desktop.services import backups

        try:
            backups.maybe_daily_backup(self.store, self.paths, reason="start")
        except StorageError as error:
            # Not being able to back up must not keep the user from their notes.
            log.warning("start-up backup failed: %s (%s)", error.message, error.detail)

    def daily_backup(self) -> Path | None:
        """Take the daily backup if one is due (the GUI calls this on a timer)."""
        if self.paths is None or self.store.path is None:
            return None
        from samspel_desktop.services import backups

        return backups.maybe_daily_backup(self.store, self.paths)

    def backup(self, destination: Path | None = None) -> Path:
        """A backup now: to ``backups/``, or to a file the user chose."""
        from samspel_desktop.services import backups

        if destination is not None:
            return backups.backup_to_file(self.store, destination)
        if self.paths is None:
            raise ValidationError("Databasen finns bara i minnet; ange en fil att spara till.")
        return backups.backup_now(self.store, self.paths)

    def restore(self, source: Path) -> RestoreResult:
        """Restore ``source`` in place of the open database, then continue on the restored one.

        The current database is backed up first, so the restore can itself be undone
        (``RestoreResult.undo_backup``). Views must reload everything afterwards.
        """
        if self.paths is None or self.store.path is None:
            raise ValidationError("Databasen finns bara i minnet och kan inte återställas.")
        from samspel_desktop.services import backups

        backups.validate_restore_source(source, self.paths)
        self.store.close()
        try:
            result = backups.restore_database(self.paths, source)
        finally:
            # Whatever happened, continue on the file that is now in place.
            self.store.take_over(open_store(self.paths.database, backup_dir=self.paths.backups))
        self.guides.install_builtin()
        return result

    @classmethod
    def in_memory(cls) -> Samspel:
        services = cls(open_store(None))
        services.guides.install_builtin()
        return services

    def close(self) -> None:
        self.store.close()

    # --- trash -------------------------------------------------------------------------

    def empty_trash(self) -> dict[str, int]:
        """Really delete what is in the trash (ask the user first); rows removed per kind.

        Backups taken earlier still hold the deleted items until they are thinned away.
        """
        return self.trash.empty()

    # --- pairs -------------------------------------------------------------------------

    def add_pair(
        self,
        *,
        organisation: str,
        political: str,
        political_title: str = "",
        executive: str,
        executive_title: str = "",
        kind: PairKind = PairKind.KSO_KD,
        organisation_kind: OrganisationKind | None = None,
        start_date: dt.date | None = None,
        phase: Phase = Phase.BUILDING,
        predecessor_id: int | None = None,
        body: str = "",
        term: TermBasis = TermBasis.BOARD,
    ) -> Pair:
        """Add a pair; the organisation is reused by name or created.

        ``body`` is the nämnd the pair leads (required for a nämndordförande and a
        förvaltningschef); empty means the organisation's styrelse.
        """
        body = _clean_body(body, kind)
        org_name = clean_line(organisation, field="organisationens namn")
        default_political, default_executive = kind.default_titles
        political_title = clean_line(
            political_title or default_political, field="titel (politiken)"
        )
        executive_title = clean_line(
            executive_title or default_executive, field="titel (förvaltningen)"
        )
        political = clean_line(political, field="namn (politiken)")
        executive = clean_line(executive, field="namn (förvaltningen)")
        org = self.pairs_repo.find_organisation(org_name)
        if org is None:
            if organisation_kind is None:
                organisation_kind = (
                    OrganisationKind.REGION
                    if kind is PairKind.REGION or org_name.lower().startswith("region")
                    else OrganisationKind.KOMMUN
                )
            org = self.pairs_repo.add_organisation(org_name, organisation_kind)
        if predecessor_id is not None:
            self.pairs_repo.get(predecessor_id)
        return self.pairs_repo.add_pair(
            organisation=org,
            kind=kind,
            political=(political, political_title),
            executive=(executive, executive_title),
            start_date=start_date or dt.date.today(),
            phase=phase,
            predecessor_id=predecessor_id,
            body=body,
            term=term,
        )

    def update_pair(
        self,
        pair_id: int,
        *,
        organisation: str,
        organisation_kind: OrganisationKind,
        kind: PairKind,
        political: str,
        political_title: str,
        executive: str,
        executive_title: str,
        start_date: dt.date,
        phase: Phase,
        body: str | None = None,
        term: TermBasis | None = None,
    ) -> Pair:
        """Correct a pair's details and its organisation's name (body and term kept if None)."""
        pair = self.pairs_repo.get(pair_id)
        if body is not None:
            body = _clean_body(body, kind)
        self.pairs_repo.rename_organisation(
            pair.organisation.id,
            clean_line(organisation, field="organisationens namn"),
            organisation_kind,
        )
        return self.pairs_repo.update_pair(
            pair_id,
            kind=kind,
            political=(
                clean_line(political, field="namn (politiken)"),
                clean_line(political_title, field="titel (politiken)"),
            ),
            executive=(
                clean_line(executive, field="namn (förvaltningen)"),
                clean_line(executive_title, field="titel (förvaltningen)"),
            ),
            start_date=start_date,
            phase=phase,
            body=body,
            term=term,
        )

    def pairs(self) -> list[Pair]:
        return self.pairs_repo.all()

    def pair(self, pair_id: int) -> Pair:
        return self.pairs_repo.get(pair_id)

    # --- conversations -----------------------------------------------------------------

    def start_conversation(
        self,
        pair_id: int,
        *,
        guide_ids: Iterable[str] = (),
        date: dt.date | None = None,
        present: Iterable[str] = (),
    ) -> Conversation:
        """Create a conversation with snapshots of its guides (suggested ones if none given)."""
        pair = self.pairs_repo.get(pair_id)
        ids = list(guide_ids)
        if ids:
            guides: list[Guide] = [self.guides.get(g) for g in ids]
        else:
            notice = calendar_notice(date or dt.date.today(), pair.term)
            suggested = self.guides.suggest(
                pair.phase,
                opposition=pair.kind is PairKind.OPPOSITION_KD,
                moment=notice.moment if notice else None,
            )
            if not suggested:
                raise ValidationError("Det finns ingen samtalsguide att använda.")
            guides = suggested[:1]
        names = [clean_line(p, field="närvarande") for p in present] or [
            pair.political.name,
            pair.executive.name,
        ]
        conversation_id = self.conversations_repo.add(
            pair.id,
            date or dt.date.today(),
            guides,
            status=ConversationStatus.PLANNED,
            present=names,
        )
        return self.conversations_repo.get(conversation_id)

    def conversations(self, pair_id: int | None = None) -> list[Conversation]:
        return self.conversations_repo.all(pair_id)

    # --- commitments -------------------------------------------------------------------

    def add_commitment(
        self,
        pair_id: int,
        what: str,
        owner_side: Side,
        *,
        owner_name: str = "",
        due_date: dt.date | None = None,
        created_in: int | None = None,
    ) -> Commitment:
        return self.conversation.add_pair_commitment(
            pair_id,
            what,
            owner_side,
            owner_name=owner_name,
            due_date=due_date,
            created_in=created_in,
        )

    def close_commitment(
        self,
        commitment_id: int,
        status: CommitmentStatus,
        *,
        note: str = "",
        closed_in: int | None = None,
    ) -> None:
        self.conversation.set_commitment_status(commitment_id, status, note, closed_in=closed_in)


def _with_newest_backup(error: CorruptDatabaseError, paths: DataPaths) -> CorruptDatabaseError:
    """The same error, told in full to the user and naming the newest good backup."""
    from samspel_desktop.services import backups

    newest = backups.newest_good_backup(paths)
    if newest is None:
        offer = "Det finns ingen hel säkerhetskopia att återställa."
    else:
        when = newest.created.strftime("%Y-%m-%d %H:%M")
        offer = f"Den senaste hela säkerhetskopian är från {when} och kan återställas."
    return CorruptDatabaseError(
        f"Databasen i {paths.root} är skadad och har inte öppnats. Den har inte ändrats. {offer}",
        detail=error.detail,
        damaged_file=paths.database,
        newest_backup=newest.path if newest else None,
    )


def _clean_body(body: str, kind: PairKind) -> str:
    """The nämnd a pair leads, cleaned; a nämndordförande–förvaltningschef pair must name it."""
    name = clean_line(body, field="nämnd", required=False)
    if kind is PairKind.COMMITTEE and not name:
        raise ValidationError("Ange vilken nämnd paret leder, till exempel Socialnämnden.")
    return name
