"""The profile's figures as a tidy CSV (mpdesk's own exchange format).

Every stored figure is written, one row per indicator x year x disaggregation x source, so
two sources for the same figure both survive a round trip. Derived indicators are appended
with the source ``derived`` and their formula in the note; importing the file again skips
them (derived values are never stored, they are recomputed).
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from mpdesk.atomic import atomic_path
from mpdesk.i18n import tr
from mpdesk.imports.records import ValueRecord
from mpdesk.imports.tidy_csv import write_tidy_csv

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

DERIVED_SOURCE = "derived"


def stored_records(ws: "Workspace") -> Iterator[ValueRecord]:
    """Every stored figure, each source's, in the figures service's one order."""
    from mpdesk.services.figures import stored_figures

    for row in stored_figures(ws):
        yield ValueRecord(indicator=row.indicator, year=row.year, value=row.value, sex=row.sex,
                          age_group=row.age_group, partner=row.partner, category=row.category,
                          unit=row.unit, source=row.source, note=row.note)


def derived_records(ws: "Workspace") -> Iterator[ValueRecord]:
    """Derived figures, once ``mpdesk.services.derived`` exists; nothing before that."""
    try:
        from mpdesk.services.derived import compute_derived
    except ImportError:
        return
    catalogue = ws.catalogue
    result = compute_derived(ws)
    for key, derived in sorted(result.values.items(), key=lambda item: _sort_key(item[0])):
        unit = catalogue.indicator(key.indicator).unit if catalogue.has_indicator(key.indicator) else ""
        formula = getattr(derived, "formula", "")
        yield ValueRecord(indicator=key.indicator, year=key.year, value=derived.value, sex=key.sex,
                          age_group=key.age_group, partner=key.partner, category=key.category,
                          unit=unit, source=DERIVED_SOURCE, note=str(getattr(formula, "text", formula)))


def _sort_key(key) -> tuple:
    return (key.indicator, key.year, key.sex, key.age_group, key.partner, key.category)


def write_values_csv(ws: "Workspace", path: str | Path) -> int:
    """Write the tidy CSV (UTF-8) and return how many rows were written."""
    from mpdesk.export.options import ExportError

    written = 0

    def records() -> Iterator[ValueRecord]:  # streamed: a large profile's figures are never all in memory
        nonlocal written
        for written, record in enumerate(chain(stored_records(ws), derived_records(ws)), start=1):
            yield record

    try:
        with atomic_path(path) as partial:  # a kill or a full disk never leaves a cut-short CSV in place
            write_tidy_csv(partial, records())
    except OSError as exc:
        raise ExportError(tr("Export", "mpdesk could not write {name}: {why}. Choose a folder you can write to "
                             "and check that the file is not open in another program.")
                          .format(name=Path(path).name, why=exc.strerror or exc)) from exc
    return written
