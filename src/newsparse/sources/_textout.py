"""How a document reader (Word, RTF) writes the text it reads: blocks a blank line apart, handed out in pieces."""

from __future__ import annotations

__all__ = ["take", "write_block"]


def write_block(out: bytearray, block: str, written: bool) -> bool:
    """Append a paragraph or table ``block`` to ``out`` in UTF-8, after a blank line when one was ``written``.

    A block of white space only is left out. Returns whether a block has been written now.

    Example:
        >>> out = bytearray()
        >>> write_block(out, "One.", False), write_block(out, "  ", True), write_block(out, "Two.", True)
        (True, True, True)
        >>> bytes(out)
        b'One.\\n\\nTwo.'
    """
    if not block.strip():
        return written
    if written:
        out += b"\n\n"
    out += block.encode("utf-8", "surrogatepass")
    return True


def take(out: bytearray, size: int) -> bytes:
    """Cut up to ``size`` bytes (all of them when negative) from the start of ``out``, and return them."""
    cut = len(out) if size < 0 else min(size, len(out))
    data = bytes(out[:cut])
    del out[:cut]
    return data
