"""Europresse HTML exports: the older table layout and the newer ``<article>`` layout.

Both mark a document's parts with fixed class names: the publication name
(``DocPublicationName``), the header with section, date, word count and page
(``DocHeader``: "Économie, mardi 3 mars 2024 523 mots, p. 12"), the title
(``titreArticleVisu``), in the newer layout a subtitle (``rdp__subtitle``),
the authors (``docAuthors``) and the text (``docOcurrContainer``). A document
ends with its copyright line ("© 2024 Le Monde. Tous droits réservés."), its
number ("news·20240303·LM·123456") and a certificate ("Ce certificat est émis
à ... à des fins de visualisation personnelle et temporaire.").

A document of the newer layout is one ``<article>`` element; in the older one
it starts at its publication name and runs to the next document's.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsparse._html import _gc_paused, _soup, html_to_text
from newsparse._meta import byline_names
from newsparse._model import Dropped
from newsparse._problems import Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import do_words, pr_words

if TYPE_CHECKING:
    import bs4
    from bs4.element import Tag

__all__ = ["EuropresseDetector"]

_ARTICLE = re.compile(r"<article[\s>]", re.IGNORECASE)
_PUBLICATION = re.compile(r"""<(?:span|div|p)\b[^>]{0,200}?class\s*=\s*["']?DocPublicationName\b""", re.IGNORECASE)
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_FRENCH_DATE = re.compile(rf"(?:{_WEEKDAY},?\s+)?(1er|\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(\d{{4}})", re.IGNORECASE)
_OTHER_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:[A-Z][a-z]{{2,9}}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+[A-Z][a-zä]{{2,9}}\.?,?\s+\d{{4}})",
    re.IGNORECASE,
)
_WORDS = re.compile(r"(?<![\d])\d{1,3}(?:[ \u00a0.,]\d{3})*\s*(?:mots|words|wörter|palabras)\b", re.IGNORECASE)
_PAGE = re.compile(r",?\s*\bp\.\s*(\S+)")
_DOC_ID = re.compile(r"\b[a-z]{2,10}·(\d{8})·[A-Za-z0-9_]+·[\w-]+")
_ISSUE = re.compile(r",\s*(no\.?\s*\d[\w-]*)\s*$", re.IGNORECASE)
_TRAILER = re.compile(
    r"^(?:Numéro de document|Document number|Ce certificat est émis|This certificate|Date d'émission|"
    r"Le présent document est protégé|Cet article est paru dans)",
    re.I,
)
_MARKERS = ("titrearticlevisu", "dococurrcontainer", "europresse", "ce certificat est émis", "publiC-lblNodoc".lower())


class EuropresseDetector:
    """Europresse HTML exports, in the older table layout or the newer ``<article>`` layout.

    Each document becomes an article: the publication name as source (an issue
    number such as ", no. 23456" goes to notes), the section, date and page from
    the header (French dates such as "mardi 3 mars 2024" are read), the title,
    subtitle, byline and authors, the text as body, the document number
    ("news·20240303·LM·...") as id; the word count, page and copyright line go to
    notes. Copies of one story in several papers stay separate articles.
    """

    name = "europresse"
    description = "Europresse HTML exports (table and <article> layouts): publication, header, title, text."

    def sniff(self, head: str) -> float:
        """Near-certain on Europresse's class names: a publication name with a title or text class."""
        # the markers are in head.lower() only if they are in the folded head: both classes (do_words), "europresse"
        if "classes" not in do_words(head) and "europresse" not in pr_words(head):  # (pr_words, shared with proquest)
            return 0.0
        lower = head.lower()
        if "docpublicationname" in lower:
            return 0.97 if any(marker in lower for marker in _MARKERS) else 0.96
        if "dococurrcontainer" in lower and "titrearticle" in lower:
            return 0.96  # above html-page's 0.95: an export is never one web page
        return 0.3 if "europresse" in lower and "<" in lower else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per document: each ``<article>``, else each run from a publication name.

        A text in which no document has a title or text is not an export after all: ``split`` raises, and the
        next detector reads it rather than lose it.
        """
        starts = [m.start() for m in _ARTICLE.finditer(text)] or [m.start() for m in _PUBLICATION.finditer(text)]
        raws: list[RawArticle] = []
        for number, start in enumerate(starts or [0], start=1):
            stop = starts[number] if number < len(starts) else len(text)
            fields, problems = _document(text[start:stop], number)
            if not fields.get("title") and not fields.get("body"):
                message = f"document {number} has no title and no text; skipped"
                raws.append(RawArticle(start, stop, {}, [Problem("export-document-empty", message)]))
            else:
                raws.append(RawArticle(start, stop, fields, problems))
        if not any(raw.fields for raw in raws):
            raise ValueError("no Europresse document with a title or text found")
        yield from raws


_CLASSES = frozenset(
    name.lower()
    for name in (
        "DocPublicationName DocHeader DocTitreSousSection titreArticleVisu rdp__subtitle docAuthors "
        "sm-margin-bottomNews docOcurrContainer DocText publiC-lblNodoc source-name-APD"
    ).split()
)


def _class_index(soup: bs4.BeautifulSoup) -> dict[str, list[Tag]]:
    """The elements of each class the reader looks for, in document order, found in one pass over the tree.

    Classes are compared without case: the two layouts write ``TitreArticleVisu`` and ``titreArticleVisu``.
    """
    index: dict[str, list[Tag]] = {}
    for tag in soup.find_all(class_=True):
        for name in tag.get("class") or ():
            key = name.lower()
            if key in _CLASSES:
                index.setdefault(key, []).append(tag)
    return index


def _text(tag: Tag | None) -> str:
    """An element's text in one line, inline markup (search-hit highlights) glued as written."""
    return " ".join(tag.get_text().split()) if tag is not None else ""


