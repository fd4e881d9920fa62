"""What one WARC record holds: a page to read (its payload decoded), or the reason it is skipped.

A ``response`` record's content is the HTTP response as the crawler received
it: a status line, header lines, an empty line and the payload, which may still
be sent in chunks (``Transfer-Encoding: chunked``) and compressed
(``Content-Encoding: gzip`` or ``deflate``). A ``resource`` record's content is
the document itself, typed by the record's own ``Content-Type``. Either is a
page when the status is 2xx and the type is HTML, JSON or a feed (RSS, Atom or
other XML); a record with no type says what it is by its first bytes. Plain
text is not a page here (it is mostly ``robots.txt``).

Skip reasons are short phrases (``"redirect (3xx)"``, ``"image/png"``): the
WARC reader counts records under them.
"""

from __future__ import annotations

import re
import zlib

import attrs

from newsparse import _limits
from newsparse._decode import HEAD_BYTES, refuse_binary
from newsparse.errors import BinaryInputError

__all__ = ["HEAD", "Page", "binary", "fields_of", "judge", "payload_of"]

HEAD = 1 << 16
"""How many bytes of a record's content are read before it is judged (its HTTP header lines must fit)."""

_HTTP_END = re.compile(rb"\r?\n\r?\n")
_STATUS = re.compile(rb"HTTP/[0-9.]{1,4}[ \t]+([0-9]{3})\b")
_CHUNK_SIZE = re.compile(rb"[ \t]*([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")
_PARAM_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:+-]{1,40})""", re.IGNORECASE)
_HTML = frozenset(("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"))
_JSON = frozenset(("application/json", "text/json", "application/x-json", "application/javascript+json"))
_XML = frozenset(("application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml"))
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_GENERIC = frozenset(("", "application/octet-stream", "unk", "unknown", "no-type", "*/*"))


@attrs.frozen
class Page:
    """A record's content that is a page: where its payload starts, and how it is sent.

    Attributes:
        mime: the media type (``text/html``), from the header or sniffed.
        charset: the charset the header declares, or ``None``.
        start: where the payload starts in the record's content (after the HTTP header lines).
        chunked: the payload is sent in chunks (``Transfer-Encoding: chunked``).
        codings: the content codings applied, in the order they were applied (``("gzip",)``).
    """

    mime: str
    charset: str | None
    start: int = 0
    chunked: bool = False
    codings: tuple[str, ...] = ()


def fields_of(header: bytes) -> dict[str, str]:
    """Named header lines (WARC or HTTP) as a dict of lower-case names; the first line and folding handled.

    Example:
        >>> fields_of(b"WARC/1.1\\r\\nWARC-Type: response\\r\\nX-Long: a\\r\\n  b\\r\\n\\r\\n")
        {'warc-type': 'response', 'x-long': 'a b'}
    """
    fields: dict[str, str] = {}
    last = ""
    for line in header.decode("utf-8", errors="replace").splitlines()[1:]:
        if line[:1] in (" ", "\t") and last:
            fields[last] = f"{fields[last]} {line.strip()}"
            continue
        name, colon, value = line.partition(":")
        if colon and name.strip():
            last = name.strip().lower()
            fields.setdefault(last, value.strip())
    return fields


def judge(kind: str, fields: dict[str, str], head: bytes) -> Page | str:
    """The :class:`Page` in a ``response`` or ``resource`` record (``head``: its first bytes), or why it is none.

    Example:
        >>> judge("response", {}, b"HTTP/1.1 301 Moved\\r\\nLocation: /b\\r\\n\\r\\n")
        'redirect (3xx)'
        >>> judge("response", {}, b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html; charset=ISO-8859-1\\r\\n\\r\\n<p>")
        Page(mime='text/html', charset='iso-8859-1', start=64, chunked=False, codings=())
    """
    if kind == "resource":
        mime, charset = _content_type(fields.get("content-type", ""))
        return _typed(mime, charset, head, 0, False, ())
    status = _STATUS.match(head)
    end = _HTTP_END.search(head)
    if status is None or end is None:
        return "not an HTTP response"
    code = int(status.group(1))
    if not 200 <= code < 300:
        return "redirect (3xx)" if 300 <= code < 400 else "error page (4xx/5xx)" if code >= 400 else f"status {code}"
    http = fields_of(head[: end.end()])
    mime, charset = _content_type(http.get("content-type", ""))
    chunked = "chunked" in http.get("transfer-encoding", "").lower()
    codings = tuple(c.strip().lower() for c in http.get("content-encoding", "").split(",") if c.strip())
    return _typed(mime, charset, head, end.end(), chunked, codings)


def payload_of(page: Page, content: bytes) -> bytes:
    """The payload of a page record, de-chunked and decompressed (at most the record cap).

    Raises:
        ValueError: the payload cannot be decoded, or it decompresses past the cap (the message says which).

    Example:
        >>> import gzip
        >>> payload_of(Page("text/html", None, 0, True, ("gzip",)), b"%x\\r\\n" % 30 + gzip.compress(b"<p>")[:30]
        ...            + b"\\r\\n%x\\r\\n" % 3 + gzip.compress(b"<p>")[30:] + b"\\r\\n0\\r\\n\\r\\n")
        b'<p>'
    """
    body = content[page.start :]
    if page.chunked:
        body = _dechunked(body)
    for coding in reversed(page.codings):
        body = _decoded(body, coding)
    return body


def binary(payload: bytes) -> bool:
    """Whether a payload typed as a page is in fact binary (an image served as ``text/html``)."""
    try:
        refuse_binary(payload[:HEAD_BYTES], source="")
    except BinaryInputError:
        return True
    return False


def _content_type(value: str) -> tuple[str, str | None]:
    """The media type (lower case) and the declared charset of a ``Content-Type`` value."""
    mime = value.split(";", 1)[0].strip().lower()
    match = _PARAM_CHARSET.search(value)
    return mime, match.group(1).lower() if match else None


def _typed(
    mime: str, charset: str | None, head: bytes, start: int, chunked: bool, codings: tuple[str, ...]
) -> Page | str:
    if mime in _GENERIC:
        found = None if codings else _sniffed(_dechunked(head[start:]) if chunked else head[start:])
        if found is None:
            return mime or "payload without a content type"
        mime = found
    if _kind(mime) is None:
        return mime
    return Page(mime, charset, start, chunked, codings)


def _sniffed(data: bytes) -> str | None:
    """The media type a payload without one shows in its first bytes (HTML, XML or JSON), or None."""
    start = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith((b"{", b"[")):
        return "application/json"
    if _HTML_TAG.search(start):
        return "text/html"
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:RDF")):
        return "application/xml"
    return None


def _kind(mime: str) -> str | None:
    """``html``, ``json`` or ``xml`` for the media types read as pages; None for the others."""
    if mime in _HTML:
        return "html"
    if mime in _JSON or mime.endswith("+json"):
        return "json"
    if mime in _XML or (mime.endswith("+xml") and not mime.startswith(("image/", "audio/", "video/", "font/"))):
        return "xml"
    return None


def _dechunked(body: bytes) -> bytes:
    """The payload of a chunked body; a body that is not chunked after all (a crawler undid it) as it is."""
    parts: list[bytes] = []
    at = 0
    while at < len(body):
        size = _CHUNK_SIZE.match(body, at)
        if size is None:
            return body if not parts else b"".join(parts)  # not chunked after all, or the chunks end early
        length = int(size.group(1), 16)
        if length == 0:
            break
        start = size.end()
        parts.append(body[start : start + length])
        at = start + length
        at += 2 if body.startswith(b"\r\n", at) else 1 if body.startswith(b"\n", at) else 0
    return b"".join(parts)


def _decoded(body: bytes, coding: str) -> bytes:
    """``body`` with one content coding undone, within the record cap."""
    if coding in ("identity", "none", ""):
        return body
    if coding in ("gzip", "x-gzip", "deflate"):
        if coding != "deflate" and not body.startswith(b"\x1f\x8b"):
            return body  # the crawler stored it decompressed but kept the header
        for wbits in (47, -15) if coding == "deflate" else (31,):
            try:
                return _inflated(body, wbits)
            except zlib.error as exc:
                error = exc
        raise ValueError(f"its {coding}-compressed payload cannot be decompressed ({error})")
    if _sniffed(body) is None and not _utf8_start(body):
        raise ValueError(f"its payload is compressed with {coding!r}, which newsparse cannot undo")
    return body  # an unknown coding over text: the crawler stored it decoded


def _utf8_start(body: bytes) -> bool:
    """Whether the first bytes of ``body`` read as UTF-8 text (a character cut at the end is allowed)."""
    try:
        body[:1024].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= min(len(body), 1024) - 3 and exc.reason == "unexpected end of data"
    return b"\x00" not in body[:1024]


def _inflated(body: bytes, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    cap = _limits.MAX_RECORD_BYTES
    out = inflater.decompress(body, cap + 1)
    if len(out) > cap:
        raise ValueError(f"its payload decompresses past the record cap ({_limits.describe(cap)})")
    return out
