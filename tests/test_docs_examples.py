"""Run the examples in the documentation, so that what the docs show stays true.

Two kinds of fenced blocks in ``docs/**/*.md`` are executed; every other block is illustration only:

- ``pycon`` blocks are doctests. The blocks of one page share their globals, in page order, so a page can
  build an example step by step; the ``newsparse`` command is on PATH for examples that run it, and the
  packages under ``examples/*/src`` can be imported.
- ``console`` blocks are shell sessions: each ``$ command`` line runs with bash, and the lines after it, up
  to the next ``$`` line, are its expected output (stdout and stderr together; ``...`` matches anything).
  The commands of one page run in the same scratch directory, in page order, with the ``newsparse``
  command of the Python running the tests first on PATH; ``$?`` is the previous command's exit status.

Both kinds run in a fresh temporary directory per page, never in the source tree.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse

DOCS = Path(__file__).resolve().parents[1] / "docs"
FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def _blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    """(line number, dedented body) of each fenced block of ``lang`` on ``page``."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match.group("lang") == lang:
            indent = len(match.group("indent"))
            body = "".join(line[indent:] for line in match.group("body").splitlines(keepends=True))
            found.append((text.count("\n", 0, match.start()) + 1, body))
    return found


def _ids(pages: list[Path]) -> list[str]:
    return [str(p.relative_to(DOCS)) for p in pages]


PYCON_PAGES = [p for p in _pages() if _blocks(p, "pycon")]
CONSOLE_PAGES = [p for p in _pages() if _blocks(p, "console")]


@pytest.mark.parametrize("page", PYCON_PAGES, ids=_ids(PYCON_PAGES))
def test_pycon_blocks(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for example in sorted((DOCS.parent / "examples").glob("*/src")):
        monkeypatch.syspath_prepend(str(example))  # tutorials import the example plug-ins they build
    monkeypatch.setenv("PATH", os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    globs: dict[str, object] = {"__name__": "__docs__"}
    name = str(page.relative_to(DOCS))
    before = {d.name for d in newsparse.list_detectors()}
    try:
        for line, body in _blocks(page, "pycon"):
            test = parser.get_doctest(body, globs, name, str(page), line)
            runner.run(test, clear_globs=False)
            globs = test.globs  # DocTest copies its globals: carry them to the next block
    finally:  # a page may register detectors: do not let them leak into other tests
        for detector in newsparse.list_detectors():
            if detector.name not in before:
                newsparse.unregister_detector(detector.name)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} example(s) failed in docs/{name}; see the output above"


def _commands(body: str) -> list[tuple[str, str]]:
    """Split a console block into (command, expected output) pairs."""
    pairs: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
        elif line.strip():
            raise AssertionError(f"console block has output before its first '$ ' line: {line!r}")
    return [(command, "\n".join(out).strip() + "\n" if any(out) else "") for command, out in pairs]


@pytest.mark.parametrize("page", CONSOLE_PAGES, ids=_ids(CONSOLE_PAGES))
def test_console_blocks(page: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("NEWSPARSE_JOBS", None)
    checker = doctest.OutputChecker()
    ran = 0
    status = 0
    for line, body in _blocks(page, "console"):
        for command, expected in _commands(body):
            done = subprocess.run(
                ["bash", "-c", f"(exit {status}); {command}"],  # so that `echo $?` shows the previous status
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            status = done.returncode
            got = (done.stdout + done.stderr).strip()
            got = got + "\n" if got else ""
            ran += 1
            assert checker.check_output(expected, got, FLAGS), (
                f"docs/{page.relative_to(DOCS)} line {line}: $ {command}\n"
                f"--- expected ---\n{expected}--- got (exit {done.returncode}) ---\n{got}"
            )
    assert ran > 0


def test_examples_exist() -> None:
    """Guard: the tests above must actually find examples (a broken fence regex would silently skip them)."""
    assert len(PYCON_PAGES) >= 8
    assert len(CONSOLE_PAGES) >= 2


def test_field_contract_page_lists_every_schema_field() -> None:
    """docs/data-model.md has a table row for every field of the shipped schema, so the two stay in sync."""
    page = (DOCS / "data-model.md").read_text(encoding="utf-8")
    rows = {m.group(1) for m in re.finditer(r"^\| `([a-z_]+)`", page, re.M)}
    rows |= {name for m in re.finditer(r"^\| `([a-z_]+)`, `([a-z_]+)`", page, re.M) for name in m.groups()}
    schema = newsparse.article_schema()
    assert set(schema["properties"]) <= rows
    assert set(schema["properties"]["provenance"]["properties"]) <= rows


def test_field_contract_page_lists_every_dropped_reason() -> None:
    """Every reason the source gives ``Dropped`` lines is explained on docs/data-model.md."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(newsparse.__file__).parent.rglob("*.py"))
    reasons = set(re.findall(r'Dropped\([^()]*?,\s*"([^"]+)"\)', source))
    # and the (text, reason) pairs the page reader gathers before it makes them Dropped records
    reasons |= set(re.findall(r'(?<!\w)\(\(?(?:text|line|paragraph), "([a-z][a-z ()]+)"\)', source))
    assert {"repeated title", "site chrome", "footer"} <= reasons  # the pattern still finds them
    page = (DOCS / "data-model.md").read_text(encoding="utf-8")
    documented = set(re.findall(r'^\| `"([^"]+)"` \|', page, re.M))
    assert reasons <= documented, f"undocumented reasons: {sorted(reasons - documented)}"
