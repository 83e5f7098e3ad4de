"""The common shape every importer returns: tidy value records plus provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ValueRecord:
    """One figure: an indicator for one year and one disaggregation."""

    indicator: str  # catalogue key, e.g. "immigrant_stock"
    year: int
    value: float
    sex: str = ""  # "", "female", "male"
    age_group: str = ""  # e.g. "0-14", "15-64", "65+" or "" for all ages
    partner: str = ""  # ISO3 of the partner country (origin/destination/asylum) or ""
    category: str = ""
    unit: str = ""  # persons, percent, usd_million, per_1000 ...
    source: str = ""  # human citation
    note: str = ""


@dataclass
class ImportResult:
    """What a reader found in one file, with the file's fingerprint for provenance."""

    records: list[ValueRecord]
    source_file: str
    sha256: str
    importer: str  # a key, e.g. "undesa_ims"
    dataset: str  # a human name, e.g. "UN DESA International Migrant Stock 2020"
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0


class ImportFormatError(Exception):
    """A file cannot be read; the message is a full sentence a non-programmer can act on."""


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
