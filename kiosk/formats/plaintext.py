"""An item's text as plain text, for the formats other programs read (iCalendar, schedule.json).

English throughout (the languages' fallback); people as printed: honorific, name, position,
organisation, "to be confirmed" and "by video".
"""

from __future__ import annotations

from kiosk.model import Appearance, Block, Item, ListBlock, Person


def printed_name(person: Person) -> str:
    """ "Ms. Victoria Kasabyan": the honorific and the name as printed."""
    return " ".join(str(t) for t in (person.honorific, person.name) if t is not None)


def person_line(appearance: Appearance) -> str:
    person = appearance.person
    affiliation = ", ".join(str(t) for t in (person.position, person.organisation) if t is not None)
    markers = [word for flag, word in ((appearance.tbc, "to be confirmed"), (appearance.video, "by video")) if flag]
    return (printed_name(person) + (f", {affiliation}" if affiliation else "")
            + (f" ({', '.join(markers)})" if markers else ""))


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, ListBlock):
            found.append("\n".join(f"• {entry}" for entry in block.entries))
        else:
            found.append(str(block))
    return found


def paragraphs_of(item: Item) -> list[str]:
    """The item's own description, one string per paragraph (a list is one paragraph)."""
    return _blocks(item.description)


def _people(label_one: str, label_many: str, appearances: tuple[Appearance, ...]) -> list[str]:
    if not appearances:
        return []
    label = label_one if len(appearances) == 1 else label_many
    return [f"{label}:"] + [f"  {person_line(a)}" for a in appearances]


def plain_description(item: Item, subtitle: bool = True) -> str:
    """Everything about an item as plain text: note, subtitle, paragraphs, points, talks, people."""
    parts: list[str] = []
    if item.cancelled:
        parts.append("Cancelled." + (f" {item.note}" if item.note else ""))
    elif item.note:
        parts.append(str(item.note))
    if subtitle and item.subtitle:
        parts.append(str(item.subtitle))
    parts += paragraphs_of(item)
    if item.points:
        parts.append("\n".join(f"{p.label}) {p.text}" for p in item.points))
    for talk in item.talks:
        lines = [str(talk.title)] if talk.title else []
        lines += ["  " + line for line in _blocks(talk.description)]
        lines += ["  " + line for line in _people("Presenter", "Presenters", talk.presenters)]
        lines += ["  " + line for line in _people("Moderator", "Moderators", talk.moderators)]
        if lines:
            parts.append("\n".join(lines))
    people = _people("Presenter", "Presenters", item.presenters) + _people("Moderator", "Moderators", item.moderators)
    if people:
        parts.append("\n".join(people))
    return "\n\n".join(parts)
