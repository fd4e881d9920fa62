"""Factiva articles as text (``factiva-text``): the article format and the field-code layout.

Every fixture here is made up from public descriptions of Factiva's text, RTF and Word downloads (the article
format's metadata lines, the field codes, the "Document ..." accession trailer, page breaks between articles);
each states what it holds. The fixture files under tests/data/formats/factiva-text are read by test_formats.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.exports import _factiva
from newsparse.detectors.exports._factiva_meta import COPYRIGHT
from newsparse.detectors.exports.factiva_text import FactivaTextDetector
from newsparse.testing import check_detector

from .strategies import sentences

FORMATS = Path(__file__).parent / "data" / "formats"
FIXTURES = sorted(p for p in (FORMATS / "factiva-text").iterdir() if not p.name.endswith(".expected.json"))
TEXT = FactivaTextDetector()

# Per language: the word for "words" with a thousands separator, how a date is written, the language's name and
# the trailer's label, as Factiva writes them in that interface language.
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
_LANGUAGE = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "ja": "日本語"}
_LABEL = {"en": "Document", "de": "Dokument", "fr": "Document", "es": "Documento", "ja": "文書"}


def _words(language: str, count: int) -> str:
    number = f"{count:,}"
    return {
        "en": f"{number} words",
        "de": f"{number.replace(',', '.')} Wörter",
        "fr": f"{number.replace(',', ' ')} mots",
        "es": f"{number.replace(',', '.')} palabras",
        "ja": f"{number} 語",
    }[language]


def _date(language: str, year: int, month: int, day: int) -> str:
    if language == "ja":
        return f"{year}年{month}月{day}日"
    name = _MONTHS[language][month - 1]
    return {"de": f"{day}. {name} {year}", "es": f"{day} de {name} de {year}"}.get(language, f"{day} {name} {year}")


@dataclass
class Story:
    """One article as built for a test: what each layout writes, and what it must read back as."""

    title: str
    paragraphs: list[str]
    language: str = "en"
    day: tuple[int, int, int] = (2024, 3, 14)
    time: str | None = None
    byline: str | None = None
    section: str | None = None
    source: str = "Town Herald"
    code: str | None = "TOWNH"
    copyright: str | None = "Copyright 2024 Town Herald Ltd."
    count: int = 1234
    number: int = 1
    tags: list[tuple[str, str]] = field(default_factory=list)

    @property
    def accession(self) -> str:
        year, month, day = self.day
        return f"TOWNH00020{year % 100:02d}{month:02d}{day:02d}e3{self.number:04d}x"

    @property
    def trailer(self) -> str:
        return f"{_LABEL[self.language]} {self.accession}"

    @property
    def iso(self) -> str:
        year, month, day = self.day
        return f"{year:04d}-{month:02d}-{day:02d}"


def article_text(story: Story) -> str:
    """The article format as text: metadata lines one per line, paragraphs separated by blank lines."""
    words, date = _words(story.language, story.count), _date(story.language, *story.day)
    lines = [story.section, story.title, story.byline, words, date, story.time, story.source, story.code,
             _LANGUAGE[story.language], story.copyright]  # fmt: skip
    head = "\n".join(line for line in lines if line)
    return f"{head}\n\n" + "\n\n".join(story.paragraphs) + f"\n\n{story.trailer}\n"


def _codes(story: Story) -> list[tuple[str, str]]:
    words, date = _words(story.language, story.count), _date(story.language, *story.day)
    values = [("SE", story.section), ("HD", story.title), ("BY", story.byline), ("WC", words), ("PD", date),
              ("ET", story.time), ("SN", story.source), ("SC", story.code),
              ("LA", _LANGUAGE[story.language]), ("CY", story.copyright)]  # fmt: skip
    return [(code, value) for code, value in values if value]


def _topics(story: Story) -> list[tuple[str, str]]:
    return [("NS", " | ".join(f"{code} : {name}" for code, name in story.tags))] if story.tags else []


def coded_text(story: Story, *, same_line: bool = True) -> str:
    """The field-code layout as text: each value after a tab on the code's line, or on the lines below it."""
    gap = "\t" if same_line else "\n"
    lines = [f"{code}{gap}{value}" for code, value in _codes(story)]
    lines.append(f"LP{gap}{story.paragraphs[0]}")
    if story.paragraphs[1:]:
        lines.append(f"TD{gap}" + "\n\n".join(story.paragraphs[1:]))
    lines += [f"{code}{gap}{value}" for code, value in _topics(story)]
    lines.append(f"AN{gap}{story.trailer}")
    return "\n".join(lines) + "\n"


