"""Which metadata line of a Factiva article (article format) is the word count, the date, the source, the language.

Each line is placed by what it looks like and where it stands: the word count,
the date, the time, the source, its code, the language or the copyright.

The HTML export (``factiva-html``) and the text one (``factiva-text``) print the same lines between the headline
and the text; both place them with :func:`read_meta`.
"""

from __future__ import annotations

import re

from newsparse.detectors.exports._factiva import LANGUAGES, Record, is_word_count

__all__ = ["COPYRIGHT", "SOURCE_CODE", "TIME", "YEAR", "read_meta"]

TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,5})?")
"""A time line ("14:05", "9:30 GMT")."""
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year in a date line."""
SOURCE_CODE = re.compile(r"[A-Z0-9]{1,12}")
"""A source code line ("FTCOM") after the source's name (all digits: a page number)."""
COPYRIGHT = re.compile(
    r"^(?:copyright|\(c\)|©|copr\.)|all rights reserved|tous droits|alle rechte|todos los derechos|tutti i diritti",
    re.IGNORECASE,
)
"""A copyright line, in several languages."""


def read_meta(meta: list[tuple[str, bool]], record: Record) -> None:
    """Place the metadata lines between the headline and the text by what they look like and where they are."""
    seen_count = False
    for text, is_author in meta:
        if is_author and not record.first("BY"):
            record.add("BY", text)
        elif is_word_count(text):
            record.add("WC", text)
            seen_count = True
        elif TIME.fullmatch(text):
            record.add("ET", text)
        elif not record.first("PD") and YEAR.search(text) and len(text) <= 40:
            record.add("PD", text)
        elif text.casefold() in LANGUAGES and not record.first("LA"):
            record.add("LA", text)
        elif COPYRIGHT.search(text):
            record.add("CY", text)
        elif not seen_count and not record.first("PD") and not record.first("BY"):
            record.add("BY", text)
        elif record.first("PD") and not record.first("SN"):
            record.add("SN", text)
        elif record.first("SN") and SOURCE_CODE.fullmatch(text):
            record.add("PG" if text.isdigit() else "SC", text)
        else:
            record.notes.append(text)
