"""How well newsparse reads feeds, measured on feedparser's own test suite (a dev set, never committed).

feedparser's sdist (BSD-2) ships its fixtures: small feeds, each with a header
comment whose ``Expect:`` line is a Python expression about feedparser's result,
such as ``not bozo and entries[0]['title'] == u'Example'``. This script unpacks
the sdist (the path given, else ``pip download``-ed into a temporary folder),
walks the ``wellformed`` (with its ``sanitize`` cases), ``illformed``,
``encoding`` and ``entities`` families, and for every expression that names the
first entry's title or body (``description``, ``summary``, ``content[0].value``)
compares newsparse's first article with the expected value *as text*: white
space collapsed, and the expected value turned to text with
:func:`newsparse.clean_html` when feedparser gives it as HTML. It also counts
every article field of every fixture that carries markup (a tag, a script, an
event handler).

Usage::

    python benchmarks/feedparser_suite.py [feedparser-X.tar.gz] [--misses N] [--json]

Nothing from the sdist is written into the project; no fixture is special-cased.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsparse

FAMILIES = ("wellformed", "illformed", "encoding", "entities")
_EXPECT = re.compile(rb"Expect:\s*(.*?)\s*(?:\r?\n|-->)")
_SPACE = re.compile(r"\s+")
_TEXT_TYPED = re.compile(rb"""\stype=["'](?:text|text/plain)["']""")
_TITLE_PATHS = {("title",), ("title_detail", "value")}
_BODY_PATHS = {("description",), ("summary",), ("summary_detail", "value"), ("content", 0, "value")}
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][\w:-]*(?:\s[^<>]*)?/?\s*>|<!--|\son[a-z]+\s*=|javascript:", re.IGNORECASE)
_ACTIVE = re.compile(
    r"<\s*(?:script|iframe|object|embed|applet|style|meta|link)\b|\son[a-z]+\s*=|javascript:", re.IGNORECASE
)
_HTML_HINT = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);")


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the report; the exit code is 0."""
    options = _options(argv)
    with tempfile.TemporaryDirectory() as scratch:
        sdist = Path(options.sdist) if options.sdist else _download(Path(scratch))
        tests = _unpack(sdist, Path(scratch))
        report = measure(tests)
    if options.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report, options.misses)
    return 0


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", nargs="?", help="feedparser's sdist (.tar.gz); downloaded with pip when left out")
    parser.add_argument("--misses", type=int, default=15, help="how many misses to show per field")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser.parse_args(argv)


def _download(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "feedparser", "-d"]
    subprocess.run([*command, str(folder)], check=True, capture_output=True)
    return next(folder.glob("feedparser-*.tar.gz"))


def _unpack(sdist: Path, folder: Path) -> Path:
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if "/tests/" in m.name and (m.isfile() or m.isdir())]
        archive.extractall(folder, members=members, filter="data")
    return next(folder.glob("feedparser-*/tests"))


def measure(tests: Path) -> dict[str, Any]:
    """The scores per family and field, the misses, and the fields that carry markup."""
    tally: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    markup: list[dict[str, str]] = []
    for family in FAMILIES:
        for path in sorted((tests / family).rglob("*")):
            if path.is_file():
                _check(path, family, tests, tally, misses, markup)
    return {"tally": dict(tally), "misses": misses, "markup": markup}


def _check(
    path: Path,
    family: str,
    tests: Path,
    tally: Counter[str],
    misses: list[dict[str, str]],
    markup: list[dict[str, str]],
) -> None:
    data = path.read_bytes()
    expected = _expected(data)
    name = str(path.relative_to(tests))
    group = "sanitize" if "/sanitize/" in name else family
    try:
        result = newsparse.parse(data)
        articles = list(result.articles)
    except Exception as exc:  # an input error (binary, undecodable) is a miss for every expectation
        articles, result = [], None
        tally["errors"] += 1
        misses.append({"file": name, "field": "error", "expected": "", "got": repr(exc)[:200]})
    detector = str(result.detection.chosen) if result else "-"
    for article in articles:
        for field, value in _texts(article):
            if _MARKUP.search(value):
                kind = "active" if _ACTIVE.search(value) else "tag-like"
                markup.append({"file": name, "field": field, "value": value[:200], "detector": detector, "kind": kind})
    first = articles[0] if articles else None
    for field, (value, is_html) in expected.items():
        want = _norm(newsparse.clean_html(value) if is_html else value)
        got = _norm((first.title if field == "title" else first.body) or "") if first else ""
        tally[f"{group}:{field}:cases"] += 1
        if got == want:
            tally[f"{group}:{field}:equal"] += 1
        else:
            misses.append({"file": name, "field": field, "expected": want, "got": got, "detector": detector})


def _texts(article: newsparse.Article) -> Iterator[tuple[str, str]]:
    for key in ("title", "subtitle", "byline", "source", "section", "dateline", "language", "url", "image", "id"):
        value = getattr(article, key, None)
        if isinstance(value, str):
            yield key, value
    for key in ("authors", "tags", "highlights"):
        for value in getattr(article, key, ()):
            yield key, value
    for caption in article.captions:
        yield "captions", caption.text
        if caption.credit:
            yield "captions", caption.credit
    yield "body", article.body


def _expected(data: bytes) -> dict[str, tuple[str, bool]]:
    """The first entry's expected title and body from the ``Expect:`` expression, with whether each is HTML."""
    match = _EXPECT.search(data[:4000])
    if match is None:
        return {}
    try:
        tree = ast.parse(match.group(1).decode("utf-8", "replace").strip(), mode="eval")
    except SyntaxError:
        return {}
    found: dict[str, tuple[str, bool]] = {}
    plain = _TEXT_TYPED.search(data) is not None  # the fixture's element says it holds text, not HTML
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
            continue
        path = _path(node.left)
        value = _constant(node.comparators[0])
        if path is None or value is None or path[:2] != ("entries", 0):
            continue
        field = "title" if path[2:] in _TITLE_PATHS else "body" if path[2:] in _BODY_PATHS else None
        if field is not None and field not in found:
            found[field] = (value, not plain and _HTML_HINT.search(value) is not None)
    return found


