"""The pages the main window shows in its centre, one per step kind or report section."""
