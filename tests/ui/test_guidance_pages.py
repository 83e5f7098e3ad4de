"""The guidance dock says something on every page it shows beside: never an empty panel."""

from __future__ import annotations


def test_import_log_has_guidance(opened, qtbot):
    opened.ctx.navigate("imports")
    qtbot.waitUntil(lambda: "Import log" in opened.guidance.toPlainText())
    text = opened.guidance.toPlainText()
    assert "Remove this import" in text and "replaced come back" in text
    assert opened.guidance_dock.isVisible()


def test_every_navigator_page_fills_the_guidance(opened, qtbot):
    for target in ("step:1.1", "imports", "section:A.2", "glance", "quality", "imports"):
        opened.guidance.clear()  # what the page shows, not what the previous one left
        opened.ctx.navigate(target)
        qtbot.waitUntil(lambda: opened.guidance.toPlainText().strip() != "")
