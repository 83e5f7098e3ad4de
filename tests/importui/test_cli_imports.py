"""`mpdesk import --preview/--only/--undo` and `mpdesk imports`, run in-process as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importui_helpers import REAL, stored_at, tidy_csv
from mpdesk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_preview_writes_nothing_and_lists_the_figures(profile, tmp_path, capsys):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census"),
                                        ("no_such_indicator", 2020, "", 5, "Census")])
    before = profile.read_bytes()
    code, out, _ = run(capsys, "import", profile, data, "--preview")
    assert code == 0 and profile.read_bytes() == before
    assert "to add 1," in out and "Nothing was written" in out and "no_such_indicator" in out
    code, out, _ = run(capsys, "import", profile, data, "--preview", "--json")
    preview = json.loads(out)
    assert profile.read_bytes() == before
    assert [i["key"] for i in preview["indicators"]] == ["immigrant_stock"]
    assert preview["indicators"][0]["added"][0]["value"] == 1000


def test_import_only_some_indicators_then_undo_in_a_later_run(profile, tmp_path, capsys):
    first = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census")])
    assert run(capsys, "import", profile, first)[0] == 0
    kept = stored_at(profile)
    second = tidy_csv(tmp_path / "b.csv", [("immigrant_stock", 2020, "", 1500, "Census"),
                                          ("emigrant_stock", 2020, "", 50, "Census")])
    code, out, _ = run(capsys, "import", profile, second, "--only", "immigrant_stock", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["indicators"] == ["immigrant_stock"] and summary["updated"] == 1
    assert {f[0] for f in stored_at(profile)} == {"immigrant_stock"}
    code, out, _ = run(capsys, "imports", profile, "--json")
    log = json.loads(out)
    assert [e["file_name"] for e in log] == ["b.csv", "a.csv"] and log[0]["id"] == summary["import_id"]
    code, out, _ = run(capsys, "import", profile, "--undo", summary["import_id"])
    assert code == 0 and "restored 1 earlier figures" in out
    assert stored_at(profile) == kept
    code, out, _ = run(capsys, "imports", profile)
    assert "a.csv" in out and "b.csv" not in out


def test_undo_of_an_unknown_import_is_one_sentence(profile, capsys):
    code, _, err = run(capsys, "import", profile, "--undo", "123")
    assert code == 1 and "There is no import 123" in err and len(err.strip().splitlines()) == 1


def test_preview_of_a_real_file_lists_what_the_import_adds(profile, capsys):
    data = REAL / "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
    if not data.is_file():
        pytest.skip("the real World Bank file is absent")
    preview = json.loads(run(capsys, "import", profile, data, "--preview", "--json")[1])
    summary = json.loads(run(capsys, "import", profile, data, "--json")[1])
    assert summary["added"] == preview["totals"]["added"] > 30


def test_undo_accepts_the_short_id_the_log_shows_and_refuses_an_ambiguous_one(profile, tmp_path, capsys):
    from datetime import datetime

    from mpdesk.models.entities import ImportRecord
    from mpdesk.services.import_log import resolve_import_id
    from mpdesk.services.keys import EditError
    from mpdesk.services.workspace import Workspace

    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census")])
    code, out, _ = run(capsys, "import", profile, data, "--json")
    import_id = json.loads(out)["import_id"]
    code, out, err = run(capsys, "import", profile, "--undo", import_id[:8])
    assert code == 0 and "Removed 1 figures" in out, err
    assert stored_at(profile) == set()
    ws = Workspace.open(profile)     # two imports whose ids share a start
    try:
        with ws.session() as session:
            for suffix in ("1", "2"):
                session.add(ImportRecord(id="abcd" + suffix, file_name="x.csv", sha256="0", importer="tidy",
                                         dataset="x", imported_at=datetime(2026, 1, 1)))
            session.commit()
        with pytest.raises(EditError) as caught:
            resolve_import_id(ws, "abcd")
        assert "abcd1" in str(caught.value) and "abcd2" in str(caught.value)
        assert resolve_import_id(ws, "abcd2") == "abcd2"
    finally:
        ws.close()
    code, _, err = run(capsys, "import", profile, "--undo", "abcd")
    assert code != 0 and "abcd1, abcd2" in err


@pytest.mark.parametrize("preview", [False, True])
def test_a_named_pipe_as_the_data_file_is_refused_at_once(profile, tmp_path, preview):
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    pipe = tmp_path / "figures.csv"
    os.mkfifo(pipe)          # opening it for reading would wait for a writer that never comes
    before = profile.read_bytes()
    env = dict(os.environ, MPDESK_LANG="en", PYTHONPATH=str(repo))
    args = [sys.executable, "-m", "mpdesk", "import", str(profile), str(pipe)] + (["--preview"] if preview else [])
    # the timeout only guards the test run against the hang itself; it measures nothing
    done = subprocess.run(args, env=env, capture_output=True, text=True, cwd=repo, timeout=120)
    assert done.returncode != 0
    assert "is not an ordinary file" in done.stderr and "figures.csv" in done.stderr
    if preview:
        assert profile.read_bytes() == before
    assert stored_at(profile) == set()


def test_the_preview_prints_one_year_as_a_year_and_several_as_a_range(profile, tmp_path, capsys):
    one = tidy_csv(tmp_path / "one.csv", [("immigrant_stock", 2021, "", 1000, "Census"),
                                          ("immigrant_stock", 2021, "female", 400, "Census")])
    code, out, _ = run(capsys, "import", profile, one, "--preview")
    assert code == 0 and "[immigrant_stock] 2021:" in out and "2021–2021" not in out
    two = tidy_csv(tmp_path / "two.csv", [("immigrant_stock", 2019, "", 900, "Census"),
                                          ("immigrant_stock", 2021, "", 1000, "Census")])
    code, out, _ = run(capsys, "import", profile, two, "--preview")
    assert code == 0 and "[immigrant_stock] 2019–2021:" in out


def test_the_console_preview_of_a_file_imported_before_says_so_first(profile, tmp_path, capsys):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census")])
    code, out, _ = run(capsys, "import", profile, data, "--preview")
    assert "already imported" not in out
    assert run(capsys, "import", profile, data)[0] == 0
    code, out, _ = run(capsys, "import", profile, data, "--preview")
    first = out.splitlines()[0]
    assert code == 0 and first.startswith("This file was already imported on ")
    assert first.endswith("; importing it again changes nothing.")


def test_a_tidy_csvs_publishers_are_those_its_rows_name(profile, tmp_path, capsys):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "UN DESA International Migrant Stock 2020"),  # no comma: the helper writes unquoted
                                        ("emigrant_stock", 2020, "", 50, "KNOMAD/World Bank Bilateral Migration Matrix"),
                                        ("refugees_hosted", 2020, "", 7, "National census 2019")])
    preview = json.loads(run(capsys, "import", profile, data, "--preview", "--json")[1])
    assert preview["publisher"] == "KNOMAD, UN DESA"   # the census names no publisher mpdesk knows: not guessed
    assert run(capsys, "import", profile, data)[0] == 0
    [entry] = json.loads(run(capsys, "imports", profile, "--json")[1])
    assert entry["publisher"] == "KNOMAD, UN DESA"
