"""The field contract: the article's field names, their kinds, and the coercions every reader uses.

One table, :data:`FIELDS`, in the order of ``Article.to_dict()``. The model's
``to_dict``, the detectors' :data:`~newsparse.detectors.FIELD_NAMES`, the Parquet
schema and the check of the shipped JSON Schema are all derived from it; the
coercions turn a detector's raw value (a date string, an epoch number, a count,
a list of names) into the field's type, or into a problem with one wording for
every detector::

    published 'someday' is not a date newsparse can read; left empty

This module imports nothing heavy and nothing of the model, so that every other
module can import it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from typing import Literal, TypeGuard

import attrs

from newsparse import _dates
from newsparse._problems import Problem

__all__ = [
    "ARTICLE_NAMES",
    "DETECTOR_NAMES",
    "FIELDS",
    "KIND_OF",
    "Field",
    "Kind",
    "is_count_input",
    "is_date_input",
    "read_count",
    "read_date",
    "read_date_noted",
    "split_names",
    "split_tags",
    "unreadable",
]

Kind = Literal["text", "body", "texts", "captions", "date", "count", "provenance", "dropped"]
"""What a field holds: ``text`` is ``str | None``; ``body`` a ``str``; ``texts`` a tuple of ``str``;
``captions`` a tuple of :class:`~newsparse.Caption`; ``date`` an ISO 8601 ``str | None``; ``count``
an ``int | None`` (0 or more); ``provenance`` a :class:`~newsparse.Provenance` or ``None``;
``dropped`` a tuple of :class:`~newsparse.Dropped`."""


@attrs.frozen
class Field:
    """One field of the contract.

    Attributes:
        name: the key in ``Article.to_dict()`` and the attribute of :class:`~newsparse.Article`.
        kind: what it holds (see :data:`Kind`).
        from_detector: whether a detector may give it in ``RawArticle.fields``.

    Example:
        >>> FIELDS[0]
        Field(name='title', kind='text', from_detector=True)
    """

    name: str
    kind: Kind
    from_detector: bool = True


FIELDS: tuple[Field, ...] = (
    Field("title", "text"),
    Field("subtitle", "text"),
    Field("highlights", "texts"),
    Field("body", "body"),
    Field("captions", "captions"),
    Field("byline", "text"),
    Field("authors", "texts"),
    Field("source", "text"),
    Field("section", "text"),
    Field("published", "date"),
    Field("updated", "date"),
    Field("dateline", "text"),
    Field("language", "text"),
    Field("url", "text"),
    Field("image", "text"),
    Field("tags", "texts"),
    Field("views", "count"),
    Field("notes", "texts"),
    Field("id", "text"),
    Field("provenance", "provenance", from_detector=False),
    Field("dropped", "dropped"),
    Field("problems", "texts", from_detector=False),
)
"""The article's fields, in the order of ``Article.to_dict()``.

Example:
    >>> [f.name for f in FIELDS if f.kind == "date"]
    ['published', 'updated']
"""

ARTICLE_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
"""The keys of ``Article.to_dict()``, in order."""

DETECTOR_NAMES: frozenset[str] = frozenset({f.name for f in FIELDS if f.from_detector} | {"body_html"})
"""The keys a detector may give in ``RawArticle.fields``: the contract's, plus ``body_html`` (HTML to clean).

Example:
    >>> sorted(DETECTOR_NAMES - set(ARTICLE_NAMES)), "problems" in DETECTOR_NAMES
    (['body_html'], False)
"""

KIND_OF: Mapping[str, Kind] = {f.name: f.kind for f in FIELDS}
"""Each field's kind by name."""

_EPOCH_MAX = 1e11  # seconds: a larger number is not a date in seconds (milliseconds, an id, ...)
_EPOCH_MS_MAX = 1e14  # milliseconds: a larger number is not a date (microseconds, an id, ...)
_SHOWN = 60  # characters of an unreadable value quoted in its problem


def unreadable(key: str, value: object, what: str) -> Problem:
    """The problem for a value that cannot be read as ``what`` ("a date", "a count"): one wording and code everywhere.

    Example:
        >>> problem = unreadable("published", "someday", "a date")
        >>> problem, problem.code
        ("published 'someday' is not a date newsparse can read; left empty", 'date-unreadable')
    """
    shown = value[:_SHOWN] if isinstance(value, str) else value
    message = f"{key} {shown!r} is not {what} newsparse can read; left empty"
    return Problem("date-unreadable" if what == "a date" else "count-unreadable", message)


