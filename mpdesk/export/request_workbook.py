"""The data-request workbook sent to one institution, and the identity sheet that lets it come back.

One sheet of instructions, one sheet per module with only the indicators asked of that
institution (years as columns, a row per disaggregation, unit and definition shown), and a
hidden sheet ``_mpdesk`` naming the profile, the requests and every input cell with the figure
it stands for, plus the text of every protected cell of the tables so a changed label can be
named exactly when the workbook is read back (``mpdesk.imports.request_workbook``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from mpdesk.i18n import tr

if TYPE_CHECKING:
    from mpdesk.guide.model import Indicator
    from mpdesk.models.operations import Operation
    from mpdesk.services.workspace import Workspace

ID_SHEET = "_mpdesk"
FORMAT_MARK = "mpdesk data request"
FIRST_ROW = 5          # the table header row; figures start below it
LABEL_COLUMNS = 4      # indicator, disaggregation, unit, definition
AGE_GROUPS = ("0-14", "15-64", "65+")
INPUT_FILL = "FFFFF2CC"
HEADER_FILL = "FFDDE7F0"

# The workbook speaks the profile's language (it goes to a national ministry, not to the app's user).
TEXTS = {
    "en": {
        "title": "Data request for the {profile}",
        "to": "To: {institution}", "due": "Please reply by {due}.",
        "steps": ["Each sheet is one part of the report. Fill the yellow cells with figures: one row per "
                  "breakdown, one column per year.",
                  "Type numbers only (no units, no words); leave a cell empty when no figure exists.",
                  "Write in the Source column where the figures come from, and anything we should know in the "
                  "Note column.",
                  "Do not rename sheets, move rows or change the grey cells: the workbook is read back "
                  "automatically.", "Breakdowns by country can be sent in a separate table."],
        "indicator": "Indicator", "breakdown": "Breakdown", "unit": "Unit", "definition": "Definition",
        "source": "Source", "note": "Note", "total": "Total", "female": "Women", "male": "Men",
        "aged": "aged {group}", "asked": "What was asked: {text}",
    },
    "fr": {
        "title": "Demande de données pour le {profile}",
        "to": "À : {institution}", "due": "Merci de répondre avant le {due}.",
        "steps": ["Chaque feuille correspond à une partie du rapport. Remplissez les cellules jaunes : une ligne "
                  "par ventilation, une colonne par année.",
                  "Saisissez uniquement des nombres (sans unité ni texte) ; laissez vide s'il n'existe pas de "
                  "donnée.",
                  "Indiquez dans la colonne Source d'où viennent les chiffres, et toute précision dans la "
                  "colonne Note.",
                  "Ne renommez pas les feuilles, ne déplacez pas les lignes et ne modifiez pas les cellules "
                  "grises : le classeur est relu automatiquement.",
                  "Les ventilations par pays peuvent être envoyées dans un tableau séparé."],
        "indicator": "Indicateur", "breakdown": "Ventilation", "unit": "Unité", "definition": "Définition",
        "source": "Source", "note": "Note", "total": "Total", "female": "Femmes", "male": "Hommes",
        "aged": "âgés de {group}", "asked": "Demande : {text}",
    },
    "es": {
        "title": "Solicitud de datos para el {profile}",
        "to": "Para: {institution}", "due": "Por favor responda antes del {due}.",
        "steps": ["Cada hoja es una parte del informe. Complete las celdas amarillas: una fila por desglose, "
                  "una columna por año.",
                  "Escriba solo números (sin unidades ni palabras); deje la celda vacía si no hay dato.",
                  "Indique en la columna Fuente de dónde provienen las cifras y cualquier aclaración en la "
                  "columna Nota.",
                  "No cambie el nombre de las hojas, no mueva filas ni modifique las celdas grises: el libro se "
                  "lee automáticamente.", "Los desgloses por país pueden enviarse en una tabla aparte."],
        "indicator": "Indicador", "breakdown": "Desglose", "unit": "Unidad", "definition": "Definición",
        "source": "Fuente", "note": "Nota", "total": "Total", "female": "Mujeres", "male": "Hombres",
        "aged": "de {group} años", "asked": "Solicitud: {text}",
    },
}


def texts(language: str) -> dict:
    return TEXTS.get(language, TEXTS["en"])


@dataclass(frozen=True)
class RequestRow:
    indicator: str
    sex: str = ""
    age_group: str = ""


class RequestError(ValueError):
    """No request for that institution, or nothing that can be asked; a sentence for the user."""


def requests_for(ws: "Workspace", institution: str) -> list:
    from sqlalchemy import select

    from mpdesk.models.entities import DataRequest

    wanted = institution.strip().casefold()
    with ws.session() as session:
        rows = list(session.scalars(select(DataRequest).order_by(DataRequest.created_at)))
    return [r for r in rows if r.institution.strip().casefold() == wanted]


def requested_indicators(ws: "Workspace", requests: Iterable) -> list["Indicator"]:
    """The catalogue indicators named in the requests (by key or by name), in catalogue order."""
    cat, lang = ws.catalogue, ws.profile().language
    names = {}
    for ind in cat.indicators:
        names[ind.key.casefold()] = ind.key
        names[ind.name.get_for(lang).casefold()] = ind.key
        names[str(ind.name).casefold()] = ind.key
    keys = {names[p.strip().casefold()] for r in requests for p in (r.indicators or "").replace(";", ",").split(",")
            if p.strip().casefold() in names}
    return [i for i in cat.indicators if i.key in keys and not i.derived]


def rows_of(indicator: "Indicator") -> list[RequestRow]:
    rows = [RequestRow(indicator.key)]
    if "sex" in indicator.disaggregations:
        rows += [RequestRow(indicator.key, "female"), RequestRow(indicator.key, "male")]
    if "age_group" in indicator.disaggregations:
        rows += [RequestRow(indicator.key, "", group) for group in AGE_GROUPS]
    return rows


@dataclass(frozen=True)
class WrittenRequest:
    path: Path
    marked: int   # requests marked as sent today by this workbook (those already sent keep their date)


def write_request_workbook(ws: "Workspace", institution: str, out: Path | str) -> WrittenRequest:
    """Write the workbook for every request logged against ``institution``, then mark those requests sent.

    The order keeps the profile true after a kill at any moment: the workbook is written beside ``out``
    and renamed over it whole (``mpdesk.atomic``), and only then are the requests marked sent, in one
    transaction that also removes the record of the work (``models.operations``, committed first). So a
    request is never marked sent for a workbook that does not exist, and a workbook written without its
    requests marked is told on the next opening (``ui.crash_notice``)."""
    requests = requests_for(ws, institution)
    if not requests:
        raise RequestError(tr("Requests", "No data request is logged for {name}; add one on step 2.1 (the "
                              "data-request log) first.").format(name=institution))
    indicators = requested_indicators(ws, requests)
    if not indicators:
        raise RequestError(tr("Requests", "The requests to {name} name no indicator of this profile; write the "
                              "indicators asked for in the Indicators column of step 2.1.").format(name=institution))
    from mpdesk.export.request_sheets import build_workbook
    from mpdesk.models.operations import REQUEST

    out = Path(out)
    name = requests[0].institution
    with ws.recording(REQUEST, name, (out,)) as record:
        _save(build_workbook(ws, name, requests, indicators), out)
        marked = _mark_sent(ws, out, name, [r.id for r in requests], record)
    return WrittenRequest(out, marked)


def _save(workbook, out: Path) -> None:
    from mpdesk.atomic import atomic_path

    try:
        with atomic_path(out) as temporary:
            workbook.save(temporary)
    except OSError as exc:
        raise RequestError(tr("Requests", "The workbook could not be written to {path} ({why}). Choose another "
                              "folder.").format(path=out, why=exc.strerror or exc)) from exc


def _mark_sent(ws: "Workspace", out: Path, institution: str, request_ids: list[str],
               record: "Operation | None") -> int:
    """The requests not yet sent are sent today: one undo step, with the removal of the work's record."""
    from mpdesk.models.entities import DataRequest
    from mpdesk.models.operations import finish
    from mpdesk.services.keys import EditError

    marked = 0
    try:
        with ws.edit(tr("Requests", "Mark the requests to {name} as sent").format(name=institution)) as session:
            for request_id in request_ids:
                request = session.get(DataRequest, request_id)
                if request is not None and request.sent_on is None:
                    request.sent_on = date.today()
                    marked += 1
            finish(session, record)
    except EditError as exc:   # the disk refused the profile's write: the workbook stands, unmarked
        raise RequestError(tr("Requests", "The workbook was written to {path}, but its requests could not be marked "
                              "as sent ({why}). When you send it, write the date in the Sent column of step 2.1.")
                           .format(path=out, why=exc)) from exc
    return marked


def due_text(requests: Iterable, language: str) -> str:
    dues = sorted(r.due_on for r in requests if isinstance(r.due_on, date))
    return dues[0].isoformat() if dues else ""


__all__ = ["FORMAT_MARK", "ID_SHEET", "RequestError", "RequestRow", "WrittenRequest", "requested_indicators", "requests_for",
           "rows_of", "texts", "write_request_workbook"]
