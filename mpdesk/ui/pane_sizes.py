"""How wide the navigator and the guidance start: the user's last widths, clamped so that the page
between them keeps its room whatever the window's (or the screen's) width is now.

Plain arithmetic on pixels, kept apart from the widgets so the rule is read (and tested) in one place.
"""

from __future__ import annotations

PAGE_MIN_EM = 60          # side panes never leave the page less (an A.2 page needs ~60 em not to scroll sideways)
NAVIGATOR_SHARE = 0.23    # without a remembered width, the navigator takes under a quarter of the window...
NAVIGATOR_MAX_EM = 26     # ...but no more than this on a wide screen
NAVIGATOR_MIN_EM = 16     # the user may narrow it this far: "A.1  Context…" and its share still read
GUIDANCE_EM = 22          # the guidance's width without a remembered one
GUIDANCE_MIN_EM = 16      # opened by the user on a small window, it still reads (the page may then scroll)


def side_widths(window: int, saved: tuple[int | None, int | None], minimums: tuple[int, int], em: int,
                guidance_shown: bool) -> tuple[int, int]:
    """The navigator's and the guidance's widths in a window ``window`` pixels wide, from the widths
    the user left them at (None: never changed). When both do not fit beside the page's least
    width, both give up room in proportion, each down to its minimum. The guidance's width is 0
    when it is not shown."""
    navigator = max(minimums[0], saved[0] or min(round(window * NAVIGATOR_SHARE), NAVIGATOR_MAX_EM * em))
    guidance = max(minimums[1], saved[1] or GUIDANCE_EM * em) if guidance_shown else 0
    spare = max(window - PAGE_MIN_EM * em, 0)
    if navigator + guidance > spare:
        scale = spare / (navigator + guidance)
        navigator = max(minimums[0], int(navigator * scale))
        if guidance_shown:   # what the navigator's minimum took is the guidance's less
            guidance = max(minimums[1], min(int(guidance * scale), spare - navigator))
            navigator = max(minimums[0], min(navigator, spare - guidance))
    return navigator, guidance


def guidance_width(saved: int | None, room: int, minimum: int, em: int) -> int:
    """The guidance's width when it opens later, ``room`` being the window's width less the navigator's."""
    return max(minimum, min(saved or GUIDANCE_EM * em, room - PAGE_MIN_EM * em))


def width_to_keep(current: int, given: int | None, saved: int | None) -> int | None:
    """What to remember of a pane now ``current`` pixels wide: the width the user chose. A pane still
    at the width the window ``given`` it when it opened (a default, or a remembered width a small
    window squeezed) was not chosen now, so what was kept stays (``saved``; None: nothing to store).
    The next opening on a large screen then gets the user's width back, not the squeezed one."""
    if given is not None and abs(current - given) <= 1:   # 1: the layout's rounding
        return saved
    return current
