"""``@record``: a frozen dataclass whose only generated method is ``__init__``."""

from __future__ import annotations

import dataclasses
from dataclasses import field

import pytest

from samspel_desktop.domain.record import Record, record


@record
class _Plain(Record):
    name: str
    count: int = 1
    tags: list[str] = field(default_factory=list)
    hidden: bytes = field(default=b"", repr=False)


@record
class _Checked(Record):
    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError("low > high")


def test_init_takes_fields_in_order_positionally_or_by_keyword() -> None:
    value = _Plain("a", 2, ["x"], b"1")
    assert (value.name, value.count, value.tags, value.hidden) == ("a", 2, ["x"], b"1")
    assert _Plain(count=3, name="b") == _Plain("b", 3, [], b"")
    assert value == _Plain(hidden=b"1", tags=["x"], count=2, name="a")


def test_defaults_and_a_fresh_default_from_the_factory_each_time() -> None:
    one, two = _Plain("a"), _Plain("a")
    assert one.count == 1 and one.hidden == b""
    assert one.tags == [] and one.tags is not two.tags


def test_arguments_are_checked_as_by_any_function() -> None:
    with pytest.raises(TypeError):
        _Plain()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Plain("a", unknown=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Plain("a", name="b")  # type: ignore[misc]


def test_post_init_runs() -> None:
    assert _Checked(1, 2).high == 2
    with pytest.raises(ValueError, match="low > high"):
        _Checked(2, 1)


def test_frozen_equal_hashed_and_shown_like_a_generated_dataclass() -> None:
    value = _Plain("a", 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.count = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.other = 3
    assert value == _Plain("a", 2) and value != _Plain("a", 3)
    assert hash(_Checked(1, 2)) == hash(_Checked(1, 2))
    assert repr(value) == "_Plain(name='a', count=2, tags=[])"  # hidden has repr=False
    assert dataclasses.replace(value, count=5) == _Plain("a", 5)
    assert dataclasses.asdict(_Checked(1, 2)) == {"low": 1, "high": 2}
    assert [f.name for f in dataclasses.fields(value)] == ["name", "count", "tags", "hidden"]


def test_only_records_and_only_plain_fields() -> None:
    class NotARecord:
        x: int

    with pytest.raises(TypeError, match="subclass of Record"):
        record(NotARecord)  # type: ignore[type-var]

    class KeywordOnly(Record):
        x: int = field(kw_only=True)

    with pytest.raises(TypeError, match="not supported"):
        record(KeywordOnly)


def test_init_is_compiled_for_the_first_record_of_a_class_only() -> None:
    @record
    class Lazy(Record):
        x: int

    placeholder = Lazy.__init__
    assert Lazy(1).x == 1
    compiled = Lazy.__init__
    assert compiled is not placeholder
    assert Lazy(x=2).x == 2 and Lazy.__init__ is compiled
