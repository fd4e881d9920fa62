"""Dates a page prints near its headline, in many languages, when its head declares none.

Each page is built here from parts: a headline, a date line in one language and
one shape of markup (a "meta" block, a date span, the header, a byline with the
date), and a body; the expected date is the one the line was written from.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _htmldates

_TITLE = "Harbour bridge reopens after repairs"
# An ISO 8601 date, or a date and time with an offset.
_ISO = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:\d\d)?")
_BODY = "".join(
    f"<p>Paragraph {n} of the story, long enough to read as a paragraph of a news article on a page.</p>"
    for n in range(6)
)

# Month names as each language writes them in a date (genitive where the language uses it), January first.
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def _line(language: str, day: dt.date) -> str:
    """A publication line as a page in ``language`` writes it."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日 10時30分"
    if language == "ko":
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} 10:30"
    if language == "zh":
        return f"发布时间：{day.year}年{day.month}月{day.day}日 10:30"
    month = _MONTHS[language].split()[day.month - 1]
    return {
        "en": f"Published {month} {day.day}, {day.year} at 10:30 a.m.",
        "de": f"Veröffentlicht am {day.day}. {month} {day.year}, 10:30 Uhr",
        "fr": f"Publié le {day.day} {month} {day.year} à 10h30",
        "es": f"Publicado el {day.day} de {month} de {day.year}, 10:30",
        "it": f"Pubblicato il {day.day} {month} {day.year} alle 10:30",
        "pt": f"Publicado em {day.day} de {month} de {day.year} às 10h30",
        "nl": f"Gepubliceerd op {day.day} {month} {day.year} 10:30",
        "pl": f"Opublikowano: {day.day} {month} {day.year}, 10:30",
        "ru": f"Опубликовано {day.day} {month} {day.year}, 10:30",
    }[language]


_LANGUAGES = [*_MONTHS, "ja", "ko", "zh"]
_SHAPES = {
    "meta block": '<h1>{title}</h1><div class="article-meta"><span>{line}</span></div>',
    "date span": '<h1>{title}</h1><span class="date">{line}</span>',
    "byline and date": '<h1>{title}</h1><div class="byline">Jane Roe | {line}</div>',
    "header": '<header class="entry-header"><h1>{title}</h1><p class="posted-on">{line}</p></header>',
    "plain paragraph": "<h1>{title}</h1><p>{line}</p>",
    "time without datetime": "<h1>{title}</h1><time>{line}</time>",
}


def _page(language: str, top: str, after: str = "", head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><title>{_TITLE}</title>{head}</head><body>'
        f'<nav><a href="/">Home</a></nav><article>{top}<div class="article-body">{_BODY}</div>{after}</article>'
        "<footer><p>© The Example Times</p></footer></body></html>"
    ).encode()


def _article(page: bytes) -> newsparse.Article:
    return newsparse.parse(page, detector="html-page").articles[0]


@pytest.mark.parametrize("shape", list(_SHAPES))
@pytest.mark.parametrize("language", _LANGUAGES)
def test_a_date_printed_near_the_headline_is_the_published_date(language: str, shape: str, backend: str) -> None:
    day = dt.date(2024, 3, 12)
    article = _article(_page(language, _SHAPES[shape].format(title=_TITLE, line=_line(language, day))))
    assert (article.published or "")[:10] == "2024-03-12"
    assert _line(language, day) not in (article.body or "")  # a header line, not the story's text


@given(
    st.sampled_from(_LANGUAGES),
    st.sampled_from(list(_SHAPES)),
    st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
)
def test_any_date_in_any_language_and_shape_is_read(language: str, shape: str, day: dt.date) -> None:
    article = _article(_page(language, _SHAPES[shape].format(title=_TITLE, line=_line(language, day))))
    assert (article.published or "")[:10] == day.isoformat()


@pytest.mark.parametrize(
    ("language", "line", "published", "updated"),
    [
        ("de", "Veröffentlicht am 12.03.2024 | Aktualisiert am 13.03.2024", "2024-03-12", "2024-03-13"),
        ("fr", "Publié le 12 mars 2024 à 10h30, mis à jour le 13 mars 2024 à 8h00", "2024-03-12", "2024-03-13"),
        ("en", "Updated March 13, 2024", None, "2024-03-13"),
        ("es", "Actualizado: 13/03/2024 08:00", None, "2024-03-13"),
        ("it", "Aggiornato il 13 marzo 2024", None, "2024-03-13"),
    ],
)
def test_an_update_stamp_gives_the_updated_date(language: str, line: str, published: str | None, updated: str) -> None:
    """A page dated only by an update was published then or before: that is its published date, with a problem."""
    article = _article(_page(language, f'<h1>{_TITLE}</h1><div class="meta">{line}</div>'))
    assert (article.updated or "")[:10] == updated
    assert (article.published or "")[:10] == (published or updated)
    assert ("published-from-update" in {p.code for p in article.problems}) == (published is None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pt-BR", "2024-10-05"), ("de", "2024-10-05"), ("en-GB", "2024-10-05"), ("en-US", "2024-05-10")],
)
def test_an_all_number_date_is_read_in_the_order_of_the_page_language(language: str, expected: str) -> None:
    article = _article(_page(language, f'<h1>{_TITLE}</h1><small class="text-muted">05/10/2024</small>'))
    assert article.published == expected
    assert "date-ambiguous" not in [p.code for p in article.problems]


