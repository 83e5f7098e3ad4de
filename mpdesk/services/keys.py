"""The two names every layer shares: where a figure sits (``CellKey``) and a refused edit
(``EditError``). Plain Python with no imports of the project, so services, exports, imports,
the CLI and the UI all import them at module level without a cycle."""

from __future__ import annotations

from dataclasses import dataclass


class EditError(ValueError):
    """An edit was refused; the message is a sentence for the user and nothing was saved."""


@dataclass(frozen=True, slots=True)
class CellKey:
    """One figure's place: indicator x year x disaggregation ('' means total on that dimension)."""

    indicator: str
    year: int
    sex: str = ""
    age_group: str = ""
    partner: str = ""
    category: str = ""

    def dims(self) -> tuple[str, str, str, str]:
        return (self.sex, self.age_group, self.partner, self.category)
