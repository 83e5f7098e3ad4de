"""The rule for the side panes' start widths, over any window and any remembered widths."""

from __future__ import annotations

from hypothesis import given, strategies as st

from mpdesk.ui.pane_sizes import PAGE_MIN_EM, guidance_width, side_widths

EM = 11
MINIMUMS = (16 * EM, 16 * EM)
remembered = st.one_of(st.none(), st.integers(1, 4000))


@given(window=st.integers(600, 4000), navigator=remembered, guidance=remembered, shown=st.booleans())
def test_the_page_keeps_its_room_and_no_pane_goes_under_its_minimum(window, navigator, guidance, shown):
    nav, guide = side_widths(window, (navigator, guidance), MINIMUMS, EM, shown)
    assert nav >= MINIMUMS[0] and (guide >= MINIMUMS[1] if shown else guide == 0)
    if window - PAGE_MIN_EM * EM >= sum(MINIMUMS):   # room for both minimums: the page keeps its least width
        assert window - nav - guide >= PAGE_MIN_EM * EM - 1   # (rounding)


@given(window=st.integers(PAGE_MIN_EM * EM + sum(MINIMUMS) + 2, 4000), shown=st.booleans())
def test_widths_that_fit_come_back_as_the_user_left_them(window, shown):
    spare = window - PAGE_MIN_EM * EM
    navigator, guidance = MINIMUMS[0] + 1, MINIMUMS[1] + 1
    assert navigator + guidance <= spare
    assert side_widths(window, (navigator, guidance), MINIMUMS, EM, shown) == (navigator, guidance if shown else 0)
    assert guidance_width(guidance, window - navigator, MINIMUMS[1], EM) == guidance


def test_without_remembered_widths_a_small_window_gives_the_navigator_under_a_quarter():
    nav, guide = side_widths(1024, (None, None), MINIMUMS, EM, False)
    assert MINIMUMS[0] <= nav <= 1024 // 4 and guide == 0
    wide, _ = side_widths(2560, (None, None), MINIMUMS, EM, True)
    assert wide <= 26 * EM   # a wide screen does not make it wider than the names need


@given(given_width=st.integers(1, 4000), saved=remembered, moved=st.integers(-400, 400))
def test_only_a_width_the_user_changed_is_kept(given_width, saved, moved):
    from mpdesk.ui.pane_sizes import width_to_keep

    current = max(1, given_width + moved)
    kept = width_to_keep(current, given_width, saved)
    assert kept == (saved if abs(current - given_width) <= 1 else current)
    assert width_to_keep(current, None, saved) == current   # dragged by the user: their width
