"""LexisNexis / Nexis HTML exports: the plain-text export's documents as styled HTML paragraphs.

Each document starts with an anchor (``<A NAME="DOC_ID_1_0"></A>``) and a
centred "1 of 161 DOCUMENTS" paragraph; every part of it is a ``<DIV><P>`` of
``<SPAN CLASS="cN">`` runs: the masthead centred, the labels as a bold run
(``<SPAN CLASS="c8">SECTION: </SPAN>``) before the value. Search hits are
runs of their own class inside a headline or a paragraph
(``<SPAN CLASS="c7">Bank </SPAN><SPAN CLASS="c10">crisis</SPAN>``), so runs
are joined as they are, never with a space, and white space is collapsed.

The page is read in one forward pass over its tags, without an HTML parser:
block tags end a paragraph, ``<BR>`` ends a line, every other tag is dropped;
comments, styles and scripts are skipped; which classes are centred is read
from the page's style sheet. The paragraphs are then read like the plain-text
export's (:mod:`._lexisnexis_reader`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import attrs

from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import do_words
from newsparse.detectors.exports._lexisnexis_labels import MARKER
from newsparse.detectors.exports._lexisnexis_reader import Para, count_problem, read_document
from newsparse.detectors.exports.lexisnexis import marker_numbers

__all__ = ["LexisNexisHtmlDetector", "html_paragraphs"]

# A tag's attributes never run past the next "<" unquoted, nor a quoted value past 2,000 characters: every failed
# attempt stops early, so a page full of "<a" without ">" is still read in linear time.
_TOKEN = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^<>\"']|\"[^\"]{0,2000}\"|'[^']{0,2000}')*)>")
_BLOCKS = frozenset(
    "p div li ul ol td th tr table h1 h2 h3 h4 h5 h6 center blockquote body html head title dl dt dd hr pre".split()
)
_SKIPPED = frozenset({"style", "script"})
_CLASS = re.compile(r"""\bclass\s*=\s*["']?([\w -]+)""", re.IGNORECASE)
_CENTRED_ATTR = re.compile(r"""\balign\s*=\s*["']?center|text-align\s*:\s*center""", re.IGNORECASE)
_CENTRED_RULE = re.compile(r"\.([\w-]+)\s*\{[^{}]*text-align\s*:\s*center", re.IGNORECASE)
_ANCHOR = re.compile(r"""\bname\s*=\s*["']?DOC_ID""", re.IGNORECASE)
_DECLARED = re.compile(r"""<META\b[^>]*\bDOCUMENTS\s*=\s*["']?(\d{1,7})""", re.IGNORECASE)
_SKIPPED_LINES = frozenset({*"•·-–*", "Return to List", "Back to Top"})  # bullets and the viewer's links
_SNIFF_LINK = re.compile(r"<a\b", re.IGNORECASE)
_SNIFF_COUNT = re.compile(r">\s*\d{1,7} (?:of|von|de|di|van) \d{1,7} DOCUMENTS?\s*<", re.IGNORECASE)
_SNIFF_COUNT_FIRST = re.compile(r">\s*(?:Dokument|Document|Documento) \d{1,7} (?:von|de|di) \d{1,7}\s*<")


@attrs.frozen
class _Block:
    """A paragraph of the page and where its block starts; ``anchor`` marks a document anchor."""

    para: Para | None
    start: int
    anchor: bool = False


