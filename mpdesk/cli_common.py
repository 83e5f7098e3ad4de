"""Small helpers shared by the console subcommands."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Any, Iterator


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_error(sentence: str) -> None:
    print(sentence, file=sys.stderr)


@contextmanager
def open_workspace(path: str, read_only: bool = False, starting: Any = None) -> Iterator[Any]:
    """An open profile that is closed (and its lock released) whatever happens.

    ``read_only`` for commands that only read: they then work on read-only media and write nothing.
    ``starting``: the record of the operation the command opens it for (``Workspace.open``).
    """
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(path, read_only, starting)
    try:
        yield ws
    finally:
        ws.close()
