"""Charts a team adds to a section from any indicator (stored as CustomChart rows, undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from sqlalchemy import select

from mpdesk.guide import ChartSpec, Text
from mpdesk.guide.formula import DIMENSIONS
from mpdesk.guide.model import CHART_KINDS
from mpdesk.i18n import tr
from mpdesk.models.entities import CustomChart
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

CUSTOM_PREFIX = "custom:"


def _check(ws: "Workspace", section_key: str, kind: str, indicators: Sequence[str], by: str) -> None:
    catalogue = ws.catalogue
    if not catalogue.has_section(section_key):
        raise EditError(tr("Charts", "There is no report section '{key}'.").format(key=section_key))
    if kind not in CHART_KINDS:
        raise EditError(tr("Charts", "'{kind}' is not a kind of chart; choose one of {kinds}.")
                        .format(kind=kind, kinds=", ".join(CHART_KINDS)))
    if not indicators:
        raise EditError(tr("Charts", "Choose at least one indicator to chart."))
    unknown = [k for k in indicators if not catalogue.has_indicator(k)]
    if unknown:
        raise EditError(tr("Charts", "'{key}' is not an indicator of this profile.").format(key=unknown[0]))
    if by and by not in DIMENSIONS:
        raise EditError(tr("Charts", "A chart can be split by sex, age group, partner country or category only."))


def add_custom_chart(ws: "Workspace", section_key: str, kind: str, title: str, indicators: Sequence[str],
                     by: str = "") -> ChangeSet:
    _check(ws, section_key, kind, list(indicators), by)
    with ws.edit(tr("Charts", "Add chart {title}").format(title=title)) as session:
        session.add(CustomChart(section_key=section_key, kind=kind, title=title,
                                indicators=",".join(indicators), by=by))
    return ws.last_change


def delete_custom_chart(ws: "Workspace", chart_id: str) -> ChangeSet:
    chart_id = chart_id.removeprefix(CUSTOM_PREFIX)
    with ws.edit(tr("Charts", "Delete chart")) as session:
        row = session.get(CustomChart, chart_id)
        if row is None:
            raise EditError(tr("Charts", "That chart no longer exists."))
        session.delete(row)
    return ws.last_change


def custom_chart_specs(ws: "Workspace", section_key: str | None = None) -> list[ChartSpec]:
    """The team's charts as ChartSpecs (key 'custom:<id>'), oldest first; unknown indicators dropped."""
    catalogue = ws.catalogue
    with ws.session() as session:
        query = select(CustomChart).order_by(CustomChart.created_at)
        if section_key is not None:
            query = query.where(CustomChart.section_key == section_key)
        rows = list(session.scalars(query))
    specs = []
    for row in rows:
        keys = tuple(k for k in row.indicators.split(",") if k and catalogue.has_indicator(k))
        if keys and row.kind in CHART_KINDS:
            specs.append(ChartSpec(CUSTOM_PREFIX + row.id, row.section_key, row.kind, Text.of(row.title), keys, row.by))
    return specs
