"""Test-wide settings: Qt without a display, and settings kept away from the user's own."""

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MPDESK_LANG"] = "en"  # tests read English text, whatever the machine's locale
os.environ["MPDESK_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="mpdesk-test-settings-")


@pytest.fixture
def app(qapp):
    """The application as mpdesk makes it (style, fonts, translators), on pytest-qt's QApplication."""
    from mpdesk.app import make_application

    return make_application()
