"""A newsparse detector for tab-separated exports: a header row, then one article per row.

The header names the columns with newsparse field names (``title``, ``body``,
``published``, ``authors``...). Cells cannot hold tabs or line breaks, so
they are written as the escapes ``\\t`` and ``\\n`` (and a backslash as
``\\\\``). List fields (``authors``, ``tags``, ``highlights``, ``notes``,
``captions``) hold their items separated by ``;``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsparse.detectors import FIELD_NAMES, RawArticle

__all__ = ["TsvDetector"]

_LISTS = frozenset({"authors", "tags", "highlights", "notes", "captions"})
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}


class TsvDetector:
    """Tab-separated exports whose header row names newsparse fields."""

    name = "tsv"
    description = "Tab-separated exports: a header row of field names, then one article per row."

    def sniff(self, head: str) -> float:
        """Score the header row: it must name a title or a body column, in a tab-separated line."""
        header, _, rest = head.partition("\n")
        columns = _columns(header)
        if len(columns) < 2 or not {"title", "body"} & set(columns):
            return 0.0
        first_row = rest.partition("\n")[0]
        if first_row and first_row.count("\t") != header.count("\t"):
            return 0.3  # a header without matching rows: probably not ours
        known = sum(1 for column in columns if column in FIELD_NAMES)
        return 0.9 if known == len(columns) else 0.7  # unknown columns are allowed, but less telling

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per data row; a malformed row becomes a problem."""
        header, _, _ = text.partition("\n")
        columns = _columns(header)
        pos = len(header) + 1
        for number, line in enumerate(text[pos:].split("\n"), start=2):
            start, end = pos, pos + len(line.rstrip("\r"))
            pos += len(line) + 1
            if not line.strip():
                continue
            cells = line.rstrip("\r").split("\t")
            if len(cells) != len(columns):
                problem = f"row {number} has {len(cells)} cells, the header has {len(columns)}"
                yield RawArticle(start, end, {}, (problem,))  # empty fields: reported, no article
                continue
            yield RawArticle(start, end, *_fields(columns, cells, number))


def _columns(header: str) -> list[str]:
    if "\t" not in header:
        return []
    return [column.strip().lower() for column in header.rstrip("\r").split("\t")]


def _fields(columns: list[str], cells: list[str], number: int) -> tuple[dict[str, Any], tuple[str, ...]]:
    fields: dict[str, Any] = {}
    problems: list[str] = []
    for column, cell in zip(columns, cells, strict=True):
        value = _unescape(cell).strip()
        if not value or column not in FIELD_NAMES:
            continue  # empty cells and columns newsparse has no field for are skipped
        if column in _LISTS:
            fields[column] = [item.strip() for item in value.split(";") if item.strip()]
        elif column == "views":
            if value.isdigit():
                fields["views"] = int(value)
            else:
                problems.append(f"row {number}: views {value!r} is not a whole number")
        else:
            fields[column] = value
    return fields, tuple(problems)


def _unescape(cell: str) -> str:
    out: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_ESCAPES.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)
