"""Edit a profile in a loop, saying after each save which edit is committed (run by the kill tests).

    python tests/reliability/edit_loop.py PROFILE COUNT
"""

from __future__ import annotations

import sys

from mpdesk.services import registers, values
from mpdesk.services.workspace import Workspace


def main(path: str, count: int) -> None:
    ws = Workspace.open(path)
    for i in range(count):
        values.set_value(ws, values.CellKey("immigrant_stock", 1980 + i), 1000 + i)
        registers.add_item(ws, "member", name=f"Member {i}", institution="Ghana Statistical Service")
        print(f"committed {i}", flush=True)
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