def test_an_all_number_date_of_a_page_without_a_language_is_reported_as_ambiguous() -> None:
    page = _page("", f'<h1>{_TITLE}</h1><span class="date">05/10/2024</span>').replace(b' lang=""', b"")
    article = _article(page)
    assert article.published is not None
    assert "date-ambiguous" in [p.code for p in article.problems]


def test_an_all_number_date_after_a_timestamp_word_is_read_in_that_words_order() -> None:
    page = _page("", f'<h1>{_TITLE}</h1><span class="date">Publicado em 05/10/2024</span>').replace(b' lang=""', b"")
    article = _article(page)
    assert article.published == "2024-10-05"
    assert "date-ambiguous" not in [p.code for p in article.problems]


def test_the_head_declares_the_date_first() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T09:00:00+00:00">'
    article = _article(_page("en", f'<h1>{_TITLE}</h1><span class="date">March 12, 2024</span>', head=head))
    assert article.published == "2024-03-01T09:00:00+00:00"


def test_a_printed_day_takes_the_time_of_a_time_element_of_the_same_day() -> None:
    top = f'<h1>{_TITLE}</h1><span class="date">March 12, 2024</span>'
    after = '<aside><time datetime="2024-03-12T10:30:00+01:00">10:30</time></aside>'
    assert _article(_page("en", top, after)).published == "2024-03-12T10:30:00+01:00"


@pytest.mark.parametrize(
    "after",
    [
        '<div class="related"><ul><li><a href="/a">Older story</a> <span>May 2, 2023</span></li></ul></div>',
        "<p>Registered on 6 November 2012, Example Media. All rights reserved.</p>",
    ],
)
def test_dates_after_the_body_or_in_link_lists_are_not_the_article_date(after: str, backend: str) -> None:
    assert _article(_page("en", f"<h1>{_TITLE}</h1>", after)).published is None


def test_a_date_inside_the_body_is_not_taken_for_the_publication_date() -> None:
    body = f"<h1>{_TITLE}</h1>" + _BODY.replace("Paragraph 2 of", "On 4 July 2021 the bridge closed. Paragraph 2 of")
    assert _article(_page("en", body)).published is None


def test_a_date_in_the_standfirst_is_not_the_publication_date() -> None:
    deck = "The festival opens on 12 May 2024 with three days of concerts on the harbour front and a fair for children."
    assert _article(_page("en", f'<h1>{_TITLE}</h1><p class="standfirst">{deck}</p>')).published is None


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        (["Published 3 March 2024"], ["Published 3 March 2024"], []),
        (["Updated: 4 March 2024"], [], ["4 March 2024"]),
        (["Publié le 3 mars 2024, mis à jour le 4 mars 2024"], ["Publié le 3 mars 2024"], ["4 mars 2024"]),
        (["By Jane Roe", "5 min read", "Zuletzt aktualisiert: 4.3.2024"], [], ["4.3.2024"]),
    ],
)
def test_visible_stamps_split_publication_and_update_lines(
    lines: list[str], published: list[str], updated: list[str]
) -> None:
    assert _htmldates.visible_stamps(lines) == (published, updated)


# -- a UTC time in the page's data, shown on the page's own clock --------------------------------------------------

_OFFSETS = [-480, -300, -210, -180, 60, 120, 330, 345, 540, 600, 780]  # minutes east of UTC


def _clock_line(language: str, local: dt.datetime, *, clock: bool = True) -> str:
    """A publication line with the local date and time (or the date alone), as a page in ``language`` prints it."""
    hour12 = f"{(local.hour - 1) % 12 + 1}:{local.minute:02d} {'PM' if local.hour >= 12 else 'AM'}"
    month = _MONTHS[language].split()[local.month - 1] if language in _MONTHS else ""
    day, time = {
        "en": (f"Published {month} {local.day}, {local.year}", f" {hour12}"),
        "de": (f"{local.day:02d}.{local.month:02d}.{local.year}", f", {local.hour:02d}:{local.minute:02d} Uhr"),
        "pt": (f"Publicado em {local.day:02d}/{local.month:02d}/{local.year}", f" {local.hour:02d}h{local.minute:02d}"),
        "fr": (f"Publié le {local.day} {month} {local.year}", f" à {local.hour}h{local.minute:02d}"),
        "ja": (f"{local.year}年{local.month}月{local.day}日", f" {local.hour}:{local.minute:02d}"),
    }[language]
    return day + time if clock else day


@given(
    st.sampled_from(["en", "de", "pt", "fr", "ja"]),
    st.sampled_from(_OFFSETS),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
        lambda moment: moment.replace(second=0, microsecond=0)
    ),
    st.sampled_from(["Z", "+00:00"]),
)
def test_a_utc_time_is_given_on_the_clock_the_page_shows(
    language: str, minutes: int, moment: dt.datetime, utc: str
) -> None:
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    local = moment.replace(tzinfo=dt.UTC).astimezone(zone)
    head = f'<meta property="article:published_time" content="{moment.isoformat()}{utc}">'
    top = f'<h1>{_TITLE}</h1><div class="article-meta"><span>{_clock_line(language, local)}</span></div>'
    article = _article(_page(language, top, head=head))
    assert article.published == local.isoformat()


