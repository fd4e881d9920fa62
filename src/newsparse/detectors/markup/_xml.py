"""Safe, linear helpers for reading untrusted XML text with string scans only.

Nothing here expands an entity or reads a DTD: a DOCTYPE is skipped as text,
HTML named entities are rewritten to numeric character references from the
standard library's fact table (:data:`html.entities.html5`), and any other
entity is escaped so that it stays in the text as written. Every scan moves
forward through the text, so each function runs in time linear in its input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html.entities import html5

import attrs

__all__ = [
    "ElementSpan",
    "close_truncated",
    "element_spans",
    "fix_references",
    "repair_markup",
    "skip_prolog",
    "tag_end",
]

_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_SPACE = re.compile(r"[\s\ufeff]*")
_QUOTE_OR_END = re.compile(r"""[>"']""")
_VALUE_REST = {'"': re.compile(r'[^"<]*"'), "'": re.compile(r"[^'<]*'")}
_SUBSET_MARK = re.compile(r"""[\]"']|<!--|<\?""")
_REF_OR_SKIP = re.compile(r"&|<!--|<!\[CDATA\[")
_UNUSUAL_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)")
_REFERENCE = re.compile(r"#(?:[0-9]{1,8}|[xX][0-9a-fA-F]{1,6});|[A-Za-z][A-Za-z0-9]{0,31};")
_MARKUP = re.compile(r"<")
_TAG_NAME = re.compile(r"(/?)([A-Za-z_][\w.:-]*)")
_START_TAG = re.compile(r"<([A-Za-z_][\w.:-]*)(\s[^<>]*?)?(/?)>")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_STRAY_OR_SKIP = re.compile(r"<!\[CDATA\[|<!--|(?i:<!DOCTYPE)|<(?![A-Za-z_:!?]|/[A-Za-z_:])")
# Characters XML 1.0 forbids (controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The C1 range of a numeric reference is windows-1252's, as HTML reads it (&#146; is a right quote).
_C1_AS_CP1252 = {code: bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xA0)}


def tag_end(text: str, pos: int) -> int:
    """The offset just past the ``>`` that closes the tag open at ``pos``, or -1 if there is none.

    A ``>`` inside a quoted attribute value does not close the tag. A value
    whose quote is not closed before the next ``<`` (which XML forbids in a
    value) makes the tag broken: -1, after a scan no longer than the value.

    Example:
        >>> tag_end('<a title="x>y">z', 0)
        15
        >>> tag_end('<a title="x', 0), tag_end('<a title="x><b title="y">', 0)
        (-1, -1)
    """
    while True:
        mark = _QUOTE_OR_END.search(text, pos)
        if mark is None:
            return -1
        if mark.group() == ">":
            return mark.end()
        value = _VALUE_REST[mark.group()].match(text, mark.end())
        if value is None:
            return -1
        pos = value.end()


def _lenient_tag_end(text: str, pos: int) -> int:
    """:func:`tag_end`, but a tag whose quote is never closed ends at the next ``>``."""
    after = tag_end(text, pos)
    if after < 0:
        gt = text.find(">", pos)
        after = gt + 1 if gt >= 0 else -1
    return after


@attrs.frozen
class ElementSpan:
    """Where one repeated element (a feed's item, an export's article) lies in a text, and how it ends.

    ``kind`` is ``closed`` (it has its end tag), ``empty`` (self-closing, as
    ``<item/>``), ``cut`` (the next one starts before its end tag), ``truncated``
    (the text ends inside it) or ``unclosed-markup`` (outside any element, a
    comment, CDATA section or processing instruction that the text ends inside:
    not an element, but worth reporting).
    """

    start: int
    end: int
    kind: str

    @property
    def complete(self) -> bool:
        """Whether the element is whole: closed by its end tag, or self-closing."""
        return self.kind in ("closed", "empty")


_SKIPPED = {"<!--": "-->", "<![CDATA[": "]]>", "<?": "?>"}


