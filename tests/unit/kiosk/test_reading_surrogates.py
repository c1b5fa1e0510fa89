"""The search for lone surrogate escapes, anchored on its literal "\\u" for speed, finds exactly what
the plain form of the rule finds: a high escape with no low one after it, or a low one with no high
one before it."""

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.reading import _LONE_SURROGATE_ESCAPE, half_characters

# The rule as first written: tried at every character of the text.
PLAIN = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
                   r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")

# Pieces that make near misses likely: high and low escapes in both cases, other escapes, an
# escaped backslash, a cut-off escape, letters that look like hex.
PIECES = ["\\ud83c", "\\uD800", "\\udbff", "\\udf89", "\\uDC00", "\\udfff", "\\ud7ff", "\\ue000", "\\u00e9",
          "\\\\", "\\u", "\\ud8", "\\uDc", "d", "D", "c", "8", "u", " ", '"', "x"]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_anchored_search_finds_what_the_plain_rule_finds(pieces):
    text = "".join(pieces)
    assert [m.span() for m in _LONE_SURROGATE_ESCAPE.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_it_tells_lone_halves_from_pairs():
    assert _LONE_SURROGATE_ESCAPE.search('"a\\ud83c\\udf89b"') is None  # 🎉, a whole character
    for lone in ('"\\ud83c"', '"\\udf89"', '"\\udf89\\ud83c"', '"\\ud83c\\ud83c\\udf89"', '"\\uDF89"'):
        assert _LONE_SURROGATE_ESCAPE.search(lone), lone
        assert half_characters(json.loads(lone), lone), lone
