"""ProQuest exports: the e-mailed export (.eml), the saved HTML, and the plain-text export.

All three write each document as a title followed by labelled paragraphs
("Author:", "Publication title:", "Publication date:", "Full text:"...); the
labels and their mapping onto the field contract live in ``_proquest``. This
module finds the documents:

* **E-mail** (a MIME message): the ``text/html`` parts (else the ``text/plain``
  ones) are decoded by ``_mime`` and read as below. A document's span is the
  raw lines its part encoded it on: from the line that holds its start to the
  line that holds the next document's start (the last one to the end of the part).
* **HTML**: a document starts at its ``<a name="DocID_...">`` anchor; its full
  text is the ``<Text>`` element after "Full text:".
* **Plain text**: documents sit between lines of underscores, after a header
  ("Report Information from ProQuest") and a table of contents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsparse._html import html_to_text
from newsparse._model import Dropped
from newsparse._problems import Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import pr_words
from newsparse.detectors.exports import _mime
from newsparse.detectors.exports._proquest import LABEL, Document, declared_count, read_document

__all__ = ["ProQuestDetector"]

_ANCHOR = re.compile(r"""<a\s[^>]{0,200}?name\s*=\s*["']?DocID_([\w-]{0,80})""", re.IGNORECASE)
_TEXT_OPEN = re.compile(r"<text\b[^>]{0,500}>", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</text\s*>", re.IGNORECASE)
_STRONG_LABEL = re.compile(r"<strong\b[^>]{0,200}>\s*([A-Za-z][^<>:]{0,58}?)\s*:(?:\s|&nbsp;|&#160;)*</strong>", re.I)
_RULE = re.compile(r"^[ \t]*_{20,}[ \t]*$", re.MULTILINE)
_PARAGRAPH_GAP = re.compile(r"\n[ \t\u00a0]*\n")
_TOC_ENTRY = re.compile(r"^[ \t]*(\d{1,7})\.\s", re.MULTILINE)
_CONTENTS = ("table of contents", "inhaltsverzeichnis", "table des matières", "índice", "indice")
_CHROME = re.compile(r"^(?:report information from proquest|contact proquest|copyright ©? ?\d{4} proquest)", re.I)
_IMAGE_CHROME = frozenset(("enlarge this image.", "view image -", "view image"))
_MARKERS = ("proquest document id", "docid_", "proquest document link", "report information from proquest")
_HTML_LABELS = re.compile(
    r"<strong\b[^>]{0,200}>\s*(?:Publication title|Publication date|Full text|Document URL|Source type|Database)\s*:",
    re.I,
)
_TEXT_LABELS = re.compile(
    r"^(Publication title|Publication date|Full text|Document URL|Source type|Database|ProQuest document ID):",
    re.MULTILINE | re.IGNORECASE,
)

Located = tuple[int, int, Document]  # where a document starts and ends in the text it was read from, and it


class ProQuestDetector:
    """ProQuest exports: e-mailed (.eml, MIME with quoted-printable HTML), saved HTML, and plain text.

    Each document becomes an article: the title, authors ("Anonymous" is no
    author), the publication title as source, the publication date (a year
    written "2 009" is read as 2009), section, language (BCP 47), the ProQuest
    document ID as id, the document URL, the subjects as tags, the full text as
    body; the abstract and the other labelled fields go to notes.
    """

    name = "proquest"
    description = "ProQuest exports: e-mailed (.eml) and saved HTML, and the plain-text export (labelled documents)."

    def sniff(self, head: str) -> float:
        """Near-certain on ProQuest's fixed markers (DocID anchors, its labels) in mail, HTML or text."""
        if "proquest" not in pr_words(head):  # nor then is it in head.lower() (a scan shared with europresse)
            return 0.0
        lower = head.lower()
        marked = any(marker in lower for marker in _MARKERS)
        if _mime.is_mime(head):
            return 0.97 if marked or "proquest.com" in lower else 0.2
        labels = len({m.group().lower() for m in _HTML_LABELS.finditer(head)})
        if "docid_" in lower or labels >= 3:
            return 0.97  # above html-page's 0.95: a saved export is never one web page
        lines = {m.group(1).lower() for m in _TEXT_LABELS.finditer(head)}
        if (_RULE.search(head) and marked) or len(lines) >= 3 or (len(lines) == 2 and "proquest document id" in lines):
            return 0.97
        return 0.3 if marked else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per document; problems of the whole export on an empty article at its end."""
        problems: list[Problem] = []
        found = 0
        if _mime.is_mime(text[:65536]):
            articles = _mail(text, problems)
        else:
            reader = _html_documents if _is_html(text) else _text_documents
            articles = _articles(reader(text, problems), lambda position: position, [])
        for article in articles:
            found += 1
            yield article
        if not found:  # not an export after all: the next detector reads the text rather than lose it
            why = "; ".join(problems) or "no labelled document"
            raise ValueError(f"no ProQuest document found ({why})")
        if problems:
            yield RawArticle(len(text), len(text), {}, problems)


def _is_html(text: str) -> bool:
    """Whether an export is HTML: DocID anchors or a ``<Text>`` element, else no rules of underscores and markup."""
    if _ANCHOR.search(text) is not None or _TEXT_OPEN.search(text) is not None:
        return True
    head = text[:65536]
    return _RULE.search(head) is None and (_HTML_LABELS.search(head) is not None or head.lstrip().startswith("<"))


def _mail(text: str, problems: list[Problem]) -> Iterator[RawArticle]:
    """The documents of every HTML part of the message (else of every plain-text part)."""
    parts = _mime.text_parts(text)
    html = [part for part in parts if part.content_type == "text/html"]
    chosen = html or [part for part in parts if part.content_type == "text/plain"]
    if not chosen:
        problems.append(Problem("export-document-empty", "the message holds no HTML or text part"))
    for part in chosen:
        reader = _html_documents if html else _text_documents
        located = reader(part.text, problems)
        if not located and part.problems:
            problems.extend(part.problems)
        yield from _articles(located, _raw_offsets(part), list(part.problems))


def _raw_offsets(part: _mime.MimePart) -> Callable[[int], int]:
    """Positions in a part's decoded text to offsets in the whole text; the part's end maps to the part's end."""
    last = len(part.text)
    return lambda position: part.end if position >= last else part.raw_offset(position)


def _articles(located: list[Located], raw: Callable[[int], int], first_problems: list[Problem]) -> Iterator[RawArticle]:
    """Raw articles from located documents, their spans mapped to the whole text by ``raw``."""
    starts = [raw(start) for start, _, _ in located]
    for index, (start, (_, end, doc)) in enumerate(zip(starts, located, strict=True)):
        stop = min(raw(end), starts[index + 1]) if index + 1 < len(starts) else raw(end)
        problems = [*(first_problems if index == 0 else ())]
        if not doc.fields.get("title") and not doc.fields.get("body"):
            empty = Problem("export-document-empty", f"document {index + 1} has no title and no text; skipped")
            yield RawArticle(start, max(start, stop), {}, [*problems, empty])
        else:
            yield RawArticle(start, max(start, stop), doc.fields, [*problems, *doc.problems])


def _counted(located: list[Located], declared: int | None, problems: list[Problem]) -> list[Located]:
    """The documents, with a problem when the export declares another count."""
    counts = [doc.declared for _, _, doc in located if doc.declared is not None]
    declared = declared if declared is not None else (max(counts) if counts else None)
    if declared is not None and declared != len(located):
        message = f"the export declares {declared} documents but holds {len(located)}"
        problems.append(Problem("export-count-mismatch", message))
    return located


# --------------------------------------------------------------------------- HTML


def _html_documents(html: str, problems: list[Problem]) -> list[Located]:
    """The documents of an HTML export, each from its DocID anchor (the whole text when there is none)."""
    anchors = list(_ANCHOR.finditer(html))
    starts = [match.start() for match in anchors] or [0]
    located: list[Located] = []
    for number, start in enumerate(starts, start=1):
        stop = starts[number] if number < len(starts) else len(html)
        doc = _html_document(html[start:stop], number)
        if anchors and not doc.fields.get("id") and anchors[number - 1].group(1):
            doc.fields["id"] = anchors[number - 1].group(1).rpartition("_")[2]
        located.append((start, stop, doc))
    if not anchors and not located[0][2].fields:
        return []
    return _counted(located, None, problems)


def _html_document(chunk: str, number: int) -> Document:
    """One HTML document: the labelled paragraphs, and the full text from its ``<Text>`` element."""
    body: list[str] | None = None
    dropped: list[Dropped] = []
    meta = chunk
    opening = _TEXT_OPEN.search(chunk)
    if opening is not None:
        closing = _TEXT_CLOSE.search(chunk, opening.end())
        stop, after = (closing.start(), closing.end()) if closing else (len(chunk), len(chunk))
        cleaned = html_to_text(chunk[opening.end() : stop])
        body = []
        for paragraph in cleaned.paragraphs:
            if paragraph.strip().lower() in _IMAGE_CHROME:
                dropped.append(Dropped(paragraph, "export chrome"))
            else:
                body.append(paragraph)
        dropped.extend(Dropped(footer, "syndication footer") for footer in cleaned.footers)
        meta = chunk[: opening.start()] + chunk[after:]
    paragraphs = [line for paragraph in html_to_text(meta).paragraphs for line in paragraph.split("\n")]
    extra = {m.group(1).strip() for m in _STRONG_LABEL.finditer(meta)}
    extra = {label for label in extra if not LABEL.fullmatch(label + ": ")}
    doc = read_document(paragraphs, number=number, body=body, extra_labels=sorted(extra, key=len, reverse=True))
    if dropped:
        doc.fields["dropped"] = [*doc.fields.get("dropped", []), *dropped]
    return doc


# --------------------------------------------------------------------------- plain text


def _text_documents(text: str, problems: list[Problem]) -> list[Located]:
    """The documents of a plain-text export.

    Sections lie between rules of underscores; a "Document N of M" line also
    starts a document (exports without rules). The header, the table of contents
    (whose entries declare the count) and the footer are no documents.
    """
    bounds = [0]
    for rule in _RULE.finditer(text):
        bounds.extend((rule.start(), rule.end()))
    bounds.append(len(text))
    located: list[Located] = []
    declared: int | None = None
    for start, stop in zip(bounds[::2], bounds[1::2], strict=True):
        paragraphs = _paragraphs(text, start, stop)
        if not paragraphs or _CHROME.match(paragraphs[0][2]):
            continue
        if paragraphs[0][2].lower().startswith(_CONTENTS):
            count = 1
            while count < len(paragraphs) and _TOC_ENTRY.match(paragraphs[count][2]):
                count += 1
            toc_end = paragraphs[count][0] if count < len(paragraphs) else stop
            numbers = [int(n) for n in _TOC_ENTRY.findall(text, paragraphs[0][0], toc_end)]
            declared = max(numbers) if numbers else declared
            paragraphs = paragraphs[count:]
        for group in _groups(paragraphs):
            doc = read_document([p for _, _, p in group], number=len(located) + 1)
            located.append((group[0][0], group[-1][1], doc))
    return _counted(located, declared, problems)


def _paragraphs(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The paragraphs of ``text[start:stop]``: their trimmed spans, and their text with white space collapsed."""
    found: list[tuple[int, int, str]] = []
    position = start
    for gap in [*_PARAGRAPH_GAP.finditer(text, start, stop), None]:
        end = gap.start() if gap is not None else stop
        chunk = text[position:end]
        if chunk.strip():
            first = position + len(chunk) - len(chunk.lstrip())
            found.append((first, position + len(chunk.rstrip()), " ".join(chunk.split())))
        position = gap.end() if gap is not None else stop
    return found


def _groups(paragraphs: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The paragraphs of a section in documents: a "Document N of M" line after a labelled paragraph starts one."""
    groups: list[list[tuple[int, int, str]]] = []
    labelled = False
    for item in paragraphs:
        if not groups or (labelled and declared_count(item[2]) is not None):
            groups.append([])
            labelled = False
        groups[-1].append(item)
        labelled = labelled or LABEL.match(item[2]) is not None
    return groups
