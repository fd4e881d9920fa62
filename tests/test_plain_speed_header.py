"""The header reader's shortcuts of issue 16 (second round) give what the slow forms they stand for give."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _captions, _dates, _linekeys
from newsparse._model import Caption, Dropped

# letters whose case folding changes length (ß, ﬁ, ΐ) or maps several to one (σ ς Σ, K K), hashtags, white space
_ALPHABET = "aAßİKK#  \t\u00a0\u200b.ΣσςﬁΐÉé"
# what a caption's credit is made of: sentence ends, brackets, slashes, white space of several kinds, agencies
_CREDIT_PIECES = ["a", "A", " ", "  ", "\t", "\u00a0", "\u2003", "\x1c", ".", "!", "?", "”", '"', "’", ")", "]", "("]
_CREDIT_PIECES += ["/", "AFP", "Reuters", "File/AFP", "x" * 30, "\n"]


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=16))
@example(["Rutte in Brussels, Belgium.", " ", "(", "File/AFP", ")"])
@example(["A.", "\u00a0", " ", "(", "AFP", ")"])
@example(["(", "A.", " ", "(", "AFP", ")"])
@example([".", "(", "AFP", ")"])
def test_the_credit_in_brackets_is_searched_where_it_can_start(pieces: list[str]) -> None:
    """``_paren_credit`` finds the match a search of the whole line finds."""
    line = "".join(pieces)
    got, expected = _captions._paren_credit(line), _captions._PAREN_CREDIT.search(line)
    assert (got and (got.span(), got.group("credit"))) == (expected and (expected.span(), expected.group("credit")))


_STAMP_ALPHABET = "aZ 19.:/-,\u0663\u0664\u0665\u0666"  # ASCII and Arabic-Indic digits, date separators


@given(st.text(alphabet=_STAMP_ALPHABET, max_size=70))
@example("21 October")
@example("3/4/24")
@example("\u0661\u0669\u0669\u0669")
def test_a_line_without_a_year_holds_no_date(line: str) -> None:
    """``take_timestamp`` returns early for a line ``may_hold_date`` rejects: no date is read from it."""
    if not _dates.may_hold_date(line):
        assert _dates.read(line) is None
        assert _dates.read(line.strip()) is None


@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12).map(str.strip), max_size=20), st.integers(0, 19))
@example(["Ab", "Ab", "ab"], 0)
def test_keys_looked_up_by_text_are_the_keys(lines: list[str], seed: int) -> None:
    """Keys remembered by line text (a title's echo, a caption's copies) are those ``norm`` makes."""
    known = {lines[seed % len(lines)]: _linekeys.norm(lines[seed % len(lines)])} if lines else None
    norms = _linekeys.Norms(lines, 0, len(lines), known)
    assert [norms[index] for index in range(len(lines))] == [_linekeys.norm(line) for line in lines]


_PARAGRAPHS = st.lists(st.sampled_from(["Kim at a rally.", "kim at a RALLY.", "Reuters", "AFP", "Body.", "Kim"]))


@given(_PARAGRAPHS, st.lists(st.booleans()))
def test_nothing_is_removed_unless_a_paragraph_is_a_form(paragraphs: list[str], flags: list[bool]) -> None:
    """``dedupe_captions`` skips the loop when no candidate paragraph's key is a form: the loop removes nothing."""
    maybe = [flags[k] if k < len(flags) else True for k in range(len(paragraphs))]
    forms = {_captions._key("Kim at a rally."), _captions._key("Kim at a rally. Reuters")}
    dropped: list[Dropped] = []
    kept, removed_any = _captions._without_forms(paragraphs, maybe, forms, {"Reuters"}, dropped)
    repeats = any(_captions._key(p) in forms for p, m in zip(paragraphs, maybe, strict=True) if m)
    assert removed_any == repeats
    if not repeats:
        assert kept == paragraphs
        assert not dropped


def test_a_caption_repeated_in_the_body_is_still_removed() -> None:
    """The shortcut leaves the removal itself as it was."""
    from newsparse import Article

    article = Article(
        body="Kim at a rally.\n\nReuters\n\nThe story.", captions=(Caption("Kim at a rally.", "Reuters"),)
    )
    assert _captions.dedupe_captions(article).body == "The story."