@given(
    st.sampled_from(["en", "de", "pt", "fr", "ja"]),
    st.sampled_from(_OFFSETS),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
        lambda moment: moment.replace(microsecond=0)
    ),
)
def test_a_utc_time_on_another_day_than_the_one_the_page_prints_gives_the_pages_day(
    language: str, minutes: int, moment: dt.datetime
) -> None:
    """The page prints its own day and no time: where that is not UTC's day, the printed day is the date."""
    local = moment.replace(tzinfo=dt.UTC).astimezone(dt.timezone(dt.timedelta(minutes=minutes)))
    head = f'<meta property="article:published_time" content="{moment.isoformat()}Z">'
    top = f'<h1>{_TITLE}</h1><div class="article-meta"><span>{_clock_line(language, local, clock=False)}</span></div>'
    article = _article(_page(language, top, head=head))
    if local.date() == moment.date():
        assert article.published == moment.isoformat() + "+00:00"
    else:
        assert article.published == local.date().isoformat()


@pytest.mark.parametrize(
    ("declared", "shown", "expected"),
    [
        ("2024-02-09T01:30:00+02:00", "08/02/2024 22h30", "2024-02-09T01:30:00+02:00"),  # its own offset kept
        ("2024-02-09T01:30:00Z", "08/02/2024 22h13", "2024-02-09T01:30:00+00:00"),  # 3 h 17 min: no time zone's
        ("2024-02-09T01:30:00Z", "09/02/2024 01h30", "2024-02-09T01:30:00+00:00"),  # the same clock: UTC as given
        ("2024-02-09T01:30:00Z", "09/02/2024", "2024-02-09T01:30:00+00:00"),  # no time of day shown, the same day
        ("2024-02-09T01:30:00Z", "08/02/2024", "2024-02-08"),  # the day before, shown: the page's own day
        ("2024-02-09T01:30:00Z", "05/02/2024 22h30", "2024-02-09T01:30:00+00:00"),  # days apart: another date
    ],
)
def test_a_utc_time_is_kept_unless_the_page_shows_it_in_a_real_time_zone(
    declared: str, shown: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{declared}">'
    top = f'<h1>{_TITLE}</h1><div class="article-meta"><span>Publicado em {shown}</span></div>'
    article = _article(_page("pt", top, head=head))
    assert article.published == expected


@given(
    st.one_of(st.none(), st.floats(), st.text(max_size=40), st.datetimes().map(lambda m: m.isoformat() + "Z")),
    st.lists(st.one_of(st.text(max_size=60), st.datetimes().map(lambda m: m.strftime("%d/%m/%Y %Hh%M"))), max_size=4),
)
def test_the_local_clock_never_fails(published: object, lines: list[str]) -> None:
    """Whatever the page's data and lines say, ``local_time`` gives a value (a changed one only for a UTC time)."""
    value = _htmldates.local_time(published, lines, "pt")  # type: ignore[arg-type]
    assert value == published or (isinstance(published, str) and isinstance(value, str) and _ISO.fullmatch(value))


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Tue, March 10, 2026 at 11:14 PM EDT", "2026-03-10T23:14:00-04:00"),  # the same moment, its zone printed
        ("Tue, March 10, 2026 at 11:14 PM PDT", "2026-03-10T20:14:00-07:00"),  # another moment, in the page's zone
    ],
)
def test_a_printed_time_zone_gives_the_pages_clock_when_it_is_the_same_moment(shown: str, expected: str) -> None:
    head = '<meta property="article:published_time" content="2026-03-11T03:14:00.000Z">'
    top = f'<h1>{_TITLE}</h1><div class="article-meta"><span>3 hours ago · {shown} · 2 min read</span></div>'
    article = _article(_page("en-US", top, head=head))
    assert article.published == expected


@pytest.mark.parametrize(
    "above",
    ['<p class="news-date"><time>2024.03.12</time></p>',
     '<div class="attribution">Par Claire Martin • 12/03/2024</div>',
     '<div class="meta"><span class="kicker">Culture</span><span>12 March 2024</span></div>'],
)  # fmt: skip
def test_a_date_printed_just_above_the_headline_is_read(above: str, backend: str) -> None:
    article = _article(_page("fr", f"{above}<h1>{_TITLE}</h1>"))
    assert (article.published or "")[:10] == "2024-03-12"


def test_the_sites_date_in_its_masthead_is_not_the_storys(backend: str) -> None:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><title>{_TITLE}</title></head><body>'
        '<header class="masthead"><p class="today">Tuesday, 12 March 2024</p><nav><a href="/">Home</a></nav></header>'
        f"<main><article><h1>{_TITLE}</h1><div class='article-body'>{_BODY}</div></article></main></body></html>"
    ).encode()
    assert _article(page).published is None


def test_a_date_line_whose_category_link_is_most_of_it_is_read(backend: str) -> None:
    meta = (
        '<div class="news-meta">Publicat: 12 martie 2024 · Categorie: '
        '<a href="/stiri/inginerie/">Facultatea de Inginerie Electrică și Tehnologia Informației</a></div>'
    )
    assert (_article(_page("ro", f"<h1>{_TITLE}</h1>{meta}")).published or "")[:10] == "2024-03-12"


