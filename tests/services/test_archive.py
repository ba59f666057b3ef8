import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.errors import ArchiveError
from samspel_desktop.domain.model import Answer, PairKind, Phase, Rating, Side
from samspel_desktop.services.archive import (
    archive_json_schema,
    export_archive,
    import_archive,
)
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage import archive as storage_archive

EMPTY_TABLES: dict[str, list[object]] = {t: [] for t in storage_archive.ARCHIVE_TABLES}


def _archive(**tables: object) -> bytes:
    return json.dumps(
        {
            "format": "samspel-archive",
            "format_version": 1,
            "schema": [],
            "tables": {**EMPTY_TABLES, **tables},
        }
    ).encode()


DOCS = Path(__file__).resolve().parents[2] / "docs"


def _fill(services: Samspel) -> None:
    pair = services.add_pair(
        organisation="Alingsås kommun",
        political="Åsa Öberg",
        executive="Ärling Ek",
        start_date=dt.date(2023, 1, 1),
    )
    conversation = services.start_conversation(pair.id, date=dt.date(2023, 2, 1))
    services.conversations_repo.save_answer(
        Answer(conversation.id, "skr-omraden/svart", political="Tid", conclusion="Möten")
    )
    services.conversations_repo.save_rating(Rating(conversation.id, "x/y", Side.POLITICAL, 3))
    services.add_commitment(pair.id, "Mötesplan", Side.BOTH, created_in=conversation.id)
    draft = services.agreements.start_draft(pair, today=dt.date(2023, 3, 1))
    services.agreements.adopt(draft.id, dt.date(2023, 4, 1), "§ 3")
    services.agreements.start_draft(pair, copy_from=services.agreements.get(draft.id))
    services.trash.delete("commitment", services.add_commitment(pair.id, "x", Side.BOTH).id)
    services.add_pair(
        organisation="Alingsås kommun",
        political="Eva Lund",
        executive="Per Ek",
        kind=PairKind.COMMITTEE,
        body="Socialnämnden",
        term=TermBasis.COUNCIL,
        phase=Phase.PRESSED,
        start_date=dt.date(2023, 1, 1),
    )


def _tables(path: Path) -> object:
    return json.loads(path.read_text("utf-8"))["tables"]


def test_export_import_export_gives_the_same_data(services: Samspel, tmp_path: Path) -> None:
    _fill(services)
    first = tmp_path / "first.json"
    export_archive(services.store, first)
    other = Samspel.open(DataPaths(tmp_path / "other"))
    try:
        import_archive(other.store, first)
        second = tmp_path / "second.json"
        export_archive(other.store, second)
        assert _tables(first) == _tables(second)
        assert other.search_repo.search("Möten")
        assert other.store.integrity_problems() == []
        # The nämnd pair keeps its body, term and phase.
        [committee] = [p for p in other.pairs() if p.kind is PairKind.COMMITTEE]
        assert (committee.body, committee.term, committee.phase) == (
            "Socialnämnden",
            TermBasis.COUNCIL,
            Phase.PRESSED,
        )
    finally:
        other.close()


def test_an_archive_from_before_the_pair_body_imports_with_defaults(
    services: Samspel, tmp_path: Path
) -> None:
    _fill(services)
    path = tmp_path / "arkiv.json"
    export_archive(services.store, path)
    document = json.loads(path.read_text("utf-8"))
    document["schema"] = document["schema"][:5]
    for row in document["tables"]["pairs"]:
        del row["body"], row["term"]
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    other = Samspel.open(DataPaths(tmp_path / "other"))
    try:
        import_archive(other.store, path)
        assert {(p.body, p.term) for p in other.pairs()} == {("", TermBasis.BOARD)}
    finally:
        other.close()


def test_import_refuses_a_database_with_data_unless_replacing(
    services: Samspel, tmp_path: Path
) -> None:
    _fill(services)
    archive = tmp_path / "a.json"
    export_archive(services.store, archive)
    with pytest.raises(ArchiveError, match="redan"):
        import_archive(services.store, archive)
    import_archive(services.store, archive, replace=True)
    assert len(services.pairs()) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "trasig"),
        (b'{"format": "samspel-archive", "format_version": 1, "schema": [], "tab', "trasig"),
        (b'{"format": "annat"}', "inte ett Samspel-arkiv"),
        (b'{"format": "samspel-archive", "format_version": 2}', "formatversion"),
        (
            b'{"format": "samspel-archive", "format_version": 1, "schema": ["9999_x"],'
            b' "tables": {}}',
            "nyare version",
        ),
        (_archive(pairs=[{"id": "ett"}]), "Arkivet är felaktigt"),
        (_archive(pairs=[{"id": 1, "extra": 1}]), "okända fält"),
        (_archive(pairs="nej"), "ska vara en lista"),
        (
            b'{"format": "samspel-archive", "format_version": 1, "schema": [], '
            b'"tables": {"hackers": []}}',
            "okända tabeller",
        ),
        (
            _archive(
                conversations=[
                    {
                        "id": 1,
                        "pair_id": 42,
                        "date": "2023-01-01",
                        "status": "planerat",
                        "created_at": "x",
                        "updated_at": "x",
                    }
                ]
            ),
            "pekar på",
        ),
        (
            _archive(organisations=[{"id": 1, "name": "", "kind": "kommun", "created_at": "x"}]),
            "regler",
        ),
    ],
)
def test_malformed_archives_are_rejected_and_change_nothing(
    services: Samspel, tmp_path: Path, content: bytes, message: str
) -> None:
    before = storage_archive.dump(services.store)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match=message):
        import_archive(services.store, path)
    assert storage_archive.dump(services.store) == before


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60, deadline=None
)
@given(
    st.binary(max_size=300)
    | st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=20,
    ).map(
        lambda v: json.dumps(
            {
                "format": "samspel-archive",
                "format_version": 1,
                "schema": [],
                "tables": {**EMPTY_TABLES, "pairs": v},
            }
        ).encode()
    )
)
def test_fuzzed_archives_never_crash_or_change_the_database(
    services: Samspel, tmp_path: Path, content: bytes
) -> None:
    before = storage_archive.dump(services.store)
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    try:
        import_archive(services.store, path)
    except ArchiveError:
        assert storage_archive.dump(services.store) == before


def test_documented_json_schema_is_current(services: Samspel) -> None:
    documented = json.loads((DOCS / "archive.schema.json").read_text("utf-8"))
    assert documented == archive_json_schema(services.store), (
        "Regenerate docs/archive.schema.json: python -m samspel_desktop.services.archive"
    )


def test_exported_archive_validates_against_the_schema(services: Samspel, tmp_path: Path) -> None:
    import jsonschema

    _fill(services)
    path = tmp_path / "a.json"
    export_archive(services.store, path)
    jsonschema.validate(json.loads(path.read_text("utf-8")), archive_json_schema(services.store))
