"""Catalogue text keyed by language, with English as the fallback."""

from __future__ import annotations

from typing import Mapping

DEFAULT_LANGUAGE = "en"
# The languages a profile can be written in: only those whose catalogue, interface and report
# strings are complete (Portuguese and Russian were offered once; they return when complete).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}


class Text(dict):
    """``{"en": "...", "fr": "..."}``; ``text.get_for(lang)`` falls back to English."""

    @classmethod
    def of(cls, value: Mapping[str, str] | str | None) -> "Text":
        if value is None:
            return cls()
        if isinstance(value, str):
            return cls({DEFAULT_LANGUAGE: value})
        return cls({str(k): str(v) for k, v in value.items()})

    def get_for(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.get(language) or self.get(DEFAULT_LANGUAGE) or ""

    def __str__(self) -> str:
        return self.get_for(DEFAULT_LANGUAGE)

    def __hash__(self) -> int:  # frozen dataclasses holding Text stay hashable
        return hash(tuple(sorted(self.items())))
