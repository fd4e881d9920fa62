"""One pipeline: load, parse, parse_text, split_articles and iter_load detect, fall back and build articles alike."""

from __future__ import annotations

import ast
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import _pipeline
from newsparse.detectors import RawArticle, register_detector, unregister_detector


def _story(n: int) -> str:
    return f"Title {n}\n\nBody of story {n}.\n\nView {n} times\n\n"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the pipeline chose a fallback order (once per parse) and built an article."""
    calls = {"fallback_order": 0, "build_article": 0}

    def wrap(name: str) -> None:
        real: Callable[..., Any] = getattr(_pipeline, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(_pipeline, name, counting)

    wrap("fallback_order")
    wrap("build_article")
    return calls


def test_every_entry_point_runs_the_one_pipeline(counted: dict[str, int], tmp_path: Path) -> None:
    small = "".join(_story(n) for n in range(3))
    big = "".join(_story(n) for n in range(20_000))  # over the first piece of a stream: read block by block
    path = tmp_path / "dump.txt"
    path.write_text(small, encoding="utf-8")
    runs: list[tuple[str, Callable[[], list[newsparse.Article]]]] = [
        ("load", lambda: newsparse.load(small.encode())),
        ("parse", lambda: list(newsparse.parse(path).articles)),
        ("split_articles", lambda: newsparse.split_articles(small)),
        ("parse_text", lambda: list(newsparse.parse_text(small).articles)),
        ("iter_load small", lambda: list(newsparse.iter_load(io.BytesIO(small.encode())))),
        ("iter_load big", lambda: list(newsparse.iter_load(io.BytesIO(big.encode()), chunk_size=4096))),
    ]
    for what, run in runs:
        counted.update(fallback_order=0, build_article=0)
        articles = run()
        assert counted == {"fallback_order": 1, "build_article": len(articles)}, what
        assert len(articles) == (20_000 if what.endswith("big") else 3), what


def test_the_stream_uses_no_private_name_of_the_api_module() -> None:
    source = Path(newsparse._stream.__file__).read_text(encoding="utf-8")
    imported = [
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module == "newsparse._api"
        for alias in node.names
    ]
    assert [name for name in imported if name.startswith("_")] == []


class _Flaky:
    """One article per line; a ``BROKEN`` line is an unreadable record; a ``CRASH`` line is a detector bug."""

    name = "flaky-lines"

    def sniff(self, head: str) -> float:
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if line == "BROKEN":
                yield RawArticle(start, end, {}, ("record unreadable",))
            elif line == "CRASH":
                raise RuntimeError("crash")
            elif line.strip():
                yield RawArticle(start, end)
            start = end + 1


@pytest.fixture
def flaky() -> Iterator[str]:
    register_detector(_Flaky())
    try:
        yield _Flaky.name
    finally:
        unregister_detector(_Flaky.name)


@pytest.mark.parametrize("size", [10, 5_000])  # parsed whole, and streamed block by block
def test_load_and_iter_load_fall_back_and_report_in_text_order(flaky: str, size: int) -> None:
    lines = [f"Story number {n} {'x' * 50}" for n in range(size)]
    broken, crash = size // 3, 2 * size // 3
    lines[broken], lines[crash] = "BROKEN", "CRASH"
    data = ("\n".join(lines) + "\n").encode()
    start = sum(len(line) + 1 for line in lines[:broken])
    expected_problems = [
        f"record unreadable (characters {start}-{start + 6})",
        f"detector {flaky!r} failed: RuntimeError: crash",
    ]
    result = newsparse.parse(data, detector=flaky)
    problems: list[str] = []
    streamed = list(newsparse.iter_load(io.BytesIO(data), detector=flaky, chunk_size=4096, problems=problems))
    assert list(result.problems) == problems == expected_problems
    assert [a.to_dict() for a in streamed] == [a.to_dict() for a in result.articles]
    titles = [a.title for a in result.articles]
    assert titles[: crash - 1] == [line for line in lines[:crash] if line != "BROKEN"]
    details = [(a.provenance.detector, a.provenance.start) for a in result.articles if a.provenance]
    assert {detector for detector, _ in details[: crash - 1]} == {flaky}
    last_end = sum(len(line) + 1 for line in lines[:crash]) - 1  # the end of the last article before the crash
    fallback = details[crash - 1 :]
    assert fallback, "the text after the crash is read by a fallback detector"
    assert all(detector != flaky and start >= last_end for detector, start in fallback)
