"""The one date reader: a date as written in any bundled language, into ISO 8601.

Every detector's dates go through here (through :func:`newsparse._fields.read_date` and the plain-text readers'
:func:`newsparse._meta.parse_date`). It reads

- ISO 8601, extended or basic ("2024-03-14T14:05:00.1234567Z", "20180619T055000+0900"), any number of
  fractional digits (kept to the microsecond);
- dates with a month name in any bundled language, day first, month first or year first, with weekdays, ordinal
  endings and fillers ("14. März 2024", "3 mars 2024 à 14h05", "21 de octubre de 2024", "14 марта 2024",
  "Sept. 4, 2025", "2024. március 14.", "2025 жылғы 2 желтоқсан", "2026. gada 27. novembrī");
- years of the Buddhist era in written and all-number dates, as Thai dates count them ("14/03/2567" is 2024);
- East Asian dates ("2024年3月14日 14時05分", "2024년 3월 14일 오후 2시 5분");
- all-number dates (d.m.Y, d/m/Y, m/d/Y, Y/m/d), the order settled by a number above 12 or by the language
  (``order``); when neither settles it, the reading says so (:attr:`Reading.ambiguous`);
- 12- and 24-hour times, "14h05", "14.05 Uhr"; zone names and abbreviations from the vocabularies ("EST",
  "MEZ", "JST", "МСК"), offsets ("+0200", "UTC+3").

Relative times ("2 hours ago", "vor 2 Stunden", "il y a 3 heures", "3小时前") are never dates. The output is a
date ("2024-03-14") or a date and time, with its offset when the text gives one ("2024-03-14T14:05:00+01:00").
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Literal

import attrs

from newsparse._calendars import SOLAR_HIJRI_YEARS, from_solar_hijri
from newsparse.vocabulary import PATTERNS
from newsparse.vocabulary._datepatterns import DatePatterns
from newsparse.vocabulary._patterns import changes

__all__ = ["Order", "Reading", "find", "may_hold_date", "numeric_order", "read", "start", "word_order"]

Order = Literal["dmy", "mdy", "ymd", ""]
"""How an all-number date is ordered: day first, month first, year first, or unknown ("")."""

# every date has a year of four digits, or an all-number date's two ("3/14/24"): a quick test before the patterns
_YEARISH = re.compile(r"\d(?:\d{3}|[./-]\d{1,2}[./-]\d\d)")
_MAX = 1000  # characters: a longer text is not searched for a date
_FRACTION = 6  # digits of a fraction of a second that Python keeps


@attrs.frozen
class Reading:
    """A date read from text.

    Attributes:
        iso: the date in ISO 8601 ("2024-03-14", "2024-03-14T14:05:00+01:00").
        ambiguous: whether the text was an all-number date whose day and month could be swapped and nothing
            settled which is which (then ``iso`` reads it month first for "/", day first otherwise).
    """

    iso: str
    ambiguous: bool = False


def may_hold_date(text: str) -> bool:
    """A quick test: whether ``text`` has a year, or the numbers of an all-number date, that a date needs.

    Example:
        >>> may_hold_date("Published 14 March 2024"), may_hold_date("View 227 times")
        (True, False)
    """
    return _YEARISH.search(text) is not None


def numeric_order(language: str | None) -> Order:
    """How all-number dates are ordered in a language, from its tag: its vocabulary's order, "" when unknown.

    English is written both ways: month first in the United States (and the
    places that write as it does), day first in the other English-speaking
    regions; a bare "en" says nothing.

    Example:
        >>> numeric_order("pt-BR"), numeric_order("en-US"), numeric_order("en_GB"), numeric_order("en")
        ('dmy', 'mdy', 'dmy', '')
    """
    parts = (language or "").replace("_", "-").lower().split("-")
    region = next((part for part in parts[1:] if len(part) == 2 and part.isalpha()), "")
    if parts[0] == "en":
        return ("mdy" if region in _MONTH_FIRST_REGIONS else "dmy") if region else ""
    order = PATTERNS.dates.language_orders.get(parts[0], "")
    return order if order in ("dmy", "mdy", "ymd") else ""  # type: ignore[return-value]


def word_order(word: str) -> Order:
    """The all-number date order of the language of a timestamp word ("Veröffentlicht": day first), or "".

    Example:
        >>> word_order("Veröffentlicht"), word_order("Updated")
        ('dmy', '')
    """
    order = PATTERNS.dates.orders.get(" ".join(word.split()).casefold(), "")
    return order if order in ("dmy", "mdy", "ymd") else ""  # type: ignore[return-value]


# Regions whose English writes the month first ("3/14/2024"): the United States and the territories and states that
# follow its usage; the other English-speaking regions write the day first.
_MONTH_FIRST_REGIONS = frozenset(("us", "as", "gu", "mp", "pr", "um", "vi", "fm", "mh", "pw", "ph"))


def read(value: str, *, order: Order = "") -> Reading | None:
    """Read the first date in a short string (a timestamp line, a metadata value), or None.

    Example:
        >>> read("Veröffentlicht am 14. März 2024, 14:05 Uhr MEZ").iso
        '2024-03-14T14:05:00+01:00'
        >>> read("03/04/2024")
        Reading(iso='2024-03-04', ambiguous=True)
        >>> read("03/04/2024", order="dmy"), read("vor 2 Stunden")
        (Reading(iso='2024-04-03', ambiguous=False), None)
    """
    value = value.strip()
    if not value or len(value) > 200:
        return None
    return _read(value, order, changes())


@functools.lru_cache(maxsize=4096)
def _read(value: str, order: Order, vocabularies: int) -> Reading | None:
    """:func:`read`, remembered: a page's dates are read several times (candidates, times, orders, fields).

    ``vocabularies`` is the count of :func:`~newsparse.vocabulary._patterns.changes`, so that a vocabulary
    registered later reads anew.
    """
    return find(value, order=order, whole=True)


def find(text: str, *, order: Order = "", whole: bool = False) -> Reading | None:
    """The first date in ``text`` (None when there is none, or when the text speaks of a relative time).

    ``whole`` says the text is one value, not a sentence: a bare basic ISO date ("20240314") counts then.
    """
    found = _first(text, whole)
    return None if found is None else _read_match(*found, PATTERNS.dates, order)


def start(text: str) -> int | None:
    """Where the first date in ``text`` starts, as :func:`find` finds it (None when there is none).

    Example:
        >>> text = "Jeff Foust, Monday, November 18, 2019"
        >>> text[start(text):]
        'November 18, 2019'
    """
    found = _first(text, False)
    return None if found is None else found[1].start()


def _first(text: str, whole: bool) -> tuple[str, re.Match[str]] | None:
    """The kind and match of the first date in ``text`` (the longest of those that start first)."""
    if len(text) > _MAX or _YEARISH.search(text) is None:
        return None
    tables = PATTERNS.dates
    if tables.is_relative(text):
        return None
    best: tuple[int, int, str, re.Match[str]] | None = None
    for kind, pattern in _candidates(tables):
        # once a date starts the text, only one that starts there too may be longer: the others are not searched for
        match = pattern.match(text) if best is not None and best[0] == 0 else pattern.search(text)
        if match is None:
            continue
        bare = kind == "iso" and not match.group("dash") and match.group("hour") is None
        if bare and not (whole and match.group() == text):
            continue  # eight digits in a sentence are not a date
        key = (match.start(), -len(match.group()))
        if best is None or key < best[:2]:
            best = (*key, kind, match)
    return None if best is None else (best[2], best[3])


def _candidates(tables: DatePatterns) -> list[tuple[str, re.Pattern[str]]]:
    return [
        ("iso", tables.iso),
        ("written", tables.written[0]),
        ("written", tables.written[1]),
        ("written", tables.written[2]),
        ("written", tables.written[3]),
        ("east", tables.east_asian),
        ("numeric", tables.numeric),
    ]


def _read_match(kind: str, match: re.Match[str], tables: DatePatterns, order: Order) -> Reading | None:
    ambiguous = False
    if kind == "numeric":
        parts = _numeric(match, order)
        if parts is None:
            return None
        year, month, day, ambiguous = parts
    elif kind == "written":
        name = match.group("month").lower().rstrip(".")
        month_number = tables.months.get(name)
        if month_number is None:
            solar = tables.solar_months.get(name)
            year, day = int(match.group("year")), int(match.group("day"))
            found = from_solar_hijri(year, solar, day) if solar is not None else None
            return None if found is None else Reading(_with_time(found, match, tables), False)
        year, month, day = int(match.group("year")), month_number, int(match.group("day"))
    else:
        year, month, day = int(match.group("year")), int(match.group("month")), int(match.group("day"))
    if kind != "iso" and _BUDDHIST_ERA[0] <= year < _BUDDHIST_ERA[1]:
        year -= _BUDDHIST_ERA_AHEAD
    if kind == "numeric" and SOLAR_HIJRI_YEARS[0] <= year < SOLAR_HIJRI_YEARS[1]:  # "۱۴۰۴/۱۲/۱۴"
        found = from_solar_hijri(year, month, day)
        return None if found is None else Reading(_with_time(found, match, tables), ambiguous)
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return None
    return Reading(_with_time(date, match, tables), ambiguous)


# Thai dates count the years of the Buddhist era, 543 ahead of the Common Era ("14 มีนาคม 2567" is 2024-03-14), as
# do Cambodia, Laos and Myanmar: a written or all-number date in these years is one (no news is dated 2400 to 2699
# of the Common Era). A machine's ISO date always counts the Common Era.
_BUDDHIST_ERA = (2400, 2700)
_BUDDHIST_ERA_AHEAD = 543


def _numeric(match: re.Match[str], order: Order) -> tuple[int, int, int, bool] | None:
    """Year, month, day and whether the order was a guess, from an all-number date."""
    a, b, c, sep = match.group("a"), match.group("b"), match.group("c"), match.group("sep").strip()
    if len(a) == 4:
        return (int(a), int(b), int(c), False) if len(c) <= 2 else None
    if len(a) == 3:
        return None
    year = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 70 else 1900 + int(c)
    first, second = int(a), int(b)
    if first > 12 >= second:
        return year, second, first, False
    if second > 12 >= first:
        return year, first, second, False
    if first == second:
        return year, first, second, False
    if order in ("dmy", "mdy"):
        day_first = order == "dmy"
        guessed = False
    else:
        day_first = sep != "/"  # d.m.Y is day first wherever it is written; d/m/Y and m/d/Y both exist
        guessed = sep != "."
    return (year, second, first, guessed) if day_first else (year, first, second, guessed)


def _with_time(date: _dt.date, match: re.Match[str], tables: DatePatterns) -> str:
    parts = match.groupdict()
    if parts.get("hour") is None:
        return date.isoformat()
    hour = int(parts["hour"])
    ampm = (parts.get("ampm") or "").lower()
    if ampm in tables.pm and hour < 12:
        hour += 12
    elif ampm in tables.am and hour == 12:
        hour = 0
    fraction = (parts.get("frac") or "")[:_FRACTION]
    try:
        moment = _dt.datetime.combine(
            date,
            _dt.time(
                hour,
                int(parts.get("minute") or 0),
                int(parts.get("second") or 0),
                int(fraction.ljust(_FRACTION, "0")) if fraction else 0,
            ),
            tzinfo=_zone(parts, tables),
        )
    except ValueError:
        return date.isoformat()
    return moment.isoformat()


def _zone(parts: dict[str, str | None], tables: DatePatterns) -> _dt.tzinfo | None:
    """The offset of a zone name ("EST") or an offset ("+0200", "UTC+3"); None when absent or out of range."""
    sign = parts.get("sign")
    if sign is not None:
        hours, minutes = int(parts.get("oh") or 0), int(parts.get("om") or 0)
    else:
        offset = tables.zones.get((parts.get("tz") or "").upper())
        if offset is None:
            return None
        sign, hours, minutes = offset[0], int(offset[1:3]), int(offset[4:6])
    if hours > 23 or minutes > 59:
        return None
    delta = _dt.timedelta(hours=hours, minutes=minutes)
    return _dt.UTC if not delta else _dt.timezone(delta if sign == "+" else -delta)
