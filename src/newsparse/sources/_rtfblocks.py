"""The blocks of an RTF document's text: paragraphs and table rows, written out as UTF-8 as they end.

The shape is a Word document's text (:mod:`newsparse.sources._docx`): paragraphs
one blank line apart (those without text left out), a table a block of lines,
one per row, its cells separated by tabs, several paragraphs of a cell joined
by spaces. A paragraph or a table longer than :data:`FLUSH_CHARS` is written
out in pieces, so that a document without paragraph ends stays in bounded
memory.
"""

from __future__ import annotations

from newsparse.sources._textout import write_block

__all__ = ["FLUSH_CHARS", "Blocks"]

FLUSH_CHARS = 1 << 20
"""A paragraph or table held longer than this (in characters) is written out in pieces."""


class Blocks:
    """The text being built; :attr:`out` holds the UTF-8 bytes written so far, for the reader to take.

    Example:
        >>> blocks = Blocks()
        >>> for piece in ("Title", None, "a", "cell", "b", "cell", "", "row", "After", None):
        ...     blocks.add(piece) if piece not in (None, "cell", "row") else (
        ...         blocks.paragraph_end() if piece is None else blocks.cell() if piece == "cell" else blocks.row())
        >>> blocks.finish()
        >>> bytes(blocks.out)
        b'Title\\n\\na\\tb\\n\\nAfter\\n'
    """

    def __init__(self) -> None:
        self.out = bytearray()
        self.intbl = False  # the paragraph is in a table (\intbl)
        self.para: list[str] = []
        self.para_size = 0
        self.para_open = False  # part of this paragraph was already written
        self.cells: list[str] = []
        self.rows: list[str] = []
        self.rows_size = 0
        self.table_open = False  # rows of this table were already written
        self.written = False

    def add(self, text: str) -> None:
        """Text of the paragraph being read."""
        self.para.append(text)
        self.para_size += len(text)
        if self.para_size <= FLUSH_CHARS:
            return
        if self.intbl or self.cells:  # a cell that never ends: cut into rows
            self.cell()
            self.row()
        else:
            self._write_part()

    def paragraph_end(self) -> None:
        """``\\par``: the paragraph is written (in a table, the cell's paragraphs are joined by a space)."""
        if self.intbl or self.cells:
            self.add(" ")
            return
        text = self._take()
        if self.para_open:
            self.out += text.rstrip("\n").encode("utf-8", "surrogatepass")
            self.para_open = False
        else:
            self._end_table()
            self._write(text.strip("\n"))

    def cell(self) -> None:
        """``\\cell``: the cell's text, on one line."""
        self.cells.append(" ".join(self._take().replace("\t", " ").split()))

    def row(self) -> None:
        """``\\row``: the row, its cells separated by tabs (a row without text is left out)."""
        leftover = self._take()
        if leftover.strip():
            self.cells.append(" ".join(leftover.split()))
        if any(self.cells):
            row = "\t".join(self.cells)
            self.rows.append(row)
            self.rows_size += len(row)
            if self.rows_size > FLUSH_CHARS:
                self._end_table(keep_open=True)
        self.cells.clear()
        self.intbl = False  # the next row's paragraphs say \intbl again; a paragraph after the table does not

    def finish(self) -> None:
        """The end of the document: what is open is written, and a last newline."""
        if self.cells or self.para:
            self.intbl = False
            if self.cells:
                self.row()
            self.paragraph_end()
        self._end_table()
        if self.written:
            self.out += b"\n"

    def _take(self) -> str:
        text = "".join(self.para)
        self.para.clear()
        self.para_size = 0
        return text

    def _write_part(self) -> None:
        """Writes out the first part of a very long paragraph."""
        text = self._take()
        if self.para_open:
            self.out += text.encode("utf-8", "surrogatepass")
        elif text.strip():
            self._end_table()
            self._write(text.lstrip("\n"))
            self.para_open = True

    def _end_table(self, keep_open: bool = False) -> None:
        if self.rows:
            block = "\n".join(self.rows)
            if self.table_open:
                self.out += b"\n" + block.encode("utf-8", "surrogatepass")
            else:
                self._write(block)
            self.rows.clear()
            self.rows_size = 0
        self.table_open = keep_open and self.written

    def _write(self, block: str) -> None:
        self.written = write_block(self.out, block, self.written)
