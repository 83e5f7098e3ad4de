"""Everything Qt: main window, navigator, pages, item models, charts, dialogs, background jobs."""
