"""The ``mpdesk`` command, run in-process: what a user types and what comes back (output, exit code)."""

from __future__ import annotations

import csv
import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

import mpdesk
from mpdesk.cli import main
from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "real"
WB_POPULATION = REAL / "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "Kenya 2020 (sample).mpdesk"
    assert main(["sample", str(path)]) == 0
    return path


def one_sentence(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text and "Error:" not in text


def stored(path: Path) -> set[tuple]:
    ws = Workspace.open(path)
    try:
        return {(v.indicator, v.year, v.sex, v.age_group, v.partner, v.category, v.value, v.source)
                for v in stored_figures(ws)}
    finally:
        ws.close()


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert mpdesk.__version__ in capsys.readouterr().out


def test_new_then_info(tmp_path: Path, capsys) -> None:
    path = tmp_path / "Ghana 2019.mpdesk"
    code = main(["new", str(path), "--country", "gha", "--year", "2019", "--kind", "extended",
                 "--period", "2009-2019", "--title", "Ghana MP"])
    assert code == 0 and path.exists()
    assert "Ghana MP" in capsys.readouterr().out
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["country_iso3"], info["country"], info["kind"], info["period"]) == ("GHA", "Ghana", "extended",
                                                                                    "2009-2019")
    assert info["counts"] == {"values": 0, "members": 0, "sources": 0, "gaps": 0}
    assert set(info["completeness"]["stages"]) == {"I", "II", "III"}
    assert info["schema_version"] >= 2 and info["written_by"] == mpdesk.__version__


@pytest.mark.parametrize("args, words", [
    (["--country", "XYZ", "--year", "2020"], "ISO 3166"),
    (["--country", "KEN", "--year", "2020", "--period", "2020-2010"], "period"),
    (["--country", "KEN", "--year", "2020", "--period", "last ten years"], "2010-2020"),
])
def test_new_with_a_mistake_gives_one_sentence(tmp_path: Path, capsys, args: list[str], words: str) -> None:
    path = tmp_path / "x.mpdesk"
    assert main(["new", str(path), *args]) == 1
    err = capsys.readouterr().err
    one_sentence(err)
    assert words in err
    assert not path.exists()


@pytest.mark.parametrize("country, iso3", [("Senegal", "SEN"), ("sénégal", "SEN"), ("KENYA", "KEN"),
                                           ("sen", "SEN"), ("Costa de Marfil", "CIV")])
def test_new_takes_a_country_name_in_any_language_and_adds_the_extension(tmp_path: Path, capsys, country: str,
                                                                         iso3: str) -> None:
    assert main(["new", str(tmp_path / "x4"), "--country", country, "--year", "2024"]) == 0
    path = tmp_path / "x4.mpdesk"
    assert path.exists() and not (tmp_path / "x4").exists()
    assert str(path) in capsys.readouterr().out
    assert main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["country_iso3"] == iso3


def test_new_refuses_an_unknown_country_and_a_year_far_ahead(tmp_path: Path, capsys) -> None:
    from datetime import date

    path = tmp_path / "x.mpdesk"
    assert main(["new", str(path), "--country", "Atlantis", "--year", "2024"]) == 1
    err = capsys.readouterr().err
    one_sentence(err)
    assert "Atlantis" in err and "ISO 3166 alpha-3 code" in err
    ahead = date.today().year + 2
    assert main(["new", str(path), "--country", "KEN", "--year", str(ahead)]) == 1
    err = capsys.readouterr().err
    one_sentence(err)
    assert str(ahead) in err and "ahead" in err
    assert not path.exists()
    assert main(["new", str(path), "--country", "KEN", "--year", str(ahead - 1)]) == 0    # next year is fine


def test_usage_errors_exit_2(capsys) -> None:
    assert main(["new", "x.mpdesk"]) == 2
    assert "--country" in capsys.readouterr().err
    assert main(["info"]) == 2


