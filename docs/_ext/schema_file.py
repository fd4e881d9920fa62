"""An MkDocs hook that publishes the article JSON Schema at the URL its ``$id`` names.

The schema shipped in the package (``src/newsparse/article.schema.json``) says
``"$id": "https://newsparse.readthedocs.io/schema/article-1.json"``; this hook
copies it to ``schema/article-1.json`` in the built site, so that the URL
resolves to the very file the package ships.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

SCHEMA = Path("src", "newsparse", "article.schema.json")


def site_path(schema_id: str, site_url: str) -> str:
    """The path inside the site that serves ``schema_id`` (the ``$id`` must be under ``site_url``).

    Example:
        >>> site_path("https://newsparse.readthedocs.io/schema/article-1.json", "https://newsparse.readthedocs.io/")
        'schema/article-1.json'
    """
    base = site_url.rstrip("/") + "/"
    if not schema_id.startswith(base):
        raise ValueError(f"the schema's $id {schema_id!r} is not under the docs site {base!r}")
    return schema_id[len(base) :]


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Copy the shipped schema to the path its ``$id`` names."""
    schema_id = json.loads(SCHEMA.read_text(encoding="utf-8"))["$id"]
    target = Path(config["site_dir"], site_path(schema_id, config["site_url"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA, target)
