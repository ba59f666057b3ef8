"""The merge rule of one field: commutative, associative, idempotent; conflicts kept."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.sync import (
    DELETED,
    LIVE,
    FieldVersion,
    MergeKind,
    Order,
    compare,
    merge_field,
    vector_json,
)

devices = st.sampled_from(["a1", "b2", "c3"])
vectors = st.dictionaries(devices, st.integers(1, 6), max_size=3)
TEXTS = ["", "ja", "nej", "kanske"]


def _version(vv: dict[str, int]) -> FieldVersion:
    """A version as a laptop makes it: one vector, one change (clock, device), one value."""
    if not vv:
        return FieldVersion("")
    device = max(vv, key=lambda d: (vv[d], d))
    digest = hashlib.blake2b(vector_json(vv).encode(), digest_size=4).digest()
    return FieldVersion(TEXTS[digest[0] % len(TEXTS)], vv, vv[device], device)


versions = vectors.map(_version)
kinds = st.sampled_from([MergeKind.TEXT, MergeKind.PLAIN])


def merged(a: FieldVersion, b: FieldVersion, kind: MergeKind) -> FieldVersion:
    return merge_field(a, b, kind).result


@given(versions, versions, kinds)
def test_merge_is_commutative(a: FieldVersion, b: FieldVersion, kind: MergeKind) -> None:
    ab, ba = merge_field(a, b, kind), merge_field(b, a, kind)
    assert (ab.result.value, dict(ab.result.vv)) == (ba.result.value, dict(ba.result.vv))
    assert ab.kept == ba.kept or {ab.kept, ba.kept} == {a, b} - {ab.result}


@given(versions, kinds)
def test_merge_is_idempotent(a: FieldVersion, kind: MergeKind) -> None:
    result = merge_field(a, a, kind)
    assert result.result == a and not result.changed and result.kept is None


DEVICES = ("a1", "b2", "c3")
operations = st.lists(
    st.tuples(st.booleans(), st.integers(0, 2), st.integers(0, 2), st.sampled_from(TEXTS)),
    max_size=14,
)


def simulate(ops: list[tuple[bool, int, int, str]], kind: MergeKind) -> list[FieldVersion]:
    """Three laptops editing one field and exchanging files in some order."""
    states = [FieldVersion("")] * 3
    for clock, (edit, i, j, text) in enumerate(ops, start=1):
        if edit:
            vv = {**states[i].vv, DEVICES[i]: clock}
            states[i] = FieldVersion(text, vv, clock, DEVICES[i])
        else:
            states[i] = merged(states[i], states[j], kind)
    return states


@settings(max_examples=300)
@given(operations, kinds)
def test_every_order_of_files_gives_the_same_result(
    ops: list[tuple[bool, int, int, str]], kind: MergeKind
) -> None:
    """Associative and commutative on real histories: the order files arrive in is free."""
    import itertools

    states = simulate(ops, kind)
    results = set()
    for a, b, c in itertools.permutations(states):
        left = merged(merged(a, b, kind), c, kind)
        right = merged(a, merged(b, c, kind), kind)
        assert (left.value, vector_json(left.vv)) == (right.value, vector_json(right.vv))
        results.add((left.value, vector_json(left.vv)))
    assert len(results) == 1


@given(versions, versions)
def test_a_newer_version_wins_whatever_the_wall_clock(a: FieldVersion, b: FieldVersion) -> None:
    """A change made knowing the other wins, even if its laptop's clock is hours behind."""
    newer = FieldVersion(b.value, {**a.vv, "z9": 1}, clock=0, device="z9")
    result = merge_field(a, newer, MergeKind.TEXT)
    assert result.result.value == newer.value and result.kept is None


def test_concurrent_texts_keep_the_other_version() -> None:
    a = FieldVersion("Varje månad.", {"a1": 3}, 3, "a1")
    b = FieldVersion("Varannan vecka.", {"b2": 2}, 2, "b2")
    result = merge_field(a, b, MergeKind.TEXT)
    assert result.result.value == "Varje månad." and result.kept == b
    assert dict(result.result.vv) == {"a1": 3, "b2": 2}
    assert merge_field(a, b, MergeKind.PLAIN).kept is None


def test_an_edit_survives_a_concurrent_deletion() -> None:
    live = FieldVersion(LIVE, {"a1": 2}, 2, "a1")
    gone = FieldVersion(DELETED, {"b2": 9}, 9, "b2")
    assert merge_field(gone, live, MergeKind.EXISTENCE).result.value == LIVE
    later = FieldVersion(DELETED, {"a1": 2, "b2": 9}, 9, "b2")
    assert merge_field(live, later, MergeKind.EXISTENCE).result.value == DELETED


def test_revealed_ratings_stay_revealed() -> None:
    shown = FieldVersion(1, {"a1": 1}, 1, "a1")
    hidden = FieldVersion(0, {"b2": 5}, 5, "b2")
    assert merge_field(hidden, shown, MergeKind.MONOTONIC).result.value == 1


def test_compare() -> None:
    assert compare({}, {}) is Order.EQUAL
    assert compare({"a": 1}, {"a": 2}) is Order.BEFORE
    assert compare({"a": 2, "b": 1}, {"a": 2}) is Order.AFTER
    assert compare({"a": 1}, {"b": 1}) is Order.CONCURRENT
