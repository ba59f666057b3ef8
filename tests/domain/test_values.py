"""The rules for single stored values: defensive JSON, dates, timestamps, ids, text."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.values import (
    MAX_INTEGER,
    JsonTextError,
    check_id,
    check_integer,
    check_text,
    json_depth_exceeds,
    parse_date,
    parse_json,
    parse_timestamp,
    shown,
)

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ab\n'),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(alphabet='[]{}"\\ab', max_size=4), inner, max_size=3)
    ),
    max_leaves=20,
)


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@given(_json_values, st.integers(0, 8), st.booleans())
def test_depth_is_found_without_parsing_exactly_as_deep_as_the_json_is(
    value: Any, limit: int, ascii_only: bool
) -> None:
    """Brackets and quotes inside strings, escaped quotes and backslashes do not count."""
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert json_depth_exceeds(text, limit) == (_depth(value) > limit)
    assert json_depth_exceeds(text.encode(), limit) == (_depth(value) > limit)


def test_deep_json_is_refused_before_parsing() -> None:
    with pytest.raises(JsonTextError, match="nästlad djupare än 32"):
        parse_json(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(JsonTextError, match="nästlad"):
        parse_json('{"a": ' * 50 + "1" + "}" * 50)
    assert parse_json("[" * 32 + "]" * 32) is not None


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": "\xc3\xa5"}') == {"a": "å"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_accepted(encoding: str) -> None:
    """PowerShell 5.1's Out-File and > write UTF-16 with a byte-order mark."""
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    data = bom + '{"a": ["å", "[ej nivå"]}'.encode(encoding)
    assert parse_json(data) == {"a": ["å", "[ej nivå"]}
    with pytest.raises(JsonTextError, match="nästlad"):
        parse_json(bom + ("[" * 40 + "]" * 40).encode(encoding))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "inte giltig JSON"),
        (b"{", "inte giltig JSON"),
        (b"[NaN]", "inte giltig JSON"),
        (b'{"a": -Infinity}', "inte giltig JSON"),
        (b'"\xff"', "inte UTF-8"),
        (b'["\\ud800"]', "surrogat"),
        (b'{"\\udfff": 1}', "surrogat"),
    ],
)
def test_bad_json_gets_a_swedish_reason(data: bytes, message: str) -> None:
    with pytest.raises(JsonTextError, match=message):
        parse_json(data)


def test_a_surrogate_pair_is_a_character_not_an_error() -> None:
    assert parse_json(b'["\\ud83d\\ude00"]') == ["😀"]


@pytest.mark.parametrize("text", ["2023-02-30", "2023-1-1", "20230101", "2023-W01-1", "", 20230101])
def test_dates_are_iso_and_real(text: object) -> None:
    with pytest.raises(ValidationError):
        parse_date(text)


@given(st.dates())
def test_every_date_the_app_writes_is_read(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day


@given(st.datetimes(timezones=st.none() | st.just(dt.UTC)))
def test_every_timestamp_the_app_writes_is_read(moment: dt.datetime) -> None:
    assert parse_timestamp(moment.isoformat(timespec="seconds")) is not None


@pytest.mark.parametrize("text", ["igår", "2023-01-01", "2023-13-01T00:00:00", "x 2023-01-01"])
def test_timestamps_start_with_a_real_date_and_have_a_time(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_timestamp(text)


def test_integers_and_ids_fit_sqlite() -> None:
    assert check_integer(MAX_INTEGER) == MAX_INTEGER
    assert check_id(1) == 1
    for bad in (MAX_INTEGER + 1, 2**70, True, 1.0, "1"):
        with pytest.raises(ValidationError):
            check_integer(bad)
    for bad in (0, -1):
        with pytest.raises(ValidationError, match="id"):
            check_id(bad)


def test_text_without_lone_surrogates() -> None:
    assert check_text("Åsa 😀") == "Åsa 😀"
    with pytest.raises(ValidationError, match="surrogat"):
        check_text("a\ud800")
    with pytest.raises(ValidationError):
        check_text(b"bytes")


def test_values_are_shown_short_on_one_printable_line() -> None:
    assert shown("kort") == "”kort”"
    assert shown("x" * 100) == "”" + "x" * 40 + "…”"
    assert shown("a\nb\ud800") == "”a b\ufffd”"
    assert shown([1, 2]) == "”[1, 2]”"
