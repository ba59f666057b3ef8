"""Which tables travel between laptops, and how each of their columns is treated.

One description per synchronised table (parents before children) serves three purposes: the
schema step that adds global ids and the triggers that keep the clocks (``migrations/v7_sync.py``),
the export and import of exchange files (``storage/sync.py``) and a test that fails when a
column is added to a synchronised table without saying how it travels
(``tests/storage/test_sync_tables.py``).

Every column is in exactly one group:

* ``fields``: merged one by one with a clock each (``domain/sync.py``); ``texts`` among them keep
  both versions when both sides changed them, ``monotonic`` ones only ever grow;
* ``fixed``: set when the item is created and never changed (its parent, its key);
* ``local``: never exchanged (the row id, ``updated_at`` of this laptop, the demo flag).

References to other rows (``refs``) travel as the other row's global id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samspel_desktop.domain.sync import MergeKind
from samspel_desktop.storage.derived import ANSWER_FIELDS


@dataclass(frozen=True)
class SyncTable:
    name: str
    #: SQL expression (over ``ROW.``, the row) for a new row's global id: random, or derived
    #: from its parent's id and its natural key so that two laptops creating "the same" row
    #: agree.
    gid: str
    #: SQL expression (over ``ROW.``, the row with its ``gid``) for the global id of the pair
    #: the row belongs to.
    pair_gid: str
    #: SQL selecting the ids of the rows that belong to pair ``:pair`` (local id).
    scope: str
    fields: tuple[str, ...] = ()
    texts: frozenset[str] = frozenset()
    monotonic: frozenset[str] = frozenset()
    fixed: tuple[str, ...] = ()
    local: tuple[str, ...] = ("id",)
    refs: dict[str, str] = field(default_factory=dict)
    #: The reference (one of ``refs``) to the row this one belongs to: deleted with it, and
    #: brought back with it when an edit the deleting laptop never saw keeps it.
    parent: str | None = None

    @property
    def has_trash(self) -> bool:
        return "deleted_at" in self.fields

    def kind(self, column: str) -> MergeKind:
        if column in self.texts:
            return MergeKind.TEXT
        if column in self.monotonic:
            return MergeKind.MONOTONIC
        return MergeKind.PLAIN

    @property
    def exchanged(self) -> tuple[str, ...]:
        return self.fixed + self.fields


_RANDOM = "lower(hex(randomblob(16)))"


def _parent_gid(table: str, column: str, suffix: str) -> str:
    return f"(SELECT gid FROM {table} WHERE id = ROW.{column}) || {suffix}"


def _pair_of(table: str, column: str) -> str:
    return (
        f"(SELECT p.gid FROM {table} x JOIN pairs p ON p.id = x.pair_id WHERE x.id = ROW.{column})"
    )


_CONVERSATIONS = "SELECT id FROM conversations WHERE pair_id = :pair"
_VERSIONS = "SELECT id FROM agreement_versions WHERE pair_id = :pair"

SYNC_TABLES: tuple[SyncTable, ...] = (
    SyncTable(
        "organisations",
        gid=_RANDOM,
        pair_gid="NULL",
        scope="SELECT organisation_id FROM pairs WHERE id = :pair",
        fields=("name", "kind", "deleted_at"),
        fixed=("created_at",),
        local=("id", "is_demo"),
    ),
    SyncTable(
        "persons",
        gid=_RANDOM,
        pair_gid="NULL",
        scope="SELECT political_person_id FROM pairs WHERE id = :pair "
        "UNION SELECT executive_person_id FROM pairs WHERE id = :pair",
        fields=("name", "title"),
        fixed=("organisation_id", "created_at"),
        refs={"organisation_id": "organisations"},
    ),
    SyncTable(
        "pairs",
        gid=_RANDOM,
        pair_gid="ROW.gid",
        scope="SELECT :pair",
        fields=("kind", "start_date", "end_date", "phase", "body", "term", "deleted_at"),
        fixed=(
            "organisation_id",
            "political_person_id",
            "executive_person_id",
            "predecessor_id",
            "created_at",
        ),
        refs={
            "organisation_id": "organisations",
            "political_person_id": "persons",
            "executive_person_id": "persons",
            "predecessor_id": "pairs",
        },
    ),
    SyncTable(
        "conversations",
        gid=_RANDOM,
        pair_gid="(SELECT gid FROM pairs WHERE id = ROW.pair_id)",
        scope=_CONVERSATIONS,
        fields=("date", "status", "present", "notes", "next_meeting", "deleted_at"),
        texts=frozenset({"notes"}),
        fixed=("pair_id", "created_at"),
        local=("id", "updated_at"),
        refs={"pair_id": "pairs"},
        parent="pair_id",
    ),
    SyncTable(
        "conversation_guides",
        gid=_parent_gid("conversations", "conversation_id", "':g:' || ROW.position"),
        pair_gid=_pair_of("conversations", "conversation_id"),
        scope=f"SELECT id FROM conversation_guides WHERE conversation_id IN ({_CONVERSATIONS})",
        fixed=("conversation_id", "position", "guide_id", "guide_version", "snapshot"),
        refs={"conversation_id": "conversations"},
        parent="conversation_id",
    ),
    SyncTable(
        "answers",
        gid=_parent_gid("conversations", "conversation_id", "':a:' || ROW.question_key"),
        pair_gid=_pair_of("conversations", "conversation_id"),
        scope=f"SELECT id FROM answers WHERE conversation_id IN ({_CONVERSATIONS})",
        fields=ANSWER_FIELDS,  # the marker of derived data keeps them in this order
        texts=frozenset({"political", "executive", "conclusion"}),
        monotonic=frozenset({"ratings_revealed"}),
        fixed=("conversation_id", "question_key"),
        local=("id", "updated_at"),
        refs={"conversation_id": "conversations"},
        parent="conversation_id",
    ),
    SyncTable(
        "ratings",
        gid=_parent_gid(
            "conversations", "conversation_id", "':r:' || ROW.question_key || ':' || ROW.side"
        ),
        pair_gid=_pair_of("conversations", "conversation_id"),
        scope=f"SELECT id FROM ratings WHERE conversation_id IN ({_CONVERSATIONS})",
        fields=("value",),
        fixed=("conversation_id", "question_key", "side"),
        local=("id", "updated_at"),
        refs={"conversation_id": "conversations"},
        parent="conversation_id",
    ),
    SyncTable(
        "commitments",
        gid=_RANDOM,
        pair_gid="(SELECT gid FROM pairs WHERE id = ROW.pair_id)",
        scope="SELECT id FROM commitments WHERE pair_id = :pair",
        fields=(
            "what",
            "owner_side",
            "owner_name",
            "due_date",
            "status",
            "status_note",
            "closed_in",
            "deleted_at",
        ),
        texts=frozenset({"what", "status_note"}),
        fixed=("pair_id", "created_in", "created_at"),
        local=("id", "updated_at"),
        refs={"pair_id": "pairs", "created_in": "conversations", "closed_in": "conversations"},
        parent="pair_id",
    ),
    SyncTable(
        "agreement_versions",
        gid=_RANDOM,
        pair_gid="(SELECT gid FROM pairs WHERE id = ROW.pair_id)",
        scope=_VERSIONS,
        fields=(
            "title",
            "status",
            "metadata",
            "adopted_on",
            "signatories",
            "adopted_place",
            "deleted_at",
        ),
        texts=frozenset({"title"}),
        fixed=("pair_id", "number", "based_on_id", "created_at"),
        local=("id", "updated_at"),
        refs={"pair_id": "pairs", "based_on_id": "agreement_versions"},
        parent="pair_id",
    ),
    SyncTable(
        "agreement_sections",
        gid=_parent_gid("agreement_versions", "version_id", "':s:' || ROW.key"),
        pair_gid=_pair_of("agreement_versions", "version_id"),
        scope=f"SELECT id FROM agreement_sections WHERE version_id IN ({_VERSIONS})",
        fields=("position", "title", "guidance", "blocks"),
        texts=frozenset({"title", "blocks"}),
        fixed=("version_id", "key"),
        refs={"version_id": "agreement_versions"},
        parent="version_id",
    ),
    SyncTable(
        "agreement_remisses",
        gid=_parent_gid("agreement_versions", "version_id", "':remiss'"),
        pair_gid=_pair_of("agreement_versions", "version_id"),
        scope=f"SELECT id FROM agreement_remisses WHERE version_id IN ({_VERSIONS})",
        fields=("sent_on", "deadline", "reference"),
        fixed=("version_id", "created_at"),
        refs={"version_id": "agreement_versions"},
        parent="version_id",
    ),
    SyncTable(
        "agreement_remiss_answers",
        gid=_parent_gid("agreement_remisses", "remiss_id", "':' || ROW.recipient"),
        pair_gid="(SELECT p.gid FROM agreement_remisses r JOIN agreement_versions v "
        "ON v.id = r.version_id JOIN pairs p ON p.id = v.pair_id WHERE r.id = ROW.remiss_id)",
        scope="SELECT id FROM agreement_remiss_answers WHERE remiss_id IN "
        f"(SELECT id FROM agreement_remisses WHERE version_id IN ({_VERSIONS}))",
        fields=("ordinal", "stance", "text", "answered_on"),
        texts=frozenset({"text"}),
        fixed=("remiss_id", "recipient"),
        local=("id", "updated_at"),
        refs={"remiss_id": "agreement_remisses"},
        parent="remiss_id",
    ),
    SyncTable(
        "agreement_provenance",
        gid=_parent_gid(
            "agreement_versions",
            "version_id",
            "':p:' || (SELECT gid FROM conversations WHERE id = ROW.conversation_id) "
            "|| ':' || ROW.question_key",
        ),
        pair_gid=_pair_of("agreement_versions", "version_id"),
        scope=f"SELECT id FROM agreement_provenance WHERE version_id IN ({_VERSIONS})",
        fixed=(
            "version_id",
            "section_key",
            "conversation_id",
            "question_key",
            "text",
            "created_at",
        ),
        refs={"version_id": "agreement_versions", "conversation_id": "conversations"},
        parent="version_id",
    ),
    SyncTable(
        "greyzone_entries",
        gid=_RANDOM,
        pair_gid="(SELECT gid FROM pairs WHERE id = ROW.pair_id)",
        scope="SELECT id FROM greyzone_entries WHERE pair_id = :pair",
        fields=("raised_on", "question", "classification", "decided_by", "learned", "deleted_at"),
        texts=frozenset({"question", "learned"}),
        fixed=("pair_id", "conversation_id", "created_at"),
        local=("id", "updated_at"),
        refs={"pair_id": "pairs", "conversation_id": "conversations"},
        parent="pair_id",
    ),
)

SYNC_TABLE_BY_NAME: dict[str, SyncTable] = {t.name: t for t in SYNC_TABLES}
#: Per table: the tables whose rows belong to one of its rows (``parent`` points at it).
CHILD_TABLES: dict[str, tuple[SyncTable, ...]] = {
    t.name: tuple(c for c in SYNC_TABLES if c.parent and c.refs[c.parent] == t.name)
    for t in SYNC_TABLES
}
