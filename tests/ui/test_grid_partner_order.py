"""The data grid lists partner countries by the name it shows, in the profile's language, as the
report does (one row order), not by ISO code."""

from __future__ import annotations

import pytest

from mpdesk.countries import sort_key
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.data_grid import DataGrid

FRENCH_START = ["Afrique du Sud", "Allemagne", "Australie", "Canada", "États-Unis", "Inde", "Italie"]


def _partner_labels(qtbot, ws, section: str) -> list[str]:
    grid = DataGrid(AppContext(ws), section)
    qtbot.addWidget(grid)
    model = grid.model
    rows = [model.grid_row(r) for r in range(model.rowCount())]
    return [model.index(r, 0).data().strip() for r, row in enumerate(rows)
            if row.indicator.key == "emigrant_stock" and row.dims[2]]


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_partners_by_their_french_name_in_a_french_interface(qtbot, sample_ws, interface):
    """Names on screen follow the interface language (the profile's stays English here), and so
    does their order."""
    labels = _partner_labels(qtbot, sample_ws, "A.3")
    assert labels[:len(FRENCH_START)] == FRENCH_START       # États-Unis among the E, not last (USA)
    assert labels.index("Ouganda") < labels.index("Pays-Bas") < labels.index("Royaume-Uni")


def test_partners_by_their_english_name(qtbot, sample_ws):
    labels = _partner_labels(qtbot, sample_ws, "A.3")
    assert labels.index("Switzerland") > labels.index("South Sudan") > labels.index("Germany")


@pytest.mark.parametrize("language,names", [
    ("fr", ["Cameroun", "Côte d’Ivoire", "Croatie", "Égypte", "Émirats arabes unis", "Équateur", "Érythrée",
            "Espagne"]),
    ("es", ["Nicaragua", "Níger", "Nigeria", "Noruega", "Ñandú", "Omán"]),   # ñ its own letter, after n
])
def test_sort_key_reads_as_the_languages_reader(language, names):
    assert sorted(reversed(names), key=lambda n: sort_key(n, language)) == names