def test_a_navigation_line_that_opens_with_a_timestamp_word_gives_no_date(backend: str) -> None:
    nav = '<nav class="crumbs">Updated: 12 March 2024 · <a href="/a">Archive of every story we ran</a></nav>'
    assert _article(_page("en", f"<h1>{_TITLE}</h1>{nav}")).published is None


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Publicado el viernes 14 de marzo de 2025", "es", "2025-03-14"),
        ("Published March 14, 2025", "en", "2025-03-14"),
        ("Veröffentlicht am 14.03.2025", "de", "2025-03-14"),
    ],
)
def test_a_date_line_that_is_a_links_text_among_the_bylines_links_is_read(
    line: str, language: str, expected: str
) -> None:
    meta = (
        '<div class="post-meta"><div class="meta-author">por <a href="/author/prensa/">Prensa</a></div>'
        f'<div class="meta-date"><a href="#">{line}</a></div>'
        '<div class="meta-category"><a href="/category/cronica/" rel="category tag">Crónica</a></div></div>'
    )
    assert (_article(_page(language, f"<h1>{_TITLE}</h1>{meta}")).published or "")[:10] == expected


def test_only_the_first_date_the_page_prints_tells_its_day() -> None:
    """A page that prints the UTC time's own clock first keeps it, whatever day a later line prints."""
    assert _htmldates.local_time("2026-11-26T17:05:00Z", ["26 Nov 2026 17:05", "27 Nov 2026"], "en") == (
        "2026-11-26T17:05:00Z"
    )
    assert _htmldates.local_time("2026-11-26T17:05:00Z", ["27 Nov 2026"], "en") == "2026-11-27"


_UPDATE_AS_PUBLISHED = '<meta property="article:published_time" content="2024-03-13T08:05:00+02:00">'
_SHOWN = "2024-03-12"  # the shown publication's day, the one before the metadata's
_STANDS = "2024-03-13T08:05:00+02:00"  # the metadata's date


@pytest.mark.parametrize(
    ("language", "published", "updated", "expected"),
    [
        ("en", "Published: March 12, 2024 17:42", "Updated: March 13, 2024 08:05", _SHOWN),
        ("ro", "Data publicării: 12.03.2024 - 17:42", "Data actualizării: 13.03.2024 - 08:05", _SHOWN),
        ("tr", "12.03.2024 22:41", "Güncelleme: 13.03.2024 08:05", _SHOWN),
        ("de", "Veröffentlicht am 12. März 2024, 17:42 Uhr", "Aktualisiert am 13. März 2024, 08:05 Uhr", _SHOWN),
        ("en", "Published: March 12, 2024", "", _STANDS),  # no update shown
        ("en", "Published: March 12, 2024", "Updated: March 14, 2024", _STANDS),  # an update on another day
        ("en", "Published: 03/12/2024", "Updated: 03/13/2024", _STANDS),  # all-number dates nothing settles
        ("en", "Published: March 13, 2024", "Updated: March 13, 2024", _STANDS),  # published the same day
        ("en", "The storm of March 12, 2024 left the bridge shut", "Updated: March 13, 2024", _STANDS),  # a dek's
        ("en", "Recap: Tuesday, March 12, 2024", "Updated: March 13, 2024", _STANDS),  # a kicker's
    ],
)
def test_metadata_that_give_the_shown_update_as_the_publication_give_way_to_the_shown_date_alone(
    language: str, published: str, updated: str, expected: str
) -> None:
    top = f'<h1>{_TITLE}</h1><div class="meta"><span>{published}</span> <span>{updated}</span></div>'
    article = _article(_page(language, top, head=_UPDATE_AS_PUBLISHED))
    assert (article.published or "")[: len(expected)] == expected


@pytest.mark.parametrize(
    ("line", "day"),
    [("недеља, 29. нов 2026, 19:47", "2026-11-29"), ("5. феб 2026", "2026-02-05"), ("1. дец 2025", "2025-12-01")],
)
def test_a_serbian_date_with_its_month_abbreviated_in_cyrillic_is_read(line: str, day: str) -> None:
    from newsparse._dates import read

    reading = read(line)
    assert reading is not None
    assert reading.iso[:10] == day


@pytest.mark.parametrize(
    ("language", "after", "expected"),
    [
        ("cs", '<div class="news-info"><p class="datum">Vloženo: 5.3.2026 11:30</p></div>', "2026-03-05T11:30:00"),
        ("pl", '<div class="meta">Autor: Jan Nowak Dodano: 2026-03-05 14:22 Odsłon: 2184</div>', "2026-03-05T14:22:00"),
        ("uk", '<div class="date">05.03.2026 10:14</div>', "2026-03-05T10:14:00"),
        ("en", '<div class="pub">First Published on Nov 20, 2019 01:38 pm</div>', "2019-11-20T13:38:00"),
        ("de", '<p class="stand">Stand: 04.03.2026, 18:05 Uhr</p>', "2026-03-04T18:05:00"),
    ],
)
def test_a_stamp_printed_under_the_story_is_the_date_when_nothing_else_gives_one(
    language: str, after: str, expected: str, backend: str
) -> None:
    article = _article(_page(language, f"<h1>{_TITLE}</h1>", after))
    assert article.published == expected


