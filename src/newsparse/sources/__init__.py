"""The sources stage: where the bytes come from, before decoding.

A *source* is what :func:`newsparse.load` and :func:`newsparse.iter_load`
accept: a path, bytes, a binary file object, or standard input. Opening one
gives its *members*, each a :class:`Member` with a name and an ``open()`` that
returns a :class:`Reader` of bytes:

- a plain file is its own single member, named ``None``;
- a gzip, bzip2 or xz file holds one member, the file that was compressed
  (``dump.jsonl`` in ``dump.jsonl.gz``), decompressed as it is read, within
  :data:`~newsparse._limits.MAX_DECOMPRESSION_RATIO`;
- a WARC web archive (plain or ``.warc.gz``) holds one member per captured
  page, read one record at a time, each with :class:`Hints` (its address,
  capture date and declared charset); see ``docs/warc.md``.

Containers with several members (zip, tar, Word DOCX, WARC) plug in by adding a
reader to :data:`CONTAINERS`: a function that recognises its format on
``reader.peek(n)`` and returns the members, each with its own name, which the
articles' :attr:`~newsparse.Provenance.member` then carries.

Example:
    >>> import gzip
    >>> with opened(gzip.compress(b"Title\\n\\nBody."), "dump.txt.gz") as members:
    ...     [(member.name, read_all(member)) for member in members]
    [('dump.txt', b'Title\\n\\nBody.')]
"""

from __future__ import annotations

from newsparse.sources._base import Hints, Member, Reader
from newsparse.sources._open import CONTAINERS, Openable, opened, read_all, stdin, take_problems

__all__ = ["CONTAINERS", "Hints", "Member", "Openable", "Reader", "opened", "read_all", "stdin", "take_problems"]
