"""Safe, linear reading of the items of a wire-agency XML document (NITF, NewsML-G2, NewsML 1.x).

Two steps, both linear in the text:

* :func:`item_spans` finds where each item element (``nitf``, ``newsItem``,
  ``NewsItem``) starts and ends in one forward pass that skips comments, CDATA
  sections and processing instructions. A new document (an XML declaration or
  a DOCTYPE) ends an item left open, so concatenated documents stay apart.
* :func:`read_item` parses one item on its own, so a broken item costs only
  itself: a truncated item is closed where it stops; a malformed one is read up
  to the first error; both with a coded problem.

Untrusted XML: the item is parsed inside a wrapper element, where XML allows no
DOCTYPE, so no entity can be declared and nothing is fetched; a DOCTYPE before
the item is skipped as text, never read. HTML named entities become their
characters and any other entity stays in the text as written, with a problem
(:func:`newsparse.detectors.markup._xml.fix_references`). Namespaces are
dropped after parsing: every element and attribute is known by its local name,
so a document with a namespace, without one, or with any prefix reads the same.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import attrs

from newsparse._problems import Location, Problem
from newsparse.detectors.markup._xml import close_truncated, fix_references, skip_prolog

__all__ = ["Span", "attribute", "item_spans", "local_root", "read_item", "text_of", "texts_of"]

_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
_CLOSERS = {"<!--": "-->", "<![CDATA[": "]]>", "<?": "?>"}
_QUOTE_OR_END = re.compile(r"""[>"']""")
_USED_PREFIX = re.compile(r"</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=")
_ROOT_TAG = re.compile(rf"<{_PREFIX}([A-Za-z_][\w.-]*)")
_WRAPPER = "newsparse-wire"
_RETRIES = 3  # how many times a malformed item is cut at its error and read again
_SHOWN = 5  # unknown entities named in one problem


@attrs.frozen
class Span:
    """Where one item is in the text, and how it ends.

    ``kind`` is ``closed`` (it has its end tag), ``empty`` (self-closing),
    ``cut`` (the next item or document starts before its end tag), ``truncated``
    (the text ends inside it) or ``unclosed-markup`` (outside any item, a
    comment or CDATA section that the text ends inside).
    """

    start: int
    end: int
    kind: str


def local_root(text: str, end: int) -> str | None:
    """The local name of the first element after the prolog in ``text[:end]`` (a DOCTYPE is skipped), or None.

    Example:
        >>> local_root('<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf>', 100)
        'nitf'
        >>> local_root('<nar:newsMessage xmlns:nar="x">', 100), local_root("plain text", 100)
        ('newsMessage', None)
    """
    root = _ROOT_TAG.match(text, skip_prolog(text, 0, end), end)
    return root.group(1) if root else None


def item_spans(text: str, names: str, *, nested: bool = False) -> Iterator[Span]:
    """The spans of the elements named ``names`` (a regex alternation, case-sensitive), in one forward pass.

    With ``nested=False`` an item never contains another of its names: a start
    tag of one ends the open item (``cut``). With ``nested=True`` (NewsML 1.x,
    where a NewsItem may hold NewsItems) such tags are counted and the span runs
    to the matching end tag. Either way an XML declaration or a DOCTYPE, which
    only start a document, ends an item left open.

    Example:
        >>> [(s.start, s.end, s.kind) for s in item_spans("<a><nitf>x</nitf><nitf>y", "nitf")]
        [(3, 17, 'closed'), (17, 24, 'truncated')]
    """
    boundary = re.compile(rf"<(?:!--|!\[CDATA\[|\?|!DOCTYPE|(/?)({_PREFIX}(?:{names}))(?=[\s/>]|\Z))")
    pos, open_at, depth = 0, -1, 0
    while True:
        mark = boundary.search(text, pos)
        if mark is None:
            break
        token = mark.group()
        if token in ("<?", "<!DOCTYPE") and open_at >= 0 and _starts_document(text, mark.start()):
            yield Span(open_at, mark.start(), "cut")
            open_at, depth = -1, 0
        if token == "<!DOCTYPE":
            after = skip_prolog(text, mark.start())
            if after == mark.start():
                break
            pos = after
            continue
        closer = _CLOSERS.get(token)
        if closer is not None:
            close = text.find(closer, mark.end())
            if close < 0:
                if open_at < 0:
                    yield Span(mark.start(), len(text), "unclosed-markup")
                break
            pos = close + len(closer)
            continue
        after, broken = _tag_end(text, mark.end())
        if broken >= 0:  # the next "<" comes before this tag's ">": a tag broken off, not a tag
            if not mark.group(1) and (open_at < 0 or not nested):
                if open_at >= 0:
                    yield Span(open_at, mark.start(), "cut")
                yield Span(mark.start(), broken, "cut")
                open_at, depth = -1, 0
            pos = broken
            continue
        if mark.group(1):  # an end tag
            if open_at >= 0 and after >= 0:
                depth -= 1
                if depth == 0:
                    yield Span(open_at, after, "closed")
                    open_at = -1
        elif after >= 0 and text[after - 2] == "/":  # self-closing
            if open_at < 0:
                yield Span(mark.start(), after, "empty")
        elif open_at >= 0 and nested:
            depth += 1
        else:
            if open_at >= 0:
                yield Span(open_at, mark.start(), "cut")
            open_at, depth = mark.start(), 1
        if after < 0:
            break
        pos = after
    if open_at >= 0:
        yield Span(open_at, len(text), "truncated")


