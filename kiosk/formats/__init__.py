"""The conference formats the kiosk speaks besides its own agenda.json.

Reading: a frab / c3voc ``schedule.xml`` (:mod:`.frab_xml`) and a c3voc / pretalx
``schedule.json`` (:mod:`.schedule_json`; c3voc's newer "schema2" layout: :mod:`.schedule2_json`)
are converted to the kiosk's agenda document (:mod:`.to_agenda`), which then gets the same checks
and located, plain-words problems as agenda.json. The zone a file is shown in follows its event
times (:mod:`.zonechoice`).
:mod:`kiosk.loader` tells the formats apart by content and calls the reader.

Writing: :func:`kiosk.formats.ics.export` (iCalendar) and :func:`kiosk.formats.schedule_json.export`,
which carries in :mod:`.roundtrip` what c3voc has no field for, so the kiosk reads its own export back whole.
"""
