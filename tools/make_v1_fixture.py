"""Write tests/data/profile_v1.mpdesk: a profile in file format 1, for the upgrade test.

Format 1 had no laws register, no custom charts and no "resolved" flag on data gaps. The
script builds a current profile with some content through the services, then takes those
away with plain SQL and marks the file as format 1. Run it again only if format 1 itself
needs a different fixture; the committed file is the test data (like OpenLP's old databases).

    python tools/make_v1_fixture.py [OUT]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mpdesk.services import registers, steps, values  # noqa: E402
from mpdesk.services.profile import NewProfile, create_profile, set_narrative  # noqa: E402

DEFAULT_OUT = REPO / "tests" / "data" / "profile_v1.mpdesk"
TO_FORMAT_1 = """
DROP TABLE legal_instrument;
DROP TABLE custom_chart;
ALTER TABLE data_gap DROP COLUMN resolved;
UPDATE file_meta SET value='1' WHERE key='schema_version';
"""
NARRATIVE_A2 = "Immigrants were 1,050,147 in 2020.\n\n- Most came from Somalia."


def build_current(path: Path) -> None:
    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019, kind="basic",
                                         title="Migration Profile of Ghana 2019 (format 1 fixture)"))
    try:
        registers.add_item(ws, "member", name="Akosua Mensah", institution="Ghana Statistical Service",
                           role="Secretariat", focal_point=True)
        registers.add_item(ws, "member", name="Kwame Boateng", institution="Ghana Immigration Service")
        registers.add_item(ws, "gap", description="No emigration statistics.", section_key="A.3", priority="high")
        values.set_value(ws, values.CellKey("immigrant_stock", 2015), 399471, source="UN DESA IMS 2015")
        values.set_value(ws, values.CellKey("immigrant_stock", 2015, sex="female"), 188000, source="UN DESA IMS 2015")
        values.set_value(ws, values.CellKey("population_total", 2015), 27849203, source="World Bank WDI")
        set_narrative(ws, "A.2", NARRATIVE_A2)
        steps.set_step_status(ws, "1.1", "done")
    finally:
        ws.close()


def downgrade_to_format_1(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(TO_FORMAT_1)
        conn.execute("DELETE FROM file_meta WHERE key='session_state'")  # closed cleanly
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / out.name
        build_current(work)
        downgrade_to_format_1(work)
        out.write_bytes(work.read_bytes())
    print(f"Wrote {out} ({out.stat().st_size} bytes, file format 1).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