def _starts_document(text: str, pos: int) -> bool:
    """Whether the markup at ``pos`` is an XML declaration or a DOCTYPE: the start of another document."""
    return text.startswith("<!DOCTYPE", pos) or (text.startswith("<?xml", pos) and text[pos + 5 : pos + 6].isspace())


def _tag_end(text: str, pos: int) -> tuple[int, int]:
    """(past the ``>`` of the tag open before ``pos``, -1), or (-1, the ``<`` that breaks it off), or (-1, -1).

    A tag cannot hold a ``<`` (not even in a quoted value), so the scan never
    passes the next ``<``: the tag ends before it, is broken off by it, or the
    text ends inside the tag. Each tag costs at most the distance to the next
    ``<``, which is where the item scan goes on from.
    """
    following = text.find("<", pos)
    limit = len(text) if following < 0 else following
    while True:
        mark = _QUOTE_OR_END.search(text, pos, limit)
        if mark is None:
            return -1, following
        if mark.group() == ">":
            return mark.end(), -1
        close = text.find(mark.group(), mark.end(), limit)
        if close < 0:
            return -1, following
        pos = close + 1


def read_item(text: str, span: Span, where: str, number: int) -> tuple[ET.Element | None, list[Problem]]:
    """Parse the item at ``span`` safely: the element with local names, or None, and what was wrong.

    A truncated or cut item is closed where it stops (``item-truncated``); a
    malformed one is read up to its first error (``record-broken``); unknown
    entities stay as text (``entity-unknown``). None comes back only when
    nothing of the item could be read, with a problem saying why.

    Example:
        >>> text = '<nitf><head><title>Caf&eacute;</title></head><body><p>Fog kept the fer'
        >>> item, problems = read_item(text, Span(0, len(text), "truncated"), "document 1", 1)
        >>> item.findtext("head/title"), [p.code for p in problems]
        ('Café', ['item-truncated'])
    """
    at = Location(record=number, start=span.start, end=span.end)
    fragment = text[span.start : span.end]
    problems: list[Problem] = []
    if span.kind in ("cut", "truncated"):
        fragment = close_truncated(fragment)
        ends = "the next one starts" if span.kind == "cut" else "the text ends"
        message = f"{where} is truncated: {ends} before its end tag; read what it has"
        problems.append(Problem("item-truncated", message, at))
    fragment, unknown = fix_references(fragment)
    if unknown:
        names = list(dict.fromkeys(unknown))
        shown = ", ".join(names[:_SHOWN]) + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")
        problems.append(Problem("entity-unknown", f"{where}: unknown entities {shown} kept as text", at))
    wrapper, bound = _parse(fragment, where, at, problems)
    if wrapper is None:
        return None, problems
    if not len(wrapper):
        problems.append(Problem("item-truncated", f"{where} is truncated inside its start tag; skipped", at))
        return None, problems
    element = wrapper[0]
    if bound or "xmlns" in fragment or "xml:" in fragment:  # else no name has a namespace: nothing to drop
        _drop_namespaces(element)
    return element, problems


