"""CSV readers stream the file once: the sha256 they record is the file's, and a cp1252 file still reads."""

from __future__ import annotations

import hashlib

import pytest

from mpdesk.imports.common import stream_csv
from mpdesk.imports.detect import import_file
from mpdesk.imports.records import ImportFormatError
from realdata import figure, real_file


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name, country", [("population.csv", "KEN"), ("persons_of_concern.csv", "KEN"),
                                           ("solutions.csv", "DEU"), ("API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "KEN")])
def test_the_recorded_sha256_is_the_whole_files(real_dir, name, country):
    path = real_file(real_dir, name)
    assert import_file(path, country).sha256 == _sha(path)


def test_a_unhcr_export_saved_as_cp1252_with_accents_late_in_the_file(real_dir, tmp_path):
    source = real_file(real_dir, "population.csv")
    text = source.read_text(encoding="utf-8-sig")
    text = text.replace("Curacao", "Curaçao") + "2021,Curaçao,CUW,Côte d'Ivoire,CIV,5,0,0,,0,0,0\n"
    copy = tmp_path / "population_cp1252.csv"
    copy.write_bytes(text.encode("cp1252"))   # the first byte that is not UTF-8 comes after megabytes of rows
    result = import_file(copy, "KEN")
    assert result.sha256 == _sha(copy)
    assert figure(result.records, "refugees_hosted", 2021) == figure(import_file(source, "KEN").records,
                                                                     "refugees_hosted", 2021)


def test_a_consumer_that_stops_early_still_gets_the_whole_files_sha256(real_dir):
    path = real_file(real_dir, "population.csv")
    first, sha = stream_csv(path, next)
    assert first[0] == "Year" and sha == _sha(path)


def test_bytes_that_are_no_text_are_a_sentence(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b"Year,Country of origin (ISO),Country of asylum (ISO)\n" + bytes([0x81, 0x8D, 0x90]) * 10)
    with pytest.raises(ImportFormatError, match="not a text file"):
        stream_csv(path, list)
