"""The console's --keep-current does what the window's 'Keep the figures of … in use' tick does: a
World Bank file over the figures a central bank sent back keeps the bank's in the series; the
preview prints what the series will do and why, as the window says it."""

from __future__ import annotations

import pytest

from importui_helpers import stored_at
from mpdesk.cli import main
from mpdesk.services.workspace import Workspace
from test_keep_the_source_in_use import BANK, WB_REMITTANCES, bank_workbook


def _bank_profile(profile, tmp_path, capsys):
    ws = Workspace.open(profile)
    try:
        out, years = bank_workbook(ws, tmp_path)
    finally:
        ws.close()
    assert main(["import", str(profile), str(out)]) == 0
    capsys.readouterr()
    return years


def test_the_preview_says_the_series_changes_source_and_keep_current_keeps_it(profile, tmp_path, capsys):
    if not WB_REMITTANCES.is_file():
        pytest.skip("the World Bank remittances file is absent")
    years = _bank_profile(profile, tmp_path, capsys)
    assert main(["import", str(profile), str(WB_REMITTANCES), "--preview"]) == 0
    said = capsys.readouterr().out
    assert f"the report's series uses World Bank WDI BX.TRF.PWKR.CD.DT (2025-07-01) instead of {BANK}" in said
    assert main(["import", str(profile), str(WB_REMITTANCES), "--preview", "--keep-current"]) == 0
    assert f"The series uses {BANK} because the team chose it." in capsys.readouterr().out
    assert main(["import", str(profile), str(WB_REMITTANCES), "--keep-current"]) == 0
    remittances = [f for f in stored_at(profile) if f[0] == "remittance_inflows" and not f[2]]
    bank = {f[1]: f for f in remittances if f[4] == BANK}
    world_bank = [f for f in remittances if f[4].startswith("World Bank")]
    assert sorted(bank) == years and all(f[5] for f in bank.values())        # the bank's stay the series'
    assert world_bank and not any(f[5] for f in world_bank if f[1] in bank)   # the World Bank's: alternatives


def test_without_keep_current_the_file_takes_the_series_over(profile, tmp_path, capsys):
    if not WB_REMITTANCES.is_file():
        pytest.skip("the World Bank remittances file is absent")
    years = _bank_profile(profile, tmp_path, capsys)
    assert main(["import", str(profile), str(WB_REMITTANCES)]) == 0
    remittances = [f for f in stored_at(profile) if f[0] == "remittance_inflows" and not f[2]]
    assert not any(f[5] for f in remittances if f[4] == BANK and f[1] in years)
