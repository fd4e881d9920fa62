"""Article records for people and spreadsheets: a wrapped text view, Markdown, and CSV rows.

Each renderer takes one record as ``Article.to_dict()`` gives it (the CLI's
workers send records, not objects) and returns text; none of them reads a field
the contract does not have.

Example:
    >>> record = {"title": "Storm hits coast", "published": "2024-03-01", "authors": ["Ada Lund"],
    ...           "source": "Valley Post", "body": "Rain fell.\\n\\nWind blew.", "url": None}
    >>> print(text_view(record), end="")
    Storm hits coast
    ================
    2024-03-01 · Ada Lund · Valley Post
    <BLANKLINE>
    Rain fell.
    <BLANKLINE>
    Wind blew.
    <BLANKLINE>
    >>> csv_row(record)[:4]
    ['', 'Storm hits coast', '', 'Ada Lund']
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["CSV_COLUMNS", "FORMATS_BY_SUFFIX", "csv_row", "markdown_view", "safe_cell", "text_view"]

WIDTH = 78
"""The column the text view wraps paragraphs at."""

FORMATS_BY_SUFFIX: Mapping[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".parquet": "parquet",
}
"""The output format ``-o FILE`` picks from the file's extension (``-f`` overrides it)."""

CSV_COLUMNS: tuple[str, ...] = (
    "id", "title", "subtitle", "authors", "byline", "source", "section", "published", "updated", "dateline",
    "language", "url", "image", "tags", "views", "body", "captions", "notes", "problems", "detector",
    "confidence", "source_file", "member", "start", "end",
)  # fmt: skip
"""The columns of the CSV output, one row per article: list fields joined with ``"; "``."""

_JOIN = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _line(record: Mapping[str, Any]) -> str:
    """The date · authors · source line under the title (parts that are empty are left out)."""
    authors = ", ".join(record.get("authors") or ()) or record.get("byline")
    parts = [record.get("published"), authors, record.get("source")]
    return " · ".join(str(part) for part in parts if part)


def _paragraphs(record: Mapping[str, Any]) -> list[str]:
    body = record.get("body") or ""
    return [paragraph for paragraph in body.split("\n\n") if paragraph.strip()]


def text_view(record: Mapping[str, Any], width: int = WIDTH) -> str:
    """A readable view of one article: title underlined, the date/authors/source line, the wrapped body.

    Articles are separated by a blank line when concatenated; the url, when
    known, ends the view.
    """
    title = record.get("title") or "(untitled)"
    out = [title, "=" * min(len(title), width)]
    if record.get("subtitle"):
        out.extend(textwrap.wrap(record["subtitle"], width))
    meta = _line(record)
    if meta:
        out.append(meta)
    out.append("")
    for paragraph in _paragraphs(record):
        out.extend(textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""])
        out.append("")
    if record.get("url"):
        out.extend([str(record["url"]), ""])
    return "\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    """Text that Markdown shows as written: no heading, list, emphasis or HTML is made of it."""
    escaped = "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)
    if escaped[:1] in ("-", "+") or escaped.split(". ", 1)[0].isdigit():
        escaped = "\\" + escaped
    return escaped


def markdown_view(record: Mapping[str, Any]) -> str:
    """One article as Markdown: a level-2 heading, the meta line in italics, the body's paragraphs, the url."""
    out = [f"## {_md_escape(record.get('title') or '(untitled)')}", ""]
    if record.get("subtitle"):
        out.extend([f"**{_md_escape(record['subtitle'])}**", ""])
    meta = _line(record)
    if meta:
        out.extend([f"*{_md_escape(meta)}*", ""])
    for paragraph in _paragraphs(record):
        out.extend([_md_escape(" ".join(paragraph.split())), ""])
    if record.get("url"):
        out.extend([f"<{str(record['url']).replace('>', '%3E')}>", ""])
    return "\n".join(out) + "\n"


def safe_cell(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading ``= + - @`` (a formula) gets a ``'`` in front.

    Example:
        >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-3 degrees"), safe_cell("Plain")
        ('\\'=HYPERLINK("http://x")', "'-3 degrees", 'Plain')
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Sequence) and not isinstance(value, str):
        items = [item.get("text", "") if isinstance(item, Mapping) else str(item) for item in value]
        return safe_cell(_JOIN.join(items))
    return safe_cell(str(value))


def csv_row(record: Mapping[str, Any]) -> list[str]:
    """One article as the cells of :data:`CSV_COLUMNS`, every cell safe for spreadsheets."""
    provenance = record.get("provenance") or {}
    merged = {
        **record,
        "detector": provenance.get("detector"),
        "confidence": provenance.get("confidence"),
        "source_file": provenance.get("source"),
        "member": provenance.get("member"),
        "start": provenance.get("start"),
        "end": provenance.get("end"),
    }
    return [_cell(merged.get(column)) for column in CSV_COLUMNS]
