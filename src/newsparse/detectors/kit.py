"""The detector author's kit: the helpers the built-in detectors are made of, under public names.

Three groups, each safe on untrusted input and linear in its size:

* **Lines and spans** for plain-text layouts: cut a text into trimmed article
  spans (:func:`spans_between`, :func:`trimmed`), read a first line
  (:func:`first_line`), find the gap between block articles (:data:`BLOCK_GAP`),
  and find where a stream may be cut (:func:`last_line_end`,
  :func:`last_complete_gap`).
* **JSON records** mapped onto article fields the way the built-ins map them
  (:func:`map_record`: ``headline``/``title``, ``articleBody``/``content``/``text``,
  ``datePublished``, ``author``... WordPress posts included), with
  :func:`is_record`, :func:`is_wordpress_post` and :data:`MARKER_KEYS` for sniffing.
* **XML** without entity expansion and without external entities:
  :func:`read_element` parses one element safely; :func:`skip_prolog`,
  :func:`tag_end`, :func:`fix_references` and :func:`close_truncated` are the
  string scans it and the ``rss-atom`` detector are built from.

The protocol itself (:class:`~newsparse.detectors.RawArticle`,
:data:`~newsparse.detectors.FIELD_NAMES`, :data:`~newsparse.detectors.HEAD_SIZE`)
is in :mod:`newsparse.detectors`; the conformance check in :mod:`newsparse.testing`.

Example:
    >>> from newsparse.detectors import RawArticle
    >>> from newsparse.detectors.kit import map_record, spans_between
    >>> text = "First\\n\\n\\n\\nSecond"
    >>> [RawArticle(start, end) for start, end in spans_between(text, [m.end() for m in BLOCK_GAP.finditer(text)])]
    [RawArticle(start=0, end=5, fields=None, problems=()), RawArticle(start=9, end=15, fields=None, problems=())]
    >>> map_record({"headline": "Ferry delayed", "articleBody": "Fog."}, where="record 1")
    ({'title': 'Ferry delayed', 'body': 'Fog.'}, [])
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from newsparse import _records
from newsparse._records import is_record, is_wordpress_post, map_record
from newsparse.detectors import _lines
from newsparse.detectors._lines import first_line, last_complete_gap, last_line_end, spans_between, trimmed
from newsparse.detectors.markup._xml import close_truncated, fix_references, skip_prolog, tag_end

__all__ = [
    "BLOCK_GAP",
    "MARKER_KEYS",
    "close_truncated",
    "first_line",
    "fix_references",
    "is_record",
    "is_wordpress_post",
    "last_complete_gap",
    "last_line_end",
    "map_record",
    "read_element",
    "skip_prolog",
    "spans_between",
    "tag_end",
    "trimmed",
]

BLOCK_GAP: re.Pattern[str] = _lines.BLOCK_GAP
"""Three or more blank lines (spaces, tabs and no-break spaces allowed on them): the gap between block articles.

Example:
    >>> [m.span() for m in BLOCK_GAP.finditer("One\\n\\n\\n\\nTwo\\n\\nstill two")]
    [(3, 7)]
"""

MARKER_KEYS: tuple[str, ...] = _records.MARKER_KEYS
"""Keys that mark a JSON object as an article record, for ``sniff``: :func:`map_record` reads them all.

Example:
    >>> "headline" in MARKER_KEYS, "datePublished" in MARKER_KEYS, "id" in MARKER_KEYS
    (True, True, False)
"""

_WRAPPER = "newsparse-fragment"


def read_element(fragment: str, namespaces: Mapping[str, str] | None = None) -> tuple[ET.Element, list[str]]:
    """Parse one element of untrusted XML: no DTD, no entity expansion, no external entities.

    What comes before the element (an XML declaration, comments, a DOCTYPE with
    its internal subset) is skipped as text by :func:`skip_prolog`, never read
    as declarations; the element is then parsed inside a wrapper element, where
    XML allows no DOCTYPE, so no entity can be declared. References are made
    well-formed first by :func:`fix_references`: HTML named entities
    (``&eacute;``) become their characters, and any other entity stays in the
    text as written and is returned in the list, for a problem to report.

    ``namespaces`` declares prefixes that the document declares outside the
    fragment (``{"dc": "http://purl.org/dc/elements/1.1/"}``; ``""`` for the
    default namespace). Element names then come back as ``{uri}local``.

    Raises :class:`xml.etree.ElementTree.ParseError` when the fragment is not
    one well-formed element (with only white space around it). For a fragment
    cut off mid-way, call :func:`close_truncated` first.

    Example:
        >>> item, unknown = read_element('<?xml version="1.0"?><item><title>Caf&eacute; &amp; &bogus;</title></item>')
        >>> item.tag, item.findtext("title"), unknown
        ('item', 'Café & &bogus;', ['&bogus;'])
        >>> bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'
        >>> read_element(bomb)[0].text  # the DOCTYPE is skipped: &b; is not expanded
        '&b;'
        >>> read_element('<dc:creator>Ada</dc:creator>', {"dc": "http://purl.org/dc/elements/1.1/"})[0].tag
        '{http://purl.org/dc/elements/1.1/}creator'
    """
    fixed, unknown = fix_references(fragment[skip_prolog(fragment) :])
    declarations = "".join(
        f" xmlns{':' + prefix if prefix else ''}={_quoted(uri)}" for prefix, uri in (namespaces or {}).items()
    )
    wrapper = ET.fromstring(f"<{_WRAPPER}{declarations}>{fixed}</{_WRAPPER}>")
    outside = (wrapper.text or "") + "".join(child.tail or "" for child in wrapper)
    if len(wrapper) != 1 or outside.strip():
        found = f"{len(wrapper)} elements" if len(wrapper) != 1 else "text outside the element"
        raise ET.ParseError(f"expected one element, found {found}")
    return wrapper[0], unknown


def _quoted(value: str) -> str:
    """An XML attribute value in double quotes, with ``&``, ``<``, ``>`` and quotes escaped."""
    return '"' + html.escape(value, quote=True) + '"'
