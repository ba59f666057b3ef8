"""Keeping one pair's history in step on several laptops: the merge rule of one field.

Every synchronised item has a global id (``gid``); every field of it carries a *version
vector* – for each device (data folder) that ever changed the field, the logical clock of its
latest change – plus the clock and device of the change that produced the current value.
The clock is a hybrid logical clock: a local change takes ``max(last + 1, now in ms)``; a
received file raises it to at least the largest clock in the file. The wall clock therefore
only breaks ties between changes that did not know of each other; causality is the version
vector's alone, so laptops whose clocks are hours apart still merge correctly.

The rule for one field (see ``docs/exchange.md``):

* one version vector dominates the other: the newer version wins (it was made knowing the
  older one);
* neither dominates (both sides changed the field since their last common state): the same
  value on both sides is no conflict; otherwise the version with the larger (clock, device,
  value hash) is shown, and for texts the other is *kept* as a conflict to resolve – never a
  silent overwrite. Monotonic fields (ratings revealed) take the larger value; an item's
  existence takes "live" over "deleted" (an edit is never lost to a concurrent deletion).

The rule is commutative, associative and idempotent (``tests/domain/test_sync.py``), so the
order in which files arrive does not matter and a file read twice changes nothing.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from samspel_desktop.domain.fingerprint import value_hash

#: The pseudo-field that holds an item's existence: ``LIVE`` or ``DELETED``.
EXISTENCE = ""
LIVE = "live"
DELETED = "deleted"


def new_gid() -> str:
    """A fresh random global id (128 bits, lower-case hex)."""
    import secrets  # (with random: about 5 ms that a command which only reads does not need)

    return secrets.token_hex(16)


class Order(enum.Enum):
    EQUAL = "equal"
    BEFORE = "before"  # the first is older: the second knows it
    AFTER = "after"  # the first is newer
    CONCURRENT = "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> Order:
    """How version vector ``a`` relates to ``b`` (missing devices count as 0)."""
    a_less = b_less = False
    for device in a.keys() | b.keys():
        x, y = a.get(device, 0), b.get(device, 0)
        if x < y:
            a_less = True
        elif y < x:
            b_less = True
    if a_less and b_less:
        return Order.CONCURRENT
    if a_less:
        return Order.BEFORE
    if b_less:
        return Order.AFTER
    return Order.EQUAL


def merged_vector(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    return {d: max(a.get(d, 0), b.get(d, 0)) for d in sorted(a.keys() | b.keys())}


def vector_json(vv: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


class MergeKind(enum.Enum):
    TEXT = "text"  # concurrent different values: both kept
    PLAIN = "plain"  # concurrent: the larger (clock, device) wins
    MONOTONIC = "monotonic"  # concurrent: the larger value wins (0 → 1 only)
    EXISTENCE = "existence"  # concurrent: live wins over deleted


@dataclass(frozen=True)
class FieldVersion:
    """One field's value and its history in brief."""

    value: Any
    vv: Mapping[str, int] = field(default_factory=dict)
    clock: int = 0
    device: str = ""

    def rank(self) -> tuple[int, str, str]:
        return (self.clock, self.device, value_hash(self.value))


@dataclass(frozen=True)
class FieldMerge:
    """The result of merging a local and a remote version of one field."""

    result: FieldVersion
    #: The result differs from the local version (value or history): write it.
    changed: bool
    #: The value differs from the local value.
    value_changed: bool
    #: Concurrent different texts: the version not shown, kept to be resolved.
    kept: FieldVersion | None = None


def merge_field(local: FieldVersion, remote: FieldVersion, kind: MergeKind) -> FieldMerge:
    """Merge ``remote`` into ``local`` by the rule in this module's docstring."""
    order = compare(local.vv, remote.vv)
    same_value = value_hash(local.value) == value_hash(remote.value)
    if order is Order.AFTER:
        return FieldMerge(local, changed=False, value_changed=False)
    if order is Order.BEFORE:
        return FieldMerge(remote, changed=True, value_changed=not same_value)
    vv = merged_vector(local.vv, remote.vv)
    if same_value:
        top = max(local, remote, key=FieldVersion.rank)
        result = FieldVersion(local.value, vv, max(local.clock, remote.clock), top.device)
        return FieldMerge(result, changed=result != local, value_changed=False)
    if kind is MergeKind.MONOTONIC:
        winner = max(local, remote, key=lambda v: (value_hash(v.value) != "n", v.value or 0))
    elif kind is MergeKind.EXISTENCE:
        winner = local if local.value == LIVE else remote
    else:
        winner = max(local, remote, key=FieldVersion.rank)
    loser = remote if winner is local else local
    result = FieldVersion(winner.value, vv, max(local.clock, remote.clock), winner.device)
    return FieldMerge(
        result,
        changed=True,
        value_changed=winner is not local,
        kept=loser if kind is MergeKind.TEXT else None,
    )


def conflict_gid(item_gid: str, field_name: str, kept: FieldVersion) -> str:
    """The same kept version gets the same id on every laptop that finds the conflict."""
    import hashlib

    data = f"{item_gid}|{field_name}|{vector_json(kept.vv)}|{value_hash(kept.value)}"
    return "c" + hashlib.blake2b(data.encode("utf-8"), digest_size=15).hexdigest()


@dataclass(frozen=True)
class SyncConflict:
    """A text both laptops changed since their last common state: the version shown (the
    field's value now) and the version kept beside it until someone chooses."""

    gid: str
    #: The synchronised table and column (``answers``/``conclusion``, ``commitments``/``what``).
    table: str
    field: str
    #: The local id of the item the text belongs to (``None`` if it is gone).
    item_id: int | None
    #: The text shown now, and the other version, as the editor shows them.
    current: str
    other: str
    #: The laptop the other version was written on, and when the conflict was found.
    device_name: str
    found_at: str
    #: Where in its item: the question key of an answer ("" otherwise).
    question_key: str = ""
    #: Whether it can be merged by editing plain text (an agreement section's formatted text
    #: is chosen, then edited in the agreement editor).
    editable: bool = True

    @property
    def key(self) -> str:
        """``table.field``, the key of its label (``domain/labels.CONFLICT_FIELDS``)."""
        return f"{self.table}.{self.field}"
