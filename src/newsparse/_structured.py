"""Reading a detector's structured fields (``RawArticle.fields``) into a draft article, through the field contract.

Each value is checked against its field's kind in :mod:`newsparse._fields` and
coerced there (dates, counts); a value of the wrong type, or one that cannot be
read, is left out with a problem on the article, never silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsparse._decode import normalise
from newsparse._fields import (
    DETECTOR_NAMES,
    KIND_OF,
    Kind,
    is_count_input,
    is_date_input,
    read_count,
    read_date_noted,
    unreadable,
)
from newsparse._html import html_to_text
from newsparse._model import Caption, Dropped
from newsparse._plaintext import Draft, finish_body
from newsparse._problems import Problem
from newsparse._repair import needs_repair, repair_mojibake

__all__ = ["draft_from_fields"]


def draft_from_fields(fields: Mapping[str, Any]) -> Draft:
    """Read a detector's fields into a :class:`Draft`; what cannot be read is a problem on it.

    Example:
        >>> draft = draft_from_fields({"title": "Hi", "body": "Hi\\nText.", "published": "soon", "views": "1,204"})
        >>> draft.title, draft.paragraphs, draft.published, draft.views
        ('Hi', ['Text.'], None, 1204)
        >>> draft.problems
        ["published 'soon' is not a date newsparse can read; left empty"]
    """
    draft = Draft()
    for key, value in fields.items():
        if key not in DETECTOR_NAMES:
            draft.problems.append(Problem("field-unknown", f"unknown field {key!r} ignored"))
        elif value is not None and not _set_field(draft, key, value):
            message = f"field {key!r} has the wrong type ({type(value).__name__}); ignored"
            draft.problems.append(Problem("field-wrong-type", message))
    body_html = fields.get("body_html")
    body = fields.get("body")
    lines: list[str] = []
    if isinstance(body_html, str):
        cleaned = html_to_text(_fixed(body_html))
        draft.dropped.extend(Dropped(footer, "syndication footer") for footer in cleaned.footers)
        draft.source = draft.source or cleaned.syndicated_from
        lines = list(cleaned.paragraphs)
    elif isinstance(body, str):
        lines = [line.strip() for line in _fixed(body).split("\n")]
    first = next((k for k, line in enumerate(lines) if line), None)
    if first is not None and draft.title and " ".join(lines[first].split()) == " ".join(draft.title.split()):
        draft.dropped.append(Dropped(lines[first], "repeated title"))
        del lines[first]
    finish_body(draft, lines)
    return draft


def _fixed(value: str) -> str:
    value, _ = normalise(value)
    if needs_repair(value):
        value, _ = repair_mojibake(value)
    return value


def _strs(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [_fixed(value)]
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return [_fixed(v) for v in value if v.strip()]
    return None


def _set_field(draft: Draft, key: str, value: object) -> bool:
    """Copy one structured field onto the draft; False when its type is wrong."""
    if key in ("body", "body_html"):
        return isinstance(value, str)
    kind = KIND_OF[key]
    if kind in ("date", "count"):
        return _set_read(draft, key, kind, value)
    read_items = _LIST_READERS.get(kind)
    if read_items is not None:
        items = read_items(value)
        if items is None:
            return False
        getattr(draft, key).extend(items)
        return True
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a numeric record id (a WordPress post id)
    if not isinstance(value, str):
        return False
    setattr(draft, key, _fixed(value).strip() or None)
    return True


def _set_read(draft: Draft, key: str, kind: Kind, value: object) -> bool:
    """A date or a count, read by the contract's coercion; an unreadable value is left empty with a problem."""
    read: str | int | None
    if kind == "date":
        if not is_date_input(value):
            return False
        if isinstance(value, str):
            value = _fixed(value).strip()
        read, noted = read_date_noted(value, key) if value != "" else (None, None)
        if noted is not None:  # an all-number date whose order nothing settled
            draft.problems.append(noted)
    else:
        if not is_count_input(value):
            return False
        read = read_count(value)
    if read is None and value != "":
        draft.problems.append(unreadable(key, value, f"a {kind}"))
    setattr(draft, key, read)
    return True


def _dropped(value: object) -> list[Dropped] | None:
    if isinstance(value, list | tuple) and all(isinstance(item, Dropped) for item in value):
        return list(value)
    return None


def _captions(value: object) -> list[Caption] | None:
    if not isinstance(value, list | tuple):
        return None
    out: list[Caption] = []
    for item in value:
        if isinstance(item, Caption):
            out.append(item)
        elif isinstance(item, str):
            out.append(Caption(_fixed(item)))
        elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
            credit = item.get("credit")
            out.append(Caption(_fixed(item["text"]), credit if isinstance(credit, str) else None))
        else:
            return None
    return out


_LIST_READERS: dict[Kind, Callable[[object], Sequence[object] | None]] = {
    "texts": _strs,
    "captions": _captions,
    "dropped": _dropped,
}
"""The reader of each kind of list field: its items, or None when the value has the wrong type."""
