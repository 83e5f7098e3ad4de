"""Every catalogue text a user reads exists in French and Spanish, not only in English.

The profile language list offers fr and es as complete languages (issue 12), so a step's
guidance, a checklist item, an indicator's definition or a chart title that falls back to
English shows as an English sentence inside a French or Spanish screen or report.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

import pytest

from mpdesk.guide.catalog import load_catalogue
from mpdesk.guide.text import Text

REQUIRED = ("fr", "es")


def _texts(obj: object, where: str) -> Iterator[tuple[str, Text]]:
    """Every non-empty Text reachable from a catalogue object, with a readable location."""
    if isinstance(obj, Text):
        if obj.get("en"):
            yield where, obj
    elif dataclasses.is_dataclass(obj):
        label = f"{type(obj).__name__} {getattr(obj, 'key', '')}".strip()
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name), f"{label}.{f.name}")
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from _texts(item, where)


def _all_texts() -> list[tuple[str, Text]]:
    catalogue = load_catalogue()
    found: list[tuple[str, Text]] = []
    for group in (catalogue.stages, catalogue.sections, catalogue.indicators):
        for item in group:
            found.extend(_texts(item, ""))
    return found


def test_the_walk_reaches_every_kind_of_text() -> None:
    # Guards the test itself: if the walk stopped early, "no text lacks fr" would prove nothing.
    places = {where.split(".")[-1] for where, _ in _all_texts()}
    assert {"title", "summary", "guidance", "text", "label", "name", "definition",
            "category_label", "basis"} <= places
    assert len(_all_texts()) > 600


@pytest.mark.parametrize("language", REQUIRED)
def test_every_catalogue_text_has_the_language(language: str) -> None:
    missing = [f"{where}: {text['en'][:60]}" for where, text in _all_texts() if not text.get(language, "").strip()]
    assert not missing, f"{len(missing)} catalogue texts lack '{language}':\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", REQUIRED)
def test_translations_keep_paragraphs_and_are_not_english_copies(language: str) -> None:
    problems = []
    for where, text in _all_texts():
        other = text.get(language, "")
        if not other:
            continue
        if text["en"].count("\n\n") != other.count("\n\n"):
            problems.append(f"{where}: {text['en'].count(chr(10) * 2)} paragraph breaks in en, "
                            f"{other.count(chr(10) * 2)} in {language}")
        if len(text["en"]) > 25 and other.strip() == text["en"].strip():
            problems.append(f"{where}: the {language} text is the English one")
        if re.search(r"[ \t]\\$|\\\n", other):
            problems.append(f"{where}: a TOML line continuation leaked into the text")
    assert not problems, "\n".join(problems[:40])
