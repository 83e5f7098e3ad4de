"""Operations on an open profile, shared by the GUI and the command line (no Qt here).

Each operation returns a ChangeSet saying what changed; the Workspace keeps undo/redo.
"""

from mpdesk.services.changes import ChangeSet, RowChange
from mpdesk.services.keys import CellKey, EditError
from mpdesk.services.values import CellEdit
from mpdesk.services.workspace import Workspace

__all__ = ["CellEdit", "CellKey", "ChangeSet", "EditError", "RowChange", "Workspace"]
