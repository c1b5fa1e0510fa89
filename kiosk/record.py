"""Records: the kiosk's value classes, declared like dataclasses and built without compiling code.

``class Person(Record, frozen=True)`` with annotated fields gives what ``@dataclass(frozen=True)``
gives and the kiosk uses: an ``__init__`` taking the fields in order (positionally or by name) with
their defaults, then ``__post_init__`` if the class has one; ``==`` and ``hash`` by the fields
(``eq=False``: by identity); a readable ``repr``; and, when frozen, no assignment after ``__init__``
(``object.__setattr__`` in ``__post_init__`` still works). :func:`field` gives a default factory, a
field left out of ``__init__`` or out of ``==``; :func:`replace` and :func:`fields` do what their
namesakes in :mod:`dataclasses` do.

Why not :mod:`dataclasses`: on Python 3.11 it writes and compiles up to six small functions for
each class when its module is imported, and the first frame needs 29 of these classes. A Record
shares one set of methods between all classes and only reads the annotations; its ``__init__``
is as fast as a frozen dataclass's (the figures are in the README, "Start-up").
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, dataclass_transform

_MISSING: Any = object()


class Field:
    """How a field is filled and compared; made by :func:`field`."""

    __slots__ = ("default", "factory", "init", "compare")

    def __init__(self, default=_MISSING, factory=None, init=True, compare=True):
        self.default, self.factory, self.init, self.compare = default, factory, init, compare

    def has_default(self) -> bool:
        return self.default is not _MISSING or self.factory is not None


def field(*, default=_MISSING, default_factory=None, init: bool = True, compare: bool = True) -> Any:
    """A field's default (or a factory called for each new record), whether ``__init__`` takes it
    (when not, ``__post_init__`` sets it) and whether ``==`` and ``hash`` look at it."""
    return Field(default, default_factory, init, compare)


def _no_fields(_record) -> tuple:
    return ()


@dataclass_transform(field_specifiers=(field,))
class Record:
    """The base of every record; see the module's text."""

    _fields: dict[str, Field] = {}  # every field in order: the inherited ones, then the class's own
    _init_names: tuple[str, ...] = ()
    _init_set: frozenset[str] = frozenset()
    _compared = staticmethod(_no_fields)
    _post_init = None

    def __init_subclass__(cls, *, frozen: bool = False, eq: bool = True, **kwargs):
        super().__init_subclass__(**kwargs)
        specs = dict(cls._fields)
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, _MISSING)
            spec = value if isinstance(value, Field) else Field(value)
            if isinstance(value, Field):  # the class attribute is the plain default, as in a dataclass
                if spec.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, spec.default)
            specs[name] = spec
        init = [name for name, spec in specs.items() if spec.init]
        for before, after in zip(init, init[1:], strict=False):
            if specs[before].has_default() and not specs[after].has_default():
                raise TypeError(f"{cls.__name__}: field '{after}' without a default follows one with a default")
        cls._fields = specs
        cls._init_names = tuple(init)
        cls._init_set = frozenset(init)
        compared = [name for name, spec in specs.items() if spec.compare]
        cls._compared = staticmethod(attrgetter(*compared) if compared else _no_fields)
        cls._post_init = getattr(cls, "__post_init__", None)
        own = cls.__dict__
        if eq and "__eq__" not in own:
            cls.__eq__ = Record._equal
            if "__hash__" not in own:
                cls.__hash__ = Record._hash if frozen else None
        if frozen:
            cls.__setattr__ = Record._frozen
            cls.__delattr__ = Record._frozen

    def __init__(self, *args, **kwargs):
        cls = type(self)
        names = cls._init_names
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
        if not kwargs:
            values = dict(zip(names, args, strict=False))
        else:  # the names are checked as sets, not one by one: records are made by the thousand
            if not kwargs.keys() <= cls._init_set:
                wrong = next(name for name in kwargs if name not in cls._init_set)
                raise TypeError(f"{cls.__name__}() got an unexpected argument '{wrong}'")
            if args:
                values = dict(zip(names, args, strict=False))
                if not values.keys().isdisjoint(kwargs):
                    twice = next(name for name in kwargs if name in values)
                    raise TypeError(f"{cls.__name__}() got two values for '{twice}'")
                values.update(kwargs)
            else:
                values = kwargs  # a new dict at each call
        if len(values) < len(cls._fields):
            for name, spec in cls._fields.items():
                if name in values:
                    continue
                if spec.factory is not None:
                    values[name] = spec.factory()
                elif spec.default is not _MISSING:
                    values[name] = spec.default
                elif spec.init:
                    raise TypeError(f"{cls.__name__}() is missing the argument '{name}'")
        self.__dict__.update(values)
        if cls._post_init is not None:
            cls._post_init(self)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name, '?')!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def _equal(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared(self) == other._compared(other)

    def _hash(self) -> int:
        return hash(self._compared(self))

    def _frozen(self, name: str, *_value) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: its field '{name}' can't be changed")


def fields(record: Record | type[Record]) -> tuple[str, ...]:
    """The names of a record's (or a record class's) fields, in order."""
    return tuple(record._fields)


def replace(record: Record, **changes) -> Record:
    """A new record like ``record`` with ``changes`` (fields ``__init__`` takes); ``__post_init__``
    runs again."""
    values = {name: getattr(record, name) for name in record._init_names}
    for name in changes:
        if name not in values:
            raise TypeError(f"{type(record).__name__}: '{name}' can't be replaced")
    values.update(changes)
    return type(record)(**values)
