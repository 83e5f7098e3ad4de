"""Generate resources/countries.csv (dev script; the app never imports pycountry).

Run from the repo root with pycountry importable (``pip install pycountry``; it may be
removed afterwards):

    python tools/build_countries.py [../shared/data/real]

English names follow UN DESA (UN M49 English short names) where the country is in the
International Migrant Stock 2020 workbook, else the ISO 3166-1 common/short name. French and
Spanish names are pycountry's ISO 3166-1 translations. World Bank and UNHCR spellings come
from the real files, and every other spelling seen in a published file becomes an alias.
"""

from __future__ import annotations

import csv
import gettext
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mpdesk.countries import ALIAS_SEPARATOR, CSV_COLUMNS, normalise_name  # noqa: E402

EXTRA = [  # (iso3, m49, name_en, name_fr, name_es): not in ISO 3166-1 but used by publishers
    ("XKX", 412, "Kosovo", "Kosovo", "Kosovo"),
]

# Spellings in files that neither the ISO names nor the UN DESA / WB / UNHCR names cover.
MANUAL_ALIASES: dict[str, list[str]] = {
    "SRB": ["Serbia and Kosovo: S/RES/1244 (1999)"],
    "PSE": ["Palestinian", "West Bank and Gaza", "Palestine"],
    "NLD": ["Netherlands"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Türkiye, Rep. of"],
    "FRO": ["Faeroe Islands", "Faroe Islands"],
    "CIV": ["Cote d'Ivoire", "Ivory Coast"],
    "CZE": ["Czech Republic", "Czechia"],
    "SWZ": ["Swaziland", "Eswatini"],
    "MKD": ["Macedonia, FYR", "North Macedonia", "TFYR Macedonia"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "COD": ["Congo, Dem. Rep.", "Democratic Republic of the Congo", "DR Congo"],
    "COG": ["Congo, Rep.", "Republic of the Congo"],
    "KOR": ["South Korea", "Korea, Rep.", "Republic of Korea"],
    "PRK": ["North Korea", "Korea, Dem. People's Rep.", "Korea, Dem. Rep."],
    "LAO": ["Lao PDR", "Laos"],
    "VNM": ["Viet Nam", "Vietnam"],
    "RUS": ["Russia", "Russian Federation"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "IRN": ["Iran", "Iran, Islamic Rep."],
    "VEN": ["Venezuela", "Venezuela, RB"],
    "BOL": ["Bolivia"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "GBR": ["United Kingdom", "UK"],
    "USA": ["United States", "USA"],
    "FSM": ["Micronesia, Fed. Sts.", "Micronesia"],
    "KGZ": ["Kyrgyz Republic", "Kyrgyzstan"],
    "SVK": ["Slovak Republic", "Slovakia"],
    "STP": ["Sao Tome and Principe"],
    "CUW": ["Curacao"],
    "MAF": ["St. Martin (French part)"],
    "SXM": ["Sint Maarten (Dutch part)"],
    "TLS": ["Timor-Leste", "East Timor"],
    "BRN": ["Brunei"],
    "VAT": ["Holy See", "Vatican"],
    "HKG": ["Hong Kong", "Hong Kong SAR, China", "China, Hong Kong SAR"],
    "MAC": ["Macao", "Macau", "Macao SAR, China", "China, Macao SAR"],
    "TWN": ["Taiwan", "Taiwan, China", "China, Taiwan Province of China"],
    "GMB": ["Gambia, The", "Gambia"],
    "BHS": ["Bahamas, The", "Bahamas"],
    "EGY": ["Egypt, Arab Rep.", "Egypt"],
    "YEM": ["Yemen, Rep.", "Yemen"],
    "LCA": ["St. Lucia"],
    "KNA": ["St. Kitts and Nevis"],
    "VCT": ["St. Vincent and the Grenadines"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["Virgin Islands (U.S.)", "United States Virgin Islands"],
}


def _load_pycountry():
    import pycountry  # dev-time only

    locales = Path(pycountry.__file__).parent / "locales"
    fr = gettext.translation("iso3166-1", str(locales), languages=["fr"]).gettext
    es = gettext.translation("iso3166-1", str(locales), languages=["es"]).gettext
    return list(pycountry.countries), fr, es


def _desa_names(real: Path) -> dict[int, str]:
    import openpyxl

    book = real / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
    if not book.exists():
        return {}
    wb = openpyxl.load_workbook(book, read_only=True, data_only=True)
    names: dict[int, str] = {}
    for row in wb["Table 1"].iter_rows(min_row=12, values_only=True):
        if isinstance(row[3], int) and row[1]:
            names[row[3]] = str(row[1]).strip().rstrip("*").strip()
    wb.close()
    return names


def _wb_names(real: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for path in sorted(real.glob("API_*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))[5:]
        for row in rows:
            if len(row) > 1 and row[1]:
                names.setdefault(row[1], row[0])
    return names


def _unhcr_names(real: Path) -> dict[str, list[str]]:
    """Every UNHCR spelling by ISO3, the newest file's spelling first."""
    names: dict[str, list[str]] = {}
    specs = [("persons_of_concern.csv", [(1, 3), (2, 4)]), ("population.csv", [(1, 2), (3, 4)])]
    for filename, pairs in specs:
        path = real / filename
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            for row in reader:
                for name_col, iso_col in pairs:
                    iso, name = row[iso_col], row[name_col].strip()
                    if iso and name and name not in names.setdefault(iso, []):
                        names[iso].append(name)
    return names


def _knomad_names(real: Path) -> list[str]:
    import openpyxl

    found: list[str] = []
    files = [
        ("bilateral_remittance_matrix_2021_0.xlsx", 2),
        ("bilateral_migration_matrix_2021_latest.xlsx", 2),
        ("inward_remittance_flows_december_2023_1.xlsx", 1),
    ]
    for filename, header_row in files:
        path = real / filename
        if not path.exists():
            continue
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        ws = wb.worksheets[0]
        rows = list(ws.iter_rows(values_only=True))
        wb.close()
        found += [str(v) for v in rows[header_row - 1][1:] if isinstance(v, str)]
        found += [str(r[0]) for r in rows[header_row:] if r and isinstance(r[0], str) and len(r[0]) < 60]
    return found


def build(real: Path) -> list[dict[str, str]]:
    iso_countries, fr, es = _load_pycountry()
    desa, wb, unhcr = _desa_names(real), _wb_names(real), _unhcr_names(real)
    rows: list[dict[str, str]] = []
    entries = [
        (c.alpha_3, int(c.numeric), c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        for c in iso_countries
    ] + [(iso3, m49, en, "", "") for iso3, m49, en, _, _ in EXTRA]
    extra_tr = {iso3: (f, s) for iso3, _, _, f, s in EXTRA}
    for iso3, m49, iso_name, common, official in entries:
        name_en = desa.get(m49) or common or iso_name
        name_fr, name_es = extra_tr.get(iso3) or (fr(iso_name), es(iso_name))
        wb_name = wb.get(iso3, "")
        unhcr_list = unhcr.get(iso3, [])
        unhcr_name = unhcr_list[0] if unhcr_list else ""
        aliases = [iso_name, common, official, desa.get(m49, "")] + unhcr_list[1:]
        aliases += MANUAL_ALIASES.get(iso3, [])
        rows.append(_row(iso3, m49, name_en, name_fr, name_es, wb_name, unhcr_name, aliases))
    rows.sort(key=lambda r: r["iso3"])
    _check_collisions(rows)
    _report_unmatched(rows, _knomad_names(real) + list(wb.values()))
    return rows


def _row(iso3, m49, name_en, name_fr, name_es, wb_name, unhcr_name, aliases) -> dict[str, str]:
    main = {normalise_name(n) for n in (name_en, name_fr, name_es, wb_name, unhcr_name) if n}
    kept: list[str] = []
    for alias in aliases:
        key = normalise_name(alias) if alias else ""
        if key and key not in main:
            main.add(key)
            kept.append(alias)
    return {
        "iso3": iso3,
        "m49": str(m49),
        "name_en": name_en,
        "name_fr": name_fr,
        "name_es": name_es,
        "wb_name": wb_name if normalise_name(wb_name) != normalise_name(name_en) else "",
        "unhcr_name": unhcr_name if normalise_name(unhcr_name) != normalise_name(name_en) else "",
        "aliases": ALIAS_SEPARATOR.join(kept),
    }


def _all_names(row: dict[str, str]) -> list[str]:
    names = [row[k] for k in ("name_en", "name_fr", "name_es", "wb_name", "unhcr_name") if row[k]]
    return names + [a for a in row["aliases"].split(ALIAS_SEPARATOR) if a]


def _check_collisions(rows: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        for name in _all_names(row):
            key = normalise_name(name)
            if key in seen and seen[key] != row["iso3"]:
                print(f"warning: name {name!r} used by {seen[key]} and {row['iso3']}")
            seen.setdefault(key, row["iso3"])


def _report_unmatched(rows: list[dict[str, str]], names: list[str]) -> None:
    known = {normalise_name(n) for row in rows for n in _all_names(row)}
    missing = sorted({n for n in names if normalise_name(n) not in known})
    print(f"{len(missing)} names in the real files match no country (aggregates expected):")
    for name in missing:
        print("   ", name)


def main() -> None:
    real = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "real"
    rows = build(real)
    out = ROOT / "resources" / "countries.csv"
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {out}")


if __name__ == "__main__":
    main()
