"""Re-filtering a proxy model in a way that works on every supported Qt 6 version."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` (new filter criteria) and re-run the filter."""
    if hasattr(proxy, "beginFilterChange") and hasattr(proxy, "endFilterChange"):  # Qt >= 6.10
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()
