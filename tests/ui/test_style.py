"""The style sheet draws the arrows of spin boxes and date fields (a bordered spin box loses the
platform's own, which showed as odd corner glyphs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QSpinBox, QStyle, QStyleOptionSpinBox


def _dark_pixels_in_middle(widget, control: QStyle.SubControl) -> int:
    """Pixels darker than mid-grey in the middle half of the button ``control`` of ``widget``."""
    option = QStyleOptionSpinBox()
    widget.initStyleOption(option)
    rect = widget.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, widget)
    image = widget.grab().toImage()
    middle = rect.adjusted(rect.width() // 4, rect.height() // 4, -rect.width() // 4, -rect.height() // 4)
    return sum(1 for x in range(middle.left(), middle.right() + 1) for y in range(middle.top(), middle.bottom() + 1)
               if QColor(image.pixel(x, y)).lightness() < 150)


@pytest.mark.parametrize("kind", [QSpinBox, QDoubleSpinBox, QDateEdit])
def test_spin_boxes_show_an_up_and_a_down_arrow(app, qtbot, kind) -> None:
    box = kind()
    qtbot.addWidget(box)
    if isinstance(box, QDateEdit):
        box.setDate(QDate(2020, 6, 1))
    else:                       # a value inside the range: both arrows active
        box.setRange(0, 2030)
        box.setValue(50)
    box.resize(140, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    assert _dark_pixels_in_middle(box, QStyle.SubControl.SC_SpinBoxUp) > 3
    assert _dark_pixels_in_middle(box, QStyle.SubControl.SC_SpinBoxDown) > 3
