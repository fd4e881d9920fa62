"""The text a NewsML item carries inline: NITF, XHTML or plain text, read into body fields.

NewsML-G2 puts it in ``inlineXML`` / ``inlineData``, NewsML 1.x in
``DataContent``. Either way the container holds one of:

* an NITF document or body (``nitf``, ``body`` with ``body.head`` /
  ``body.content``, or a bare ``body.content``): read by :mod:`._nitf_body`;
* XHTML (``html``, or a ``body`` / ``div`` / ``p`` elements): kept as HTML in
  ``body_html``, which newsparse cleans;
* text: plain text in ``body``, or escaped HTML in ``body_html`` when the
  content type says HTML.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from typing import Any

from newsparse.detectors.wire._nitf_body import find_body, read_body

__all__ = ["is_picture_type", "join_bodies", "read_inline"]

_NITF_MARKERS = frozenset({"nitf", "body.head", "body.content", "body.end", "hedline"})
_PICTURE_WORDS = ("picture", "photo", "image", "graphic", "video", "audio")


def is_picture_type(value: str | None) -> bool:
    """Whether a media type, MIME type or item class names a picture, graphic, video or audio item.

    Example:
        >>> is_picture_type("ninat:picture"), is_picture_type("image/jpeg"), is_picture_type("ninat:text")
        (True, True, False)
    """
    lowered = (value or "").lower()
    return any(word in lowered for word in _PICTURE_WORDS)


def read_inline(container: ET.Element, content_type: str = "") -> dict[str, Any]:
    """Body fields (and, for NITF, its headline, byline...) from a container of inline content.

    Example:
        >>> xhtml = ET.fromstring("<inlineXML><html><body><p>Fog <b>kept</b> it.</p></body></html></inlineXML>")
        >>> read_inline(xhtml, "application/xhtml+xml")
        {'body_html': '<p>Fog <b>kept</b> it.</p>'}
        >>> read_inline(ET.fromstring("<inlineData>Fog.\\n\\nRain.</inlineData>"), "text/plain")
        {'body': 'Fog.\\n\\nRain.'}
    """
    children = [child for child in container if isinstance(child.tag, str)]
    if not children:
        text = (container.text or "").strip()
        if not text:
            return {}
        return {"body_html": text} if "html" in content_type.lower() else {"body": text}
    nitf_body = _nitf(container, children, content_type)
    if nitf_body is not None:
        return read_body(nitf_body)
    return _xhtml(container)


def _nitf(container: ET.Element, children: list[ET.Element], content_type: str) -> ET.Element | None:
    """The NITF body in the container, when its content is NITF (by content type or by its elements)."""
    says_nitf = "nitf" in content_type.lower()
    for child in children:
        if child.tag in _NITF_MARKERS or (child.tag == "body" and child.find("body.content") is not None):
            return find_body(child) if child.tag == "nitf" else child
    if not says_nitf:
        return None
    body = next((c for c in children if c.tag == "body"), None)  # an element without children is falsy: test None
    return body if body is not None else next(container.iter("body.content"), None)


def _xhtml(container: ET.Element) -> dict[str, Any]:
    """XHTML content as HTML for ``body_html``: the inside of ``html/body`` (or of the container itself)."""
    body = next(container.iter("body"), None)
    root = body if body is not None else container
    try:
        inner = (html.escape(root.text or "", quote=False)) + "".join(
            ET.tostring(child, encoding="unicode", method="html") for child in root if isinstance(child.tag, str)
        )
    except RecursionError:  # nested too deeply for the serializer: the text is kept
        inner = html.escape(" ".join("".join(root.itertext()).split()), quote=False)
    inner = inner.strip()
    return {"body_html": inner} if inner else {}


def join_bodies(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One body from several content parts: plain text joined by blank lines, or HTML when any part is HTML.

    Example:
        >>> join_bodies([{"body": "One."}, {"body_html": "<p>Two &amp; three.</p>"}])
        {'body_html': '<p>One.</p><p>Two &amp; three.</p>'}
        >>> join_bodies([{"body": "One."}, {"body": "Two."}])
        {'body': 'One.\\n\\nTwo.'}
    """
    if not any("body_html" in part for part in parts):
        texts = [part["body"] for part in parts if part.get("body")]
        return {"body": "\n\n".join(texts)} if texts else {}
    pieces = []
    for part in parts:
        if part.get("body_html"):
            pieces.append(part["body_html"])
        elif part.get("body"):
            pieces.extend(f"<p>{html.escape(p, quote=False)}</p>" for p in part["body"].split("\n\n") if p.strip())
    return {"body_html": "".join(pieces)} if pieces else {}
