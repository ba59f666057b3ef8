"""The composition root of the services: one open data folder and a service per use-case family.

:class:`Samspel` only opens, closes and builds. Every use case is a method of one service:

=================  ====================================================================
``pairs``          pairs, the start page's overview, the demo organisation
``conversations``  starting a conversation, answers, ratings, notes, minutes in Word
``commitments``    commitments: made, followed up, done or dropped
``agreements``     the överenskommelse: drafts, remiss, adoption, suggestions, Word
``greyzone``       the grey-zone log
``history``        the years: commitments kept, the health trend, the mandate period
``reports``        the follow-up report and the handover pack in Word
``data_folder``    backups, restore, the archive file, the integrity check
``search``         one search over all text
``seminars``       seminars, their groups, files from the groups' laptops, the summary
``guides``         conversation guides: built-in, edited, shared as files
``trash``          the trash: restore, or empty for good
``exchange``       two laptops, one history: exchange files, the sync folder, conflicts
=================  ====================================================================

A service is built (and its module imported) the first time it is asked for: the first
screen needs only a few of them, and Word export pulls in python-docx and lxml (about 90 ms).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import CorruptDatabaseError
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.database import Store, open_store

if TYPE_CHECKING:
    from samspel_desktop.services.agreements import AgreementService
    from samspel_desktop.services.commitments import CommitmentService
    from samspel_desktop.services.conversations import ConversationService
    from samspel_desktop.services.data_folder import DataFolderService
    from samspel_desktop.services.exchange import ExchangeService
    from samspel_desktop.services.greyzone import GreyZoneService
    from samspel_desktop.services.guides import GuideService
    from samspel_desktop.services.history import HistoryService
    from samspel_desktop.services.pairs import PairService
    from samspel_desktop.services.reports import ChartRenderer, ReportService
    from samspel_desktop.services.search import SearchService
    from samspel_desktop.services.seminars import SeminarService
    from samspel_desktop.services.trash import TrashService


class Samspel:
    """Every service the GUI and the command line use, built over one :class:`Store`.

    ``chart_renderer`` draws the health chart for the Word reports (``app.render_health_chart``);
    the composition root (app, command line) passes it in, so the services stay Qt-free.
    Without one, a report says there is no chart.
    """

    def __init__(
        self,
        store: Store,
        paths: DataPaths | None = None,
        *,
        chart_renderer: ChartRenderer | None = None,
    ) -> None:
        self._store = store
        self._paths = paths
        self._chart_renderer = chart_renderer

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        *,
        check_in_background: bool = False,
        check_before_first_write: bool = False,
        to_read: bool = False,
        startup_backup: bool = True,
        builtin_guides: bool = True,
        chart_renderer: ChartRenderer | None = None,
    ) -> Samspel:
        """Open (and migrate) the data folder's database and install built-in guides.

        A damaged database raises :class:`CorruptDatabaseError` naming the newest good backup
        (see :func:`backups.recover_from_newest_backup`); the file is not touched. When the
        newest backup is more than a day old a new one is taken before anything is written.
        ``to_read`` is for a command that writes nothing and needs no guides (an export, a
        search): it neither takes that backup nor installs built-in guides. With
        ``startup_backup=False`` the caller takes the backup itself: the window prepares it
        right after opening (``data_folder.prepare_daily_backup``) and copies it beside its work.
        With ``builtin_guides=False`` the caller installs the built-in guides itself
        (:meth:`install_builtin_guides`): the window does it after reading its start page.
        """
        try:
            store = open_store(
                paths.database,
                backup_dir=paths.backups,
                check_in_background=check_in_background,
                check_before_first_write=check_before_first_write,
            )
        except CorruptDatabaseError as error:
            from samspel_desktop.services.data_folder import in_full

            raise in_full(error, paths) from error
        try:
            services = cls(store, paths, chart_renderer=chart_renderer)
            if not to_read:
                if startup_backup:
                    # When a backup is due (once a day) this waits for the start-up check.
                    services.data_folder.startup_backup()
                if builtin_guides:
                    services._install_guides()
        except CorruptDatabaseError as error:
            store.close()
            from samspel_desktop.services.data_folder import in_full

            raise in_full(error, paths) from error
        except BaseException:
            store.close()
            raise
        return services

    @classmethod
    def in_memory(cls, *, chart_renderer: ChartRenderer | None = None) -> Samspel:
        services = cls(open_store(None), chart_renderer=chart_renderer)
        services._install_guides()
        return services

    def close(self) -> None:
        self._store.close()

    def catch_up(self) -> bool:
        """Bring the search index and the exchange's versions up to date after the latest
        autosaves (their own transaction, right after the save; ARCHITECTURE.md). Searches and
        exchanges do it themselves first; the window calls it after each autosave."""
        return self._store.catch_up()

    # --- the services, built on first use ------------------------------------------------

    @cached_property
    def pairs(self) -> PairService:
        from samspel_desktop.services.pairs import PairService
        from samspel_desktop.storage.pairs import PairRepository

        return PairService(PairRepository(self._store))

    @cached_property
    def conversations(self) -> ConversationService:
        from samspel_desktop.services.conversations import ConversationService
        from samspel_desktop.storage.agreements import AgreementRepository
        from samspel_desktop.storage.commitments import CommitmentRepository
        from samspel_desktop.storage.conversations import ConversationRepository
        from samspel_desktop.storage.greyzone import GreyZoneRepository
        from samspel_desktop.storage.pairs import PairRepository

        return ConversationService(
            ConversationRepository(self._store),
            PairRepository(self._store),
            CommitmentRepository(self._store),
            lambda: self.guides,
            agreements=AgreementRepository(self._store),
            greyzone=GreyZoneRepository(self._store),
        )

    @cached_property
    def commitments(self) -> CommitmentService:
        from samspel_desktop.services.commitments import CommitmentService
        from samspel_desktop.storage.commitments import CommitmentRepository
        from samspel_desktop.storage.conversations import ConversationRepository

        return CommitmentService(
            CommitmentRepository(self._store), ConversationRepository(self._store)
        )

    @cached_property
    def agreements(self) -> AgreementService:
        from samspel_desktop.services.agreements import AgreementService
        from samspel_desktop.storage.agreements import AgreementRepository
        from samspel_desktop.storage.conversations import ConversationRepository
        from samspel_desktop.storage.pairs import PairRepository

        return AgreementService(
            AgreementRepository(self._store),
            ConversationRepository(self._store),
            PairRepository(self._store),
        )

    @cached_property
    def greyzone(self) -> GreyZoneService:
        from samspel_desktop.services.greyzone import GreyZoneService
        from samspel_desktop.storage.greyzone import GreyZoneRepository
        from samspel_desktop.storage.history import HistoryRepository

        return GreyZoneService(GreyZoneRepository(self._store), HistoryRepository(self._store))

    @cached_property
    def history(self) -> HistoryService:
        from samspel_desktop.services.history import HistoryService
        from samspel_desktop.storage.history import HistoryRepository
        from samspel_desktop.storage.pairs import PairRepository

        return HistoryService(PairRepository(self._store), HistoryRepository(self._store))

    @cached_property
    def reports(self) -> ReportService:
        from samspel_desktop.services.reports import ReportService
        from samspel_desktop.storage.pairs import PairRepository

        return ReportService(
            PairRepository(self._store),
            self.history,
            self.greyzone,
            self.agreements,
            self._chart_renderer,
        )

    @cached_property
    def data_folder(self) -> DataFolderService:
        from samspel_desktop.services.data_folder import DataFolderService

        return DataFolderService(self._store, self._paths, after_restore=self._install_guides)

    def _install_guides(self) -> None:
        """Add or update the built-in guides (after opening, and after a restore)."""
        self.guides.install_builtin()

    def install_builtin_guides(self) -> None:
        """What :meth:`open` does unless told ``builtin_guides=False``: add or update the
        built-in guides. A damaged database raises :class:`CorruptDatabaseError` in full."""
        try:
            self._install_guides()
        except CorruptDatabaseError as error:
            if self._paths is None:
                raise
            from samspel_desktop.services.data_folder import in_full

            raise in_full(error, self._paths) from error

    @cached_property
    def search(self) -> SearchService:
        from samspel_desktop.services.search import SearchService
        from samspel_desktop.storage.pairs import PairRepository
        from samspel_desktop.storage.search import SearchRepository

        return SearchService(SearchRepository(self._store), PairRepository(self._store))

    @cached_property
    def seminars(self) -> SeminarService:
        from samspel_desktop.services.seminars import SeminarService
        from samspel_desktop.storage.seminars import SeminarRepository

        return SeminarService(SeminarRepository(self._store), self.guides)

    @cached_property
    def guides(self) -> GuideService:
        from samspel_desktop.services.guides import GuideService
        from samspel_desktop.storage.guides import GuideRepository

        return GuideService(GuideRepository(self._store))

    @cached_property
    def trash(self) -> TrashService:
        from samspel_desktop.services.trash import TrashService
        from samspel_desktop.storage.trash import TrashRepository

        return TrashService(TrashRepository(self._store))

    @cached_property
    def exchange(self) -> ExchangeService:
        from samspel_desktop.services.exchange import ExchangeService
        from samspel_desktop.storage.sync import SyncRepository

        return ExchangeService(SyncRepository(self._store), self._store.path)
