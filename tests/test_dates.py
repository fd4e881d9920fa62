"""The one date reader (newsparse._dates): every bundled language, numeric orders, zones, ISO forms, epochs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _dates
from newsparse._fields import read_date, read_date_noted
from newsparse._meta import parse_date
from newsparse.vocabulary import BUNDLED

from .languages import DATES


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_real_shaped_dates(text: str, expected: str | None) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1710425100, "2024-03-14T14:05:00+00:00"),
        (1710425100000, "2024-03-14T14:05:00+00:00"),  # milliseconds
        (1710425100.5, "2024-03-14T14:05:00.500000+00:00"),
        ("1710425100", "2024-03-14T14:05:00+00:00"),
        ("1710425100000", "2024-03-14T14:05:00+00:00"),
        (1710425100000000, None),  # microseconds: not read
        (-5, None),
        (float("nan"), None),
        (float("inf"), None),
    ],
)
def test_epoch_seconds_and_milliseconds(value: str | float, expected: str | None) -> None:
    assert read_date(value) == expected


@pytest.mark.parametrize(
    ("text", "order", "expected", "ambiguous"),
    [
        ("03/04/2024", "", "2024-03-04", True),  # "/" unsettled: month first, and said so
        ("03/04/2024", "dmy", "2024-04-03", False),
        ("03/04/2024", "mdy", "2024-03-04", False),
        ("13/04/2024", "", "2024-04-13", False),  # a day above 12 settles it
        ("04/13/2024", "", "2024-04-13", False),
        ("04/13/2024", "dmy", "2024-04-13", False),  # the number beats the locale
        ("03.04.2024", "", "2024-04-03", False),  # dotted: day first everywhere
        ("03-04-2024", "", "2024-04-03", True),
        ("05/05/2024", "", "2024-05-05", False),  # the same either way
        ("2024/03/04", "", "2024-03-04", False),  # year first: never ambiguous
    ],
)
def test_numeric_orders(text: str, order: _dates.Order, expected: str, ambiguous: bool) -> None:
    assert _dates.read(text, order=order) == _dates.Reading(expected, ambiguous)


def test_an_ambiguous_date_is_a_coded_problem_in_structured_records() -> None:
    value, problem = read_date_noted("03/04/2024", "published")
    assert value == "2024-03-04"
    assert problem is not None
    assert problem.code == "date-ambiguous"
    assert "published" in problem
    (article,) = newsparse.parse_text('{"title": "A", "text": "Body.", "published": "03/04/2024"}\n').articles
    assert article.published == "2024-03-04"
    assert [p.code for p in article.problems] == ["date-ambiguous"]


def test_the_timestamp_word_settles_the_order_in_plain_text() -> None:
    (german,) = newsparse.parse_text("Titel\n\nVeröffentlicht am 03.04.2024\n\nText.\n").articles
    (spanish,) = newsparse.parse_text("Título\n\nPublicado el 03/04/2024\n\nTexto del artículo.\n").articles
    (english,) = newsparse.parse_text("Title\n\nPublished 03/04/2024\n\nThe text.\n").articles
    assert (german.published, german.problems) == ("2024-04-03", ())
    assert (spanish.published, spanish.problems) == ("2024-04-03", ())
    assert english.published == "2024-03-04"
    assert [p.code for p in english.problems] == ["date-ambiguous"]


@pytest.mark.parametrize(
    "text",
    [
        "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "2 ore fa", "há 2 horas",
        "2 uur geleden", "2 godziny temu", "2 часа назад", "2 години тому", "2 saat önce", "منذ ساعتين",
        "3小时前", "3時間前", "3시간 전", "Updated yesterday, 14 March 2024",
    ],
)  # fmt: skip
def test_relative_times_are_never_dates(text: str) -> None:
    assert parse_date(text) is None
    assert read_date(text) is None


def test_fractions_of_any_length_are_kept_to_the_microsecond() -> None:
    for digits in range(1, 10):
        fraction = "123456789"[:digits]
        expected = dt.datetime(2024, 3, 14, 14, 5, 0, int(fraction[:6].ljust(6, "0")), tzinfo=dt.UTC)
        assert read_date(f"2024-03-14T14:05:00.{fraction}Z") == expected.isoformat()


_MOMENTS = st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2098, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
_LANGUAGES = [v for v in BUNDLED if v.months]


@given(moment=_MOMENTS, data=st.data())
def test_a_written_out_date_in_any_language_reads_back(moment: dt.datetime, data: st.DataObject) -> None:
    """A date written "day month year, HH:MM" with any month name of any language reads back to itself."""
    vocabulary = data.draw(st.sampled_from(_LANGUAGES))
    names = sorted(name for name, number in vocabulary.months.items() if number == moment.month)
    if not names:  # the month is spelled as in another language (German "September" is English's)
        names = sorted(name for v in BUNDLED for name, number in v.months.items() if number == moment.month)
    name = data.draw(st.sampled_from(names))
    filler = " de " if "de" in vocabulary.date_fillers else " "
    text = f"{moment.day}{filler}{name}{filler}{moment.year}, {moment:%H:%M}"
    assert read_date(text) == moment.isoformat()


@given(moment=_MOMENTS, data=st.data())
def test_a_year_first_written_date_in_any_language_reads_back(moment: dt.datetime, data: st.DataObject) -> None:
    """A date written year first ("2024. március 14., 14:05", "2024 m. kovo 14 d.") with any month name reads back."""
    names = sorted({name for v in BUNDLED for name, number in v.months.items() if number == moment.month})
    name = data.draw(st.sampled_from(names))
    dot = data.draw(st.sampled_from([". ", " ", ", "]))
    text = f"{moment.year}{dot}{name} {moment.day}., {moment:%H:%M}"
    assert read_date(text) == moment.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024. március 14.", "2024-03-14"),  # Hungarian
        ("Közzétéve: 2024. márc. 14. 14:05", "2024-03-14T14:05:00"),
        ("Frissítve: 2024. október 3., csütörtök", "2024-10-03"),
        ("2024 May 14", "2024-05-14"),
        ("in 2023 March 2024", None),  # a year and a month and year: no day, no date
        ("2023 - 14 March 2024", "2024-03-14"),
    ],
)
def test_year_first_dates(text: str, expected: str | None) -> None:
    assert read_date(text) == expected


@given(moment=_MOMENTS, data=st.data())
def test_buddhist_era_years_read_as_the_common_era(moment: dt.datetime, data: st.DataObject) -> None:
    """A written or all-number date counting the Buddhist era (543 years ahead, as Thai dates do) is read as the
    Common Era's; a machine's ISO date is not moved."""
    era = moment.year + 543
    names = sorted({name for v in BUNDLED for name, number in v.months.items() if number == moment.month})
    form = data.draw(
        st.sampled_from([f"{moment.day} {data.draw(st.sampled_from(names))} {era}", f"{moment:%d.%m}.{era}"])
    )
    assert read_date(form) == moment.date().isoformat()
    assert read_date(f"{era}-{moment:%m-%d}") == f"{era}-{moment:%m-%d}"


@given(moment=_MOMENTS, data=st.data())
def test_numeric_and_east_asian_dates_read_back(moment: dt.datetime, data: st.DataObject) -> None:
    """d.m.Y, Y/m/d, Y-m-d and 年月日 / 년 월 일 forms of a date read back to it."""
    form = data.draw(
        st.sampled_from(
            [
                "{d:%d}.{d:%m}.{d:%Y} {d:%H:%M}",
                "{d:%Y}/{d:%m}/{d:%d} {d:%H:%M}",
                "{d:%Y}-{d:%m}-{d:%d}T{d:%H:%M}",
                "{d.year}年{d.month}月{d.day}日 {d:%H:%M}",
                "{d.year}년 {d.month}월 {d.day}일 {d:%H:%M}",
                "{d:%Y%m%d}T{d:%H%M}",
            ]
        )
    )
    assert read_date(form.format(d=moment)) == moment.isoformat()


@given(moment=_MOMENTS, zone=st.sampled_from([("EST", -5), ("PDT", -7), ("MEZ", 1), ("JST", 9), ("МСК", 3)]))
def test_zone_names_give_their_offset(moment: dt.datetime, zone: tuple[str, int]) -> None:
    name, hours = zone
    expected = moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=hours)))
    assert read_date(f"{moment:%d %b %Y %H:%M} {name}") == expected.isoformat()


@given(st.text(max_size=300))
def test_the_reader_never_raises(text: str) -> None:
    """Any text gives an ISO date or None, never an error."""
    found = read_date(text)
    assert found is None or dt.date.fromisoformat(found[:10])


def test_ambiguous_zone_names_are_refused() -> None:
    """IST (India, Israel, Ireland) and AST (Atlantic, Arabia) keep the time without an offset."""
    assert read_date("14 March 2024 14:05 IST") == "2024-03-14T14:05:00"
    assert read_date("14 March 2024 14:05 AST") == "2024-03-14T14:05:00"
