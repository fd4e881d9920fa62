"""Factiva's XML exports: one article per ``<article>`` (FDK/PPS responses) or ``<DistDoc>`` (Factiva Select).

Two XML shapes carry Factiva articles:

* the article responses of Factiva's developer kit and exports
  (``<PPSResponse><ppsArticleResponse><ppsarticleResultSet><ppsarticle><article>``),
  whose children are named ``headline``, ``byline``, ``leadParagraph``,
  ``tailParagraphs``, ``publicationDate``, ``sourceName``, ``baseLanguage``,
  ``accessionNo``..., paragraphs in ``<paragraph>``;
* Factiva Select feeds (``<DistDoc>``), whose elements carry the field code in
  a ``fid`` attribute (``<Headline fid="hd">``, ``<Date fid="pd" value="20041021"/>``),
  paragraphs in ``<Para>``.

Both are read into the field codes shared with ``factiva-html`` and mapped onto
the contract there (:mod:`newsparse.detectors.exports._factiva`).

Untrusted XML: the articles are found with string scans and each is parsed on
its own with :func:`newsparse.detectors.kit.read_element`, which reads no DTD
and expands no entity; one broken article costs only itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors._sniff import encoded, tag_hints
from newsparse.detectors.exports._factiva import TOPICS, Record, accession, record_fields, squash
from newsparse.detectors.kit import close_truncated, read_element, skip_prolog
from newsparse.detectors.markup._xml import element_spans

__all__ = ["FactivaXmlDetector"]

_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
_ROOT = re.compile(
    rf"<{_PREFIX}(?:PPSResponse|ppsArticleResponse|ppsarticleResultSet|ppsarticle|DistList|DistDoc)[\s/>]"
)
_NAMESPACE = re.compile(r"""xmlns(?::[\w.-]+)?\s*=\s*["']https?://[\w.]*factiva\.com""")
# Factiva's elements and field ids, in two patterns that each start with a literal: "fid" checks the space before it.
# Each runs only on a head whose UTF-8 holds what it starts with (scanned twice as fast).
_SNIFF_MARK_TAGS = re.compile(r"<(?:accessionNo|leadParagraph|tailParagraphs|baseLanguage)[\s>]")
_SNIFF_MARK_FID = re.compile(r"fid(?<=\sfid)\s*=\s*[\"'](?:an|hd|lp)[\"']")
_SNIFF_FID_HINT = re.compile(rb"fid")
_BOUNDARY = re.compile(rf"<(?:!--|!\[CDATA\[|(/?){_PREFIX}(article|DistDoc)(?=[\s/>]))")
_ARTICLE = re.compile(rf"<{_PREFIX}(?:article|DistDoc)[\s/>]")
_COUNT = re.compile(r"""<(?:[\w.-]+:)?ppsarticleResultSet\b[^<>]*?\scount\s*=\s*["'](\d{1,9})["']""")
_XMLNS = re.compile(r"""\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']""")
_TAG_HINT = re.compile(r"<[A-Za-z/!]")
_ANY_TAG = re.compile(r"<[^<>]{0,500}>")

# Element names (lower case) of the FDK/PPS article and their field codes; Select feeds say theirs in ``fid``.
_NAMES: Mapping[str, str] = {
    "headline": "HD",
    "byline": "BY",
    "author": "BY",
    "credit": "CR",
    "wordcount": "WC",
    "publicationdate": "PD",
    "publicationtime": "ET",
    "sourcename": "SN",
    "sourcecode": "SC",
    "sectionname": "SE",
    "columnname": "CLM",
    "edition": "ED",
    "pages": "PG",
    "page": "PG",
    "baselanguage": "LA",
    "copyright": "CY",
    "leadparagraph": "LP",
    "tailparagraphs": "TD",
    "contact": "CT",
    "notes": "RF",
    "art": "ART",
    "company": "CO",
    "industry": "IN",
    "newssubject": "NS",
    "region": "RE",
    "publishername": "PUB",
    "accessionno": "AN",
}
_PARAGRAPHED = frozenset({"HD", "LP", "TD", "ART"})
_PARAGRAPH_NAMES = frozenset({"paragraph", "para", "p"})


