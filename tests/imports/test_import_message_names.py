"""The UNHCR reader's messages name an indicator as the user knows it, in the screen's language
('le total 2021 de « Réfugiés accueillis » ...'), never by its internal key ('refugees_hosted')."""

from __future__ import annotations

import csv

import pytest

from mpdesk import i18n
from mpdesk.imports.unhcr import read_unhcr
from realdata import real_file

HOSTED = "Refugees under UNHCR's mandate"


def damaged_copy(real_dir, tmp_path):
    """population.csv with one of Kenya's 2021 hosted-refugee cells made unreadable."""
    with open(real_file(real_dir, "population.csv"), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    col = rows[0].index(HOSTED)
    line = next(i for i, r in enumerate(rows) if i and r[0] == "2021" and r[4] == "KEN" and r[col] not in ("0", ""))
    rows[line][col] = "unknown"
    copy = tmp_path / "population.csv"
    with open(copy, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return copy


@pytest.mark.parametrize("language, name", [("en", "Refugees hosted"), ("fr", "Réfugiés accueillis"),
                                            ("es", "Refugiados acogidos")])
def test_the_partial_total_message_names_the_indicator_in_the_screens_language(real_dir, tmp_path, monkeypatch,
                                                                               language, name):
    monkeypatch.setenv("MPDESK_LANG", language)
    with i18n.using_backend(i18n.console_backend(language)):
        result = read_unhcr(damaged_copy(real_dir, tmp_path), "KEN")
    partial = [i.message for i in result.issues if i.kind == "partial_total"]
    assert len(partial) == 1
    assert name in partial[0]
    assert not [m for m in result.warnings if "refugees_hosted" in m]
