"""The workbook names a section as the PDF heads it, in the profile's language, never by its code."""

from __future__ import annotations

import pytest

openpyxl = pytest.importorskip("openpyxl")

from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.options import ExportOptions  # noqa: E402


def test_definitions_name_the_glance_section_by_its_spanish_title(sample_ws, tmp_path):
    from mpdesk.export.report_data import load_report_data
    from mpdesk.services.profile import update_profile

    update_profile(sample_ws, language="es")
    headings = {s.key: s.heading for s in load_report_data(sample_ws, ExportOptions()).sections}
    path = tmp_path / "perfil.xlsx"
    export_xlsx(sample_ws, ExportOptions(), path)
    sheet = openpyxl.load_workbook(path, read_only=True)["Definiciones de los indicadores"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "Sección" in row)
    column = rows[header].index("Sección")
    sections = [row[column] for row in rows[header + 1:] if row[column]]
    assert "glance" not in sections
    assert sections.count("La migración de un vistazo") >= 5
    assert headings["A.2"] in sections and headings["A.2"].startswith("A.2 ")   # as the PDF heads it
    assert all(s in headings.values() for s in sections)