def _document(chunk: str, number: int) -> tuple[dict[str, Any], list[Problem]]:
    """The fields of one document's markup, and what was missing from it (the collector paused: see FACTS)."""
    with _gc_paused():
        return _read(chunk, number)


def _read(chunk: str, number: int) -> tuple[dict[str, Any], list[Problem]]:
    """The fields of one document's markup, and what was missing from it."""
    soup = _soup(chunk)
    index = _class_index(soup)

    fields: dict[str, Any] = {}
    notes: list[str] = []
    dropped: list[Dropped] = []
    problems: list[Problem] = []
    publication = next(iter(index.get("docpublicationname", [])), None)
    source = _text(publication)
    issue = _ISSUE.search(source)
    if issue:
        notes.append(issue.group(1))
        source = source[: issue.start()].strip()
    fields["source"] = source or None
    header = "".join(tag.get_text() for tag in _innermost(index.get("docheader", [])))
    header = " ".join(header.split())
    sub_section = _text(next(iter(index.get("doctitresoussection", [])), None))
    _read_header(header, fields, notes)
    if not fields.get("section") and sub_section:
        fields["section"] = sub_section
    titles = index.get("titrearticlevisu", [])
    title_tag = titles[0] if titles else None
    fields["title"] = _text(title_tag) or None
    fields["subtitle"] = _text(next(iter(index.get("rdp__subtitle", [])), None)) or None
    byline = _text(next(iter(index.get("docauthors", [])), None)) or _text(
        next(iter(index.get("sm-margin-bottomnews", [])), None)
    )
    lines = _body_lines(index, title_tag, dropped)
    if not byline and lines and _looks_like_byline(lines[0]) and titles and not index.get("dococurrcontainer", []):
        byline = lines.pop(0)
    if byline:
        fields["byline"] = byline
        fields["authors"] = byline_names(byline)
    body = _split_trailer(lines, notes, dropped)
    for footer in soup.find_all("footer"):
        for paragraph in html_to_text(str(footer)).paragraphs:
            _split_trailer(paragraph.split("\n"), notes, dropped, trailer=True)
    also = [_text(tag) for tag in index.get("source-name-apd", []) if _text(tag)]
    if also:
        notes.append("Also in: " + "; ".join(dict.fromkeys(also)))
    kicker = _kicker(title_tag)
    if kicker:
        notes.insert(0, kicker)
    fields["body"] = "\n\n".join(body)
    fields["url"] = _paru_dans(soup)
    doc_id = _document_id(soup, index)
    if doc_id:
        fields["id"] = doc_id.group()
        if not fields.get("published"):
            compact = doc_id.group(1)
            fields["published"] = f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"
    for what, key in (("title", "title"), ("text", "body"), ("date", "published")):
        if not fields.get(key):
            problems.append(Problem("export-field-missing", f"document {number} has no {what}"))
    fields["notes"] = notes
    fields["dropped"] = dropped
    return {k: v for k, v in fields.items() if v not in (None, "", [])}, problems


def _innermost(tags: list[Tag]) -> list[Tag]:
    """The tags that hold none of the others (a ``div.docHeader`` around a ``span.DocHeader`` is read once)."""
    holders = {id(parent) for tag in tags for parent in tag.parents}
    return [tag for tag in tags if id(tag) not in holders]