def test_a_stamp_under_the_story_gives_way_to_the_declared_date() -> None:
    head = '<meta property="article:published_time" content="2026-03-01T08:00:00+01:00">'
    after = '<p class="stamp">Aktualisiert am 05.03.2026, 10:14 Uhr</p>'
    article = _article(_page("de", f"<h1>{_TITLE}</h1>", after, head))
    assert article.published == "2026-03-01T08:00:00+01:00"
    assert article.updated is None  # (under the story, a chart's or a file's "updated" may stand as well)


def test_an_update_stamp_alone_under_an_undated_story_is_its_update() -> None:
    after = '<p class="stamp">Aktualisiert am 05.03.2026, 10:14 Uhr</p>'
    article = _article(_page("de", f"<h1>{_TITLE}</h1>", after))
    assert (article.updated or "").startswith("2026-03-05")


@pytest.mark.parametrize(
    "after",
    [
        '<p class="tags">Themen: Verkehr, Brücke, 2026</p>',  # a year alone among words: no stamp
        '<p class="note">Rok 2026 przyniesie zmiany w komunikacji miejskiej w całym regionie.</p>',
    ],
)
def test_a_line_under_the_story_without_a_stamp_gives_no_date(after: str) -> None:
    assert _article(_page("de", f"<h1>{_TITLE}</h1>", after)).published is None


@pytest.mark.parametrize(
    ("after", "head"),
    [
        ('<p>Renseignements :</p><p><a href="tel:0612345678">06.12.34.56.78</a></p>', ""),  # a telephone number
        ('<figure class="chart"><img src="/c.png"><figcaption>Quelle: Destatis, Stand: 31.12.2025</figcaption>'
         "</figure>", ""),  # a chart's data date
        ('<figure class="chart"><img src="/c.png"><figcaption>Source: ONS. Last updated 12.01.2026</figcaption>'
         "</figure>", '<meta property="article:published_time" content="2026-03-05T10:00:00+00:00">'),
    ],
)  # fmt: skip
def test_a_number_a_charts_date_or_a_later_stamp_under_the_story_dates_nothing(after: str, head: str) -> None:
    article = _article(_page("de", f"<h1>{_TITLE}</h1>", after, head))
    assert article.published == (None if not head else "2026-03-05T10:00:00+00:00")
    assert article.updated is None


def test_a_read_also_line_inside_the_story_gives_no_date() -> None:
    line = '<p>ČTĚTE TAKÉ: <a href="/a">Radnice zvedá poplatky za odpad</a> (publikováno 03.11.2018)</p>'
    body = f"<h1>{_TITLE}</h1>" + _BODY.replace("</p>", f"</p>{line}", 1)
    assert _article(_page("cs", body)).published is None


def test_a_date_linked_to_its_days_archive_under_the_headline_is_read(backend: str) -> None:
    info = (
        '<div class="story_info"><span class="date"><a href="https://example.az/2025/11/25/">25 November 2025, '
        '14:20</a></span> <span class="category"><a href="/economy/">Economy</a></span></div>'
    )
    assert _article(_page("en", f"<h1>{_TITLE}</h1>{info}")).published == "2025-11-25T14:20:00"


def test_a_date_linked_elsewhere_under_the_headline_gives_no_date() -> None:
    info = (
        '<div class="story_info"><a href="/archive/page-4">25 November 2025</a> <a href="/economy/">Economy</a></div>'
    )
    assert _article(_page("en", f"<h1>{_TITLE}</h1>{info}")).published is None


def test_the_lines_of_an_info_bar_after_the_storys_block_are_its_elements_without_links(backend: str) -> None:
    """After the story's block, a bar that holds links (its category, its poster) gives its other elements as lines."""
    from newsparse import _htmlblocks, _htmlpage, _pagetree

    page = (
        f'<div class="fullstory"><h1>{_TITLE}</h1><div class="ftext">{_BODY}</div><div class="finfo"><span '
        'class="fdate">12 февраля 2026, 14:20</span> <span class="fcat"><a href="/g/">Город</a></span> <span '
        'class="fuser">Добавил: <a href="/user/r/">redaktor</a></span></div></div>'
    )
    tree = _pagetree.build(page)
    text = tree.find("div", {"class": "ftext"})
    assert text is not None
    assert _htmlpage._lines_after(text, _htmlblocks.measure(tree)) == ["12 февраля 2026, 14:20"]


@pytest.mark.parametrize(
    "line", ["12 февраля 2026, 14:20", "Tuesday 10 February 2026, 09:15", "05.03.2026 10:14", "Stand: 04.03.2026"]
)
def test_a_date_alone_under_the_story_is_a_closing_stamp(line: str) -> None:
    from newsparse._htmldates import closing_stamps

    assert closing_stamps([line]) == [line]


@pytest.mark.parametrize("line", ["06.12.34.56.78", "Город, Транспорт", "Поделиться: 12", "2026"])
def test_a_line_without_a_date_alone_is_no_closing_stamp(line: str) -> None:
    from newsparse._htmldates import closing_stamps

    assert closing_stamps([line]) == []


def test_a_date_closing_the_text_stays_its_text() -> None:
    """A notice closes with its issuer and its day, printed as part of it ("2026年3月17日"); an event's or a
    deadline's date and time may close a story as well."""
    page = _page("zh", f"<h1>{_TITLE}</h1>").replace(
        b"</div></article>", "<p>2026年3月17日</p></div></article>".encode()
    )
    assert _article(page).body.endswith("2026年3月17日")


