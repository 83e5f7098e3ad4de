"""A tidy CSV may say which published file each figure was read from (source_file, source_sha256,
source_place, publisher, dataset, release). Good columns reach the figures; bad ones refuse the
file row by row, and the profile is left as it was (checked by importing with the console, as a
user would, and reopening the file)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import re

import pytest
from hypothesis import assume, given, settings, strategies as st

from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.tidy_csv import COLUMNS, PROVENANCE_COLUMNS, read_tidy_csv, unguard_text
from mpdesk.services.figures import stored_figures
from mpdesk.services.import_log import list_imports
from mpdesk.services.profile import NewProfile, create_profile
from mpdesk.services.workspace import Workspace

SHA = "038d2c2a965c0ececd3710aa379700ff0e743729ab72bcd7cfa9f6efc87a04ff"
GOOD = ["refugees_hosted", "2018", "", "", "SOM", "", "252498", "persons", "UNHCR Refugee Data Finder", "",
        "population.csv", SHA, "csv:7946|Refugees under UNHCR's mandate", "UNHCR", "UNHCR populations 2017-2022", ""]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS + PROVENANCE_COLUMNS)
        writer.writerows(rows)
    return path


def _row(year: int, **cells: str) -> list[str]:
    row = dict(zip(COLUMNS + PROVENANCE_COLUMNS, GOOD)) | {"year": str(year)} | cells
    return [row[name] for name in COLUMNS + PROVENANCE_COLUMNS]


def test_good_provenance_columns_reach_the_figure(tmp_path):
    [record] = read_tidy_csv(_write(tmp_path / "team.csv", [GOOD])).records
    assert record.origin is not None
    assert (record.origin.name, record.origin.sha256, record.origin.place, record.origin.publisher) == \
        ("population.csv", SHA, "csv:7946|Refugees under UNHCR's mandate", "UNHCR")
    assert record.where == "csv:2|value"   # its place in the team's own file stays where it was read


def test_bad_provenance_columns_are_refused_line_by_line_and_nothing_is_stored(tmp_path):
    profile = tmp_path / "Kenya.mpdesk"
    create_profile(profile, NewProfile(country_iso3="KEN", edition_year=2020)).close()
    data = _write(tmp_path / "team.csv", [
        _row(2017),                                            # line 2: good
        _row(2018, source_sha256="038d2c2a965c"),              # line 3: too short
        _row(2019, source_sha256="z" * 64),                    # line 4: not hexadecimal
        _row(2020, source_place="F40"),                        # line 5: neither 'Sheet!F40' nor 'csv:N|column'
        _row(2021, source_file=""),                            # line 6: a sha256 and a place, but no file
        _row(2022, source_place="Table 1!F40"),                # line 7: good
    ])
    done = subprocess.run([sys.executable, "-m", "mpdesk", "import", str(profile), str(data)],
                          capture_output=True, text=True, timeout=300)
    said = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Row 3: '038d2c2a965c' in column source_sha256 is not a sha256 (64 hexadecimal digits)." in said
    assert f"Row 4: '{'z' * 64}' in column source_sha256 is not a sha256" in said
    assert "Row 5: 'F40' in column source_place is neither a cell" in said
    assert "Row 6: the column source_file is empty" in said
    assert "Row 2:" not in said and "Row 7:" not in said
    ws = Workspace.open(profile, read_only=True)
    try:
        assert list(stored_figures(ws)) == [] and list_imports(ws) == []
    finally:
        ws.close()


SHA_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=70) | \
    st.text("0123456789abcdefg", min_size=60, max_size=68)


@settings(max_examples=60, deadline=None)
@given(SHA_TEXT)
def test_any_sha256_that_is_not_64_hex_digits_refuses_its_row(tmp_path_factory, text):
    cell = unguard_text(text).strip()
    assume(cell and not re.fullmatch(r"[0-9a-fA-F]{64}", cell))
    path = _write(tmp_path_factory.mktemp("sha") / "team.csv", [GOOD, _row(2019, source_sha256=text)])
    with pytest.raises(ImportFormatError) as info:
        read_tidy_csv(path)
    assert "Row 3: " in str(info.value) and "source_sha256" in str(info.value) and "Row 2:" not in str(info.value)
