"""Every stored column has the reader the app reads it with; the archive import uses the same."""

from __future__ import annotations

import json

import pytest

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import Block, BlockType, DocumentMetadata, PairKind
from samspel_desktop.storage import archive as storage_archive
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import open_store


def test_every_column_of_every_archived_table_has_a_reader() -> None:
    """A new column cannot arrive without saying how it is read (and so how it is imported)."""
    store = open_store(None)
    try:
        schema = storage_archive.table_columns(store)
    finally:
        store.close()
    assert set(columns.COLUMNS) == set(storage_archive.ARCHIVE_TABLES)
    for table, described in schema.items():
        assert {c["name"] for c in described} == set(columns.COLUMNS[table]), table


def test_enum_columns_read_through_the_enum() -> None:
    read = columns.COLUMNS["pairs"]["kind"]
    assert read("kso-kd") is PairKind.KSO_KD
    with pytest.raises(ValidationError, match="”xx” är inget känt värde"):
        read("xx")


def test_json_columns_read_what_the_repositories_write() -> None:
    from samspel_desktop.storage.agreements import _metadata_to_json, blocks_to_json

    blocks = (Block(BlockType.PARAGRAPH, "Text"), Block(BlockType.BULLETS, items=("a", "b")))
    assert columns.blocks(blocks_to_json(blocks)) == blocks
    meta = DocumentMetadata(decided_by="KS")
    assert columns.metadata(_metadata_to_json(meta)) == meta
    assert columns.metadata("{}") == DocumentMetadata()
    assert columns.present(json.dumps(["Åsa", "Bo"])) == ("Åsa", "Bo")


def test_blocks_stored_before_the_markup_keep_their_meaning() -> None:
    """Before ``"markup": 2`` only ``**bold**`` was formatting; other asterisks were text."""
    legacy = json.dumps(
        [
            {"type": "paragraph", "text": "Vi **ska** ses *ofta* (5 * 3)"},
            {"type": "subheading", "text": "*Rubrik*"},
            {"type": "bullets", "items": ["**a**", "b*"]},
        ]
    )
    assert columns.blocks(legacy) == (
        Block(BlockType.PARAGRAPH, r"Vi **ska** ses \*ofta\* (5 \* 3)"),
        Block(BlockType.SUBHEADING, "*Rubrik*"),
        Block(BlockType.BULLETS, items=("**a**", r"b\*")),
    )
    current = '[{"type": "paragraph", "text": "Vi *ses*", "markup": 2}]'
    assert columns.blocks(current) == (Block(BlockType.PARAGRAPH, "Vi *ses*"),)


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (columns.present, "Åsa, Bo"),
        (columns.present, '{"a": 1}'),
        (columns.present, "[1]"),
        (columns.blocks, '[{"type": "tabell"}]'),
        (columns.blocks, '[{"type": "bullets", "items": "a"}]'),
        (columns.blocks, '[{"type": "paragraph", "text": "a", "markup": 3}]'),
        (columns.blocks, '[{"type": "paragraph", "text": "a", "markup": true}]'),
        (columns.metadata, '{"review_by": "snart"}'),
        (columns.metadata, "[]"),
        (columns.signatories, '[{"side": "x", "name": "", "title": ""}]'),
        (columns.members, '[{"name": "A"}]'),
        (columns.timings, '{"a": 0}'),
        (columns.timings, '{"a": true}'),
        (columns.seminar_uuid, "1234"),
    ],
)
def test_json_columns_refuse_what_the_app_could_not_use(reader: columns.Reader, text: str) -> None:
    with pytest.raises(ValidationError):
        reader(text)


def test_check_row_names_the_column() -> None:
    with pytest.raises(columns.RowValueError) as raised:
        columns.check_row("pairs", {"id": 1, "start_date": "2023-02-30"})
    assert raised.value.column == "start_date"


@pytest.mark.parametrize(
    "text",
    [
        '[{"type": []}]',
        '[{"type": "bullets", "items": 0}]',
        '[{"type": "paragraph", "text": 1}]',
        '[{"type": "bullets", "items": [1]}]',
        '[{"type": "paragraph", "extra": 1}]',
        "[1]",
    ],
)
def test_malformed_blocks_are_a_validation_error(text: str) -> None:
    with pytest.raises(ValidationError):
        columns.blocks(text)