@pytest.mark.parametrize(
    "after",
    [
        '<div class="event-info"><span class="event-date">Saturday, 14 March 2026, 19:30</span><span>'
        '<a href="/venues/town-hall">Town Hall</a></span></div>',  # an event's details under the story
        '<div class="reader-pick"><span>Tom Hale</span><span>12 March 2025, 09:15</span><a href="#c1">Reply</a>'
        "</div>",  # a reader's comment
    ],
)
def test_another_things_date_in_a_bar_after_the_story_dates_nothing(after: str, backend: str) -> None:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><title>{_TITLE}</title></head><body><main><article><h1>{_TITLE}'
        f'</h1><div class="body">{_BODY}</div></article>{after}</main></body></html>'
    )
    assert _article(page.encode()).published is None


def test_an_events_date_and_time_closing_the_story_stay_its_text() -> None:
    end = "<p>When:</p><p>Saturday, March 14, 2026, 7:30 pm</p>"
    page = _page("en", f"<h1>{_TITLE}</h1>").replace(b"</div></article>", f"{end}</div></article>".encode())
    assert _article(page).body.endswith("Saturday, March 14, 2026, 7:30 pm")


# A Joomla-style item page: the site's logo in an <h1> beside its tagline, the story's headline a linked <h2>, and
# the article's details list under it, its labels in the page's language.
_DETAILS = {
    "en": ("Created: Thursday, 05 March 2026 10:12", "Last Updated: Friday, 06 March 2026 09:40", "Written by"),
    "it": ("Creato Giovedì, 05 Marzo 2026 10:12", "Ultima modifica il Venerdì, 06 Marzo 2026 09:40", "Scritto da"),
    "es": ("Creado: Jueves, 05 Marzo 2026 10:12", "Actualizado: Viernes, 06 Marzo 2026 09:40", "Escrito por"),
    "de": ("Erstellt: Donnerstag, 05. März 2026 10:12", "Zuletzt aktualisiert: Freitag, 06. März 2026 09:40",
           "Geschrieben von"),
    "nl": ("Aangemaakt: donderdag 05 maart 2026 10:12", "Laatst bijgewerkt: vrijdag 06 maart 2026 09:40",
           "Geschreven door"),
}  # fmt: skip


@pytest.mark.parametrize("language", list(_DETAILS))
def test_an_item_pages_details_under_a_linked_headline_give_its_date_and_writer(language: str, backend: str) -> None:
    created, modified, written = _DETAILS[language]
    page = (
        f'<!DOCTYPE html><html lang="{language}"><head><title>{_TITLE} - Valley Daily</title></head><body>'
        '<div id="header"><h1 id="logo"><a href="/"><img src="/logo.png" alt="Valley Daily"></a>'
        '<span class="header1">The valley\'s daily news online</span></h1></div>'
        '<div id="main"><div class="item-page">'
        f'<h2><a href="/news/4417-harbour-bridge-reopens">{_TITLE}</a></h2>'
        '<dl class="article-info"><dt class="article-info-term">Details</dt>'
        '<dd class="category-name">Category: <a href="/news">News</a></dd>'
        f'<dd class="create">{created}</dd><dd class="modified">{modified}</dd>'
        f'<dd class="createdby">{written} Mara Lindqvist</dd><dd class="hits">Hits: 1532</dd></dl>'
        f"{_BODY}</div></div></body></html>"
    )
    article = _article(page.encode())
    assert article.title == _TITLE
    assert (article.published or "")[:16] == "2026-03-05T10:12"
    assert (article.updated or "")[:10] == "2026-03-06"
    assert article.authors == ("Mara Lindqvist",)


@pytest.mark.parametrize(
    ("date", "ago"),
    [
        ("Martes, 10 de febrero de 2026", "· hace 3 horas"),
        ("10. Februar 2026", "| vor 2 Stunden"),
        ("10 février 2026", "• il y a 3 heures"),
    ],
)
def test_a_date_linked_to_the_story_over_its_headline_is_read_beside_a_relative_time(
    date: str, ago: str, backend: str
) -> None:
    """A theme prints the story's date over its headline, linked to the story itself, with how long ago it was."""
    page = (
        f'<!DOCTYPE html><html lang="es"><head><title>{_TITLE}</title>'
        '<link rel="canonical" href="https://example.com/news/harbour-bridge-reopens/"></head><body>'
        '<div class="main"><div class="inner-content"><div class="entry-header">'
        '<div class="post-meta"><div class="meta-date"><a href="https://example.com/news/harbour-bridge-reopens/">'
        f'{date}</a> <span class="meta-ago">{ago}</span></div></div>'
        f'<h1 class="post-title">{_TITLE}</h1></div><div class="entry-content">{_BODY}</div></div>'
        '<div class="related"><article><h3><a href="/other">Other story</a></h3><div class="meta-date">'
        '<a href="#">28 de enero de 2026</a></div></article></div></div></body></html>'
    )
    assert (_article(page.encode()).published or "")[:10] == "2026-02-10"


def test_a_relative_time_beside_a_date_is_left_out_of_the_line_read() -> None:
    assert _htmldates._without_relative("10 February 2026 · 3 hours ago") == "10 February 2026"
    assert _htmldates._without_relative("10 ago 2026 · hace 3 horas") == "10 ago 2026"  # "ago": a month's name
    assert _htmldates._without_relative("3 hours ago") == "3 hours ago"
    assert _htmldates._without_relative("Home · News") == "Home · News"


