"""Readers for real published migration data files (no Qt, heavy libraries imported lazily).

Entry point: :func:`mpdesk.imports.detect.import_file`.
"""

from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord

__all__ = ["ImportFormatError", "ImportResult", "ValueRecord"]
