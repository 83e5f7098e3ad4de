"""Every mapped table, in one import."""

from mpdesk.models.data import (
    DataGap, DataRequest, DataSource, ImportRecord, IndicatorValue, LegalInstrument, Narrative,
)
from mpdesk.models.process import (
    Activity, ChecklistState, DeliverableValue, Member, Recommendation, ReviewComment, Snapshot,
    StepProgress,
)
from mpdesk.models.profile import CustomChart, CustomIndicator, CustomSection, FileMeta, ModuleSelection, Profile

__all__ = [
    "Activity", "ChecklistState", "CustomChart", "CustomIndicator", "CustomSection", "DataGap", "DataRequest",
    "DataSource", "DeliverableValue", "FileMeta", "ImportRecord", "IndicatorValue",
    "LegalInstrument", "Member", "ModuleSelection", "Narrative", "Profile", "Recommendation",
    "ReviewComment", "Snapshot", "StepProgress",
]
