"""What a feed element holds, as text or as HTML: content types, Atom 0.3 modes, base64, markup-free text fields.

RSS says nothing about its text: a ``description`` is escaped HTML, a
``title`` is text that some feeds escape HTML into. Atom says what each text
construct holds: ``type="text"`` (the default: a ``<b>`` in it is text),
``"html"`` (escaped HTML), ``"xhtml"`` (markup inside the element), or in
Atom 0.3 a MIME type with ``mode="xml"`` (inline), ``"escaped"`` or
``"base64"``. :func:`read_content` turns an element into a :class:`Content`
(its value and whether that value is HTML); :func:`as_text` turns one into
a single line of text with no markup (scripts, styles and their text gone,
entities decoded), for titles, authors, captions and tags.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET

import attrs

__all__ = [
    "ATOM_NAMESPACES",
    "Content",
    "as_text",
    "element_text",
    "inner_markup",
    "local",
    "map_c1",
    "prepare_html",
    "read_content",
    "text_of",
]

ATOM_NAMESPACES = frozenset({"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"})
_HTML_HINT = re.compile(r"<[A-Za-z/!?]|&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Plugin and foreign-content tags whose text an HTML cleaner may skip: the tags go, the text inside stays.
_UNWRAPPED = re.compile(r"</?(?:embed|object|param|applet|iframe|svg|math)\b[^<>]*>", re.IGNORECASE)
_HTML_TYPES = frozenset({"html", "text/html"})
_TEXT_TYPES = frozenset({"text", "text/plain", "plain"})
_SPACE = re.compile(r"\s+")
# C1 controls left in the text after decoding (and after mojibake repair) are windows-1252 or windows-874 bytes
# read as Latin-1 (both code pages give 0x80-0x9F the same punctuation): each becomes that character.
_C1 = re.compile("[\x80-\x9f]")
_C1_MEANING = {chr(b): bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0)}
# A numeric reference to a character XML forbids (&#0;): the feed's text as written, kept so by the HTML reader too.
_FORBIDDEN_REFERENCE = re.compile(r"&(#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01])|[xX]0*(?:[0-8]|1[0-9a-fA-F]|[bBcCeEfF]));)")


@attrs.frozen
class Content:
    """An element's value, whether it is HTML, and whether base64 in it could not be decoded."""

    value: str
    html: bool
    bad_base64: bool = False


def map_c1(text: str) -> str:
    """``text`` with each C1 control character replaced by its windows-1252 character (dropped when it has none).

    Example:
        >>> map_c1("don\x92t \x93quote\x94\x81")
        'don’t “quote”'
    """
    if text.isascii() or _C1.search(text) is None:
        return text
    return _C1.sub(lambda m: _C1_MEANING[m.group()], text)


def local(tag: str) -> tuple[str, str]:
    """``("uri", "name")`` of an ElementTree tag (``""`` for no namespace)."""
    if tag.startswith("{"):
        uri, _, name = tag[1:].partition("}")
        return uri, name
    return "", tag


def read_content(element: ET.Element, *, typed: bool) -> Content | None:
    """What ``element`` holds (``None`` when it holds nothing); ``typed`` for Atom elements (and Media RSS).

    Example:
        >>> read_content(ET.fromstring('<t type="html">a &lt;b&gt;b&lt;/b&gt;</t>'), typed=True)
        Content(value='a <b>b</b>', html=True, bad_base64=False)
        >>> read_content(ET.fromstring('<t mode="base64">SGk=</t>'), typed=True)
        Content(value='Hi', html=False, bad_base64=False)
    """
    kind = (element.get("type") or "").strip().lower() if typed else ""
    mode = (element.get("mode") or "").strip().lower() if typed else ""
    if kind == "xhtml" or kind.endswith("xhtml+xml") or (len(element) and mode not in ("escaped", "base64")):
        markup = inner_markup(element)
        return Content(markup, html=True) if markup else None
    value = "".join(element.itertext())
    bad = False
    if mode == "base64" or "base64" in kind or _binary_type(kind):
        value, bad = _unbase64(value)
    if not value.strip():
        return None
    if kind in _TEXT_TYPES and mode != "escaped":
        return Content(value.strip(), html=False, bad_base64=bad)
    # Untyped text is sniffed, as feed readers do (Atom 1.0 calls it text, but escaped markup in it is common):
    # only an explicit type="text" keeps "<b>" as text.
    html = kind in _HTML_TYPES or mode == "escaped" or _HTML_HINT.search(value) is not None
    return Content(value.strip(), html=html, bad_base64=bad)


def _binary_type(kind: str) -> bool:
    """Atom 1.0: content of a MIME type that is neither text nor XML is base64."""
    return "/" in kind and not kind.startswith("text/") and not kind.endswith(("/xml", "+xml"))


def _unbase64(value: str) -> tuple[str, bool]:
    """The text base64 ``value`` encodes (UTF-8, else Latin-1), and whether it was not base64 (kept as it is)."""
    try:
        data = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return value, True
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), False


def inner_markup(element: ET.Element) -> str:
    """The markup inside ``element``, as HTML without namespaces (its text when nested too deeply to serialise)."""
    for node in element.iter():
        node.tag = local(node.tag)[1] if isinstance(node.tag, str) else node.tag
        node.attrib = {local(name)[1]: value for name, value in node.attrib.items()}
    try:
        children = "".join(ET.tostring(child, encoding="unicode", method="html") for child in element)
    except RecursionError:
        return "".join(element.itertext()).strip()
    return ((element.text or "") + children).strip()


def prepare_html(html: str) -> str:
    """HTML for the cleaner, with plugin and MathML/SVG tags unwrapped so the text inside them and after them stays.

    Example:
        >>> prepare_html('safe<embed src="x"> text <math><mi>x</mi></math>')
        'safe text <mi>x</mi>'
    """
    return _UNWRAPPED.sub("", html) if "<" in html else html


def as_text(content: Content | None) -> str | None:
    """One line of text with no markup, entities decoded (``None`` when nothing is left).

    Example:
        >>> as_text(Content('Q&amp;A <b>now</b><script>alert(1)</script>', html=True))
        'Q&A now'
        >>> as_text(Content("History of the <blink> tag", html=False))
        'History of the <blink> tag'
    """
    if content is None:
        return None
    value = content.value
    if content.html:
        from newsparse._html import clean_html  # here: bs4 is imported lazily

        value = clean_html(prepare_html(_FORBIDDEN_REFERENCE.sub(r"&amp;\1", value)))
    return _SPACE.sub(" ", value).strip() or None


def element_text(element: ET.Element | None, *, typed: bool = False) -> str | None:
    """:func:`as_text` of an element's content: the one call for titles, names, captions and tags."""
    return None if element is None else as_text(read_content(element, typed=typed))


def text_of(value: str | None) -> str | None:
    """:func:`as_text` of a string that says nothing of its type: HTML when it looks like HTML.

    Example:
        >>> text_of("Caf&eacute; <i>opens</i>"), text_of("1 < 2"), text_of(None)
        ('Café opens', '1 < 2', None)
    """
    return None if value is None else as_text(Content(value, html=_HTML_HINT.search(value) is not None))
