"""Charts on screen: one ChartDescription rendered with pyqtgraph (or QPainter for donuts)."""