def test_catalog(capsys) -> None:
    assert main(["catalog", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["stages"] == 3 and data["counts"]["steps"] >= 17
    assert data["counts"]["indicators"] == len(data["indicators"]) >= 60
    assert main(["catalog", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "immigrant_share_population" in out and "1.1 " in out


def test_sample_and_info_text(sample_file: Path, capsys) -> None:
    assert main(["info", str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Migration Profile of Kenya 2020")
    assert "Kenya (KEN)" in out and "extended" in out and "Stage I" in out and "A.2 Immigration" in out


def test_bad_file_gives_exit_1_and_one_sentence(tmp_path: Path, capsys) -> None:
    path = tmp_path / "minutes.mpdesk"
    path.write_text("not a profile", encoding="utf-8")
    for command in (["info", str(path)], ["export", str(path), "--csv", str(tmp_path / "o.csv")],
                    ["import", str(path), str(path)]):
        assert main(command) == 1
        one_sentence(capsys.readouterr().err)


def test_import_a_world_bank_csv(tmp_path: Path, capsys) -> None:
    if not WB_POPULATION.exists():
        pytest.skip(f"the real World Bank file {WB_POPULATION} is absent")
    path = tmp_path / "Kenya.mpdesk"
    assert main(["new", str(path), "--country", "KEN", "--year", "2020"]) == 0
    capsys.readouterr()
    assert main(["import", str(path), str(WB_POPULATION), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] > 30 and summary["indicators"] == ["population_total"]
    with WB_POPULATION.open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.reader(handle) if len(r) > 1 and r[1] == "KEN")
    header_2020 = 4 + (2020 - 1960)
    assert ("population_total", 2020, "", "", "", "", float(row[header_2020])) in {s[:7] for s in stored(path)}
    assert main(["import", str(path), str(WB_POPULATION)]) == 0  # the same file again: nothing new
    assert "0 values added" in capsys.readouterr().out


def test_import_an_unreadable_data_file(tmp_path: Path, sample_file: Path, capsys) -> None:
    data = tmp_path / "notes.csv"
    data.write_text("hello,world\n1,2\n", encoding="utf-8")
    copy = tmp_path / "copy.mpdesk"
    copy.write_bytes(sample_file.read_bytes())
    assert main(["import", str(copy), str(data)]) == 1
    one_sentence(capsys.readouterr().err)


def test_export_csv_round_trips(tmp_path: Path, sample_file: Path, capsys) -> None:
    out = tmp_path / "kenya values.csv"
    assert main(["export", str(sample_file), "--csv", str(out)]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "indicator,year,sex,age_group,partner,category,value,unit,source,note"
    fresh = tmp_path / "fresh.mpdesk"
    assert main(["new", str(fresh), "--country", "KEN", "--year", "2020"]) == 0
    assert main(["import", str(fresh), str(out)]) == 0
    assert stored(fresh) == stored(sample_file)


def test_export_options_are_checked(tmp_path: Path, sample_file: Path, capsys, monkeypatch) -> None:
    assert main(["export", str(sample_file)]) == 2
    assert "--csv" in capsys.readouterr().err
    assert main(["export", str(sample_file), "--csv", str(tmp_path / "a.csv"), "--modules", "A.2", "Q.7"]) == 1
    assert "Q.7" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "mpdesk.export.pdf", None)  # as if the PDF exporter were missing
    assert main(["export", str(sample_file), "--pdf", str(tmp_path / "a.pdf")]) == 1
    one_sentence(capsys.readouterr().err)


@dataclass
class FakeFinding:
    severity: str
    message: str
    section_key: str = ""
    indicator_key: str = ""


def fake_quality(monkeypatch, findings: list[FakeFinding]) -> None:
    module = types.ModuleType("mpdesk.services.quality")
    module.run_checks = lambda ws, language=None: findings
    monkeypatch.setitem(sys.modules, "mpdesk.services.quality", module)


def test_check_exit_code_follows_the_findings(sample_file: Path, capsys, monkeypatch) -> None:
    fake_quality(monkeypatch, [FakeFinding("warning", "Two sources disagree.", "glance", "population_total")])
    assert main(["check", str(sample_file)]) == 0
    assert "Two sources disagree." in capsys.readouterr().out
    fake_quality(monkeypatch, [FakeFinding("error", "A share is above 100%.", "A.2", "immigrant_female_share")])
    assert main(["check", str(sample_file), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["errors"] == 1


def test_check_with_the_real_quality_checks(sample_file: Path, capsys) -> None:
    pytest.importorskip("mpdesk.services.quality", reason="the quality checks are not written yet")
    code = main(["check", str(sample_file), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == (1 if data["errors"] else 0)


# -- starting the window -----------------------------------------------------------------------

@pytest.fixture
def fake_gui(monkeypatch) -> list[tuple]:
    calls: list[tuple] = []
    module = types.ModuleType("mpdesk.app")
    module.run_gui = lambda path, open_sample, quit_after_show: calls.append((path, open_sample, quit_after_show)) or 0
    monkeypatch.setitem(sys.modules, "mpdesk.app", module)
    return calls


def test_gui_start_without_and_with_a_file(fake_gui: list[tuple]) -> None:
    assert main([]) == 0
    assert main(["Kenya 2020.mpdesk", "--quit-after-show"]) == 0
    assert fake_gui == [(None, False, False), ("Kenya 2020.mpdesk", False, True)]


def test_gui_sample_is_written_once_in_documents(fake_gui: list[tuple], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    assert main(["--sample"]) == 0
    expected = tmp_path / "Documents" / "mpdesk" / "Kenya 2020 (sample).mpdesk"
    assert fake_gui == [(str(expected), True, False)]
    stamp = expected.stat().st_mtime_ns
    assert main(["--sample"]) == 0  # an existing sample is opened as it is, not rewritten
    assert expected.stat().st_mtime_ns == stamp


def test_a_word_that_is_neither_command_nor_file_gets_a_sentence(capsys) -> None:
    assert main(["exprot"]) == 1
    err = capsys.readouterr().err
    assert "'exprot' is neither an mpdesk command" in err and "Traceback" not in err
