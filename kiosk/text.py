"""Text of the programme that may be given in several languages."""

from __future__ import annotations

from collections.abc import Mapping

FALLBACK_LANGUAGE = "en"


class Text:
    """A piece of programme text: one string per language, English always present.

    ``str(text)`` is the English text; ``text.get("ru")`` falls back to English where
    there is no Russian, never to an empty string.
    """

    __slots__ = ("_by_lang",)

    def __init__(self, value: str | Mapping[str, str] | Text):
        if isinstance(value, Text):
            self._by_lang = value._by_lang
        elif isinstance(value, str):
            self._by_lang = {FALLBACK_LANGUAGE: value}
        else:
            self._by_lang = dict(value)
            if FALLBACK_LANGUAGE not in self._by_lang:
                raise ValueError("a text needs its English version")

    def get(self, lang: str = FALLBACK_LANGUAGE) -> str:
        return self._by_lang.get(lang) or self._by_lang[FALLBACK_LANGUAGE]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._by_lang)

    def __str__(self) -> str:
        return self._by_lang[FALLBACK_LANGUAGE]

    def __repr__(self) -> str:
        return f"Text({self._by_lang!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return self._by_lang == other._by_lang
        if isinstance(other, str):
            return self._by_lang == {FALLBACK_LANGUAGE: other}
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._by_lang.items())))


def text_or_none(value) -> Text | None:
    return None if value is None else Text(value)
