"""A big event's agenda, generated: 44 rooms, most of them busy at once (the kiosk's agenda.json).

Titles and speakers are the real ones of frab's 31C3 export (tests/data/formats/real), reused
round the rooms; the rooms' names are real ones from c3voc, pretalx and wafer exports, listed
main halls first, as a conference tool lists them. Talks last 50 minutes every hour, each room
starting at its own minute, so that at BUSIEST most rooms are in a talk and a few between two.
"""

from __future__ import annotations

from pathlib import Path

ROOMS = [
    "Saal 1", "Saal 2", "Saal G", "Saal 6", "Chaos-West Bühne", "OIO Stage", "Sendezentrum Bühne",
    "WikiPaka WG: Esszimmer", "Ada", "Borg", "Clarke", "Dijkstra", "Eliza", "Vortragsraum 1 - Ahlam - H2-1.6",
    "Ruheraum - H1-2.1", "Kidspace", "Komona Aquarius", "Komona Blue Princess", "Lecture room 11",
    "Lecture room 12", "Discotheque Nouveauancien", "OIO Workshop Dome", "Hardware Hacking Area", "CCL Hall 3",
    "ChaosZone", "Art-and-Play Bühne", "CDC Stage", "Assembly: Hamburg", "r3s - Monheim/Rhein",
    "backspace / franconian.net - Bamberg", "Chaos-West TV - Ennepetal", "ChaosTrawler Stubnitz/Gängeviertel Hamburg",
    "Workshop room A", "Workshop room B", "Lightning stage", "Sendetisch", "Anamudi", "Kuthiran", "Ponmudi",
    "Elsewhere", "Hackcenter 1", "Hackcenter 2", "Hackcenter 3", "Teahouse",
]
DATE = "2014-12-27"
BUSIEST = f"{DATE}T14:40"
REAL = Path(__file__).resolve().parent / "data" / "formats" / "real" / "frab-31c3-excerpt.xml"


def offset(room: int) -> int:
    """The minute past the hour at which the room's talks start (0–54)."""
    return room * 7 % 55


def big_event(rooms: int = len(ROOMS)) -> dict:
    from kiosk.loader import load_agenda
    talks = [(str(i.title), [p.person for p in i.people()]) for i in load_agenda(REAL).items]
    people: dict[str, dict] = {}
    items = []
    for hour in range(10, 20):
        for room in range(rooms):
            title, persons = talks[(hour * rooms + room) % len(talks)]
            for person in persons:
                people.setdefault(person.id, {"id": person.id, "name": str(person.name)})
            start = hour * 60 + offset(room)
            items.append({"id": f"r{room}-{hour}", "start": f"{start // 60:02d}:{start % 60:02d}",
                          "end": f"{(start + 50) // 60:02d}:{(start + 50) % 60:02d}", "title": title,
                          "kind": "session", "room": ROOMS[room],
                          **({"presenters": [{"person": p.id} for p in persons]} if persons else {})})
    items.sort(key=lambda i: i["start"])  # in time order, as agenda.json wants them
    return {"timezone": "Europe/Berlin",
            "event": {"name": "31st Chaos Communication Congress", "theme": "A New Dawn",
                      "venue": "Congress Center Hamburg", "city": "Hamburg", "country": "Germany",
                      "dates": {"start": DATE, "end": DATE}},
            "people": list(people.values()), "rooms": ROOMS[:rooms], "days": [{"date": DATE, "items": items}]}