class LexisNexisHtmlDetector:
    """LexisNexis HTML exports: one article per document anchor and "N of M DOCUMENTS" paragraph."""

    name = "lexisnexis-html"
    description = 'LexisNexis / Nexis HTML exports: "DOC_ID" anchors and "N of M DOCUMENTS" paragraphs.'

    def sniff(self, head: str) -> float:
        """Near-certain with a marker paragraph ("1 of 9 DOCUMENTS" between tags), more with a DOC_ID anchor."""
        if "<" not in head[:4096]:
            return 0.0
        hints = do_words(head)  # what each pattern needs in the folded head: each runs only after its own
        anchor = "anchor" in hints and _ANCHOR.search(head) is not None and _SNIFF_LINK.search(head) is not None
        marker = ("count" in hints and _SNIFF_COUNT.search(head) is not None) or (
            "first" in hints and _SNIFF_COUNT_FIRST.search(head) is not None
        )
        return 0.98 if anchor and marker else 0.97 if marker else 0.9 if anchor else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per document; the count check as a problem of its own at the end."""
        blocks = html_paragraphs(text)
        starts = [k for k, b in enumerate(blocks) if b.para is not None and _marker(b.para)]
        if not starts:
            starts = [k for k, b in enumerate(blocks) if b.anchor]
        firsts = [_with_anchors(blocks, k, starts[n - 1] + 1 if n else 0) for n, k in enumerate(starts)]
        numbers: list[tuple[int, int]] = []
        for n, k in enumerate(starts):
            first = firsts[n]
            stop = firsts[n + 1] if n + 1 < len(starts) else len(blocks)
            end = blocks[stop].start if stop < len(blocks) else len(text)
            head = blocks[k].para
            marker = MARKER.match(head.text()) if head is not None else None
            if marker is not None:
                numbers.append(marker_numbers(marker))
            paras = [b.para for b in blocks[k + (marker is not None) : stop] if b.para is not None]
            cover = "\n".join(b.para.text() for b in blocks[:first] if b.para is not None) if n == 0 else ""
            doc = read_document(paras, n + 1, wrapped=False)
            yield doc.raw(0 if cover else blocks[first].start, end, cover=cover)
        declared = _DECLARED.search(text[:4096])
        problem = count_problem(numbers, int(declared.group(1)) if declared else None) if starts else None
        if problem is not None:
            yield RawArticle(len(text), len(text), {}, (problem,))


def _with_anchors(blocks: list[_Block], k: int, floor: int) -> int:
    """The document starting at block ``k`` starts at the anchors just before it (not below ``floor``)."""
    while k > floor and blocks[k - 1].anchor:
        k -= 1
    return k


def _marker(para: Para) -> bool:
    return len(para.lines) == 1 and MARKER.match(para.lines[0]) is not None


def html_paragraphs(page: str) -> list[_Block]:
    """The page's paragraphs in order, in one pass over its tags (linear in its size).

    Example:
        >>> [b.para.lines for b in html_paragraphs('<p><span>Bank </span><b>crisis</b><span> deepens</span><br>x</p>')]
        [('Bank crisis deepens', 'x')]
    """
    centred_classes = {m.group(1).lower() for m in _CENTRED_RULE.finditer(page, 0, 200_000)}
    blocks: list[_Block] = []
    lines: list[str] = []
    pieces: list[str] = []
    block_start, centred, pos = 0, False, 0

    def flush(at: int) -> None:
        nonlocal lines, block_start
        lines.append(_clean("".join(pieces)))
        pieces.clear()
        kept = tuple(line for line in lines if line and line not in _SKIPPED_LINES)
        if kept:
            blocks.append(_Block(Para(kept, centred), block_start))
        lines = []
        block_start = at

    while True:
        token = _TOKEN.search(page, pos)
        if token is None:
            pieces.append(page[pos:])
            break
        pieces.append(page[pos : token.start()])
        if token.group() == "<!--":
            close = page.find("-->", token.end())
            pos = len(page) if close < 0 else close + 3
            continue
        pos = token.end()
        name, attributes = token.group(2).lower(), token.group(3)
        if name in _SKIPPED and not token.group(1):
            end_tag = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(page, pos)
            pos = len(page) if end_tag is None else end_tag.end()
        elif name == "br":
            lines.append(_clean("".join(pieces)))
            pieces.clear()
        elif name in _BLOCKS:
            flush(token.start())
            if not token.group(1):
                classes = _CLASS.search(attributes)
                names = set(classes.group(1).lower().split()) if classes else set()
                centred = bool(names & centred_classes) or _CENTRED_ATTR.search(attributes) is not None
        elif name == "a" and not token.group(1) and _ANCHOR.search(attributes):
            flush(token.start())
            blocks.append(_Block(None, token.start(), anchor=True))
    flush(len(page))
    return blocks


def _clean(text: str) -> str:
    """Text between tags: entities read, white space (no-break spaces too) collapsed."""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())
