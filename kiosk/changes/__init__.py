"""Changes to an agenda file, in three kinds (nothing is imported here: each is loaded when used).

- :mod:`.onday`: the day's changes (delay, cancel, restore, move, announce, clear) as checked
  operations on an agenda document, and one of them made in a file; ``kiosk --delay`` … and the
  editor's "On the day" tab make them.
- :mod:`.panel_delays`: what the staff panel writes into the agenda file (its delays, as
  adjustments), spliced into the text with its checks and retries.
- :mod:`.content`: the editor's other changes: item and person fields, items and people added and
  removed, announcements, ids made from titles and names.
"""