def _read_header(header: str, fields: dict[str, Any], notes: list[str]) -> None:
    """Section, date, word count and page from the header ("Économie, mardi 3 mars 2024 523 mots, p. 12")."""
    if not header:
        return
    words = _WORDS.search(header)
    if words:
        notes.append(" ".join(words.group().split()))
    page = _PAGE.search(header)
    if page:
        notes.append(f"p. {page.group(1)}")
    date = _FRENCH_DATE.search(header) or _OTHER_DATE.search(header)
    if date is None:
        return
    fields["published"] = _french_iso(date) if date.re is _FRENCH_DATE else date.group().strip()
    section = header[: date.start()].strip(" ,;-")
    fields["section"] = section or None


def _french_iso(match: re.Match[str]) -> str:
    """A French date as ISO 8601; as written when it is no real day (the field contract then says so)."""
    day, month, year = match.groups()
    try:
        return _dt.date(int(year), _MONTHS[month.lower()], 1 if day == "1er" else int(day)).isoformat()
    except ValueError:
        return match.group()


def _body_lines(index: dict[str, list[Tag]], title: Tag | None, dropped: list[Dropped]) -> list[str]:
    """The text's paragraphs: the newer layout's text container, else what follows the title in its cell.

    Tables after the title in the older layout are the certificate: their text is dropped as a trailer.
    """
    container = next(iter(index.get("dococurrcontainer") or index.get("doctext") or ()), None)
    if container is not None:
        markup = str(container)
    elif title is not None:
        kept: list[str] = []
        for node in title.next_siblings:
            if getattr(node, "name", None) == "table":
                certificate = html_to_text(str(node)).paragraphs
                dropped.extend(Dropped(line, "export chrome") for line in certificate)
            else:
                kept.append(str(node))
        markup = "".join(kept)
    else:
        return []
    return [line for paragraph in html_to_text(markup).paragraphs for line in paragraph.split("\n") if line.strip()]


_NAME_PARTICLES = frozenset(
    {"et", "and", "und", "y", "e", "de", "du", "des", "da", "di", "van", "von", "der", "le", "la"}
)


def _looks_like_byline(line: str) -> bool:
    """A short line of names before the text of the older layout ("Marie Dupont et Jean Martin", "Par Ada Lund").

    Every word is capitalised, or a particle or conjunction that joins names: a
    short sentence such as "Children told to pack a bag" is text, not names.
    """
    words = line.split()
    if not 0 < len(words) <= 8 or re.search(r"[\d.!?:»\"]$|\d", line) or not line[0].isupper():
        return False
    return all(word[0].isupper() or word.strip(",").lower() in _NAME_PARTICLES for word in words)


def _kicker(title: Tag | None) -> str:
    """Text between the header and the title of the older layout (a kicker above the title)."""
    if title is None:
        return ""
    pieces: list[str] = []
    for node in title.previous_siblings:
        classes = [c.lower() for c in (getattr(node, "get", lambda _k: None)("class") or ())]
        if "docheader" in classes or "docpublicationname" in classes or getattr(node, "name", None) == "table":
            break
        pieces.append(node.get_text() if hasattr(node, "get_text") else str(node))
    return " ".join("".join(reversed(pieces)).split())


def _split_trailer(lines: list[str], notes: list[str], dropped: list[Dropped], *, trailer: bool = False) -> list[str]:
    """The body lines without the trailer: the copyright line goes to notes, the rest to dropped."""
    body: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith(("©", "(c) ")):
            notes.append(line)
            trailer = True
        elif trailer or _TRAILER.match(line):
            dropped.append(Dropped(line, "export chrome"))
            trailer = trailer or not line.lower().startswith(("cet article est paru", "this article appeared"))
        else:
            body.append(line)
    return body


def _paru_dans(soup: bs4.BeautifulSoup) -> str | None:
    """The link of "Cet article est paru dans ..." (web sources), if any."""
    for link in soup.find_all("a", href=True):
        words = link.get_text(" ").lower()
        if "paru dans" in words or "appeared in" in words:
            href = link.get("href")
            return href if isinstance(href, str) and href.startswith("http") else None
    return None


def _document_id(soup: bs4.BeautifulSoup, index: dict[str, list[Tag]]) -> re.Match[str] | None:
    """The document number: in its own element ("publiC-lblNodoc"), else the first in the text."""
    for tag in index.get("public-lblnodoc", ()):
        found = _DOC_ID.search(tag.get_text())
        if found:
            return found
    return _DOC_ID.search(soup.get_text(" "))
