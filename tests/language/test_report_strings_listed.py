"""Every report string the code writes is in report.toml, so it has French and Spanish: a string
missing there would print in English in every report (the language tests only see listed ones)."""

from __future__ import annotations

import ast
from pathlib import Path

from mpdesk import i18n

ROOT = Path(__file__).resolve().parents[2] / "mpdesk"
REPORT_CONTEXTS = ("Report", "Charts", "Format", "Notes")   # texts that only ever appear in a report or chart
NAMED_CONTEXTS = {"NOTES": "Notes"}   # mpdesk.i18n.NOTES: the importers' notes on figures


def report_calls() -> set[tuple[str, str, str]]:
    found = set()
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts or path.name == "custom_charts.py":   # screen messages
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and len(node.args) == 2):
                continue
            context, text = node.args
            name = NAMED_CONTEXTS.get(getattr(context, "id", ""))
            context_text = name or (context.value if isinstance(context, ast.Constant) else None)
            if context_text in REPORT_CONTEXTS and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((context_text, text.value, str(path.relative_to(ROOT))))
    return found


def test_every_report_string_of_the_code_is_translated() -> None:
    listed = set(i18n.report_strings())
    missing = sorted(f"{where}: {context} / {text}" for context, text, where in report_calls()
                     if (context, text) not in listed)
    assert not missing, "\n".join(missing)
