"""The bundled agenda with every text as long as the schema allows where it hurts most.

Extreme but valid: a 20,000-character title, event names of 300+ characters, 200-character
words (a URL, a German compound, a Russian one), 200-character room names, 40 moderators with
long positions, long announcements, in English and Russian. ``python tests/extreme.py OUT``
writes it, to look at with ``kiosk --screenshot ... --agenda OUT``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

AGENDA_PATH = Path(__file__).resolve().parent.parent / "agenda.json"

URL = "https://www.example.org/almaty-process/" + "documents" * 18 + "?id=" + "0123456789" * 2
GERMAN = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft" * 3
RUSSIAN = "Высокопревосходительство" * 8
PHRASE = {"en": "regional cooperation on the rights of vulnerable migrants and refugees in Central Asia ",
          "ru": "региональное сотрудничество в области прав уязвимых мигрантов и беженцев в Центральной Азии "}
WORD = {"en": GERMAN, "ru": RUSSIAN}
WIDE = "Ш" * 10 + "W" * 190  # a 200-character word of the widest letters


def words(chars: int, lang: str, start: str = "") -> str:
    """``chars`` characters of running text, ``start`` first."""
    out = start
    while len(out) < chars:
        out += PHRASE[lang]
    return out[:chars].rstrip()


def both(chars: int, start: str = "", word: bool = False) -> dict:
    """A text in both languages; with ``word``, a 200-character word in the middle."""
    out = {}
    for lang in ("en", "ru"):
        head = words(chars // 2, lang, start)
        tail = words(chars - len(head) - 1, lang)
        out[lang] = (head + " " + WORD[lang] + " " + tail) if word else words(chars, lang, start)
        out[lang] = out[lang][:20000]
    return out


def extreme_document() -> dict:
    doc = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    ev = doc["event"]
    ev["name"] = both(340, "5th Almaty Process Senior Officials Meeting ", word=True)
    ev["short_name"] = both(320, "Almaty Process ")
    ev["series"] = both(300)
    ev["theme"] = both(420, "Human Mobility ")
    ev["venue"] = {"en": "Orion " + URL + " Hotel", "ru": "Отель " + RUSSIAN + " «Орион»"}
    ev["city"] = both(300, "Bishkek ")
    ev["country"] = both(300, word=True)
    people = []
    for n in range(40):
        people.append({
            "id": f"x-person-{n}",
            "honorific": {"en": "His Excellency Ambassador Extraordinary and Plenipotentiary",
                          "ru": "Его Превосходительство Чрезвычайный и Полномочный Посол"},
            "name": {"en": f"Person{n} " + ("Abdurakhmanovich-Kuznetsova " * 7).strip(),
                     "ru": f"Лицо{n} " + ("Абдурахмановна-Кузнецова " * 8).strip()},
            "position": both(600, word=n % 3 == 0),
            "organisation": both(600, "Ministry of ") if n % 2 else {"en": WIDE, "ru": WIDE},
        })
    doc["people"] += people
    crowd = [{"person": p["id"], **({"tbc": True} if n % 4 == 0 else {}), **({"video": True} if n % 5 == 0 else {})}
             for n, p in enumerate(people)]
    items = {i["id"]: i for day in doc["days"] for i in day["items"]}
    doc["days"][0]["items"] = [i for i in doc["days"][0]["items"] if i["id"] != "d1-photo"]  # a gap: between items
    for day in doc["days"]:
        day["title"] = both(300)
    items["d1-registration"]["title"] = both(300, "Registration ", word=True)
    items["d1-registration"]["subtitle"] = both(600)
    items["d1-lunch"]["title"] = both(20000, "Lunch ")
    for talk in items["d1-opening"]["talks"]:
        talk["title"] = both(600, "Welcome ", word=True)
    session = items["d1-iom-approaches"]
    session["title"] = both(20000, "IOM approaches ")
    session["subtitle"] = both(800, word=True)
    session["points"] = [{"label": "a" * 8, "text": both(900, word=True)} for _ in range(12)]
    session["talks"] = [{"title": both(700, f"Talk {n} ", word=n % 2 == 0), "presenters": crowd[n:n + 2],
                         "moderators": crowd[n + 2:n + 3]} for n in range(0, 30, 3)]
    session["moderators"] = crowd
    session["description"] = [both(20000, word=True), {"list": [both(2000, word=True)] * 5}]
    items["d1-coffee"]["title"] = {"en": "Coffee " + URL, "ru": "Кофе " + URL}
    items["d1-coffee"]["subtitle"] = both(900, word=True)
    emergency = items["d1-emergency-tajikistan"]
    emergency["title"] = both(20000, "Emergency ", word=True)
    emergency["presenters"] = crowd
    items["d1-qa"]["title"] = {"en": URL, "ru": URL}
    items["d2-registration"]["title"] = {"en": WIDE, "ru": WIDE}
    vulnerable = items["d2-vulnerabilities"]
    vulnerable["room"] = both(200, "Room A ")
    vulnerable["title"] = both(20000, word=True)
    day2 = doc["days"][1]["items"]
    day2.insert(day2.index(vulnerable) + 1, {
        "id": "x-parallel", "start": "14:00", "end": "15:30", "kind": "session", "room": {"en": WIDE, "ru": "Зал" * 66},
        "title": both(20000, "Parallel ", word=True), "moderators": crowd, "subtitle": both(500)})
    items["d2-closing"]["subtitle"] = both(3000, word=True)
    items["d2-reception"]["title"] = both(20000, "Reception ", word=True)
    items["d2-reception"]["subtitle"] = both(900)
    doc["adjustments"] = [{"delay": 25, "from": "d2-refugee-rights",
                           "note": both(2000, word=True)}]
    doc["announcements"] = [
        {"from": "2018-09-27T15:30", "until": "2018-09-27T15:50", "text": both(20000, word=True),
         "level": "important"},
        {"from": "2018-09-27T15:30", "until": "2018-09-27T15:50", "text": {"en": URL, "ru": URL}},
        {"from": "2018-09-27T15:30", "until": "2018-09-27T15:50", "text": both(600, word=True)},
    ]
    return doc


def write_extreme(path: Path) -> Path:
    path.write_text(json.dumps(extreme_document(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_extreme(Path(sys.argv[1])))