def _parse(fragment: str, where: str, at: Location, problems: list[Problem]) -> tuple[ET.Element | None, bool]:
    """The wrapper element around the fragment, and whether prefixes were bound to placeholders.

    A malformed fragment is read up to its error, a few times at most.

    A prefix nothing declares (the document declared it outside the item, or
    not at all) is bound to a placeholder and the item read again; this costs
    nothing for the usual item, which parses on the first try.
    """
    declarations = ""
    attempt = 0
    while True:
        wrapped = f"<{_WRAPPER}{declarations}>{fragment}</{_WRAPPER}>"
        try:
            return ET.fromstring(wrapped), bool(declarations)
        except ET.ParseError as exc:
            if not declarations and "unbound prefix" in str(exc):
                declarations = _placeholders(fragment) or " "
                continue
            cut = _error_offset(wrapped, exc) - len(wrapped) + len(fragment) + len(f"</{_WRAPPER}>")
            if attempt == _RETRIES or cut <= 0:
                problems.append(Problem("record-broken", f"{where} is not well-formed XML ({exc}); skipped", at))
                return None, False
            if attempt == 0:
                message = f"{where} is not well-formed XML ({exc}); read up to the error"
                problems.append(Problem("record-broken", message, at))
            fragment = close_truncated(fragment[:cut])
            attempt += 1


def _placeholders(fragment: str) -> str:
    """A placeholder declaration for every prefix the fragment uses: the item then parses wherever they were declared.

    Names are read by their local part only, so the URI a prefix is bound to
    does not matter; a declaration inside the fragment still wins over these.
    """
    used = {a or b for a, b in _USED_PREFIX.findall(fragment)} - {"xml", "xmlns"}
    return "".join(f' xmlns:{prefix}="urn:newsparse:prefix:{prefix}"' for prefix in sorted(used))


def _error_offset(wrapped: str, exc: ET.ParseError) -> int:
    """The offset in ``wrapped`` of the parser's error position (expat counts columns in UTF-8 bytes)."""
    line, column = getattr(exc, "position", (1, 0))
    start = 0
    for _ in range(line - 1):
        start = wrapped.find("\n", start) + 1
        if start == 0:
            return 0
    end = wrapped.find("\n", start)
    row = wrapped[start : end if end >= 0 else len(wrapped)]
    prefix = row.encode("utf-8", "surrogatepass")[:column].decode("utf-8", "ignore")
    return start + len(prefix)


def _drop_namespaces(root: ET.Element) -> None:
    """Every element and attribute of ``root`` by its local name (``{uri}p`` becomes ``p``, ``xml:lang`` ``lang``)."""
    for node in root.iter():
        tag = node.tag
        if isinstance(tag, str) and tag[:1] == "{":
            node.tag = tag[tag.find("}") + 1 :]
        if node.attrib and any(name[:1] == "{" for name in node.attrib):
            node.attrib = {name[name.find("}") + 1 :]: value for name, value in node.attrib.items()}


def text_of(element: ET.Element | None) -> str | None:
    """The element's text with white space runs made single spaces, or None when it has none.

    Example:
        >>> text_of(ET.fromstring("<hl1> Harbour <em>lights</em>\\n return </hl1>")), text_of(None)
        ('Harbour lights return', None)
    """
    if element is None:
        return None
    value = " ".join("".join(element.itertext()).split())
    return value or None


def attribute(element: ET.Element | None, *names: str) -> str | None:
    """The first of the element's attributes ``names`` that has a value, stripped; None when none has one.

    Example:
        >>> attribute(ET.fromstring('<doc-id id-string=" AP-1 "/>'), "id-string"), attribute(None, "x")
        ('AP-1', None)
    """
    if element is None:
        return None
    for name in names:
        value = (element.get(name) or "").strip()
        if value:
            return value
    return None


def texts_of(elements: Iterator[ET.Element] | list[ET.Element]) -> list[str]:
    """The non-empty texts of ``elements``, in order, without repeats.

    Example:
        >>> texts_of(ET.fromstring("<k><a>x</a><a/><a>y</a><a>x</a></k>").iter("a"))
        ['x', 'y']
    """
    return list(dict.fromkeys(t for t in (text_of(e) for e in elements) if t))
