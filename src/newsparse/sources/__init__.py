"""The sources stage: where the bytes come from, before decoding.

A *source* is what :func:`newsparse.load` and :func:`newsparse.iter_load`
accept: a path, bytes, a binary file object, or standard input. Opening one
gives its *members*, each a :class:`Member` with a name and an ``open()`` that
returns a :class:`Reader` of bytes:

- a plain file is its own single member, named ``None``;
- a gzip, bzip2 or xz file holds one member, the file that was compressed
  (``dump.jsonl`` in ``dump.jsonl.gz``), decompressed as it is read, within
  :data:`~newsparse._limits.MAX_DECOMPRESSION_RATIO`;
- a zip or tar archive (``.tar.gz``, ``.tgz``... too) holds one member per
  regular file, named by its path inside (``2024/03/a.txt``), read in archive
  order (:mod:`~newsparse.sources._archives`, :mod:`~newsparse.sources._tar`); archives inside archives are
  opened too, up to :data:`~newsparse._limits.MAX_ARCHIVE_DEPTH` deep;
- a Word ``.docx`` holds one member, ``word/document.xml``, whose bytes are
  the document's text (:mod:`~newsparse.sources._docx`);
- an RTF document (``{\\rtf``) holds one member, the source itself as its
  plain text (:mod:`~newsparse.sources._rtf`);
- a WARC web archive (plain or ``.warc.gz``) holds one member per captured
  page, read one record at a time (:mod:`~newsparse.sources._warc`), each with
  :class:`Hints`: its address, capture date and declared charset.

Every member out of a container is capped at
:data:`~newsparse._limits.MAX_MEMBER_BYTES`. Other containers plug in by
adding a reader to :data:`CONTAINERS`: a function that recognises its format on
``reader.peek(n)`` and returns the members, each with its own name, which the
articles' :attr:`~newsparse.Provenance.member` then carries.
:func:`each_member` reads the members one after another, a failing one being a
problem rather than the end of the run.

Example:
    >>> import gzip
    >>> with opened(gzip.compress(b"Title\\n\\nBody."), "dump.txt.gz") as members:
    ...     [(member.name, read_all(member)) for member in members]
    [('dump.txt', b'Title\\n\\nBody.')]
"""

from __future__ import annotations

from newsparse.sources._base import Hints, Member, Reader
from newsparse.sources._each import NOTHING_TO_READ, each_member
from newsparse.sources._open import CONTAINERS, Container, Members, Openable, opened, read_all, stdin

__all__ = [
    "CONTAINERS",
    "NOTHING_TO_READ",
    "Container",
    "Hints",
    "Member",
    "Members",
    "Openable",
    "Reader",
    "each_member",
    "opened",
    "read_all",
    "stdin",
]
