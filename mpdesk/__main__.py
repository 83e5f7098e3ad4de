import multiprocessing

# A frozen build (PyInstaller) starts its own executable for the Excel export's second process
# (export.excel.parallel, "spawn"): this runs that process's work and exits before the program starts.
multiprocessing.freeze_support()

from mpdesk.cli import main  # noqa: E402 - after freeze_support, so the second process stays small

raise SystemExit(main())