def test_a_date_line_after_a_standfirst_in_a_fields_wrappers_is_read(backend: str) -> None:
    """Drupal wraps a standfirst field's paragraph in its items' elements: the date line after it is the header's."""
    lead = (
        "Councillors on the planning committee voted seven to four to approve the scheme despite more than 600 "
        "objections from residents worried about traffic."
    )
    page = (
        f'<!DOCTYPE html><html lang="en"><head><title>{_TITLE}</title></head><body><div id="page-wrapper">'
        f'<div id="content"><h1 class="title" id="page-title">{_TITLE}</h1><div class="region-content">'
        '<div class="node node-article"><div class="field field-name-field-standfirst"><div class="field-items">'
        f'<div class="field-item even"><p>{lead}</p></div></div></div><div class="submitted">'
        '<div class="byline">By <a href="/author/tom-hale">Tom Hale</a></div>'
        '<div class="dateline">Published: 10:41, 10 February 2026</div></div>'
        f'<div class="content"><div class="field field-name-body">{_BODY}</div></div></div></div></div></div>'
        "</body></html>"
    )
    article = _article(page.encode())
    assert (article.published or "")[:10] == "2026-02-10"
    assert article.authors == ("Tom Hale",)


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "Created on 1 March 2021 during the pandemic, the fund has handed out $4.2 million to 900 shops"),
        ("pt", "Criado em Santos, Zé estreou no time aos 17 anos."),
        ("fr", "Créé le 1er mars 2021 pendant la pandémie, le fonds a versé 4 millions d'euros"),
        ("it", "Creato nel 1947 da Maria e Goffredo Bellonci."),
    ],
)
def test_a_sentence_opening_with_created_is_the_text_and_gives_no_date(language: str, lead: str, backend: str) -> None:
    page = _page(language, f"<h1>{_TITLE}</h1><p class='date'>March 10, 2026</p><p>{lead}</p>")
    article = _article(page)
    assert lead in article.body
    assert (article.published or "")[:10] == "2026-03-10"


@pytest.mark.parametrize(
    "card",
    [
        '<div class="te-puede-interesar"><h4><a href="/noticias/cierran-el-puente/">Cierran el puente</a></h4>'
        '<div class="meta-date"><a href="/noticias/cierran-el-puente/">28 de enero de 2026</a> · hace 6 semanas</div>'
        "</div>",  # a teaser's date, linked to its story
        '<div class="prev"><a href="/2026/03/08/story/" rel="prev">8 March 2026</a></div>',  # the previous post's
    ],
)
def test_a_date_linked_to_another_page_under_the_headline_is_not_the_storys(card: str, backend: str) -> None:
    page = _page("es", f'<span class="meta-date">Martes, 10 de marzo de 2026</span><h1>{_TITLE}</h1>{card}')
    assert (_article(page).published or "")[:10] == "2026-03-10"


def test_a_topics_date_link_over_the_headline_is_not_the_storys(backend: str) -> None:
    top = f'<div class="kicker"><a href="/tag/september-11">September 11, 2001</a></div><h1>{_TITLE}</h1>'
    assert (_article(_page("en", top, head=_LINK)).published or "")[:10] != "2001-09-11"


_LINK = '<link rel="canonical" href="https://example.com/news/harbour-bridge-reopens/">'


def test_a_story_of_one_paragraph_in_a_summary_wrapper_gives_no_date_to_the_header(backend: str) -> None:
    text = (
        "The harbour bridge reopened on Tuesday after two years of repairs. <strong>On 12 May 2019</strong> the "
        "council first closed the bridge to lorries after cracks were found in the deck."
    )
    page = (
        f'<!DOCTYPE html><html lang="en"><head><title>{_TITLE}</title></head><body><article>'
        f'<div class="date">10 March 2026</div><h1>{_TITLE}</h1><div class="news-summary"><div class="text">'
        f'<p>{text}</p></div></div><div class="tags"><a href="/t">Bridges</a></div></article></body></html>'
    )
    assert (_article(page.encode()).published or "")[:10] == "2026-03-10"


def test_a_malformed_canonical_address_is_no_date_links_own_and_no_error(backend: str) -> None:
    """ "http://[" is no URL (``urlsplit`` raises on it): the page is read, and no date link counts as its own."""
    page = (
        f'<!DOCTYPE html><html lang="en"><head><title>{_TITLE}</title><link rel="canonical" href="http://["></head>'
        f'<body><article><div class="meta"><a href="http://[">10 March 2026</a> · 3 hours ago</div><h1>{_TITLE}</h1>'
        f'<div class="article-body">{_BODY}</div></article></body></html>'
    )
    assert _article(page.encode()).title == _TITLE


@pytest.mark.parametrize(
    ("language", "date"),
    [("ro", "1 decembrie 2026, 01:15"), ("es", "10 de febrero de 2026"), ("en", "March 10, 2026")],
)
def test_a_date_alone_in_a_link_to_the_page_itself_is_its_date(language: str, date: str, backend: str) -> None:
    """A theme links the story's date to the story: a date alone in a link to the canonical address is its own."""
    top = f'<h1>{_TITLE}</h1><div class="meta-date"><a href="/news/harbour-bridge-reopens/">{date}</a></div>'
    assert (_article(_page(language, top, head=_LINK)).published or "")[:7] in ("2026-12", "2026-02", "2026-03")
    other = f'<h1>{_TITLE}</h1><div class="meta-date"><a href="/news/another-story/">{date}</a></div>'
    assert _article(_page(language, other, head=_LINK)).published is None  # a link to another page: another's