def _path(node: ast.expr) -> tuple[Any, ...] | None:
    """``entries[0]['title']`` or ``entries[0].title`` as ``("entries", 0, "title")``."""
    parts: list[Any] = []
    while True:
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            parts.append(node.slice.value)
            node = node.value
        elif isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            return tuple(reversed(parts))
        else:
            return None


def _constant(node: ast.expr) -> str | None:
    """A string constant, or a sum of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _constant(node.left), _constant(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _print(report: dict[str, Any], shown: int) -> None:
    tally: dict[str, int] = report["tally"]
    total = equal = 0
    print(f"{'family':<12}{'field':<8}{'equal':>7}{'cases':>7}{'%':>8}")
    for key in sorted(k for k in tally if k.endswith(":cases")):
        group, field, _ = key.split(":")
        cases, hits = tally[key], tally.get(f"{group}:{field}:equal", 0)
        total, equal = total + cases, equal + hits
        print(f"{group:<12}{field:<8}{hits:>7}{cases:>7}{100 * hits / cases:>7.1f}%")
    print(f"{'all':<20}{equal:>7}{total:>7}{100 * equal / max(total, 1):>7.1f}%")
    print(f"inputs newsparse refused: {tally.get('errors', 0)}")
    kinds = Counter((m["detector"], m["kind"]) for m in report["markup"])
    print(f"article fields carrying markup: {len(report['markup'])}", dict(kinds) or "")
    print("  (active: script, event handler, iframe...; tag-like: text that looks like a tag)")
    for item in report["markup"][:shown]:
        print(f"  {item['file']} [{item['detector']}, {item['kind']}] {item['field']}: {item['value'][:100]!r}")
    for field in ("title", "body", "error"):
        rows = [m for m in report["misses"] if m["field"] == field]
        print(f"\nmisses ({field}): {len(rows)}")
        for row in rows[:shown]:
            print(f"  {row['file']} [{row.get('detector', '-')}]\n    want {row['expected'][:150]!r}")
            print(f"    got  {row['got'][:150]!r}")


if __name__ == "__main__":
    sys.exit(main())
