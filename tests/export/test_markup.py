"""The narrative's light markup: what the team types is what the reader sees."""

from __future__ import annotations

from mpdesk.export.markup import parse, parse_inline, plain_text, to_paragraph_markup


def _runs(text: str) -> list[tuple[str, bool, bool]]:
    return [(r.text, r.bold, r.italic) for r in parse_inline(text)]


def test_blocks_headings_lists_and_paragraphs():
    blocks = parse("## Context\nFirst line\ncontinues.\n\nSecond.\n- one\n* two\n1. first\n2) second\n### Detail")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph", "bullet", "bullet", "numbered",
                                        "numbered", "subheading"]
    assert blocks[1].text == "First line continues."
    assert [b.number for b in blocks if b.kind == "numbered"] == [1, 2]


def test_bold_italic_and_nesting():
    assert _runs("a **b** *c*") == [("a ", False, False), ("b", True, False), (" ", False, False), ("c", False, True)]
    assert _runs("*x **y** z*")[1] == ("y", True, True)
    assert _runs("***both***") == [("both", True, True)]


def test_stars_without_a_partner_stay_as_typed():
    assert _runs("2 * 3 = 6") == [("2 * 3 = 6", False, False)]
    assert _runs("**open only") == [("**open only", False, False)]
    assert parse("*italic* starts a paragraph")[0].kind == "paragraph"


def test_typed_markup_characters_are_escaped_for_the_pdf():
    typed = '<b>&</b> "x" < y'
    assert parse(typed)[0].text == typed
    assert to_paragraph_markup(parse_inline(typed)) == '&lt;b&gt;&amp;&lt;/b&gt; "x" &lt; y'
    assert to_paragraph_markup(parse_inline("**<i>**")) == "<b>&lt;i&gt;</b>"


def test_plain_text_drops_markup_only():
    assert plain_text("## Title\n\n**Bold** Миграция") == "Title\n\nBold Миграция"
    assert parse("") == [] and parse("\n\n  \n") == []


def _words(pieces) -> list[tuple[str, bool, bool]]:
    return [(word, r.bold, r.italic) for piece in pieces for r in piece for word in r.text.split()]


def test_a_long_paragraph_is_cut_at_sentence_ends_with_every_word_and_its_emphasis_kept():
    from mpdesk.export.markup import PIECE_CHARS, split_long

    text = ("Migration grew <fast> & **steadily** in the *north*. " * 400) + "LAST"
    runs = parse_inline(text)
    pieces = split_long(runs)
    assert len(pieces) > 5 and all(sum(len(r.text) for r in p) <= PIECE_CHARS for p in pieces)
    assert _words(pieces) == _words([runs])  # nothing lost, reordered or un-bolded
    assert all(p[-1].text.endswith(("north*.", "north", ".", "LAST")) or p[-1].italic for p in pieces)
    assert split_long(parse_inline("A short paragraph.")) == [parse_inline("A short paragraph.")]


def test_a_long_text_without_sentence_ends_or_spaces_is_still_cut():
    from mpdesk.export.markup import PIECE_CHARS, split_long

    for text in ("word " * 3000, "x" * 9000):
        pieces = split_long(parse_inline(text))
        assert len(pieces) > 1 and all(len(p[0].text) <= PIECE_CHARS for p in pieces)
        assert "".join(p[0].text for p in pieces).replace(" ", "") == text.replace(" ", "")