@given(st.sampled_from(_OFFSETS), st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2035, 1, 1)))
def test_the_clock_printed_under_the_story_gives_the_local_day_of_a_utc_time(minutes: int, moment: dt.datetime) -> None:
    """ "10 de febrero de 2026 · <span class=c-time>22:30 hrs</span>" under the text: the day printed is the date."""
    moment = moment.replace(second=0, microsecond=0)
    local = moment.replace(tzinfo=dt.UTC).astimezone(dt.timezone(dt.timedelta(minutes=minutes)))
    month = _MONTHS["es"].split()[local.month - 1]
    head = f'<meta property="article:published_time" content="{moment.isoformat()}Z">'
    after = (
        f'<div class="date-bottom"><span class="c-date">{local.day} de {month} de {local.year}</span> &middot; '
        f'<span class="c-time">{local.hour:02d}:{local.minute:02d} hrs</span></div>'
    )
    article = _article(_page("es", f"<h1>{_TITLE}</h1>", after, head=head))
    assert (article.published or "")[:10] == local.date().isoformat()
    assert f"de {local.year}" not in article.body  # the stamp is no line of the story


def test_a_notices_date_under_its_signature_is_its_text(backend: str) -> None:
    """A date alone without a time closing the text ("2026年3月17日", "3 March 2026") is a notice's or a letter's."""
    after = '<div class="sign"><p>Harbour Board</p><p>3 March 2026</p></div>'
    assert "3 March 2026" in _article(_page("en", f"<h1>{_TITLE}</h1>", after)).body


@pytest.mark.parametrize(
    "line",
    [
        "วันพฤหัสบดีที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๙ เวลา ๑๐:๓๐ น. | ผู้เขียน: ศิริพร วงศ์ใหญ่ (ทีมข่าวภูมิภาค) | อ่าน ๒,๑๔๗ ครั้ง",
        "Donnerstag, 5. November 2026, 10:30 Uhr | Autor: Wilhelmine Schwarzenberger-Hohenlohe | 2.147 Aufrufe",
    ],
)
def test_a_long_header_line_of_a_date_a_byline_and_a_count_is_a_header_line(line: str, backend: str) -> None:
    """A portal's info line, long in a language of long words, leaves the text and gives the date."""
    page = (
        '<!DOCTYPE html><html><head><title>Story</title></head><body><table><tr><td class="content">'
        f"<h1>{_TITLE}</h1><p>{line}</p>{_BODY}</td></tr></table></body></html>"
    ).encode()
    article = _article(page)
    assert (article.published or "")[:10] == "2026-11-05"
    assert "|" not in article.body


def test_a_date_and_time_under_the_story_do_not_move_a_utc_time_to_their_zone(backend: str) -> None:
    """An update's stamp printed under the story ("06.03.2026 01:40") may be any moment: only a day alone printed
    there gives a UTC time its local day."""
    head = '<meta property="article:published_time" content="2026-03-05T23:40:00Z">'
    after = '<div class="article-updated">06.03.2026 01:40</div>'
    assert _article(_page("en", f"<h1>{_TITLE}</h1>", after, head=head)).published == "2026-03-05T23:40:00+00:00"


_ITALIAN = "La circolazione ferroviaria è ridotta fino al 22 dicembre sulla linea, dove una frana ha invaso i binari."
_PORTUGUESE = (
    "A circulação ferroviária está reduzida até 22 de dezembro na linha, onde um deslizamento invadiu os carris."
)


@pytest.mark.parametrize(("text", "expected"), [(_ITALIAN, "2026-12-03"), (_PORTUGUESE, "2026-12-03")])
def test_an_all_number_date_of_an_undeclared_page_is_read_in_the_order_of_its_texts_language(
    text: str, expected: str, backend: str
) -> None:
    """No language declared: the stopwords of the text tell it, and so the order of "03/12/2026 13:05"."""
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
        f'<div class="info">di Giulia Ferrante - <span class="data">03/12/2026 13:05</span></div>'
        f'<div class="testo">{"".join(f"<p>{text}</p>" for _ in range(5))}</div></article></body></html>'
    )
    assert (_article(page.encode()).published or "")[:10] == expected


@pytest.mark.parametrize("cls", ["postmetadata alt", "entry-utility", "entry-footer", "post-footer"])
def test_a_blog_posts_line_of_details_under_it_leaves_the_text_and_dates_it(cls: str, backend: str) -> None:
    """An old WordPress theme prints when and where a post was filed under it, in a long line of its own."""
    details = (
        "This entry was posted on Thursday, March 12th, 2009 at 2:25 pm and is filed under Local News. You can "
        "follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback."
    )
    page = (
        f'<html lang="en"><head><title>{_TITLE}</title></head><body><div class="post"><h2>{_TITLE}</h2>'
        f'<div class="entry">{_BODY}<p class="{cls}"><small>{details}</small></p></div></div></body></html>'
    )
    article = _article(page.encode())
    assert (article.published or "")[:10] == "2009-03-12"
    assert "This entry was posted" not in article.body
