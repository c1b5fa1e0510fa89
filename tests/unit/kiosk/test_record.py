"""kiosk.record: the value classes' base, which must behave as the dataclasses it replaced."""

from __future__ import annotations

from typing import ClassVar

import pytest

from kiosk.record import Record, field, fields, replace


class Point(Record, frozen=True):
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()
    UNIT: ClassVar[str] = "px"


class Box(Record):
    name: str
    items: list = field(default_factory=list)
    origin: str | None = field(default=None, compare=False)


class Thing(Record, frozen=True, eq=False):
    name: str
    size: int = 1
    doubled: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "doubled", self.size * 2)


def test_fields_in_order_positional_and_by_name_with_defaults():
    assert fields(Point) == ("x", "y", "tags")
    assert fields(Thing(name="a")) == ("name", "size", "doubled")
    p = Point(1, tags=("a",))
    assert (p.x, p.y, p.tags) == (1, 0, ("a",))
    assert Point.UNIT == "px" and "UNIT" not in fields(Point)


def test_a_default_factory_gives_each_record_its_own_value():
    a, b = Box("a"), Box("b")
    a.items.append(1)
    assert b.items == []
    assert Box("c").origin is None


@pytest.mark.parametrize("call, words", [
    (lambda: Point(), "missing the argument 'x'"),
    (lambda: Point(1, 2, (), 4), "takes 3 arguments but 4"),
    (lambda: Point(1, x=2), "two values for 'x'"),
    (lambda: Point(1, z=2), "unexpected argument 'z'"),
    (lambda: Thing("a", doubled=4), "unexpected argument 'doubled'"),
])
def test_wrong_arguments_are_refused_by_name(call, words):
    with pytest.raises(TypeError, match=words):
        call()


def test_frozen_records_refuse_changes_but_post_init_may_set_fields():
    p = Point(1)
    with pytest.raises(AttributeError, match="frozen"):
        p.x = 2
    with pytest.raises(AttributeError, match="frozen"):
        del p.y
    assert Thing("a", 3).doubled == 6


def test_equality_and_hash_by_the_compared_fields():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert len({Point(1, 2), Point(1, 2), Point(3)}) == 2
    assert Point(1, 2) != (1, 2)  # another class is never equal
    assert Box("a", origin="file.toml") == Box("a", origin=None)  # compare=False
    with pytest.raises(TypeError):
        hash(Box("a"))  # mutable and compared: not hashable, as a dataclass
    same = Thing("a")
    assert same == same and Thing("a") != Thing("a")  # eq=False: by identity
    assert len({Thing("a"), Thing("a")}) == 2


def test_mutable_records_can_change():
    box = Box("a")
    box.name = "b"
    assert box == Box("b")


def test_replace_makes_a_new_record_and_runs_post_init_again():
    t = Thing("a", 2)
    u = replace(t, size=5)
    assert (u.name, u.size, u.doubled) == ("a", 5, 10) and t.size == 2
    with pytest.raises(TypeError, match="'doubled' can't be replaced"):
        replace(t, doubled=1)


def test_repr_names_the_fields():
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=())"


def test_a_field_without_default_after_one_with_is_refused_at_definition():
    with pytest.raises(TypeError, match="'b' without a default"):
        class Bad(Record):
            a: int = 0
            b: int


def test_subclasses_inherit_the_fields_first():
    class Point3(Point, frozen=True):
        z: int = 0

    assert fields(Point3) == ("x", "y", "tags", "z")
    assert Point3(1, 2, (), 3).z == 3 and Point3(1) != Point(1)
