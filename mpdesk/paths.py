"""Where mpdesk finds the files it ships: the package ``mpdesk.resources``.

The repository keeps them in ``resources/`` at its top; setup.py maps that folder to the package
``mpdesk.resources``, so a wheel, an editable install and the PyInstaller bundle (which collects
it as ``mpdesk/resources``) all answer ``importlib.resources.files("mpdesk.resources")``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "mpdesk.resources"
# A source tree: the package folder sits beside pyproject.toml and resources/.
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    """The folder of shipped files, as a real directory (fonts and translations are opened by path)."""
    source = _source_tree_resources()
    try:
        found = files(PACKAGE)
    except ModuleNotFoundError:  # a source tree on sys.path that was never installed
        if source is None:
            raise
        return source
    folder = Path(str(found))
    # Running one checkout's code (PYTHONPATH) over another checkout's editable install: the
    # installed mapping points at the other checkout; the code's own resources belong with it.
    if source is not None and folder.resolve() != source:
        return source
    if not folder.is_dir():
        raise FileNotFoundError(f"mpdesk's resources are not a folder on disk: {found}")
    return folder


def _source_tree_resources() -> Path | None:
    folder = _SOURCE_ROOT / "resources"
    if (_SOURCE_ROOT / "pyproject.toml").is_file() and (folder / "__init__.py").is_file():
        return folder
    return None
