"""Word documents (``.docx``): the text of ``word/document.xml``, as one member of plain text.

A zip holding ``word/document.xml`` is a Word document, not a zip of XML files:
it becomes one member, named ``word/document.xml``, whose bytes are the
document's text in UTF-8, written as the document is inflated and parsed (in
bounded memory):

- each paragraph on its own line, paragraphs separated by one blank line
  (``"\\n\\n"``); paragraphs with no text are left out;
- a tab (``w:tab``) is a tab, a line break (``w:br``, ``w:cr``) a newline
  (page and column breaks, and breaks at either end of a paragraph, are
  layout: left out), a non-breaking hyphen a hyphen;
- a table is a block of lines, one per row, its cells separated by tabs (the
  paragraphs of a cell joined by spaces; a table inside a cell is flattened
  into the cell);
- the text of hyperlinks, fields and content controls is kept; field codes
  (``w:instrText``), deleted text, the old place of moved text and the fallback
  copy of drawings are not; no markup is ever written.

The XML is read with expat and no DTD: a document that declares one
(``<!DOCTYPE``) is refused, so no entity is ever expanded and nothing is
fetched. A ``document.xml`` that breaks off after some text gives that text and
an ``archive-broken`` problem.
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Callable, Iterator

from newsparse._problems import Location, Problem
from newsparse.errors import InputError
from newsparse.sources._base import Member, Reader
from newsparse.sources._textout import take, write_block

__all__ = ["docx_members", "docx_text"]

_FEED = 1 << 16  # bytes of XML parsed at a time
_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
)
_SKIPPED = frozenset({"Fallback", "moveFrom", "instrText", "delText", "delInstrText"})  # subtrees never shown
_RUN_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


class _RefusedError(Exception):
    """A DTD or an entity declaration: the document is refused before anything is expanded."""


def docx_members(
    open_part: Callable[[], Reader], part: str, path: str | None, display: str
) -> Iterator[Member | Problem]:
    """The one member of a Word document: its text; then a problem if ``part`` broke off."""
    text = _DocxText(open_part, part, display)
    member = Reader(text.read, display, close=text.close)
    yield Member(part, lambda: member, path, display)
    if text.problem is not None:
        yield text.problem


def docx_text(document_xml: bytes, display: str = "<docx>") -> str:
    """The text of a ``word/document.xml``, as the member of a ``.docx`` gives it.

    Example:
        >>> xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...        b'<w:body><w:p><w:r><w:t>Storm</w:t><w:tab/><w:t>hits</w:t></w:r></w:p>'
        ...        b'<w:p><w:hyperlink><w:r><w:t>Body.</w:t></w:r></w:hyperlink></w:p></w:body></w:document>')
        >>> docx_text(xml)
        'Storm\\thits\\n\\nBody.\\n'
    """
    return _DocxText(lambda: Reader.of(document_xml, display), "word/document.xml", display).read().decode("utf-8")


class _DocxText:
    """Parses ``document.xml`` as it is read and gives its text as UTF-8, a block at a time."""

    def __init__(self, open_part: Callable[[], Reader], part: str, display: str) -> None:
        self.open_part = open_part
        self.part = part
        self.display = display
        self.source: Reader | None = None
        self.out = bytearray()
        self.done = False
        self.written = False  # a block was written: a later break is a problem, not a refusal
        self.problem: Problem | None = None
        self.stack: list[str] = []  # local names of the open elements
        self.skipping = 0  # depth inside a subtree never shown
        self.in_text = False
        self.paragraphs: list[list[str]] = []  # the open paragraphs (a text box's inside its anchor's)
        self.tables: list[_Table] = []
        self.parser = self._parser()

    def _parser(self) -> xml.parsers.expat.XMLParserType:
        parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.ExternalEntityRefHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        parser.buffer_text = True
        return parser

    # --- reading --------------------------------------------------------------------------------

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes of text (all the rest when negative)."""
        while (size < 0 or len(self.out) < size) and not self.done:
            self._feed()
        return take(self.out, size)

    def close(self) -> None:
        """Close the part's reader."""
        if self.source is not None:
            self.source.close()

    def _feed(self) -> None:
        if self.source is None:
            self.source = self.open_part()
        data = self.source.read(_FEED)
        try:
            self.parser.Parse(data, not data)
        except _RefusedError:
            raise InputError(
                f"a Word document whose {self.part} declares a DTD or entities (<!DOCTYPE>); refused: "
                "newsparse never reads XML DTDs or expands entities",
                source=self.display,
            ) from None
        except xml.parsers.expat.ExpatError as exc:
            self._broken(exc)
            return
        if not data:
            self.done = True
            if self.written:
                self.out += b"\n"

    def _broken(self, exc: xml.parsers.expat.ExpatError) -> None:
        """Keep the text read before a break; refuse a document that breaks before any text."""
        while self.paragraphs:
            self._end_paragraph()
        while self.tables:
            self._end_table()
        if not self.written:
            raise InputError(
                f"a Word document whose {self.part} is not well-formed XML ({exc}); no text was read",
                source=self.display,
            )
        self.done = True
        self.out += b"\n"
        self.problem = Problem(
            "archive-broken",
            f"{self.part} breaks off or is not well-formed XML ({exc}); the text before it is kept",
            Location(member=self.part),
        )

    # --- the document's structure ---------------------------------------------------------------

    def _refuse(self, *args: object) -> int:
        raise _RefusedError

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        space, _, local = name.rpartition("}")
        self.stack.append(local)
        if self.skipping or local in _SKIPPED:
            self.skipping += 1
            return
        if space not in _WORD_NAMESPACES:
            return
        if local == "t":
            self.in_text = True
        elif local == "p":
            self.paragraphs.append([])
        elif local in _RUN_CHARS and len(self.stack) > 1 and self.stack[-2] == "r" and self.paragraphs:
            if not _layout_break(attributes):
                self.paragraphs[-1].append(_RUN_CHARS[local])
        elif local == "tbl":
            self.tables.append(_Table())
        elif local == "tr" and self.tables:
            self.tables[-1].row = []
        elif local == "tc" and self.tables:
            self.tables[-1].cell = []

    def _end(self, name: str) -> None:
        space, _, local = name.rpartition("}")
        self.stack.pop()
        if self.skipping:
            self.skipping -= 1
            return
        if space not in _WORD_NAMESPACES:
            return
        if local == "t":
            self.in_text = False
        elif local == "p" and self.paragraphs:
            self._end_paragraph()
        elif local == "tc" and self.tables:
            self.tables[-1].end_cell()
        elif local == "tr" and self.tables:
            self.tables[-1].end_row()
        elif local == "tbl" and self.tables:
            self._end_table()

    def _chars(self, data: str) -> None:
        if self.in_text and not self.skipping and self.paragraphs:
            self.paragraphs[-1].append(data)

    def _end_paragraph(self) -> None:
        text = "".join(self.paragraphs.pop()).strip("\n")  # a break at either end is no line of its own
        if self.paragraphs:  # a text box inside a paragraph: its text joins the paragraph's
            self.paragraphs[-1].append(f" {text} " if text.strip() else "")
        elif self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(text)
        else:
            self._write(text)

    def _end_table(self) -> None:
        table = self.tables.pop()
        lines = table.lines()
        if self.tables and self.tables[-1].cell is not None:  # a table inside a cell
            self.tables[-1].cell.append(" ".join(line.replace("\t", " ") for line in lines))
        elif self.paragraphs:
            self.paragraphs[-1].append(" ".join(lines))
        else:
            self._write("\n".join(lines))

    def _write(self, block: str) -> None:
        self.written = write_block(self.out, block, self.written)


def _layout_break(attributes: dict[str, str]) -> bool:
    """A page or column break (``<w:br w:type="page"/>``): layout, not a line of text."""
    kind = next((value for key, value in attributes.items() if key.rpartition("}")[2] == "type"), None)
    return kind in ("page", "column")


class _Table:
    """The rows of a table being read: each a line of tab-separated cells."""

    def __init__(self) -> None:
        self.rows: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append(" ".join(p.replace("\n", " ").replace("\t", " ").strip() for p in self.cell if p.strip()))
        self.cell = None

    def end_row(self) -> None:
        if self.row is not None and any(self.row):
            self.rows.append("\t".join(self.row))
        self.row = None

    def lines(self) -> list[str]:
        if self.cell is not None:
            self.end_cell()
        if self.row is not None:
            self.end_row()
        return self.rows
