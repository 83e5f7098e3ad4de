"""The import layers of pyproject.toml's [tool.importlinter] contracts, checked with import-linter:
guide/models -> services -> imports/export/charts -> cli/ui, and Qt only in mpdesk/ui and
mpdesk/app even through other modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(root))
    script = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run([sys.executable, "-c", script, "--config", str(root / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=root, env=env, timeout=300)


def test_the_import_contracts_are_kept() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


def test_a_service_reaching_qt_through_the_ui_breaks_the_contracts(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "mpdesk", copy / "mpdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    checks = copy / "mpdesk" / "services" / "quality.py"
    checks.write_text(checks.read_text(encoding="utf-8") + "\nfrom mpdesk.ui import widgets  # noqa\n",
                      encoding="utf-8")
    done = lint_imports(copy)
    assert done.returncode != 0
    assert "Layers: guide/models -> services -> imports/export/charts -> cli/ui BROKEN" in done.stdout
    assert "Qt only in mpdesk.ui and mpdesk.app, directly or indirectly BROKEN" in done.stdout