class FactivaXmlDetector:
    """Factiva XML exports: PPS/FDK ``<article>`` elements and Factiva Select ``<DistDoc>`` documents."""

    name = "factiva-xml"
    description = "Factiva XML exports (article responses, Select feeds), one article per <article> or <DistDoc>."

    def sniff(self, head: str) -> float:
        """Near-certain (0.97) for a Factiva root element or namespace; 0.9 for articles with Factiva's elements."""
        head = head[:HEAD_SIZE]
        start = skip_prolog(head, 0, HEAD_SIZE)
        if head[start : start + 1] != "<":
            return 0.0
        if _ROOT.match(head, start) or _NAMESPACE.search(head, start, start + 5000):
            return 0.97
        marked = ("factiva" in tag_hints(head) and _SNIFF_MARK_TAGS.search(head, start)) or (
            _SNIFF_FID_HINT.search(encoded(head)) and _SNIFF_MARK_FID.search(head, start + 1)
        )
        if marked and _ARTICLE.search(head, start):
            return 0.9
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per article element (a broken one with its problem)."""
        namespaces: dict[str, str] | None = None
        found, declared = 0, None
        for number, (start, end, complete) in enumerate(_spans(text), start=1):
            if namespaces is None:
                namespaces = dict(_XMLNS.findall(text, 0, start))
                count = _COUNT.search(text, 0, start)
                declared = int(count.group(1)) if count else None
            found = number
            yield _read(text[start:end], start, number, complete, namespaces)
        if declared is not None and declared != found:
            message = f'the export declares {declared} articles (count="{declared}") but holds {found}'
            yield RawArticle(len(text), len(text), {}, (Problem("factiva-count-mismatch", message),))


def _spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Each article element's span and whether it is whole, in one forward pass (linear time).

    Comments and CDATA sections are skipped whole; articles do not nest, so a
    start tag of either name inside an open article ends it (cut short).
    """
    for span in element_spans(text, skip_prolog(text), _BOUNDARY, any_name_cuts=True):
        if span.kind != "unclosed-markup":
            yield span.start, span.end, span.complete


def _read(fragment: str, offset: int, number: int, complete: bool, namespaces: dict[str, str]) -> RawArticle:
    """One article element's raw article: its fields, or no fields and a problem saying why."""
    end = offset + len(fragment)
    at = Location(record=number, start=offset, end=end)
    problems: list[Problem] = []
    if not complete:
        fragment = close_truncated(fragment)
        message = f"article {number} breaks off before its end tag; read what it has"
        problems.append(Problem("factiva-article-broken", message, at))
    try:
        element, unknown = read_element(fragment, namespaces)
    except ET.ParseError as exc:
        message = f"article {number} is not well-formed XML ({exc}); skipped"
        return RawArticle(offset, end, {}, (Problem("factiva-article-broken", message, at),))
    if unknown:
        names = ", ".join(dict.fromkeys(unknown))
        problems.append(Problem("entity-unknown", f"article {number}: unknown entities {names} kept as text", at))
    record = Record()
    _collect(element, record)
    if not record.first("AN") and accession(element.get("an") or ""):  # a Select <DistDoc an="...">
        record.add("AN", element.get("an") or "")
    if _TAG_HINT.search("".join(record.paragraphs)):  # markup inside the text (escaped HTML): cleaned as HTML
        record.paragraphs = [f"<p>{p}</p>" for p in record.paragraphs]
        record.html = True
    if record.is_empty():
        message = f"article {number} holds nothing readable; skipped"
        return RawArticle(offset, end, {}, (*problems, Problem("factiva-article-empty", message, at)))
    fields, found = record_fields(record, number)
    return RawArticle(offset, end, fields, (*problems, *found))


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _text(element: ET.Element) -> str:
    return squash("".join(element.itertext()))


def _collect(element: ET.Element, record: Record) -> None:
    """Read the children of an article (or of a wrapper inside it) into ``record`` by field code."""
    reference = None
    for child in element:
        name = _local(child.tag).lower()
        fid = child.get("fid")
        code = fid.upper() if fid else _NAMES.get(name)
        if code in _PARAGRAPHED:
            _paragraphs(child, code, record)
        elif code in TOPICS:
            label = child.findtext("name") or child.findtext("{*}name") or _text(child) or child.get("value") or ""
            item = f"{child.get('code') or child.get('value') or ''} : {squash(label)}" if label else ""
            record.add(code, item or squash(child.get("code") or ""))
        elif name == "descfield":
            record.add("IPD" if (child.get("code") or "").lower() == "ipd" else "IPC", _text(child))
        elif name == "reference":
            reference = accession(_text(child).rpartition("/")[2])
        elif code and len(child) and code not in ("PD", "ET"):
            _collect(child, record)  # a wrapper with a code of its own (a Select <Title fid="hl">)
        elif code:
            value = child.get("value") or _first_text(child)
            if value:
                record.add(code, squash(value))
        elif len(child):
            _collect(child, record)  # a wrapper (<ReplyItem>, <MetadataPT>, <Fingerprint>)
        elif _text(child) or child.get("value"):
            record.notes.append(f"{_local(child.tag)}: {_text(child) or child.get('value')}")
    if reference and not record.first("AN"):
        record.add("AN", reference)


def _first_text(element: ET.Element) -> str:
    """The text of an element, or of its first descendant that has some (``<publicationDate><date>``)."""
    for node in element.iter():
        text = squash(node.text or "")
        if text:
            return text
    return ""


def _paragraphs(element: ET.Element, code: str, record: Record) -> None:
    """The paragraphs of a headline, lead, text or art element (``<paragraph>``/``<Para>``, else its whole text)."""
    found = [_text(p) for p in element.iter() if _local(p.tag).lower() in _PARAGRAPH_NAMES]
    texts = [t for t in found if t] if found else [_text(element)]
    if code in ("LP", "TD"):
        record.paragraphs.extend(t for t in texts if t)
        return
    value = " ".join(t for t in texts if t)
    if code == "HD" and _TAG_HINT.search(value):
        value = squash(_ANY_TAG.sub(" ", value))
    if value:
        record.add(code, value)