def article_html(story: Story) -> str:
    """The same story as factiva-html's article format."""
    lang = story.language
    lines = [("author", story.byline), ("", _words(lang, story.count)), ("", _date(lang, *story.day)), ("", story.time),
             ("", story.source), ("", story.code), ("", _LANGUAGE[lang]), ("", story.copyright)]  # fmt: skip
    meta = "".join(f'<div class="{css}">{html.escape(v)}</div>' if css else f"<div>{html.escape(v)}</div>"
                   for css, v in lines if v)  # fmt: skip
    section = f"<div>{html.escape(story.section)}</div>" if story.section else ""
    paragraphs = "".join(
        f'<p class="articleParagraph {lang}articleParagraph">{html.escape(p)}</p>' for p in story.paragraphs
    )
    return (
        f'<div class="article {lang}Article">{section}<div id="hd"><span class="{lang}Headline">'
        f"{html.escape(story.title)}</span></div>{meta}{paragraphs}<p>{story.trailer}</p></div>"
    )


def coded_html(story: Story) -> str:
    """The same story as factiva-html's field-code table."""

    def row(code: str, value: str) -> str:
        return f'<tr><td class="index"><b>{code}</b>&nbsp;</td><td>{value}</td></tr>'

    rows = [row(code, html.escape(value)) for code, value in _codes(story)]
    rows.append(row("LP", f'<p class="articleParagraph">{html.escape(story.paragraphs[0])}</p>'))
    if story.paragraphs[1:]:
        rows.append(
            row("TD", "".join(f'<p class="articleParagraph">{html.escape(p)}</p>' for p in story.paragraphs[1:]))
        )
    rows += [row(code, html.escape(value)) for code, value in _topics(story)]
    rows.append(row("AN", story.trailer))
    return f'<div class="article {story.language}Article"><table>{"".join(rows)}</table></div>'


