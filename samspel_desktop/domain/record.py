"""Records: frozen dataclasses that are cheap to define.

``@dataclass(frozen=True)`` compiles up to six methods from source for every class when its
module is imported (``__init__``, ``__eq__``, ``__hash__``, ``__repr__``, and ``__setattr__``
and ``__delattr__`` to freeze it): about 0.1 ms each, paid by every start of the window and
every command (the domain's records alone were ~8 % of an agreement export's instructions).
A :class:`Record` shares the last five, written once below, and :func:`record` compiles only
its ``__init__``, when the first record of the class is made. They behave as the generated
ones: fields in order, equal when their fields are equal, hashed alike, shown as
``Name(field=value, …)``, and assigning or deleting an attribute raises
:class:`dataclasses.FrozenInstanceError`. ``dataclasses.fields``, ``replace`` and ``asdict``
work as on any dataclass.

    @record
    class Run(Record):
        text: str
        bold: bool = False
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, Field, FrozenInstanceError, field
from typing import Any, ClassVar, TypeVar, dataclass_transform

_R = TypeVar("_R", bound="type[Record]")


class Record:
    """Equality, hash, repr and immutability shared by every :func:`record` class."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in dataclasses.fields(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr
        )
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class _Factory:
    """Stands for "not given" in an ``__init__`` whose field has a ``default_factory``."""


_FACTORY = _Factory()


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: _R) -> _R:
    """Make ``cls`` (a subclass of :class:`Record`) a frozen dataclass with its own
    ``__init__`` (positional or keyword arguments in field order, defaults and default
    factories, ``__post_init__`` if defined)."""
    if not issubclass(cls, Record):
        raise TypeError(f"{cls.__qualname__} must be a subclass of Record")
    if cls.__doc__ is None:
        cls.__doc__ = cls.__name__  # (else dataclass works out a signature for it)
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    for f in dataclasses.fields(cls):
        if f.kw_only or not f.init or f.name == "self" or f.name.startswith("__record"):
            raise TypeError(f"{cls.__qualname__}.{f.name}: not supported by @record")

    def first_init(self: Record, *args: Any, **kwargs: Any) -> None:
        # Compiled when the first record of the class is made: a process makes records of
        # only some of the classes it imports.
        init = _init(cls)
        cls.__init__ = init  # type: ignore[method-assign]
        init(self, *args, **kwargs)

    cls.__init__ = first_init  # type: ignore[method-assign, assignment]
    return cls


def _init(cls: type[Record]) -> Any:
    names: dict[str, Any] = {"__record_set": object.__setattr__, "__record_factory": _FACTORY}
    parameters, body = [], []
    for f in dataclasses.fields(cls):
        value = f.name
        if f.default is not MISSING:
            names[f"__record_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=__record_default_{f.name}")
        elif f.default_factory is not MISSING:
            names[f"__record_make_{f.name}"] = f.default_factory
            parameters.append(f"{f.name}=__record_factory")
            value = f"__record_make_{f.name}() if {f.name} is __record_factory else {f.name}"
        else:
            parameters.append(f.name)
        body.append(f"__record_set(self, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n"
    source += "".join(f"    {line}\n" for line in body or ["pass"])
    exec(source, names)
    function = names["__init__"]
    function.__qualname__ = f"{cls.__qualname__}.__init__"
    function.__module__ = cls.__module__
    return function
