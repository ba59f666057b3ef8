"""Shared by the import tests: hypothesis strategies that damage a JSON file, and the bytes of a
data folder's database files (a failed import must leave them as they were)."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

_HOSTILE = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        1.5,
        2**70,
        "",
        " ",
        "x" * 300,
        "\ud800",
        "rad\nbrytning",
        "2023-02-30",
        [],
        {},
        [[[[[[[[]]]]]]]],
        {"format": "samspel-guide"},
    ]
)
_ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*prefix, index))
    return out


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


@st.composite
def damaged_json(draw: st.DrawFn, base: Any) -> bytes:
    """``base`` as a file after one to three changes: a value replaced (hostile, random or
    deeply nested), a key removed or added, an item repeated; then maybe saved with a BOM, cut
    short, or with bytes overwritten."""
    document = copy.deepcopy(base)
    deep = 0
    for _ in range(draw(st.integers(0, 3))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _parent(document, path)
        action = draw(st.sampled_from(["set", "set", "remove", "add", "repeat", "nest"]))
        if action == "set":
            parent[path[-1]] = copy.deepcopy(draw(_HOSTILE | _ANY))  # never share a sample
        elif action == "remove":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(_ANY)
        elif action == "repeat" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif action == "nest":
            parent[path[-1]] = "__DEEP__"  # spliced in as text: too deep for json.dumps
            deep = draw(st.sampled_from([2, 40, 5_000, 100_000]))
    text = json.dumps(
        document, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2]))
    )
    if deep:
        text = text.replace('"__DEEP__"', "[" * deep + "]" * deep, 1)
    data = text.encode("utf-8", "surrogatepass")
    mangle = draw(st.sampled_from(["none", "none", "none", "bom", "cut", "bytes"]))
    if mangle == "bom":
        data = b"\xef\xbb\xbf" + data
    elif mangle == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif mangle == "bytes":
        at = draw(st.integers(0, max(0, len(data) - 1)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at + 1 :]
    return data


def database_files(folder: Path) -> dict[str, str]:
    """The SHA-256 of the database and its side files (WAL, journal) in a data folder."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob("samspel.sqlite3*"))
    }