def _page(blocks: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Factiva</title></head><body>{blocks}</body></html>"


_COMPARED = ("title", "byline", "authors", "source", "section", "published", "language", "id", "body", "tags", "notes")


def _fields(result: newsparse.ParseResult) -> list[dict[str, object]]:
    return [{key: article.to_dict()[key] for key in _COMPARED} for article in result.articles]


STORIES = [
    Story("Harbour lights return", ["The lamps along the harbour wall were lit again.", "Residents cheered."],
          byline="By Ada Lund and Per Dahl", section="Business", time="10:05 GMT", number=1,
          tags=[("gtrans", "Transport"), ("usa", "United States")]),
    Story("Fähre fährt wieder", ["Die Inselfähre fährt ab Montag wieder."], language="de", day=(2024, 3, 13),
          byline="Von Anna Roth und Jens Kaiser", source="Stadtbote", code="STBOTE", time="09:12:30", number=2),
    Story("Le port rouvre ses quais", ["Les quais ont rouvert samedi.", "Les pêcheurs ont salué la décision."],
          language="fr", day=(2024, 2, 3), source="Le Courrier", code=None, copyright="(c) 2024 Le Courrier.",
          number=3),
    Story("El puerto reabre", ["Los muelles reabrieron el sábado."], language="es", day=(2024, 12, 1),
          byline="Por Ana García", section="Economía", copyright=None, number=4, tags=[("esp", "España")]),
    Story("港の灯りが戻る", ["港の壁沿いの灯りが金曜日に再び点灯した。", "住民は歓声を上げた。"], language="ja",
          day=(2024, 3, 15), source="日経新聞", code="NIKKEI", time="10:05", number=5),
]  # fmt: skip


# --------------------------------------------------------------------------- the fixture files


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_public_conformance_check_passes_on_each_fixture(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert check_detector(TEXT, [text]) == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_each_fixture_is_certain(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert TEXT.sniff(text) == 0.97
    assert newsparse.rank_detectors(text).chosen == "factiva-text"


def test_the_fixture_with_crlf_and_a_byte_order_mark_is_read_as_its_lf_copy() -> None:
    raw = (FORMATS / "factiva-text" / "field-codes.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    crlf = newsparse.parse(raw)
    lf = newsparse.parse(raw.decode("utf-8-sig").replace("\r\n", "\n").encode())
    assert _fields(crlf) == _fields(lf)
    assert len(crlf.articles) == 4


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_one_paragraph_a_line_as_rtf_and_word_downloads_give_is_read_alike(path: Path) -> None:
    """Every line its own paragraph, a blank line after each (a download converted to text): the same articles.

    A page break is a paragraph's end there (no form feed); an article without its trailer has an id hashed
    from its text, which differs.
    """
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\f", "")
    spaced = "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"
    got, want = _fields(newsparse.parse(spaced.encode())), _fields(newsparse.parse(text.encode()))
    accessions = [a["id"] for a in want if not str(a["id"]).isalnum() or len(str(a["id"])) > 16]
    assert [a["id"] for a in got if a["id"] in accessions] == accessions
    assert [{**a, "id": None} for a in got] == [{**a, "id": None} for a in want]


# --------------------------------------------------------------------------- the same articles in HTML and in text


def test_one_set_of_stories_gives_the_same_fields_as_html_and_as_text_in_both_layouts() -> None:
    """factiva-html and factiva-text read the same stories into the same fields (the mapping is shared)."""
    html_articles = newsparse.parse_text(_page("".join(article_html(s) for s in STORIES)))
    text_articles = newsparse.parse_text("\f".join(article_text(s) for s in STORIES))
    assert html_articles.detection.chosen == "factiva-html"
    assert text_articles.detection.chosen == "factiva-text"
    assert _fields(text_articles) == _fields(html_articles)
    html_coded = newsparse.parse_text(_page("".join(coded_html(s) for s in STORIES)))
    for same_line in (True, False):
        text_coded = newsparse.parse_text("\n".join(coded_text(s, same_line=same_line) for s in STORIES))
        assert text_coded.detection.chosen == "factiva-text"
        assert _fields(text_coded) == _fields(html_coded)


def test_the_stories_read_back_as_they_were_built() -> None:
    """What the equality above compares is right in itself: titles, dates, languages, bylines, sections, tags."""
    articles = newsparse.parse_text("\f".join(coded_text(s) for s in STORIES)).articles
    assert [a.title for a in articles] == [s.title for s in STORIES]
    assert [a.paragraphs for a in articles] == [tuple(s.paragraphs) for s in STORIES]
    assert [a.published[:10] if a.published else None for a in articles] == [s.iso for s in STORIES]
    assert [a.language for a in articles] == ["en", "de", "fr", "es", "ja"]
    assert [a.id for a in articles] == [s.accession for s in STORIES]
    assert [a.section for a in articles] == [s.section for s in STORIES]
    assert articles[0].authors == ("Ada Lund", "Per Dahl")
    assert articles[0].published == "2024-03-14T10:05:00+00:00"
    assert articles[0].tags == ("Transport", "United States")
    assert articles[1].published == "2024-03-13T09:12:30"
    assert articles[3].tags == ("España",)
    assert "WC: 1,234 words" in articles[0].notes
    assert "WC: 1.234 Wörter" in articles[1].notes


# --------------------------------------------------------------------------- detection


def test_text_without_an_accession_trailer_scores_nothing() -> None:
    text = article_text(STORIES[0]).replace(STORIES[0].trailer, "Document 42")
    assert TEXT.sniff(text) == 0.0
    assert TEXT.sniff("The Document shows TOWNH00020240314e3000x1x was filed.\n1,234 words\n") == 0.0
    assert TEXT.sniff("") == 0.0


@pytest.mark.parametrize("render", [article_html, coded_html])
def test_the_html_export_is_never_text(render: object) -> None:
    page = _page("".join(render(s) for s in STORIES))  # type: ignore[operator]
    assert TEXT.sniff(page) == 0.0
    assert newsparse.rank_detectors(page).chosen == "factiva-html"


def test_each_trailer_label_is_found() -> None:
    for language in _LABEL:
        story = Story("Harbour lights return", ["One."], language=language)
        assert TEXT.sniff(article_text(story)) == 0.97, language
    for label in _factiva.TRAILER_WORDS:
        assert TEXT.sniff(f"Harbour\n523 words\n1 May 2024\n\nOne.\n\n{label} TOWNH00020240501e0510000a\n") == 0.97


def test_trailers_alone_are_likely_and_field_codes_with_them_certain() -> None:
    assert TEXT.sniff("Some text\n\nDocument TOWNH00020240501e0510000a\n") == 0.75
    coded = "HD Harbour lights\nPD 1 May 2024\nLP One.\nAN Document TOWNH00020240501e0510000a\n"
    assert TEXT.sniff(coded) == 0.97


def test_a_text_that_is_no_export_is_given_way() -> None:
    with pytest.raises(ValueError, match="no Factiva"):
        list(TEXT.split("Just a note.\n\nNothing else here.\n"))


# --------------------------------------------------------------------------- problems and what is kept


def test_an_article_after_the_last_trailer_is_truncated_and_read() -> None:
    cut = article_text(STORIES[1]).rsplit("\n\n", 1)[0]  # the trailer is cut off
    result = newsparse.parse_text(article_text(STORIES[0]) + "\f" + cut)
    first, second = result.articles
    assert second.title == STORIES[1].title
    assert second.body == STORIES[1].paragraphs[0]
    assert [p.code for p in second.problems] == ["export-truncated"]
    assert not first.problems


def test_text_after_the_last_trailer_that_is_no_article_goes_to_dropped() -> None:
    summary = "Search Summary\nText\tharbour\nDate\tAll Dates\nResults Found\t1\n"
    (article,) = newsparse.parse_text(article_text(STORIES[0]) + "\f" + summary).articles
    assert [d.text for d in article.dropped] == ["Search Summary", "Text harbour", "Date All Dates", "Results Found 1"]
    assert {d.reason for d in article.dropped} == {"export chrome"}
    assert not article.problems


def test_a_cover_page_before_the_first_article_goes_to_its_dropped() -> None:
    cover = "Factiva\nDow Jones\n\nSearch: harbour AND ferry\n12 results\n\n\f"
    articles = newsparse.parse_text(cover + "\f".join(article_text(s) for s in STORIES[:2])).articles
    assert [d.to_dict() for d in articles[0].dropped] == [
        {"text": line, "reason": "export cover page"}
        for line in ("Factiva", "Dow Jones", "Search: harbour AND ferry", "12 results")
    ]
    assert articles[0].section == "Business"
    assert not articles[1].dropped


def test_a_cover_line_right_above_a_headline_after_a_page_break_is_no_section() -> None:
    story = Story("Harbour lights return", ["One."])
    (article,) = newsparse.parse_text("Factiva search\n\f" + article_text(story)).articles
    assert article.section is None
    assert [d.text for d in article.dropped] == ["Factiva search"]


def test_page_footers_are_dropped_wherever_they_are() -> None:
    footer = "Page 1 of 2 © 2024 Factiva, Inc. All rights reserved."
    text = article_text(STORIES[0]).replace("Residents cheered.", f"{footer}\n\nResidents cheered.")
    (article,) = newsparse.parse_text(text).articles
    assert article.paragraphs == tuple(STORIES[0].paragraphs)
    assert [(d.text, d.reason) for d in article.dropped] == [(footer, "export chrome")]


def test_missing_fields_leave_their_fields_empty_with_problems() -> None:
    bare = Story("Harbour lights return", ["One.", "Two."], code=None, copyright=None)
    no_date = "HD\tHarbour lights\nWC\t12 words\nSN\tTown Herald\nLA\tEnglish\nLP\tOne.\n"
    no_date += "AN\tDocument TOWNH00020240501e0510000a\n"
    no_headline = "WC\t12 words\nPD\t2 May 2024\nSN\tTown Herald\nLA\tEnglish\nTD\tTwo.\n"
    no_headline += "AN\tDocument TOWNH00020240502e0520000a\n"
    no_text = "HD\tFerry delayed\nWC\t0 words\nPD\t3 May 2024\nSN\tTown Herald\nLA\tEnglish\n"
    no_text += "AN\tDocument TOWNH00020240503e0530000a\n"
    result = newsparse.parse_text(article_text(bare) + "\f" + no_date + no_headline + no_text)
    first, dateless, headless, empty = result.articles
    assert (first.title, first.paragraphs, first.notes) == (
        "Harbour lights return",
        ("One.", "Two."),
        ("WC: 1,234 words",),
    )
    assert not first.problems
    assert dateless.published is None
    assert "export-field-missing" in {p.code for p in dateless.problems}
    assert headless.title is None
    assert "factiva-headline-missing" in {p.code for p in headless.problems}
    assert headless.body == "Two."
    assert empty.body == ""
    assert "factiva-body-missing" in {p.code for p in empty.problems}


def test_an_article_format_article_without_a_word_count_is_read_from_its_first_line() -> None:
    text = "Harbour lights return\n1 May 2024\nTown Herald\nEnglish\n\nThe lamps were lit.\n\n"
    text += "Document TOWNH00020240501e0510000a\n"
    (article,) = newsparse.parse_text(text, detector="factiva-text").articles
    assert (article.title, article.published, article.source, article.language) == (
        "Harbour lights return", "2024-05-01", "Town Herald", "en"
    )  # fmt: skip
    assert article.body == "The lamps were lit."


def test_a_trailer_that_follows_no_article_is_a_problem_not_an_article() -> None:
    text = article_text(STORIES[0]) + "\n\nDocument TOWNH00020240501e0510000z\n" + article_text(STORIES[1])
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == [STORIES[0].title, STORIES[1].title]
    assert "factiva-trailer-orphan" in {p.code for p in result.problems}


def test_prose_lines_that_start_like_field_codes_stay_in_the_text() -> None:
    story = Story("Bank results", ["TD Bank said profits rose.", "IN BRIEF the quarter was calm.", "LP units fell."])
    (article,) = newsparse.parse_text(article_text(story)).articles
    assert article.paragraphs == tuple(story.paragraphs)
    (coded,) = newsparse.parse_text(coded_text(story)).articles
    assert coded.paragraphs == tuple(story.paragraphs)


def test_paragraphs_one_per_line_and_hard_wrapped_blocks() -> None:
    one_per_line = article_text(STORIES[0]).replace("again.\n\nResidents", "again.\nResidents")
    (article,) = newsparse.parse_text(one_per_line).articles
    assert article.paragraphs == tuple(STORIES[0].paragraphs)
    wrapped = article_text(STORIES[0]).replace("harbour wall", "harbour\nwall")
    (article,) = newsparse.parse_text(wrapped).articles
    assert article.paragraphs == tuple(STORIES[0].paragraphs)


# --------------------------------------------------------------------------- generated exports

_WORDS = st.sampled_from(["Harbour", "lights", "Fähre", "café", "Ærø", "Straße", "naïve", "Öl", "ferry", "港", "灯り"])
_TITLES = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_PLAIN = sentences().filter(
    lambda s: not COPYRIGHT.search(s) and s.casefold() not in _factiva.LANGUAGES and not _factiva.is_word_count(s)
)
_BYLINES = st.sampled_from([None, "By Ada Lund", "Von Anna Roth", "Par Claire Dubois", "Por Ana García"])


@st.composite
def stories(draw: st.DrawFn) -> list[Story]:
    """One to five stories in any of the languages, with or without byline, section, time and source code."""
    count = draw(st.integers(min_value=1, max_value=5))
    return [
        Story(
            draw(_TITLES),
            draw(st.lists(_PLAIN, min_size=1, max_size=4)),
            language=draw(st.sampled_from(sorted(_LANGUAGE))),
            day=(draw(st.integers(1990, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28))),
            time=draw(st.sampled_from([None, "08:30", "10:05 GMT"])),
            byline=draw(_BYLINES),
            section=draw(st.sampled_from([None, "Business", "Lokales"])),
            code=draw(st.sampled_from([None, "TOWNH"])),
            copyright=draw(st.sampled_from([None, "(c) 2024 Town Herald", "Copyright 2024 Town Herald Ltd."])),
            count=draw(st.integers(1, 99999)),
            number=number,
        )
        for number in range(1, count + 1)
    ]


@settings(max_examples=60, deadline=None)
@given(stories(), st.sampled_from(["article", "coded", "coded-below"]), st.booleans())
def test_generated_exports_read_back_as_the_stories_they_were_built_from(
    built: list[Story], layout: str, page_breaks: bool
) -> None:
    render = {"article": article_text, "coded": coded_text, "coded-below": lambda s: coded_text(s, same_line=False)}
    text = ("\f" if page_breaks else "\n").join(render[layout](s) for s in built)
    result = newsparse.parse_text(text)
    assert result.detection.chosen == "factiva-text"
    articles = result.articles
    assert len(articles) == len(built)
    assert [a.title for a in articles] == [s.title for s in built]
    assert [a.paragraphs for a in articles] == [tuple(" ".join(p.split()) for p in s.paragraphs) for s in built]
    assert [a.published[:10] if a.published else None for a in articles] == [s.iso for s in built]
    assert [a.id for a in articles] == [s.accession for s in built]
    assert [a.byline for a in articles] == [s.byline for s in built]
    assert [a.section for a in articles] == [s.section for s in built]
    assert not [p for a in articles for p in a.problems]


@settings(max_examples=60, deadline=None)
@given(stories(), st.integers(min_value=1, max_value=400))
def test_a_cut_export_gives_every_whole_article_and_never_fails(built: list[Story], cut: int) -> None:
    text = "\f".join(article_text(s) for s in built)
    text = text[: max(1, len(text) - cut)]
    articles = newsparse.parse_text(text).articles
    whole = text.count("\nDocument TOWNH") + text.count("\nDokument TOWNH") + text.count("\nDocumento TOWNH")
    whole += text.count("\n文書 TOWNH")
    assert [a.title for a in articles][:whole] == [s.title for s in built][:whole]
    assert len(articles) >= whole


@given(st.text(max_size=400))
def test_any_text_splits_without_error_or_gives_way(text: str) -> None:
    try:
        raws = list(TEXT.split(text))
    except ValueError:
        return
    assert all(0 <= raw.start <= raw.end <= len(text) for raw in raws)


def test_a_long_cover_page_is_all_dropped_and_the_first_article_read() -> None:
    cover = "\n".join(f"{n}. Headline of result {n}" for n in range(1, 101)) + "\n\f"
    (article,) = newsparse.parse_text(cover + article_text(STORIES[0])).articles
    assert article.title == STORIES[0].title
    assert len(article.dropped) == 100
    assert {d.reason for d in article.dropped} == {"export cover page"}


def test_coded_lists_after_the_text_end_it_with_a_single_space() -> None:
    text = "HD Harbour lights\nPD 1 May 2024\nSN Town Herald\nTD The lamps were lit.\nIN BRIEF the quarter was calm.\n"
    text += "NS gtrans : Transport\nPUB Town Herald Group\nAN Document TOWNH00020240501e0510000a\n"
    (article,) = newsparse.parse_text(text).articles
    assert article.paragraphs == ("The lamps were lit.", "IN BRIEF the quarter was calm.")
    assert article.tags == ("Transport",)
    assert "PUB: Town Herald Group" in article.notes


def test_a_footer_between_paragraphs_one_per_line_joins_nothing() -> None:
    footer = "Page 2 of 5 © 2024 Factiva, Inc. All rights reserved."
    text = "Harbour lights\n12 words\n1 May 2024\nTown Herald\nEnglish\nOne.\nTwo.\n" + footer + "\nThree.\n"
    text += "Document TOWNH00020240501e0510000a\n"
    (article,) = newsparse.parse_text(text).articles
    assert article.paragraphs == ("One.", "Two.", "Three.")
    assert [d.text for d in article.dropped] == [footer]


def test_a_copyright_line_in_the_text_does_not_end_the_metadata_there() -> None:
    story = Story("Harbour lights return", ["One.", "Copyright law was the topic.", "All rights reserved, he said."])
    (article,) = newsparse.parse_text(article_text(story)).articles
    assert article.paragraphs == tuple(story.paragraphs)
    bare = Story("Harbour lights return", ["One.", "All rights reserved, he said."], code=None, copyright=None)
    (article,) = newsparse.parse_text(article_text(bare)).articles
    assert article.paragraphs == tuple(bare.paragraphs)
