"""Builds the page for a navigation target; colleagues' pages are imported only when needed."""

from __future__ import annotations

import importlib
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mpdesk.ui.widgets import section_label
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.section_fallback import SectionFallbackPage

PAGE_CLASSES = {
    "section": ("mpdesk.ui.pages.module_page", "ModulePage"),
    "glance": ("mpdesk.ui.pages.dashboard_page", "DashboardPage"),
    "quality": ("mpdesk.ui.pages.quality_page", "QualityPage"),
    "imports": ("mpdesk.ui.pages.import_log_page", "ImportLogPage"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageFactory", text)


def normalise(target: str) -> str:
    """One name per page: 'section:glance' is the dashboard, 'step:1.3' stays as it is."""
    return "glance" if target == "section:glance" else target


def make_page(ctx: AppContext, target: str) -> QWidget:
    target = normalise(target)
    kind, _, key = target.partition(":")
    if kind == "step":
        from mpdesk.ui.pages.step_page import StepPage

        return StepPage(ctx, key)
    module_name, class_name = PAGE_CLASSES[kind]
    args = (ctx, key) if kind == "section" else (ctx,)
    try:
        page_class = getattr(importlib.import_module(module_name), class_name)
        return page_class(*args)
    except ImportError:
        reason = _tr("This page is not available in this version of mpdesk. Its guidance is shown below; "
                     "everything already entered is kept in the file.")
    except Exception:  # noqa: BLE001 - a broken page must not take the window down with it
        traceback.print_exc(file=sys.stderr)
        reason = _tr("This page could not be opened because of an error in mpdesk. Nothing was lost; please "
                     "report the problem to the mpdesk team.")
    return _fallback(ctx, kind, key, reason)


def _fallback(ctx: AppContext, kind: str, key: str, reason: str) -> QWidget:
    catalogue, lang = ctx.ws.catalogue, ctx.screen_language
    if kind == "quality":
        return SectionFallbackPage(ctx, _tr("Data quality"), "", reason)
    if kind == "imports":
        return SectionFallbackPage(ctx, _tr("Import log"), "", reason)
    section = catalogue.section("glance" if kind == "glance" else key)
    title = section_label(section, lang)
    return SectionFallbackPage(ctx, title, section.guidance.get_for(lang), reason)
