"""A page's furniture lines, in every language a vocabulary names: the vocabularies are where the words live.

Each test writes a story of English paragraphs and puts in it the furniture of
one vocabulary: a heading of a list of other stories with the headlines under it
("Lesen Sie auch", "Самое читаемое", "関連記事"), a tag list at its end
("Schlagwörter: ..."), a lone chrome line ("Artikel teilen"). What must be left
is known from how the page was built: the story's paragraphs, in order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._htmllines import is_byline
from newsparse.vocabulary import BUNDLED, Vocabulary, register, unregister

_LONG = (
    "The council voted on Tuesday to expand the river park, a plan that had been debated for more than three years, "
    "and officials said work would begin in the spring once the final budget is approved."
)
_HEADLINES = ("Mayor opens the new bridge", "Storm closes the coast road", "School budget passes at last")
_LANGUAGES = [vocabulary.language for vocabulary in BUNDLED]
_BY_LANGUAGE = {vocabulary.language: vocabulary for vocabulary in BUNDLED}


def _story(count: int) -> list[str]:
    return [f"Part {n}. {_LONG}" for n in range(count)]


def _read(inner: str, lang: str) -> newsparse.Article:
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>River park grows</title></head>'
        f'<body><article><h1>River park grows</h1><div class="article-body">{inner}</div></article></body></html>'
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == 1
    return articles[0]


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_story_list_headings_leave_with_their_headlines(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    assert vocabulary.story_lists, f"{lang} names no heading of a list of other stories"
    story = _story(4)
    for heading in vocabulary.story_lists:
        inner = _paragraphs(story[:2]) + f"<h3>{heading}</h3>" + _paragraphs([*_HEADLINES, *story[2:]])
        article = _read(inner, lang)
        assert article.body.split("\n\n") == story, heading
        assert {heading, *_HEADLINES} <= {d.text for d in article.dropped}


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_tag_labels_end_no_story(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    assert vocabulary.tag_labels, f"{lang} names no label of a tag list"
    story = _story(3)
    for label in vocabulary.tag_labels:
        line = f"{label}: parks, council, budget"
        article = _read(_paragraphs([*story, line]), lang)
        assert article.body.split("\n\n") == story, label
        assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_chrome_lines_leave_the_body(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    story = _story(3)
    for line in vocabulary.chrome:
        article = _read(_paragraphs([story[0], line, *story[1:]]), lang)
        assert article.body.split("\n\n") == story, line


def test_a_heading_in_the_storys_prose_is_not_a_list_heading(backend: str) -> None:
    """ "Related" as a word of a sentence, or a heading with prose under it, leaves the story whole."""
    story = _story(2)
    prose = ["Related costs rose sharply, the council said.", *(_story(2))]
    article = _read(_paragraphs(story) + "<h3>Trending</h3>" + _paragraphs(prose), "en")
    assert article.body.split("\n\n") == [*story, *prose]


@pytest.fixture
def swedish() -> Iterator[None]:
    register(Vocabulary(language="sv", story_lists=("Läs också",), tag_labels=("Taggar",)))
    try:
        yield
    finally:
        unregister("sv")


def test_a_registered_vocabulary_names_furniture_of_its_own(swedish: None, backend: str) -> None:
    story = _story(3)
    inner = _paragraphs(story[:1]) + "<h3>Läs också</h3>" + _paragraphs([*_HEADLINES, *story[1:], "Taggar: park"])
    assert _read(inner, "sv").body.split("\n\n") == story


def test_an_unregistered_vocabulary_names_no_furniture(backend: str) -> None:
    story = _story(3)
    inner = _paragraphs(story[:1]) + "<h3>Läs också</h3>" + _paragraphs(story[1:])
    assert _read(inner, "sv").body.split("\n\n") == [story[0], "Läs också", *story[1:]]


_HEADING = st.sampled_from(sorted({h for v in BUNDLED for h in v.story_lists}))
_HEADLINE = st.text(alphabet="abcdefgh ", min_size=5, max_size=60).map(str.strip).filter(bool).map(str.capitalize)


@given(heading=_HEADING, headlines=st.lists(_HEADLINE, min_size=1, max_size=6), before=st.integers(1, 3))
def test_any_list_heading_with_any_headlines_leaves_the_prose(heading: str, headlines: list[str], before: int) -> None:
    """Whatever the heading and however many headlines, the prose after them comes back (it ends a sentence)."""
    story = _story(before + 2)
    inner = _paragraphs(story[:before]) + f"<h3>{heading}</h3>" + _paragraphs([*headlines, *story[before:]])
    article = _read(inner, "en")
    assert article.body.split("\n\n") == story


def _reading_times(vocabulary: Vocabulary) -> list[str]:
    """Reading-time lines in a vocabulary's words: the reading word before the count, and after it."""
    space = "" if vocabulary.language in ("ja", "zh") else " "
    lines = []
    for reading in vocabulary.reading_words:
        for minutes in vocabulary.minute_words:
            lines += [f"{reading}: 4{space}{minutes}", f"7{space}{minutes}{space}{reading}"]
    return lines


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_reading_times_leave_the_top_of_the_story(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    lines = _reading_times(vocabulary)
    assert lines, f"{lang} names no reading time"
    story = _story(3)
    for line in lines:
        article = _read(_paragraphs([line, *story]), lang)
        assert article.body.split("\n\n") == story, line
        assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    "line",
    ["5分の1の住民が反対した", "3분기 실적이 좋아졌다", "It took 5 minutes to read the whole report to the council."],
)
def test_a_count_of_minutes_in_prose_is_no_reading_time(line: str, backend: str) -> None:
    story = _story(3)
    assert _read(_paragraphs([story[0], line, *story[1:]]), "en").body.split("\n\n") == [story[0], line, *story[1:]]


@pytest.mark.parametrize(
    ("lang", "text", "credit"),
    [
        ("de", "Demonstranten vor dem Reichstag in Berlin.", "Foto: Michael Kappeler/dpa"),
        ("fr", "Des manifestants place de la République à Paris.", "Photo : AFP"),
        ("es", "Manifestantes en la Puerta del Sol de Madrid.", "(EFE)"),
        ("it", "Manifestanti in piazza del Popolo a Roma.", "ANSA/Fabio Frustaci"),
        ("ru", "Протестующие на площади в Москве.", "Фото: ТАСС"),
        ("en", "Protesters rally outside the courthouse.", "(Photo by Jane Doe/Reuters)"),
        ("en", "Crowds gather on the waterfront.", "Getty Images"),
    ],
)
def test_a_credit_written_into_a_figure_caption_is_its_credit(lang: str, text: str, credit: str, backend: str) -> None:
    """A caption's credit without a credit element ("... Foto: dpa") is split off by the vocabularies' credit words."""
    story = _story(3)
    figure = f'<figure><img src="/a.jpg" alt=""><figcaption>{text} {credit}</figcaption></figure>'
    article = _read(_paragraphs(story[:1]) + figure + _paragraphs(story[1:]), lang)
    assert article.body.split("\n\n") == story
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit.strip("()"))]


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_byline_words_make_a_header_byline(lang: str) -> None:
    for word in _BY_LANGUAGE[lang].by:
        glue = "" if word.endswith((":", "：", "/", "｜")) else " "
        assert is_byline(f"{word.capitalize()}{glue}Anna Lund"), word


@pytest.mark.parametrize("line", ["De Gaulle's legacy, revisited", "Avant-garde at the biennale", "Przez lata"])
def test_a_line_opening_with_a_word_of_no_vocabularys_bylines_is_no_byline(line: str) -> None:
    assert not is_byline(line)
