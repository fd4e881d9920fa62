"""HTML to paragraphs in one pass over lxml's parse events, without building a tree.

BeautifulSoup with the lxml parser receives a stream of events from lxml
(start tag, end tag, text, comment) and builds a tree of Python objects from
them; ``_html._walk`` then walks that tree once. Building the tree is most of
the cost on CMS fragments. This module consumes the *same* events from the same
lxml parser and does the walk's work as they arrive, so nothing is built: the
output is identical to the tree walk (``tests/test_html_fastpath.py`` checks
that on the samples, generated corpora and random markup) at about three times
the speed.

Only used when lxml is installed; the caller falls back to BeautifulSoup when
lxml refuses the markup.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["paragraphs"]

_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"  # what BeautifulSoup collapses a whitespace-only string over
_PRESERVE = frozenset(("pre", "textarea"))  # where BeautifulSoup keeps whitespace-only strings as they are
# What each open element means for the text below it.
_INLINE, _BLOCK_KIND, _PRE, _SKIPPED = 0, 1, 2, 3
_CHUNK = 65536  # characters handed to lxml at a time


class _Collector:
    """An lxml parser target that turns the event stream into paragraphs, as ``_html._walk`` does on a tree."""

    def __init__(
        self,
        block: frozenset[str],
        skip: frozenset[str],
        brk: str,
        flush: Callable[[list[str], list[str], bool], None],
    ) -> None:
        self.block = block
        self.skip = skip
        self.brk = brk
        self.flush = flush
        self.paragraphs: list[str] = []
        self.buffer: list[str] = []
        self.pending: list[str] = []  # the text since the last event: one string of the tree
        self.kinds: list[int] = []  # one entry per open element
        self.skipping = 0  # open elements whose text is ignored (a skipped element and everything in it)
        self.pre_depth = 0
        self.preserve = 0  # open <pre> and <textarea> elements, skipped or not

    def _end_data(self) -> None:
        """What BeautifulSoup's ``endData`` does, then what the walk does with the string."""
        text = "".join(self.pending)
        self.pending.clear()
        if not self.preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if self.skipping:
            return
        self.buffer.append(text.replace("\n", self.brk) if self.pre_depth else text)

    def start(self, tag: str, attrib: object, nsmap: object = None) -> None:
        """An opening tag."""
        if self.pending:
            self._end_data()
        if tag[:1] == "{" and "}" in tag:
            tag = tag.split("}", 1)[1]  # a namespaced name, as BeautifulSoup names it
        if tag in _PRESERVE:
            self.preserve += 1
        if self.skipping:
            self.skipping += 1
            self.kinds.append(_SKIPPED)
        elif tag in self.skip:
            if tag in self.block:
                self.flush(self.buffer, self.paragraphs, self.pre_depth > 0)
            self.skipping = 1
            self.kinds.append(_SKIPPED)
        elif tag == "br":
            self.buffer.append(self.brk)
            self.skipping = 1  # the walk does not look inside a <br>
            self.kinds.append(_SKIPPED)
        elif tag in self.block:
            self.flush(self.buffer, self.paragraphs, self.pre_depth > 0)
            if tag == "pre":
                self.pre_depth += 1
                self.kinds.append(_PRE)
            else:
                self.kinds.append(_BLOCK_KIND)
        else:
            self.kinds.append(_INLINE)

    def end(self, tag: str) -> None:
        """A closing tag (lxml balances them, so each matches the last open element)."""
        if self.pending:
            self._end_data()
        if tag[:1] == "{" and "}" in tag:
            tag = tag.split("}", 1)[1]
        if tag in _PRESERVE and self.preserve:
            self.preserve -= 1
        kind = self.kinds.pop() if self.kinds else _INLINE
        if kind == _SKIPPED:
            self.skipping -= 1
        elif kind == _PRE:
            self.pre_depth -= 1
            self.flush(self.buffer, self.paragraphs, True)
        elif kind == _BLOCK_KIND:
            self.flush(self.buffer, self.paragraphs, self.pre_depth > 0)

    def data(self, text: str) -> None:
        """Text between events."""
        self.pending.append(text)

    def comment(self, text: str) -> None:
        """A comment: ends the current string, and its own text is dropped."""
        if self.pending:
            self._end_data()

    def pi(self, target: str, data: str | None = None) -> None:
        """A processing instruction: dropped like a comment."""
        if self.pending:
            self._end_data()

    def doctype(self, *args: object) -> None:
        """A doctype: dropped like a comment."""
        if self.pending:
            self._end_data()

    def close(self) -> list[str]:
        """The end of the document: the last paragraph."""
        if self.pending:
            self._end_data()
        self.flush(self.buffer, self.paragraphs, False)
        return self.paragraphs


def paragraphs(
    markup: str,
    *,
    block: frozenset[str],
    skip: frozenset[str],
    brk: str,
    flush: Callable[[list[str], list[str], bool], None],
) -> list[str]:
    """Parse ``markup`` with lxml's HTML parser and collect its paragraphs.

    ``block`` and ``skip`` are the element names that start paragraphs and that
    are left out; ``brk`` is the marker a ``<br>`` leaves; ``flush`` turns the
    collected strings into a paragraph (``_html._flush``). Raises lxml's errors
    when it refuses the markup.

    Example (needs lxml):
        >>> from newsparse._html import _BLOCK, _BREAK, _SKIP, _flush
        >>> markup = "<p>a<b>b</b></p><script>x</script><p>c</p>"
        >>> paragraphs(markup, block=_BLOCK, skip=_SKIP, brk=_BREAK, flush=_flush)  # doctest: +SKIP
        ['ab', 'c']
    """
    from lxml import etree  # type: ignore[import-untyped]  # imported here: the module loads without lxml

    if markup[:1] == "\ufeff":
        markup = markup[1:]  # what BeautifulSoup does before handing str markup to lxml
    collector = _Collector(block, skip, brk, flush)
    parser = etree.HTMLParser(target=collector, recover=True)
    # Fed in pieces, as BeautifulSoup feeds lxml (a multiple of its 512): lxml never holds a copy of the whole.
    for offset in range(0, len(markup), _CHUNK):
        parser.feed(markup[offset : offset + _CHUNK])
    result: list[str] = parser.close()
    return result
