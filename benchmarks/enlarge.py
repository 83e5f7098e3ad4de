"""Build an enlarged profile for benchmarks: the Kenya sample grown to 200 indicators x 30 years
x sex x 20 partner countries (338,400 figures), bulk-inserted with one Core insert.

    python benchmarks/enlarge.py [PATH]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INDICATORS = 200
YEARS = range(1991, 2021)
PARTNERS = ("SOM", "UGA", "SSD", "COD", "ETH", "TZA", "BDI", "SDN", "RWA", "ERI",
            "USA", "GBR", "CAN", "AUS", "DEU", "ZAF", "IND", "CHN", "ARE", "QAT")
VALUE_UNITS = ("persons", "usd_million", "usd", "percent", "per_1000", "number")


def _raw_keys(ws) -> list[str]:
    """Catalogue indicators typed in (not derived), then national ones up to INDICATORS."""
    from mpdesk.services.tailoring import add_custom_indicator

    keys = [i.key for i in ws.catalogue.indicators if not i.derived and i.unit in VALUE_UNITS][:INDICATORS]
    for n in range(INDICATORS - len(keys)):
        key = f"national_indicator_{n:03d}"
        add_custom_indicator(ws, key, f"National indicator {n + 1}", "A.2", unit="persons",
                             disaggregations=("sex", "partner"))
        keys.append(key)
    return keys


def _rows(ws, keys: list[str]) -> list[dict]:
    """Consistent figures: women + men = total, partners below the total, shares within 0-100."""
    rows = []
    for index, key in enumerate(keys):
        unit = ws.catalogue.indicator(key).unit
        for year in YEARS:
            total = 20.0 + (index % 50) + (year - 1991) * 0.3 if unit in ("percent", "per_1000") \
                else 1_000_000.0 * (1 + index % 17) * (1 + (year - 1991) * 0.02)
            for sex, share in (("", 1.0), ("female", 0.48), ("male", 0.52)):
                rows.append(_row(key, year, sex, "", total * share, unit))
                if unit in ("percent", "per_1000"):
                    continue
                for p, partner in enumerate(PARTNERS):
                    rows.append(_row(key, year, sex, partner, total * share * (0.04 - p * 0.001), unit))
    return rows


def _row(key: str, year: int, sex: str, partner: str, value: float, unit: str) -> dict:
    return dict(indicator_key=key, year=year, sex=sex, age_group="", partner=partner, category="", value=value,
                unit=unit, source="Benchmark source", provenance="typed", preferred=True, status="draft", note="")


def enlarge(path: Path):
    """Write the enlarged profile at ``path`` and return it open."""
    from sqlalchemy import delete, insert

    from mpdesk.models.entities import IndicatorValue
    from mpdesk.services.sample import write_sample

    path.unlink(missing_ok=True)
    ws = write_sample(path)
    keys = _raw_keys(ws)
    rows = _rows(ws, keys)
    with ws.session() as session:
        session.execute(delete(IndicatorValue).where(IndicatorValue.indicator_key.in_(keys)))
        session.execute(insert(IndicatorValue), rows)
        session.commit()
    return ws


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/mpdesk-enlarged.mpdesk")
    start = time.perf_counter()
    ws = enlarge(path)
    from mpdesk.services.value_table import ValueTable

    count = len(ValueTable.from_workspace(ws))
    ws.close()
    print(f"enlarged profile: {path} ({count:,} figures) written in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
