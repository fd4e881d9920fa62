"""A WordPress post's stored content made into HTML newsparse can clean.

WordPress keeps ``post_content`` as the author wrote it, and an export holds it
so: block-editor comments (``<!-- wp:paragraph -->``), classic-editor text
whose paragraphs are blank lines (WordPress adds the ``<p>`` tags only when it
shows the page), and shortcodes (``[caption]``, ``[gallery]``, ``[embed]``).
Every scan here is one forward regular-expression pass.
"""

from __future__ import annotations

import html as _htmllib
import re

from newsparse._html import unescape_inline

__all__ = ["inline_text", "post_html"]

# Bounded lazy scans: an unclosed comment or shortcode costs at most the bound, never the rest of the text.
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.{0,4000}?-->", re.DOTALL)
_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|ul|ol|li|figure|blockquote|table|section|article|pre)[\s>/]", re.IGNORECASE)
_CAPTION = re.compile(r"\[(caption|wp_caption)\b[^\]]{0,1000}\](.{0,4000}?)\[/\1\]", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_MEDIA_SHORTCODE = re.compile(r"\[/?(?:gallery|embed|video|audio|playlist)\b[^\]]{0,1000}\]", re.IGNORECASE)
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def inline_text(value: str) -> str:
    """A title, excerpt or name as text: read as HTML only when it holds a tag (a lone ``<`` is text).

    Also used by the ``ninjs`` detector for its headlines and descriptions.

    Example:
        >>> inline_text("Caf&eacute; <em>open</em>"), inline_text("Profit < 5% &amp; rising")
        ('Café open', 'Profit < 5% & rising')
    """
    if _HTML_TAG.search(value):
        return unescape_inline(value)
    return " ".join(_htmllib.unescape(value).split())


def post_html(content: str) -> tuple[str, list[str]]:
    """The post's content as HTML, and the captions of its ``[caption]`` shortcodes (as text).

    Block comments and media shortcodes are removed; a caption shortcode becomes
    its image (the caption goes to the list); content without block-level tags
    gets a ``<p>`` per blank-line-separated paragraph, as WordPress shows it.

    Example:
        >>> post_html('<!-- wp:paragraph --><p>One.</p><!-- /wp:paragraph -->')
        ('<p>One.</p>', [])
        >>> post_html('First line.\\n\\n[caption id="a"]<img src="x.jpg"> The pier.[/caption]Second.')
        ('<p>First line.</p><p><img src="x.jpg"> Second.</p>', ['The pier.'])
    """
    captions: list[str] = []

    def caption(match: re.Match[str]) -> str:
        inner = match.group(2)
        text = " ".join(_TAG.sub(" ", inner).split())
        if text:
            captions.append(text)
        return "".join(_TAG.findall(inner)) + " "

    html = _BLOCK_COMMENT.sub("", content)
    if "[" in html:
        html = _CAPTION.sub(caption, html)
        html = _MEDIA_SHORTCODE.sub("", html)
    if not _BLOCK_TAG.search(html):
        paragraphs = [part.strip() for part in _PARAGRAPH_GAP.split(html.replace("\r\n", "\n")) if part.strip()]
        html = "".join(f"<p>{part}</p>" for part in paragraphs)
    return html.strip(), captions
