"""Compact ISO 8601 dates of the wire formats, written out in the extended form the field contract reads.

NITF (``norm`` attributes) and NewsML 1.x (``FirstCreated``, ``DateId``) write
dates as ``20240301T101500+0100``, ``20240301T101500Z`` or ``20240301``; the
field contract reads ISO 8601 in its extended form. Nothing is guessed: a value
that is not compact ISO comes back as it was, for the contract to read or to
report as unreadable.
"""

from __future__ import annotations

import re

__all__ = ["extended_iso"]

_COMPACT = re.compile(
    r"(\d{4})(\d{2})(\d{2})"
    r"(?:T(\d{2})(\d{2})(\d{2})?(\.\d+)?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?"
)


def extended_iso(value: str) -> str:
    """``value`` in extended ISO 8601 when it is compact ISO 8601 (basic format); else ``value`` unchanged.

    Example:
        >>> extended_iso("20240301T101500+0100"), extended_iso("20240301T101500Z")
        ('2024-03-01T10:15:00+01:00', '2024-03-01T10:15:00Z')
        >>> extended_iso("20240301"), extended_iso("20240301T1015-05"), extended_iso("2024-03-01T10:15:00Z")
        ('2024-03-01', '2024-03-01T10:15:00-05:00', '2024-03-01T10:15:00Z')
    """
    stripped = value.strip()
    match = _COMPACT.fullmatch(stripped)
    if match is None:
        return value
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if hour is None and zone is not None:
        return value  # a zone without a time is not a date anyone writes
    out = f"{year}-{month}-{day}"
    if hour is not None:
        out += f"T{hour}:{minute}:{second or '00'}{fraction or ''}"
    if zone is not None and zone != "Z":
        digits = zone[1:].replace(":", "")
        zone = f"{zone[0]}{digits[:2]}:{digits[2:] or '00'}"
    return out + (zone or "")