def element_spans(
    text: str, pos: int, boundary: re.Pattern[str], *, any_name_cuts: bool = False, lenient: bool = False
) -> Iterator[ElementSpan]:
    r"""The spans of the elements ``boundary`` finds in ``text`` from ``pos`` on, in one forward pass.

    ``boundary`` matches the start of a comment, a CDATA section or a processing
    instruction (each skipped whole, so an element inside one is not an element),
    or a start or end tag of the elements, with ``/`` or nothing in group 1 and the
    name in group 2. Elements do not nest: a start tag of the open element's name
    (of any of the names, with ``any_name_cuts``) ends it, cut short; other tags
    are its content. With ``lenient`` a tag whose quote is never closed ends at the
    next ``>`` instead of ending the scan.

    Example:
        >>> items = re.compile(r"<(?:!--|!\[CDATA\[|\?|(/?)(item)(?=[\s/>]))")
        >>> [span.kind for span in element_spans("<item>a</item><!-- <item> --><item/><item>b", 0, items)]
        ['closed', 'empty', 'truncated']
    """
    end_of = _lenient_tag_end if lenient else tag_end
    open_at, open_name = -1, ""
    while True:
        mark = boundary.search(text, pos)
        if mark is None:
            break
        closer = _SKIPPED.get(mark.group().upper())
        if closer is not None:
            close = text.find(closer, mark.end())
            if close < 0:
                if open_at < 0:
                    yield ElementSpan(mark.start(), len(text), "unclosed-markup")
                break
            pos = close + len(closer)
            continue
        after = end_of(text, mark.end())
        name = mark.group(2).lower()
        if mark.group(1):  # an end tag (cut short at the end of the text: the element is truncated)
            if open_at >= 0 and name == open_name and after >= 0:
                yield ElementSpan(open_at, after, "closed")
                open_at = -1
        elif open_at < 0 or name == open_name or any_name_cuts:
            if open_at >= 0:
                yield ElementSpan(open_at, mark.start(), "cut")
                open_at = -1
            if after >= 0 and text[after - 2] == "/":
                yield ElementSpan(mark.start(), after, "empty")
            else:
                open_at, open_name = mark.start(), name
        if after < 0:
            break
        pos = after
    if open_at >= 0:
        yield ElementSpan(open_at, len(text), "truncated")


def _skip_doctype(text: str, pos: int, end: int) -> int:
    """Past a ``<!DOCTYPE`` at ``pos``, including an internal subset in brackets; -1 if it does not end."""
    while True:
        mark = _QUOTE_OR_END.search(text, pos, end) if pos < end else None
        if mark is None:
            return -1
        if mark.group() == ">":
            return mark.end()
        bracket = text.find("[", pos, mark.start())
        if bracket >= 0:  # the internal subset: declarations, comments and PIs up to "]"
            pos = _skip_subset(text, bracket + 1, end)
            if pos < 0:
                return -1
            continue
        close = text.find(mark.group(), mark.end(), end)
        if close < 0:
            return -1
        pos = close + 1


def _skip_subset(text: str, pos: int, end: int) -> int:
    """Past the ``]`` that ends a DOCTYPE internal subset starting at ``pos``; -1 if it does not end."""
    closers = {"<!--": "-->", "<?": "?>", '"': '"', "'": "'"}
    while True:
        mark = _SUBSET_MARK.search(text, pos, end)
        if mark is None:
            return -1
        if mark.group() == "]":
            return mark.end()
        close = text.find(closers[mark.group()], mark.end(), end)
        if close < 0:
            return -1
        pos = close + len(closers[mark.group()])


def skip_prolog(text: str, pos: int = 0, end: int | None = None) -> int:
    """The offset of the first thing after the XML prolog that starts at ``pos``.

    Skips white space, a byte order mark, the XML declaration, comments,
    processing instructions and a DOCTYPE (with its internal subset), within
    ``text[pos:end]``. Stops at the first other character, or where one of
    these is not closed before ``end``.

    Example:
        >>> text = '<?xml version="1.0"?><!-- (c) 2024 --><!DOCTYPE rss [<!ENTITY a "]>">]><rss>'
        >>> text[skip_prolog(text):]
        '<rss>'
    """
    end = len(text) if end is None else min(end, len(text))
    while True:
        pos = _SPACE.match(text, pos, end).end()  # type: ignore[union-attr]  # matches the empty string
        if text.startswith("<!--", pos, end):
            close = text.find("-->", pos + 4, end)
            after = close + 3 if close >= 0 else -1
        elif text.startswith("<?", pos, end):
            close = text.find("?>", pos + 2, end)
            after = close + 2 if close >= 0 else -1
        elif text[pos : pos + 9].upper() == "<!DOCTYPE":
            after = _skip_doctype(text, pos + 9, end)
        else:
            return pos
        if after < 0:
            return pos
        pos = after


