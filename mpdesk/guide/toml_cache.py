"""The catalogue's TOML files, parsed once per version of their text.

tomllib takes about 0.1 s of CPU for the three catalogue files (370 kB), at every start and before
the window can paint its navigator; the same tables read back from JSON take about 3 ms. The
parsed tables are kept in the user's cache folder (``MPDESK_CACHE_DIR`` or platformdirs' cache
folder for mpdesk) under the hash of the file's bytes, so an edited or upgraded catalogue is parsed
again. Anything wrong with the cache (missing, damaged, not writable) only means parsing the TOML
as before: the cache never decides what the catalogue says.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from pathlib import Path
from typing import Any

from mpdesk.atomic import atomic_open


def cache_folder() -> Path:
    folder = os.environ.get("MPDESK_CACHE_DIR")
    if folder:
        return Path(folder)
    import platformdirs  # only when the cache is used: a few ms of import

    return Path(platformdirs.user_cache_dir("mpdesk", appauthor=False))


def load_toml(path: Path) -> dict[str, Any]:
    """``tomllib.load`` of ``path``, from the cache when it holds this exact text. Raises what
    reading and parsing the file raise (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError)."""
    data = path.read_bytes()
    cached = cache_folder() / "catalogue" / f"{path.stem}-{hashlib.sha256(data).hexdigest()[:24]}.json"
    try:
        table = json.loads(cached.read_text(encoding="utf-8"))
        if isinstance(table, dict):
            return table
    except (OSError, ValueError):  # not cached yet, or damaged: parsed below and written again
        pass
    table = tomllib.loads(data.decode("utf-8"))
    _store(cached, table)
    return table


def _store(cached: Path, table: dict[str, Any]) -> None:
    try:
        text = json.dumps(table, ensure_ascii=False)
    except (TypeError, ValueError):  # a TOML date has no JSON form: that file is parsed every time
        return
    if json.loads(text) != table:
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_open(cached, "w", encoding="utf-8") as handle:
            handle.write(text)
        for older in cached.parent.glob(f"{cached.name.rsplit('-', 1)[0]}-*.json"):
            if older != cached:
                older.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: the next start parses the TOML again
        return
