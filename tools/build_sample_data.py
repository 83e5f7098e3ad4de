"""Build resources/sample/kenya_values.csv, the figures of the bundled training profile.

Dev script, run from the repo root:  python tools/build_sample_data.py [path/to/shared/data/real]

It reads the real public files through mpdesk's own importers and keeps a readable subset for
Kenya (KEN, M49 404), edition 2020. The app builds the sample profile from the committed CSV
and never reads shared/ at run time. Each row carries its provenance (the tidy CSV's optional
columns): the public file it was read from, that file's sha256, the cell or line, and the
publisher, dataset and release date the importer found, so the sample's figures trace to the
published files, not to the CSV.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mpdesk.atomic import atomic_path  # noqa: E402
from mpdesk.imports.detect import import_file  # noqa: E402
from mpdesk.imports.records import SourceFile, ValueRecord  # noqa: E402
from mpdesk.imports.tidy_csv import write_tidy_csv  # noqa: E402
from mpdesk.services.import_log import publisher_of  # noqa: E402

COUNTRY = "KEN"
OUTPUT = ROOT / "resources" / "sample" / "kenya_values.csv"
SAMPLE_SOURCES = ROOT / "tools" / "sample_sources"  # public files the sample needs that shared/ lacks

DESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
WB_POP = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
WB_NETM = "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"
WB_REM_IN = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
WB_REM_OUT = "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv"
WB_GDP_PATTERN = "API_NY.GDP.MKTP.CD_DS2_*.csv"
UNHCR_2022 = "population.csv"
UNHCR_2025 = "persons_of_concern.csv"
KNOMAD_MIG = "bilateral_migration_matrix_2021_latest.xlsx"
KNOMAD_REM = "bilateral_remittance_matrix_2021_0.xlsx"

TOP_MIGRATION_PARTNERS = 15
TOP_REMITTANCE_PARTNERS = 10
TOP_REFUGEE_ORIGINS = 8
TOP_REFUGEE_ASYLUM = 5


# What the GDP extract in tools/sample_sources is (its SOURCES.md says more): named in its figures' dataset
GDP_COPY = ("extract (header and Kenya's row) of a repository copy of the WDI download "
            "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_6011335.csv (cadasa/cadasa.github.io, commit 5b2a6f6ab3ee), "
            "release date not stated; see tools/sample_sources/SOURCES.md")
_RELEASE = re.compile(r"\b\d{4}-\d\d-\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December) \d{4}\b")


def load(real: Path, name: str, about: str = "") -> list[ValueRecord]:
    """The file's figures for Kenya, each with its origin: this file, its sha256, the cell or line, and the
    publisher, dataset and release date the importer gives (a release only where its dataset names one)."""
    path = real / name
    result = import_file(path, COUNTRY)
    dataset = f"{result.dataset}; {about}" if about else result.dataset
    release = _RELEASE.search(result.dataset)
    source = SourceFile(path.name, result.sha256, publisher=publisher_of(result.importer, {r.source for r in result.records}),
                        dataset=dataset, release=release.group(0) if release else "")
    return [r._replace(origin=replace(source, place=r.where)) for r in result.records]


def pick(records: list[ValueRecord], indicator: str, first: int, last: int,
         partner: bool = False) -> list[ValueRecord]:
    return [r for r in records if r.indicator == indicator and first <= r.year <= last
            and bool(r.partner) == partner]


def top_partners(records: list[ValueRecord], indicator: str, n: int) -> list[ValueRecord]:
    """The n largest partners in the latest year, for every year, plus the totals."""
    rows = [r for r in records if r.indicator == indicator]
    latest = max(r.year for r in rows)
    ranked = sorted((r for r in rows if r.partner and r.year == latest), key=lambda r: -r.value)
    keep = {r.partner for r in ranked[:n]}
    return [r for r in rows if not r.partner or r.partner in keep]


def build(real: Path) -> list[ValueRecord]:
    desa = load(real, DESA_2020)
    out: list[ValueRecord] = []
    out += pick(desa, "immigrant_stock", 1990, 2020)
    # UN DESA's own total population (Table 2), so the immigrant share divides UN DESA's stock by
    # UN DESA's population and equals the share UN DESA publishes in Table 3 (rule 3.5, matching
    # inputs). The World Bank's annual series stays the printed population series (the catalogue
    # names WPP and WDI, not the stock file): the two disagree each year, as a team that imported
    # both files sees it. Totals only: the World Bank gives no split by sex to set it against.
    out += [r for r in pick(desa, "population_total", 1990, 2020) if not r.sex]
    out += pick(load(real, WB_POP), "population_total", 1990, 2023)
    out += pick(load(real, WB_NETM), "net_migration", 1990, 2023)
    out += pick(load(real, WB_REM_IN), "remittance_inflows", 2000, 2024)
    out += pick(load(real, WB_REM_OUT), "remittance_outflows", 1990, 2020)
    out += gdp(real)
    out += refugees(real)
    migration = load(real, KNOMAD_MIG)
    out += top_partners(migration, "immigrant_stock", TOP_MIGRATION_PARTNERS)
    out += top_partners(migration, "emigrant_stock", TOP_MIGRATION_PARTNERS)
    out += top_partners(load(real, KNOMAD_REM), "remittance_inflows", TOP_REMITTANCE_PARTNERS)
    return sorted(out, key=lambda r: (r.indicator, r.source, r.partner, r.sex, r.year))


def gdp(real: Path) -> list[ValueRecord]:
    """GDP (current US$) from a WDI NY.GDP.MKTP.CD download, the denominator of remittances as % of
    GDP. shared/data/real has none, so the sample takes Kenya's row of a public copy kept in
    tools/sample_sources/ (SOURCES.md there says where it comes from); a download in ``real`` wins."""
    files = sorted(real.glob(WB_GDP_PATTERN)) or sorted(SAMPLE_SOURCES.glob(WB_GDP_PATTERN))
    if not files:
        print(f"no {WB_GDP_PATTERN} in {real} or {SAMPLE_SOURCES}: the sample gets no GDP", file=sys.stderr)
        return []
    about = GDP_COPY if files[-1].parent == SAMPLE_SOURCES else ""
    return pick(load(files[-1].parent, files[-1].name, about), "gdp_current_usd", 2000, 2024)


def refugees(real: Path) -> list[ValueRecord]:
    """UNHCR end-year figures 2017-2024 from both exports, as a team that imported both files has them:
    the 2025 export revises 2022 (refugees, asylum seekers), so the newer release is preferred there
    and the older one is kept as history (and the checks show the revision)."""
    both = load(real, UNHCR_2022) + load(real, UNHCR_2025)
    others = [r for r in both if r.indicator in ("asylum_seekers_hosted", "stateless_persons") and not r.partner]
    return (top_partners(both, "refugees_hosted", TOP_REFUGEE_ORIGINS)
            + top_partners(both, "refugees_from_country", TOP_REFUGEE_ASYLUM) + others)


def main() -> None:
    real = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "real"
    records = build(real)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(OUTPUT) as partial:   # the sample's CSV whole or not at all, as every mpdesk write
        write_tidy_csv(partial, records, origins=True)
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        counts[r.indicator][f"{r.source}  <- {r.origin.name if r.origin else '?'}"] += 1
    print(f"wrote {len(records)} rows to {OUTPUT.relative_to(ROOT)}")
    for indicator in sorted(counts):
        for source, n in sorted(counts[indicator].items()):
            print(f"  {indicator:24} {n:4}  {source}")


if __name__ == "__main__":
    main()
