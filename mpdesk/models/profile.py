"""The profile itself, its tailoring, and the file's metadata."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mpdesk.models.base import Base, Row


class FileMeta(Base):
    """Key/value facts about the file: schema version, app version that wrote it, session state."""

    __tablename__ = "file_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Profile(Row):
    __tablename__ = "profile"
    country_iso3: Mapped[str] = mapped_column(String(3))
    country_m49: Mapped[int] = mapped_column(Integer, default=0)
    country_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    edition_year: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8), default="en")
    kind: Mapped[str] = mapped_column(String(16), default="basic")  # basic | extended
    lead_agency: Mapped[str] = mapped_column(String(300), default="")
    population_series: Mapped[str] = mapped_column(String(200), default="")  # preferred denominator source


class ModuleSelection(Row):
    __tablename__ = "module_selection"
    section_key: Mapped[str] = mapped_column(String(40), unique=True)
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class CustomSection(Row):
    """A report section a national team adds to the template (tailoring)."""

    __tablename__ = "custom_section"
    key: Mapped[str] = mapped_column(String(40), unique=True)
    parent_key: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str] = mapped_column(Text, default="")


class CustomIndicator(Row):
    """A national indicator added to the catalogue for this profile (tailoring)."""

    __tablename__ = "custom_indicator"
    key: Mapped[str] = mapped_column(String(80), unique=True)
    section_key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(20), default="persons")
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    disaggregations: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    formula: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[str] = mapped_column(Text, default="")


class CustomChart(Row):
    """A chart the team added to a section from any indicator."""

    __tablename__ = "custom_chart"
    section_key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20), default="line")
    title: Mapped[str] = mapped_column(String(300), default="")
    indicators: Mapped[str] = mapped_column(String(400), default="")  # comma-separated keys
    by: Mapped[str] = mapped_column(String(20), default="")
