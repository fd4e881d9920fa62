"""The JSON Schema of one article record, shipped inside the package, and its check against the field contract."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from newsparse._fields import FIELDS, Kind

__all__ = ["article_schema", "contract_mismatches"]

_JSON_TYPES: Mapping[Kind, str | tuple[str, ...]] = {
    "text": ("string", "null"),
    "body": "string",
    "date": ("string", "null"),
    "count": ("integer", "null"),
    "texts": "array",
    "captions": "array",
    "dropped": "array",
    "provenance": ("object", "null"),
}
"""The JSON type(s) of each kind of field in the contract."""


@cache
def _schema_text() -> str:
    return files("newsparse").joinpath("article.schema.json").read_text(encoding="utf-8")


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    A new dict is returned on each call, so callers may modify it.

    Example:
        >>> schema = article_schema()
        >>> schema["type"], "provenance" in schema["required"]
        ('object', True)
    """
    data: dict[str, Any] = json.loads(_schema_text())
    return data


def contract_mismatches(schema: Mapping[str, Any]) -> list[str]:
    """Where a JSON Schema of an article disagrees with the field contract (names, order, JSON types); [] if nowhere.

    Example:
        >>> contract_mismatches(article_schema())
        []
        >>> contract_mismatches({"required": ["title"], "properties": {"title": {"type": "string"}}})[:2]
        ["required: not the contract's field names in its order", "title: type 'string', not ['string', 'null']"]
    """
    names = [field.name for field in FIELDS]
    found: list[str] = []
    required = list(schema.get("required", ()))
    if required != names:
        found.append("required: not the contract's field names in its order")
    properties: Mapping[str, Any] = schema.get("properties", {})
    found.extend(f"{name}: in the schema, not in the contract" for name in properties if name not in names)
    for field in FIELDS:
        spec = properties.get(field.name)
        if spec is None:
            found.append(f"{field.name}: not in the schema")
            continue
        expected, given = _JSON_TYPES[field.kind], spec.get("type")
        wanted = list(expected) if isinstance(expected, tuple) else expected
        if given != wanted:
            found.append(f"{field.name}: type {given!r}, not {wanted!r}")
        elif field.kind == "texts" and spec.get("items") != {"type": "string"}:
            found.append(f"{field.name}: items are not strings")
        elif field.kind == "count" and spec.get("minimum") != 0:
            found.append(f"{field.name}: no minimum of 0")
    return found
