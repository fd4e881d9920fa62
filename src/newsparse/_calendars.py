"""Dates of the other calendars news pages print, as Gregorian dates: the Solar Hijri one (Iran, Afghanistan).

The Solar Hijri year begins at the March equinox (1 Farvardin); its first six
months have 31 days, the next five 30, the last 29, or 30 in a leap year. Its
leap years are those of the 33-year cycle in which the year's remainder by 33
is 1, 5, 9, 13, 17, 22, 26 or 30, a rule that agrees with the calendar's
astronomical definition for every year of modern news. 1 Farvardin 1404 was
21 March 2025.
"""

from __future__ import annotations

import datetime as _dt

__all__ = ["SOLAR_HIJRI_YEARS", "from_solar_hijri"]

SOLAR_HIJRI_YEARS = (1300, 1500)
"""The Solar Hijri years read as such (1921 to 2121 of the Common Era): no news is dated 1300 to 1499 CE."""

_LEAP_REMAINDERS = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_ANCHOR_YEAR = 1404
_ANCHOR = _dt.date(2025, 3, 21)  # 1 Farvardin 1404


def _leap(year: int) -> bool:
    return year % 33 in _LEAP_REMAINDERS


def _length(year: int) -> int:
    return 366 if _leap(year) else 365


def from_solar_hijri(year: int, month: int, day: int) -> _dt.date | None:
    """The Gregorian date of a Solar Hijri one, None when it is no date (or outside :data:`SOLAR_HIJRI_YEARS`).

    Example:
        >>> from_solar_hijri(1404, 12, 14), from_solar_hijri(1405, 7, 30), from_solar_hijri(1403, 1, 12)
        (datetime.date(2026, 3, 5), datetime.date(2026, 10, 22), datetime.date(2024, 3, 31))
        >>> from_solar_hijri(1404, 12, 30) is None  # 1404 is no leap year: Esfand has 29 days
        True
    """
    if not SOLAR_HIJRI_YEARS[0] <= year < SOLAR_HIJRI_YEARS[1] or not 1 <= month <= 12:
        return None
    days = 31 if month <= 6 else 30 if month <= 11 else 30 if _leap(year) else 29
    if not 1 <= day <= days:
        return None
    if year >= _ANCHOR_YEAR:
        start = sum(_length(y) for y in range(_ANCHOR_YEAR, year))
    else:
        start = -sum(_length(y) for y in range(year, _ANCHOR_YEAR))
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _ANCHOR + _dt.timedelta(days=start + before + day - 1)