def is_date_input(value: object) -> TypeGuard[str | int | float]:
    """Whether ``value`` has a type a date may be given in: a string, or a number of seconds since 1970.

    Example:
        >>> is_date_input("2024-01-02"), is_date_input(1700000000), is_date_input(True), is_date_input([1])
        (True, True, False, False)
    """
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def read_date(value: str | int | float) -> str | None:
    """A date in ISO 8601 from a date string (via :mod:`newsparse._dates`) or epoch seconds or milliseconds.

    A number (or a string of 9-10 digits, or 12-13) below 1e11 is seconds since 1970, one from 1e11 to 1e14
    milliseconds; anything else that is not a date gives None.

    Example:
        >>> read_date("Tue, 10 Jun 2003 04:00:00 GMT"), read_date(0.5), read_date("soon")
        ('2003-06-10T04:00:00+00:00', '1970-01-01T00:00:00.500000+00:00', None)
        >>> read_date(1710425100000), read_date("20180619T055000+0900")
        ('2024-03-14T14:05:00+00:00', '2018-06-19T05:50:00+09:00')
    """
    return read_date_noted(value)[0]


def read_date_noted(value: str | int | float, key: str = "date") -> tuple[str | None, Problem | None]:
    """:func:`read_date`, and the problem of the value named ``key`` when it is an ambiguous all-number date.

    Example:
        >>> read_date_noted("03/04/2024", "published")[1].code
        'date-ambiguous'
    """
    if isinstance(value, str):
        digits = value.strip()
        if digits.isascii() and digits.isdigit() and len(digits) in (9, 10, 12, 13):
            return _epoch(int(digits)), None
        reading = _dates.read(value)
        if reading is None:
            return None, None
        if reading.ambiguous:
            message = f"{key} {value[:_SHOWN]!r} may be day first or month first; read as {reading.iso}"
            return reading.iso, Problem("date-ambiguous", message)
        return reading.iso, None
    return _epoch(value), None


def _epoch(value: float) -> str | None:
    """Seconds (below 1e11) or milliseconds (1e11 to 1e14) since 1970 in ISO 8601, UTC; else None."""
    if value != value or not 0 < value < _EPOCH_MS_MAX:  # NaN, negative, or too large to be a date
        return None
    seconds = value if value < _EPOCH_MAX else value / 1000
    return _dt.datetime.fromtimestamp(seconds, tz=_dt.UTC).isoformat()


def is_count_input(value: object) -> TypeGuard[int | str]:
    """Whether ``value`` has a type a count may be given in: an integer or a string (of digits).

    Example:
        >>> is_count_input(3), is_count_input("1,204"), is_count_input(2.5), is_count_input(False)
        (True, True, False, False)
    """
    return isinstance(value, int | str) and not isinstance(value, bool)


def read_count(value: int | str) -> int | None:
    """A count (0 or more) from an integer or a string of digits with thousands separators; else None.

    Example:
        >>> read_count(12), read_count(" 1,204 "), read_count(-1), read_count("twelve")
        (12, 1204, None, None)
    """
    if isinstance(value, str):
        digits = value.strip().replace(",", "")
        return int(digits) if 0 < len(digits) <= 18 and digits.isascii() and digits.isdigit() else None
    return value if value >= 0 else None


def split_names(value: object) -> Iterator[str]:
    """The names in a string ("A and B, C"), an object with ``name``, or lists of those, however nested.

    Example:
        >>> list(split_names(["Ann Lee and Bo Kim", {"name": "Cy Li"}, [["Di Wu"]]]))
        ['Ann Lee', 'Bo Kim', 'Cy Li', 'Di Wu']
    """
    stack = [value]  # a stack, not recursion: lists nested deeply cost no Python frames
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            for part in value.replace(" and ", ",").split(","):
                if part.strip():
                    yield part.strip()
        elif isinstance(value, Mapping):
            name = value.get("name")
            if isinstance(name, str) and name.strip():
                yield name.strip()
        elif isinstance(value, list):
            stack.extend(reversed(value))


def split_tags(value: str) -> list[str]:
    """The tags of a comma-separated string, in order, without blanks.

    Example:
        >>> split_tags("politics, , Europe,")
        ['politics', 'Europe']
    """
    return [tag.strip() for tag in value.split(",") if tag.strip()]
