"""Part D's action table and the annexes: statistics, data sources, gaps, laws, references."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mpdesk.formats import unit_label
from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.sections import Numbering, heading, indicator_block, narrative, numbered_caption
from mpdesk.export.pdf.tables import grid
from mpdesk.export.register_words import register_value, register_words
from mpdesk.export.report_data import ReportData, SectionInfo
from mpdesk.i18n import tr




def _subheading(text: str) -> Any:
    from mpdesk.export.pdf.scripts import Paragraph

    return Paragraph(escape_text(text), st.styles().h3)


def recommendations_block(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    """The recommendations filed under this D module; the last D module also takes any others."""
    d_keys = [s.key for s in data.sections if s.key.startswith("D.")]
    mine = [r for r in data.recommendations if r.get("section_key") == section.key]
    if d_keys and section.key == d_keys[-1]:
        mine += [r for r in data.recommendations if r.get("section_key") not in d_keys]
    if not mine or (section.key == "D" and d_keys):
        return []
    headers = [tr("Report", "Recommendation"), tr("Report", "Action"), tr("Report", "Responsible"),
               tr("Report", "Due")]
    rows = [[r.get("text", ""), r.get("action", ""), r.get("owner", ""),
             r["due_date"].isoformat() if r.get("due_date") else ""] for r in mine]
    caption = numbered_caption(numbers, "table", tr("Report", "Recommendations — {section}").format(
        section=section.title))
    return [caption, grid(headers, rows, [40, 40, 26, 12], bold_first=True)]


def annex_body(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    references = section.key == "annex.references"
    body = narrative(section.narrative, st.styles().reference if references else None) if section.narrative else []
    if section.key == "annex.stats":
        body += statistical_annex(data, numbers)
    elif section.key == "annex.sources":
        body += sources_table(data, numbers) + gaps_table(data, numbers)
    elif section.key == "annex.laws":
        body += laws_table(data, numbers)
    elif section.key == "annex.references" and not section.narrative:
        body += references_list(data)
    return body


def statistical_annex(data: ReportData, numbers: Numbering) -> list[Any]:
    """Every indicator table once (all partners), module by module, then one list of definitions."""
    flowables: list[Any] = []
    seen: set[str] = set()
    shown: list[str] = []
    for section in data.sections:
        tables = [t for t in data.tables.get(section.key, []) if t.years and t.key not in seen]
        if not tables:
            continue
        seen.update(t.key for t in tables)
        flowables.append(_subheading(section.heading))
        for table in tables:   # every year of every series: one table, its years in row blocks
            every = replace(table, years=table.all_years, period=None)
            flowables += indicator_block(data, section, every, numbers, limit=None)
        shown += [r.indicator for t in tables for r in t.rows]
    return flowables + definitions(data, list(dict.fromkeys(shown)))


def definitions(data: ReportData, keys: list[str]) -> list[Any]:
    """'Definitions' and each indicator's name, unit and definition, once."""
    from mpdesk.export.pdf.scripts import Paragraph

    if not keys:
        return []
    s = st.styles()
    # In the contents and the bookmarks, under the statistical annex: a reader looks a definition up.
    flowables: list[Any] = [heading(tr("Report", "Definitions"), 2, "annex.definitions", style=s.h3)]
    for key in keys:
        info = data.indicators[key]
        unit = unit_label(info.unit, data.language)
        text = tr("Report", "{name} ({unit}): {definition}").format(   # French: a space before the colon
            name=f"<b>{escape_text(info.name)}</b>", unit=escape_text(unit or "-"), definition=escape_text(info.definition))
        flowables.append(Paragraph(text, s.source))
    return flowables


def references_list(data: ReportData) -> list[Any]:
    """When the team wrote no references, the sources the report's figures cite, alphabetically."""
    from mpdesk.export.pdf.scripts import Paragraph

    cited = {x.strip().rstrip(".") for t in data.all_tables() for r in t.rows for x in r.sources if x.strip()}
    cited |= {str(x.get("name", "")).strip() for x in data.sources if x.get("name")}
    style = st.styles().reference
    listed = sorted(_without_shorter_forms(cited), key=str.casefold)
    return [Paragraph(escape_text(text + "."), style) for text in listed]


def _without_shorter_forms(cited: set[str]) -> set[str]:
    """'International Migrant Stock 2020' is left out where 'UN DESA, International Migrant Stock 2020'
    is cited too: one reference, in its fuller form."""
    def shorter(text: str) -> bool:
        return any(other != text and other.casefold().endswith(", " + text.casefold()) for other in cited)

    return {text for text in cited if not shorter(text)}


def sources_table(data: ReportData, numbers: Numbering) -> list[Any]:
    if not data.sources:
        return []
    headers = [tr("Report", "Source"), tr("Report", "Institution"), tr("Report", "Type"),
               tr("Report", "Periodicity"), tr("Report", "Quality"), tr("Report", "Access")]
    words = register_words()
    fields = ("name", "institution", "source_type", "periodicity", "quality", "access")
    rows = [[register_value(words, f, x) for f in fields] for x in data.sources]
    caption = numbered_caption(numbers, "table", tr("Report", "Inventory of data sources"))
    return [caption, grid(headers, rows, [34, 26, 20, 18, 15, 17], bold_first=True)]


def gaps_table(data: ReportData, numbers: Numbering) -> list[Any]:
    if not data.gaps:
        return []
    words = register_words()
    headers = [tr("Report", "Data gap"), tr("Report", "Module"), tr("Report", "Priority"),
               tr("Report", "Action to close it")]
    rows = [[g.get("description", ""), g.get("section_key", ""), register_value(words, "priority", g),
             g.get("action", "")] for g in data.gaps]
    caption = numbered_caption(numbers, "table", tr("Report", "Data gaps"))
    return [_subheading(tr("Report", "Data gaps")), caption, grid(headers, rows, [45, 10, 11, 45])]


def laws_table(data: ReportData, numbers: Numbering) -> list[Any]:
    if not data.laws:
        return []
    kinds = {"law": tr("Report", "Law"), "policy": tr("Report", "Policy"), "convention": tr("Report", "Convention"),
             "agreement": tr("Report", "Agreement")}
    headers = [tr("Report", "Title"), tr("Report", "Kind"), tr("Report", "Year"), tr("Report", "Status"),
               tr("Report", "Notes")]
    rows = [[x.get("title", ""), kinds.get(x.get("kind", ""), x.get("kind", "")), str(x.get("year") or ""),
             x.get("status", ""), x.get("notes", "")] for x in data.laws]
    caption = numbered_caption(numbers, "table", tr("Report", "Laws, policies and agreements"))
    return [caption, grid(headers, rows, [38, 12, 8, 14, 40], bold_first=True)]