def fix_references(fragment: str) -> tuple[str, list[str]]:
    """Make every ``&`` of an XML fragment well-formed without expanding any entity.

    Outside comments and CDATA sections: the five XML entities and valid
    numeric references are kept; an HTML named entity (``&nbsp;``,
    ``&eacute;``) becomes numeric references to its characters; any other
    ``&`` (an unknown entity, a reference to a character XML forbids, a bare
    ampersand) is escaped as ``&amp;`` so that it stays in the text as written.
    Returns the fragment and the unknown or invalid references, as written.

    Example:
        >>> fix_references("<t>caf&eacute; &amp; AT&T &foo; &#0;<![CDATA[&nbsp;]]></t>")
        ('<t>caf&#233; &amp; AT&amp;T &amp;foo; &amp;#0;<![CDATA[&nbsp;]]></t>', ['&foo;', '&#0;'])
    """
    if _UNUSUAL_AMP.search(fragment) is None:  # the common case: only the five XML entities
        return fragment, []
    pieces: list[str] = []
    unknown: list[str] = []
    pos = done = 0
    while True:
        mark = _REF_OR_SKIP.search(fragment, pos)
        if mark is None:
            break
        if mark.group() != "&":
            closer = "-->" if mark.group() == "<!--" else "]]>"
            close = fragment.find(closer, mark.end())
            if close < 0:
                break
            pos = close + len(closer)
            continue
        reference = _REFERENCE.match(fragment, mark.end())
        pos = reference.end() if reference else mark.end()
        replacement = _replacement(reference.group() if reference else "")
        if replacement is None:
            continue
        if reference and replacement.startswith("&amp;"):
            unknown.append("&" + reference.group())
        pieces.append(fragment[done : mark.start()])
        pieces.append(replacement)
        done = pos
    pieces.append(fragment[done:])
    return "".join(pieces), unknown


def _replacement(reference: str) -> str | None:
    """What to write for ``&`` + ``reference``: ``None`` to keep it as it is."""
    if not reference:
        return "&amp;"
    name = reference[:-1]
    if name.startswith("#"):
        code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
        if not _xml_char(code):
            return "&amp;" + reference
        if code in _C1_AS_CP1252:
            return "".join(f"&#{ord(c)};" for c in _C1_AS_CP1252[code])
        return f"&#x{name[2:]};" if name[1:2] == "X" else None
    if name in _XML_ENTITIES:
        return None
    characters = html5.get(reference)
    if characters is None:
        return "&amp;" + reference
    return "".join(f"&#{ord(c)};" for c in characters)


def repair_markup(fragment: str) -> str:
    """Make the usual breakages of hand-written XML well-formed: forbidden characters, stray ``<``, unbalanced tags.

    Characters XML forbids are dropped; a ``<`` that starts no tag, comment,
    CDATA section or processing instruction (outside comments and CDATA) is
    escaped; a DOCTYPE (which no element may hold) is dropped unread; then
    :func:`close_truncated` drops end tags that close nothing and closes what
    is left open. Linear in the fragment.

    Example:
        >>> repair_markup("<item><title>1 < 2\x0c</title><b>bold</item></channel>")
        '<item><title>1 &lt; 2</title><b>bold</b></item>'
    """
    fragment = _FORBIDDEN.sub("", fragment)
    pieces: list[str] = []
    pos = done = 0
    while True:
        mark = _STRAY_OR_SKIP.search(fragment, pos)
        if mark is None:
            break
        if mark.group() == "<":
            pieces.append(_fix_tags(fragment[done : mark.start()]) + "&lt;")
            pos = done = mark.end()
            continue
        if mark.group().upper() == "<!DOCTYPE":
            after = _skip_doctype(fragment, mark.end(), len(fragment))
            pieces.append(_fix_tags(fragment[done : mark.start()]))
            pos = done = after if after >= 0 else len(fragment)
            continue
        closer = "-->" if mark.group() == "<!--" else "]]>"
        close = fragment.find(closer, mark.end())
        if close < 0:
            break
        pos = close + len(closer)
        pieces.append(_fix_tags(fragment[done : mark.start()]) + fragment[mark.start() : pos])
        done = pos
    pieces.append(_fix_tags(fragment[done:]))
    return close_truncated("".join(pieces))


