"""The domain records behave exactly like frozen dataclasses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain import model
from samspel_desktop.domain.model import Organisation, OrganisationKind
from samspel_desktop.domain.record import Record


@dataclasses.dataclass(frozen=True)
class _Generated:
    id: int
    name: str
    kind: OrganisationKind = OrganisationKind.KOMMUN


_RECORDS = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and issubclass(value, Record) and value is not Record
]


def test_every_record_is_a_frozen_dataclass_on_the_shared_methods() -> None:
    assert len(_RECORDS) >= 20
    for cls in _RECORDS:
        assert dataclasses.is_dataclass(cls)
        assert cls.__eq__ is Record.__eq__ and cls.__hash__ is Record.__hash__, cls
        assert cls.__repr__ is Record.__repr__, cls
        # Frozen by the shared methods (domain/record.py), not by a generated pair per class.
        assert cls.__setattr__ is Record.__setattr__, cls
        assert cls.__delattr__ is Record.__delattr__, cls


@given(st.integers(), st.text(), st.sampled_from(OrganisationKind), st.integers(), st.text())
def test_equality_hash_and_repr_as_generated(
    id_: int, name: str, kind: OrganisationKind, other_id: int, other_name: str
) -> None:
    record, generated = Organisation(id_, name, kind), _Generated(id_, name, kind)
    other = Organisation(other_id, other_name, kind)
    assert repr(record) == repr(generated).replace("_Generated", "Organisation")
    assert (record == other) == (_Generated(other_id, other_name, kind) == generated)
    assert record == Organisation(id_, name, kind)
    assert hash(record) == hash(Organisation(id_, name, kind))
    assert record != generated  # another class, as with dataclasses
    assert dataclasses.replace(record, name=other_name) == Organisation(id_, other_name, kind)


def test_records_stay_frozen() -> None:
    record = Organisation(1, "Ekåsa kommun")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "Annat"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del record.name
    assert {record, Organisation(1, "Ekåsa kommun")} == {record}
    assert dt.date(2026, 1, 1) != record
