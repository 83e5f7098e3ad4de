"""The sample profile's import of UNHCR population.csv: Kenya's IDP 0 is listed as skipped, not stored."""

from __future__ import annotations

import json

import pytest

from realdata import real_file
from mpdesk.cli import main
from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace


@pytest.fixture()
def sample(tmp_path):
    path = tmp_path / "s.mpdesk"
    assert main(["sample", str(path)]) == 0
    return path


def test_preview_lists_the_idp_skip_and_import_stores_no_idps(real_dir, sample, capsys):
    data = real_file(real_dir, "population.csv")
    capsys.readouterr()
    assert main(["import", str(sample), str(data), "--preview", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert "idps" not in [i["key"] for i in preview["indicators"]]
    skipped = [s for s in preview["skipped"] if "IDPs of concern" in s["text"]]
    assert len(skipped) == 1 and skipped[0]["count"] == 1 and "Kenya" in skipped[0]["text"]
    assert main(["import", str(sample), str(data), "--preview"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("  skipped: UNHCR counts no IDPs") for line in lines)
    assert not [line for line in lines if "] :" in line]   # no indicator with an empty year range
    assert main(["import", str(sample), str(data)]) == 0
    ws = Workspace.open(sample)
    try:
        assert not list(stored_figures(ws, ["idps"]))
        assert list(stored_figures(ws, ["refugees_hosted"]))   # the rest of the file was imported
    finally:
        ws.close()
