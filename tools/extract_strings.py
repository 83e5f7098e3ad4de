"""Extract every translatable string of mpdesk into a Qt Linguist .ts file (dev tool).

    python tools/extract_strings.py resources/translations/mpdesk_fr.ts [--language fr_FR]

Qt's ``pyside6-lupdate`` finds ``self.tr("...")`` and ``QCoreApplication.translate("Ctx", "...")``,
but it misreads the two-argument ``tr("Context", "text")`` of ``mpdesk.i18n`` (it takes the context
as the source text), it misses the small ``_tr(text)`` wrappers around ``QCoreApplication.translate``,
and for ``window.tr("...")`` it uses the variable name as context, whereas PySide6 looks the text up
under the class name of the object. This script therefore:

1. runs ``pyside6-lupdate`` on every .py file under mpdesk/ into a temporary file;
2. keeps its messages, drops the misread ones (empty context), and moves the
   ``variable.tr(...)`` messages to the class that PySide6 will use (``RECEIVER_CONTEXTS``);
3. adds, with Python's ast, every ``self.tr("literal")`` in a class (lupdate misses those inside
   f-strings), every ``tr(CONTEXT, "literal")`` call (implicitly concatenated literals
   and module-level ``CONTEXT = "..."`` constants are understood) and every call of a one-line
   wrapper ``def _tr(text): return QCoreApplication.translate("Ctx", text)``;
4. copies ``self.tr`` messages of a base class to its mpdesk subclasses (PySide6 uses the exact
   class name of the object, not its bases);
5. merges with the translations already in the target file; texts no longer in the code are kept
   as ``type="vanished"`` so no work is lost.

Placeholders such as ``{name}`` are part of the source text and must be kept in the translation.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mpdesk"

# ``receiver.tr(...)`` outside the receiver's own class: lupdate names the context after the
# variable; PySide6 translates under the receiver's class name. Keyed by (file name, variable).
RECEIVER_CONTEXTS = {
    ("window_menus.py", "window"): "MainWindow",
    ("window_menus.py", "w"): "MainWindow",
    ("window_menus.py", "self.window"): "MainWindow",
    ("export_dialog.py", "panel"): "RunPanel",
    ("step_parts.py", "widget"): "StatusSelector",
}


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    kind: str = "unfinished"  # "", "unfinished" or "vanished"
    comment: str = ""
    numerus: bool = False  # a "%n ..." text: the translation has one form per plural form
    forms: list[str] = field(default_factory=list)


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


# --------------------------------------------------------------------------- lupdate


def run_lupdate(files: list[Path], ts_dir: Path) -> ET.Element:
    with tempfile.TemporaryDirectory() as tmp:
        # The temporary file sits next to the target so that lupdate writes the same relative paths.
        out = Path(tempfile.mkstemp(suffix=".ts", dir=ts_dir)[1])
        try:
            out.unlink()
            cmd = ["pyside6-lupdate", "-locations", "absolute", *map(str, files), "-ts", str(out)]
            subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=tmp)
            return ET.parse(out).getroot()
        finally:
            out.unlink(missing_ok=True)


def lupdate_messages(files: list[Path], ts_dir: Path) -> tuple[list[Message], list[str]]:
    root = run_lupdate(files, ts_dir)
    messages, problems = [], []
    for ctx in root.iter("context"):
        name = (ctx.findtext("name") or "").strip()
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            locs = [(loc.get("filename", ""), int(loc.get("line", "0"))) for loc in msg.iter("location")]
            if not name:
                continue  # a two-argument tr("Context", "text") misread by lupdate; ast finds it below
            context = name
            if name[:1].islower() or "." in name:
                files_ = {Path(f).name for f, _ in locs}
                targets = {RECEIVER_CONTEXTS.get((f, name)) for f in files_}
                if len(targets) != 1 or None in targets:
                    problems.append(f"unknown receiver {name!r}.tr() in {sorted(files_)}: "
                                    f"add it to RECEIVER_CONTEXTS in {Path(__file__).name}")
                    continue
                context = targets.pop()
            messages.append(Message(context, source, locs, numerus=msg.get("numerus") == "yes"))
    return messages, problems


# --------------------------------------------------------------------------- ast


def literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value  # implicit concatenation is already joined by the parser
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left, constants), literal(node.right, constants)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def is_translate(func: ast.AST) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")


def translate_call(node: ast.AST) -> bool:
    """``tr(ctx, text)`` of mpdesk.i18n or ``QCoreApplication.translate(ctx, text)``."""
    return (isinstance(node, ast.Call) and len(node.args) == 2
            and ((isinstance(node.func, ast.Name) and node.func.id == "tr") or is_translate(node.func)))


def wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, tuple[str, int]]:
    """Module-level helpers that pass one of their parameters to ``tr``: name -> (context, position).

    E.g. ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` or
    ``def _fail(text, path): return Error(tr("ProfileFile", text).format(...))``.
    """
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for inner in ast.walk(node):
            if translate_call(inner) and isinstance(inner.args[1], ast.Name) and inner.args[1].id in params:
                context = literal(inner.args[0], constants)
                if context:
                    found[node.name] = (context, params.index(inner.args[1].id))
    return found


def module_constants(path: Path, seen: frozenset[Path] = frozenset()) -> dict[str, str]:
    """``NAME = "text"`` at module level, and names imported from other mpdesk modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "mpdesk":
            source = ROOT / (node.module.replace(".", "/") + ".py")
            if not source.is_file():
                source = ROOT / node.module.replace(".", "/") / "__init__.py"
            if source.is_file() and source not in seen:
                theirs = module_constants(source, seen | {path})
                for alias in node.names:
                    if alias.name in theirs:
                        constants[alias.asname or alias.name] = theirs[alias.name]
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = literal(node.value, constants)
            if value is not None:
                constants[node.targets[0].id] = value
    return constants


def ast_messages(path: Path, ts_dir: Path) -> tuple[list[Message], list[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = module_constants(path)
    wrapped = wrappers(tree, constants)
    wrapper_params = {a.arg for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in wrapped
                      for a in node.args.args}
    rel = os.path.relpath(path, ts_dir).replace(os.sep, "/")
    messages, problems = [], []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        name = node.func.id
        if name == "tr" and len(node.args) == 2:
            context, text_node = literal(node.args[0], constants), node.args[1]
        elif name in wrapped and len(node.args) > wrapped[name][1]:
            context, text_node = wrapped[name][0], node.args[wrapped[name][1]]
        else:
            continue
        if isinstance(text_node, ast.Name) and text_node.id in wrapper_params:
            continue  # inside the wrapper itself
        text = literal(text_node, constants)
        if context is None or text is None:
            problems.append(f"{rel}:{node.lineno}: {name}() with a text that is not a literal; "
                            "it cannot be extracted")
            continue
        messages.append(Message(context, text, [(rel, node.lineno)]))
    messages += self_tr_messages(tree, rel)
    return messages, problems


def self_tr_messages(tree: ast.Module, rel: str) -> list[Message]:
    """``self.tr("literal")`` in a class, also inside f-strings, which ``pyside6-lupdate`` skips
    (the guidance panel's headings were left untranslated that way). Duplicates of what lupdate
    found are merged later."""
    found = []
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in ast.walk(cls):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                    and len(node.args) == 1 and not node.keywords):
                text = literal(node.args[0], {})
                if text is not None:
                    found.append(Message(cls.name, text, [(rel, node.lineno)]))
    return found


# --------------------------------------------------------------------------- merge and write


def subclass_contexts(files: list[Path]) -> dict[str, list[str]]:
    """Base class name -> names of mpdesk classes deriving from it (directly or not)."""
    direct: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    base_name = ast.unparse(base).split(".")[-1]
                    direct.setdefault(base_name, set()).add(node.name)
    result = {}
    for base in direct:
        seen, todo = set(), list(direct[base])
        while todo:
            cls = todo.pop()
            if cls not in seen:
                seen.add(cls)
                todo.extend(direct.get(cls, ()))
        result[base] = sorted(seen)
    return result


def read_existing(ts: Path) -> tuple[dict[tuple[str, str], Message], str]:
    if not ts.is_file():
        return {}, ""
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            source = msg.findtext("source") or ""
            forms = [f.text or "" for f in tr_el.iter("numerusform")] if tr_el is not None else []
            found[(name, source)] = Message(
                name, source, translation=(tr_el.text or "").strip() if forms else
                ((tr_el.text or "") if tr_el is not None else ""),
                kind=tr_el.get("type", "") if tr_el is not None else "unfinished",
                comment=msg.findtext("translatorcomment") or "",
                numerus=msg.get("numerus") == "yes", forms=forms)
            if forms:
                found[(name, source)].translation = forms[0]
    return found, root.get("language", "")


def esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    by_context: dict[str, list[Message]] = {}
    for msg in messages:
        by_context.setdefault(msg.context, []).append(msg)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{esc(language)}">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{esc(context)}</name>"]
        for msg in by_context[context]:
            lines.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for filename, line in msg.locations:
                lines.append(f'        <location filename="{esc(filename)}" line="{line}"/>')
            lines.append(f"        <source>{esc(msg.source)}</source>")
            if msg.comment:
                lines.append(f"        <translatorcomment>{esc(msg.comment)}</translatorcomment>")
            kind = f' type="{msg.kind}"' if msg.kind else ""
            if msg.numerus:
                forms = msg.forms or [msg.translation, msg.translation]  # French: singular, plural
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{esc(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{esc(msg.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def extract(ts: Path, language: str | None) -> int:
    ts = ts.resolve()
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = python_files()
    found, problems = lupdate_messages(files, ts.parent)
    for path in files:
        more, more_problems = ast_messages(path, ts.parent)
        found += more
        problems += more_problems
    for msg in found:  # lupdate writes absolute paths when asked; keep them relative to the .ts
        msg.locations = [(os.path.relpath(f, ts.parent).replace(os.sep, "/") if os.path.isabs(f) else f, n)
                         for f, n in msg.locations]

    subclasses = subclass_contexts(files)
    for msg in list(found):
        for sub in subclasses.get(msg.context, ()):
            found.append(Message(sub, msg.source, list(msg.locations), numerus=msg.numerus))

    merged: dict[tuple[str, str], Message] = {}
    for msg in found:
        key = (msg.context, msg.source)
        if key in merged:
            merged[key].locations += [loc for loc in msg.locations if loc not in merged[key].locations]
        else:
            merged[key] = msg
    for msg in merged.values():
        msg.locations.sort()

    existing, old_language = read_existing(ts)
    for key, msg in merged.items():
        old = existing.get(key)
        if old is not None:
            msg.translation, msg.comment, msg.forms = old.translation, old.comment, old.forms
            msg.kind = "unfinished" if old.kind in ("unfinished",) or not old.translation else ""
        else:
            # A text moved to another context keeps a translation already made for it.
            same = next((m for (c, s), m in existing.items() if s == msg.source and m.translation), None)
            if same is not None:
                msg.translation, msg.kind = same.translation, "unfinished"
    vanished = [Message(c, s, [], m.translation, "vanished", m.comment, m.numerus, m.forms)
                for (c, s), m in existing.items() if (c, s) not in merged and m.translation]

    default = ts.stem.split("_", 1)[-1]  # mpdesk_fr.ts -> fr
    write_ts(ts, language or old_language or default, list(merged.values()) + vanished)
    done = sum(1 for m in merged.values() if not m.kind)
    print(f"{ts.name}: {len(merged)} texts, {done} translated, {len(merged) - done} unfinished, "
          f"{len(vanished)} vanished")
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    return 1 if any("unknown receiver" in p for p in problems) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path, help="the .ts file to create or update")
    parser.add_argument("--language", help="e.g. fr_FR (kept from the existing file if omitted)")
    args = parser.parse_args(argv)
    return extract(args.ts, args.language)


if __name__ == "__main__":
    sys.exit(main())
