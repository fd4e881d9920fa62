"""Checks on the built documentation site, run by ``tox -e docs`` after ``mkdocs build``.

- The "Writing a detector" page shows the plug-in example's code (included from
  ``examples/newsparse-tsv``), not an include marker.
- The JSON Schema is served at the URL its ``$id`` names, byte for byte the shipped one.

Usage: ``python docs/_ext/check_site.py SITE_DIR``; exit 1 with one line per failure.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path


def failures(site: Path) -> list[str]:
    """What is wrong with the built site at ``site``; [] when nothing is."""
    found = []
    page = site / "writing-a-detector" / "index.html"
    text = html.unescape(page.read_text(encoding="utf-8")) if page.is_file() else ""
    example = Path("examples", "newsparse-tsv", "src", "newsparse_tsv", "__init__.py").read_text(encoding="utf-8")
    first_class = next(line.strip() for line in example.splitlines() if line.startswith("class "))
    if "--8<--" in text or first_class.split("(")[0].split(":")[0] not in _plain(text):
        found.append(f"{page}: the plug-in example's code is not on the page")
    shipped = Path("src", "newsparse", "article.schema.json")
    served = site / "schema" / "article-1.json"
    if (
        json.loads(shipped.read_text(encoding="utf-8"))["$id"]
        != "https://newsparse.readthedocs.io/schema/article-1.json"
    ):
        found.append("the schema's $id is not the URL this check expects; update docs/_ext/check_site.py")
    if not served.is_file() or served.read_bytes() != shipped.read_bytes():
        found.append(f"{served}: not the shipped JSON Schema")
    return found


def _plain(page: str) -> str:
    """The page's text with tags removed (highlighted code is split into spans)."""
    out, inside = [], False
    for char in page:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)


if __name__ == "__main__":
    problems = failures(Path(sys.argv[1]))
    for problem in problems:
        print(f"check_site: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
