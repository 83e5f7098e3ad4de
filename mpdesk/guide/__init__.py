"""The guidance catalogue: IOM's Migration Profile guidance as data (pure Python)."""

from mpdesk.guide.catalog import Catalogue, CatalogueError, default_catalogue, load_catalogue
from mpdesk.guide.model import ChartSpec, Deliverable, Indicator, Section, Stage, Step
from mpdesk.guide.text import Text

__all__ = [
    "Catalogue", "CatalogueError", "ChartSpec", "Deliverable", "Indicator", "Section", "Stage",
    "Step", "Text", "default_catalogue", "load_catalogue",
]
