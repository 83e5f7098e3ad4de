"""The status bar's two kinds of text share its one line without overlapping.

A transient message ("… imported: 30 figures added …") and the permanent save state ("All changes
saved — 19:22") were drawn over each other at 1024 px. While a message shows, the save state steps
aside and the message has the whole line; the whole message is also the bar's tooltip, for when even
the whole line is too short. When the message times out, the save state is back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget


def share_line(bar: QStatusBar, permanent: QWidget) -> None:
    def on_message(text: str) -> None:
        permanent.setVisible(not text)
        bar.setToolTip(text)

    bar.messageChanged.connect(on_message)