def _fix_tags(text: str) -> str:
    """``text`` with its start tags' attributes quoted and de-duplicated (``<a href=x b b="2" b="3">``)."""
    return _START_TAG.sub(_fix_attributes, text) if "=" in text else text


def _fix_attributes(tag: re.Match[str]) -> str:
    seen: dict[str, str] = {}
    for name, value in _ATTRIBUTE.findall(tag.group(2) or ""):
        if value[:1] in ('"', "'"):
            value = value[1:-1]
        seen.setdefault(name, (value or name).replace('"', "&quot;"))
    attributes = "".join(f' {name}="{value}"' for name, value in seen.items())
    return f"<{tag.group(1)}{attributes}{tag.group(3)}>"


def _xml_char(code: int) -> bool:
    """Whether XML 1.0 allows the character ``code`` (the ``Char`` production)."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def close_truncated(fragment: str) -> str:
    """Cut an XML fragment that stops mid-way to what is complete, then close what is still open.

    An unfinished tag, comment or processing instruction at the end is cut off;
    an open CDATA section keeps its text and is closed; an end tag that closes
    nothing open is dropped; the elements still open are closed in order. The
    result is well-formed when the fragment was well-formed up to the cut.

    Example:
        >>> close_truncated("<item><title>Ferry</title><description>Fog kept the fer")
        '<item><title>Ferry</title><description>Fog kept the fer</description></item>'
        >>> close_truncated("<item><title>A</title></channel><p><![CDATA[x <b")
        '<item><title>A</title><p><![CDATA[x <b]]></p></item>'
    """
    pieces: list[str] = []
    stack: list[str] = []
    open_names: Counter[str] = Counter()  # how many of each name are on the stack: O(1) membership
    pos = done = 0
    suffix = ""
    while True:
        mark = _MARKUP.search(fragment, pos)
        if mark is None:
            break
        start = mark.start()
        if fragment.startswith("<![CDATA[", start):
            close = fragment.find("]]>", start)
            if close < 0:
                suffix = "]]>"
                break
            pos = close + 3
            continue
        closer = "-->" if fragment.startswith("<!--", start) else "?>" if fragment.startswith("<?", start) else ""
        if closer:
            close = fragment.find(closer, start + 2)
            if close < 0:
                pieces.append(fragment[done:start])
                done = len(fragment)
                break
            pos = close + len(closer)
            continue
        after = tag_end(fragment, start + 1)
        if after < 0:
            pieces.append(fragment[done:start])
            done = len(fragment)
            break
        pos = after
        name = _TAG_NAME.match(fragment, start + 1)
        if name is None or fragment[after - 2] == "/":
            continue
        if not name.group(1):
            stack.append(name.group(2))
            open_names[name.group(2)] += 1
        elif open_names[name.group(2)]:  # close what is still open inside it first
            closing: list[str] = []
            while True:
                top = stack.pop()
                open_names[top] -= 1
                if top == name.group(2):
                    break
                closing.append(f"</{top}>")
            if closing:
                pieces.append(fragment[done:start] + "".join(closing))
                done = start
        else:  # an end tag that closes nothing open here: drop it
            pieces.append(fragment[done:start])
            done = after
    pieces.append(fragment[done:])
    return "".join(pieces) + suffix + "".join(f"</{name}>" for name in reversed(stack))