_CAPTION_ALPHABET = "aAßİK  \t\u00a0\u200b.()ΣσςﬁΐÉé\n"


@given(st.text(alphabet=_CAPTION_ALPHABET, max_size=12), st.none() | st.text(alphabet=_CAPTION_ALPHABET, max_size=8))
@example("Kim at a rally.", "Reuters")
@example("", "AFP")
@example("Kim ", "AFP")
@example("Kim", " AFP")
@example("ΣΑΣ", "ΣΑΣ")
def test_the_forms_of_a_caption_are_the_keys_of_its_texts(text: str, credit: str | None) -> None:
    """A caption's forms, joined from the keys of its text and credit when both are collapsed, are the keys."""
    caption = Caption(text, credit)
    expected = {_captions._key(text)}
    if credit:
        expected |= {_captions._key(f"{text} {credit}"), _captions._key(f"{text} ({credit})")}
    assert _captions._forms([caption], [caption], [0]) == expected


@given(st.lists(st.text(alphabet=_CAPTION_ALPHABET, max_size=10).map(str.strip), max_size=8))
@example(["a", "b"])
@example(["a\nb", "c"])
@example(["", "a"])
@example([""])
@example([])
def test_the_paragraphs_at_hand_are_the_articles(paragraphs: list[str]) -> None:
    """``build_article`` hands the draft's paragraphs to the caption pass only where they are the article's."""
    from newsparse import Article
    from newsparse._pipeline import _paragraphs

    article = Article(body="\n\n".join(paragraphs))
    assert tuple(_paragraphs(article, paragraphs)) == article.paragraphs


_CAPTIONS = st.lists(
    st.builds(
        Caption,
        st.sampled_from(["Kim at a rally.", "kim at a rally.", "", " ", "Kim at a rally. (AFP)", "x" * 45, "x" * 50]),
        st.sampled_from([None, "AFP", "Reuters"]),
    ),
    max_size=4,
)


@given(_CAPTIONS)
def test_captions_merged_with_nothing_lose_nothing(captions: list[Caption]) -> None:
    """``dedupe_captions`` skips ``_losses`` when every caption has a merged caption of its own: it finds none."""
    merged, groups = _captions.merge_captions(captions)
    if len(merged) == len(captions):
        assert _captions._losses(captions, merged, groups, []) == ([], [])


_HEAD_ALPHABET = "aAßİK#  \t\u00a0\u200b.ΣσςﬁΐÉé"


@given(st.text(alphabet=_HEAD_ALPHABET, max_size=40), st.text(alphabet=_HEAD_ALPHABET, max_size=40))
@example("Australia agrees to pay Pacific nation", "")
@example("abcdefg  x", "")
@example("a" * 31 + " ", "b")
@example("a" * 40 + "  b", "")
@example("abc\u00a0" + "d" * 30, "")
def test_a_long_head_starts_the_key(text: str, other: str) -> None:
    """``head`` (the first 32 characters when they can tell, else the first 8) is a start of ``norm``."""
    for line in (text.strip(), (text + other).strip()):
        start = _linekeys.head(line)
        assert start is None or _linekeys.norm(line).startswith(start)
        assert _captions.key_start(line, 32) is None or _captions._key(line).startswith(_captions.key_start(line, 32))


_FIRST_TEXTS = st.lists(st.text(alphabet=_CAPTION_ALPHABET + "#ﬂ", max_size=8), max_size=8)


@given(_FIRST_TEXTS, st.text(_CAPTION_ALPHABET, max_size=3))
@example(["Kim", "kim", " Kim", "ßa", ""], "k")
@example(["\u00a0Kim", "Kim"], "k")
def test_the_paragraphs_told_by_their_first_letter_miss_none(texts: list[str], letters: str) -> None:
    """Every text whose key opens with one of the letters is among ``_same_first``'s."""
    firsts = set(letters.casefold())
    found = _captions._same_first(texts, firsts)
    assert found == sorted(set(found))
    expected = [k for k, text in enumerate(texts) if _captions._key(text)[:1] in firsts]
    assert set(expected) <= set(found)
