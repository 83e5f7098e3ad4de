"""Evidence: data sources, gaps, requests, indicator values, narrative, laws, imports."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mpdesk.models.base import Row

VALUE_STATUSES = ("draft", "validated", "estimate", "provisional")
PROVENANCES = ("typed", "imported", "derived")


class DataSource(Row):
    __tablename__ = "data_source"
    name: Mapped[str] = mapped_column(String(300), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    source_type: Mapped[str] = mapped_column(String(40), default="administrative")  # census, survey, administrative, international
    coverage: Mapped[str] = mapped_column(Text, default="")
    periodicity: Mapped[str] = mapped_column(String(100), default="")
    quality: Mapped[str] = mapped_column(String(20), default="")  # good, fair, poor
    access: Mapped[str] = mapped_column(String(40), default="")  # public, on request, restricted
    modules: Mapped[str] = mapped_column(String(300), default="")  # comma-separated section keys
    notes: Mapped[str] = mapped_column(Text, default="")


class DataGap(Row):
    __tablename__ = "data_gap"
    description: Mapped[str] = mapped_column(Text, default="")
    section_key: Mapped[str] = mapped_column(String(40), default="")
    indicator_key: Mapped[str] = mapped_column(String(80), default="")
    priority: Mapped[str] = mapped_column(String(16), default="medium")  # high, medium, low
    action: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class DataRequest(Row):
    __tablename__ = "data_request"
    institution: Mapped[str] = mapped_column(String(300), default="")
    indicators: Mapped[str] = mapped_column(Text, default="")  # comma-separated indicator keys
    description: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date | None] = mapped_column(default=None)
    due_on: Mapped[date | None] = mapped_column(default=None)
    received_on: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class ImportRecord(Row):
    """One import of a published file: what, when, its sha256, how many values."""

    __tablename__ = "import_log"
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    importer: Mapped[str] = mapped_column(String(60))
    dataset: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column()
    values_added: Mapped[int] = mapped_column(Integer, default=0)
    values_updated: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[str] = mapped_column(Text, default="")


class IndicatorValue(Row):
    """One figure, tidy: indicator x year x disaggregation x source.

    Two sources may hold the same figure; ``preferred`` marks the one the team chose.
    Derived values are not stored: they are computed from these on demand.
    """

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_key", "year", "sex", "age_group", "partner", "category", "source"),
        Index("ix_value_indicator", "indicator_key"),
    )
    indicator_key: Mapped[str] = mapped_column(String(80))
    year: Mapped[int] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(8), default="")
    age_group: Mapped[str] = mapped_column(String(20), default="")
    partner: Mapped[str] = mapped_column(String(3), default="")
    category: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    source: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    provenance: Mapped[str] = mapped_column(String(16), default="typed")
    import_id: Mapped[str | None] = mapped_column(ForeignKey("import_log.id", ondelete="SET NULL"), default=None)
    preferred: Mapped[bool] = mapped_column(Boolean, default=True)


class Narrative(Row):
    __tablename__ = "narrative"
    section_key: Mapped[str] = mapped_column(String(40), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")


class LegalInstrument(Row):
    """A law, policy, ratification or agreement for Part C and the annex."""

    __tablename__ = "legal_instrument"
    title: Mapped[str] = mapped_column(String(400), default="")
    kind: Mapped[str] = mapped_column(String(20), default="law")  # law, policy, convention, agreement
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
