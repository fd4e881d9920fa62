"""The JSON Schema of one article record, shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["article_schema"]


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
