"""Solar Hijri dates read as the Gregorian dates they are.

The expected dates are public facts (the Gregorian date of each Nowruz, 1
Farvardin, from the Iranian calendar's published tables) and the calendar's
own rules (six months of 31 days, five of 30, Esfand 29 or 30), never what
newsparse computes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._calendars import SOLAR_HIJRI_YEARS, from_solar_hijri
from newsparse._dates import find

# 1 Farvardin of these years, as published
_NOWRUZ = {
    1354: "1975-03-21", 1357: "1978-03-21", 1370: "1991-03-21", 1375: "1996-03-20", 1379: "2000-03-20",
    1383: "2004-03-20", 1387: "2008-03-20", 1391: "2012-03-20", 1395: "2016-03-20", 1399: "2020-03-20",
    1400: "2021-03-21", 1401: "2022-03-21", 1402: "2023-03-21", 1403: "2024-03-20", 1404: "2025-03-21",
    1405: "2026-03-21",
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(_NOWRUZ))
def test_each_nowruz_is_its_published_date(year: int) -> None:
    assert str(from_solar_hijri(year, 1, 1)) == _NOWRUZ[year]


@pytest.mark.parametrize("year", sorted(_NOWRUZ))
def test_a_year_lasts_until_the_next_nowruz(year: int) -> None:
    """The last day of a year (Esfand 30 in a leap year, else 29) is the day before the next Nowruz."""
    following = from_solar_hijri(year + 1, 1, 1)
    assert following is not None
    last = following - dt.timedelta(days=1)
    assert last in (from_solar_hijri(year, 12, 30), from_solar_hijri(year, 12, 29))
    if from_solar_hijri(year, 12, 30) is None:
        assert from_solar_hijri(year, 12, 29) == last


_LENGTHS = [31] * 6 + [30] * 5


@given(st.integers(SOLAR_HIJRI_YEARS[0], SOLAR_HIJRI_YEARS[1] - 2), st.integers(1, 11), st.integers(1, 31))
def test_the_next_day_of_the_calendar_is_the_next_gregorian_day(year: int, month: int, day: int) -> None:
    day = min(day, _LENGTHS[month - 1])
    at = from_solar_hijri(year, month, day)
    following = (year, month, day + 1) if day < _LENGTHS[month - 1] else (year, month + 1, 1)
    assert at is not None
    assert from_solar_hijri(*following) == at + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("year", "month", "day"), [(1404, 7, 31), (1404, 13, 1), (1404, 0, 5), (1299, 1, 1), (1500, 1, 1), (1404, 1, 0)]
)
def test_no_date_outside_the_calendar_or_its_years(year: int, month: int, day: int) -> None:
    assert from_solar_hijri(year, month, day) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پنجشنبه ۱۴ اسفند ۱۴۰۴ - ۱۰:۳۵", "2026-03-05T10:35:00"),
        ("۱ فروردین ۱۴۰۵", "2026-03-21"),
        ("۲۲ بهمن ۱۳۵۷", "1979-02-11"),
        ("۱۴۰۳/۰۱/۱۲", "2024-03-31"),
        ("1403/1/12", "2024-03-31"),
    ],
)
def test_written_and_numeric_solar_hijri_dates_are_found(text: str, expected: str) -> None:
    found = find(text)
    assert found is not None
    assert found.iso == expected


def test_a_page_dated_only_in_the_solar_hijri_calendar_gets_its_date(backend: str) -> None:
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in [
            "شهرداری تهران اعلام کرد که از هفته آینده دوچرخه‌های اشتراکی در ده ایستگاه جدید در دسترس خواهد بود.",
            "به گفته مدیر حمل و نقل شهرداری، این طرح در سه ماه نخست به صورت آزمایشی اجرا می‌شود و سپس ادامه می‌یابد.",
            "شهروندان می‌توانند با نصب یک برنامه همراه، دوچرخه را رزرو کنند و هزینه آن را به صورت اعتباری بپردازند.",
        ]
    )
    page = (
        '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>دوچرخه‌های اشتراکی</title>'
        '</head><body><article><h1>دوچرخه‌های اشتراکی</h1><div class="news-date">پنجشنبه ۱۴ اسفند ۱۴۰۴ - ۱۰:۳۵'
        f'</div><div class="body">{story}</div></article></body></html>'
    )
    (article,) = newsparse.load(page.encode(), name="fa.html", detector="html-page")
    assert (article.published or "")[:16] == "2026-03-05T10:35"
