"""Hostile inputs: each must end quickly with articles or a clear NewsparseError, in bounded memory.

The big cases run in a child process (``_isolated``): the child reports its peak
resident memory (``ru_maxrss``, which also sees what lxml allocates in C), and
the parent's ``timeout`` is only a hang guard, far above the measured times.
Smaller cases run in-process and measure Python allocations with tracemalloc.
Nothing here asserts on wall-clock speed. Bounds and the numbers measured when
they were set are in docs/robustness.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import newsparse

from .conftest import SAMPLES, sample_path

HANG_GUARD = 600  # seconds; a hang, not a slow run, is what fails this
DEEP = 100_000


def _isolated(body: str) -> dict[str, Any]:
    """Run ``body`` in a fresh interpreter; it sets ``out`` (a dict), which comes back with ``peak_mb``."""
    code = textwrap.dedent(
        """
        import json, resource, sys, time
        import newsparse
        out = {}
        started = time.perf_counter()
        """
    )
    code += textwrap.dedent(body)
    code += textwrap.dedent(
        """
        out["seconds"] = round(time.perf_counter() - started, 2)  # reported (pytest -s), never asserted
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sys.stdout.write("\\n" + json.dumps(out))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    print(f"measured: {result['seconds']} s, peak RSS {result['peak_mb']:.0f} MB")  # shown with pytest -s
    return result


@contextmanager
def _peak_python_memory(limit_mb: float) -> Iterator[None]:
    """Assert that Python allocations inside the block peak below ``limit_mb``."""
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak / 2**20 < limit_mb, f"peak {peak / 2**20:.1f} MB"


def _json_ready(articles: Any) -> None:
    for article in articles:
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- HTML nested 100,000 levels


def test_html_nested_100000_levels_deep() -> None:
    """clean_html, a WordPress post and a whole page with 100,000 nested elements: text out, no RecursionError."""
    out = _isolated(
        f"""
        deep = "<div><span>" * {DEEP // 2} + "Deep text." + "</span></div>" * {DEEP // 2}
        out["clean"] = newsparse.clean_html(deep)
        post = json.dumps({{"title": {{"rendered": "Deep"}}, "content": {{"rendered": deep}},
                           "date_gmt": "2024-01-01T00:00:00"}})
        result = newsparse.parse(post.encode())
        out["post"] = [a.body for a in result.articles]
        page = "<html><head><title>Deep page</title></head><body>" + "<div>" * {DEEP} + "<p>Deep text.</p>"
        page += "</div>" * {DEEP} + "</body></html>"
        result = newsparse.parse(page.encode())
        out["page"] = [a.body for a in result.articles]
        out["unclosed"] = newsparse.clean_html("<b>" * {DEEP} + "x")
        """
    )
    assert out["clean"] == "Deep text."
    assert out["post"] == ["Deep text."]
    assert out["page"] == ["Deep text."]
    assert out["unclosed"] == "x"
    assert out["peak_mb"] < 600


# --------------------------------------------------------------------------- a 50 MB line


def test_a_50_mb_line_without_newline() -> None:
    """50 MB of words on one line: one article whose body is the whole line (no 50 MB title), in bounded memory."""
    out = _isolated(
        """
        data = b"word " * 10_000_000
        result = newsparse.parse(data)
        out["count"] = len(result.articles)
        article = result.articles[0]
        out["title"] = article.title
        out["body_len"] = len(article.body)
        out["span"] = [article.provenance.start, article.provenance.end]
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
        """
    )
    assert out["count"] == 1
    assert out["title"] is None
    assert out["body_len"] == 50_000_000 - 1  # the trailing space is trimmed
    assert out["span"] == [0, 50_000_000 - 1]
    assert out["peak_mb"] < 1000  # measured ~230-275 MB (about 5x the input)


@pytest.mark.slow
def test_a_long_line_of_mojibake_and_no_spaces() -> None:
    """A 10 MB line with no space and mojibake throughout: repaired exactly, window by window, linearly.

    10 MB, not 50: ftfy itself runs at ~5 MB/s, so this size keeps CI affordable while still being
    far past the 8 KiB beyond which a line is repaired in windows (before the fix, finding each
    window's edges scanned the whole line: quadratic, and edges cut mojibake sequences in two).
    """
    out = _isolated(
        """
        clean = ("caf\u00e9" * 10 + "\u2019") * 250_000
        data = clean.encode("utf-8").decode("latin-1").encode("utf-8")
        out["input_mb"] = len(data) / 2**20
        result = newsparse.parse(data)
        out["count"] = len(result.articles)
        out["repairs"] = list(result.repairs)
        out["exact"] = result.articles[0].body == clean
        """
    )
    assert out["count"] == 1
    assert any("mojibake" in r for r in out["repairs"])
    assert out["exact"]
    assert out["peak_mb"] < 1500  # measured ~185 MB


# --------------------------------------------------------------------------- 200,000 tiny articles


@pytest.mark.slow
def test_200000_tiny_articles() -> None:
    """A feed of 200,000 one-line entries: every one comes out, in order, in bounded memory."""
    out = _isolated(
        """
        data = b"".join(b"Title %d\\n\\nBody %d.\\n\\nView %d times\\n\\n" % (i, i, i) for i in range(200_000))
        articles = newsparse.load(data)
        out["count"] = len(articles)
        out["first"] = [articles[0].title, articles[0].body, articles[0].views]
        out["last"] = [articles[-1].title, articles[-1].body, articles[-1].views]
        out["detectors"] = sorted({a.provenance.detector for a in articles})
        """
    )
    assert out["count"] == 200_000
    assert out["first"] == ["Title 0", "Body 0.", 0]
    assert out["last"] == ["Title 199999", "Body 199999.", 199999]
    assert out["detectors"] == ["counter-footer"]
    assert out["peak_mb"] < 2000  # measured ~210 MB: one Article (+ provenance) per entry


# --------------------------------------------------------------------------- NULs and control characters


def test_nul_bytes_and_control_characters_in_text() -> None:
    """A few NULs and control characters in a text dump are removed (and recorded); the text survives."""
    data = b"Storm hits\x00 coast\n\nRain\x01 fell\x1b[31m all\x7f night.\x0cWind blew.\n"
    with _peak_python_memory(50):
        result = newsparse.parse(data)
    (article,) = result.articles
    assert article.title == "Storm hits coast"
    assert article.body == "Rain fell[31m all night.\n\nWind blew."
    assert "control characters removed" in result.repairs
    _json_ready(result.articles)


def test_nul_heavy_bytes_are_refused_clearly() -> None:
    """NUL-heavy bytes that are not UTF-16 raise BinaryInputError naming the source."""
    with pytest.raises(newsparse.BinaryInputError, match=r"^<bytes>: binary data"):
        newsparse.load(b"\x00\x01\x02\x00" * 1000)


def test_control_characters_in_a_str() -> None:
    """Every C0 control, DEL and C1 control in a str: articles, JSON-ready."""
    text = "Title\n\n" + "".join(chr(c) for c in [*range(32), 127, *range(0x80, 0xA0)]) + " body."
    _json_ready(newsparse.split_articles(text))


# --------------------------------------------------------------------------- encodings


def test_invalid_utf8_in_the_middle_of_a_utf8_file() -> None:
    """A few bad bytes in a UTF-8 dump become U+FFFD (recorded); the rest is decoded as UTF-8."""
    good = sample_path("004").read_bytes()
    middle = len(good) // 2
    middle = good.index(b" ", middle)
    data = good[:middle] + b"\xff\xfe\xc3(" + good[middle:]
    with _peak_python_memory(100):
        result = newsparse.parse(data)
    assert result.encoding == "utf-8"
    assert "invalid UTF-8 bytes replaced" in result.repairs
    assert len(result.articles) == 10
    assert "\ufffd" in result.text
    assert result.articles[0].authors == ("Rebecca Santana", "Valerie Gonzalez", "Sonia Pérez D.")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    """UTF-16 without a BOM is recognised by its NUL pattern and gives the UTF-8 articles."""
    text = sample_path("004").read_text(encoding="utf-8")
    with _peak_python_memory(100):
        result = newsparse.parse(text.encode(encoding))
    assert result.encoding == encoding
    reference = newsparse.load(text.encode("utf-8"))
    assert [a.title for a in result.articles] == [a.title for a in reference]
    assert [a.body for a in result.articles] == [a.body for a in reference]


def test_utf16_without_bom_of_odd_length_is_refused_clearly() -> None:
    """A truncated UTF-16 dump (odd byte count) without a BOM is refused as binary, not decoded as junk."""
    data = "Title\n\nBody text here.\n".encode("utf-16-le") * 10 + b"\x00"
    with pytest.raises(newsparse.NewsparseError):
        newsparse.load(data)


# --------------------------------------------------------------------------- JSON

_GOOD = {"title": {"rendered": "Good"}, "content": {"rendered": "<p>Good body.</p>"}, "date_gmt": "2024-01-01T00:00:00"}


def _post(**changes: Any) -> dict[str, Any]:
    post = dict(_GOOD)
    post.update(changes)
    return {k: v for k, v in post.items() if v is not None}


def test_json_with_lone_surrogates() -> None:
    """\\ud800-style escapes that are not pairs become U+FFFD; the record is JSON-ready UTF-8."""
    data = b'{"title": {"rendered": "A \\ud800 b"}, "content": {"rendered": "<p>x \\udfff y</p>"}, "date_gmt": "2024"}'
    (article,) = newsparse.load(data)
    assert (article.title, article.body) == ("A \ufffd b", "x \ufffd y")
    _json_ready([article])


@pytest.mark.parametrize("rendered", [5, ["<p>x</p>"], {"nested": "x"}, True])
def test_json_with_content_rendered_not_a_string(rendered: object) -> None:
    """content.rendered of the wrong type: the post still comes out, with an empty body and a problem."""
    post = _post(content={"rendered": rendered})
    (article,) = newsparse.load(json.dumps(post).encode())
    assert article.title == "Good"
    assert article.body == ""
    assert any("content.rendered" in p for p in article.problems)


def test_json_with_title_missing() -> None:
    """A post without a title comes out with title None and its body."""
    (article,) = newsparse.load(json.dumps(_post(title=None)).encode())
    assert (article.title, article.body) == (None, "Good body.")


def test_json_truncated_mid_string() -> None:
    """A post cut in the middle of a string: the failure is reported and no text is dropped silently."""
    text = json.dumps(_post(content={"rendered": "<p>" + "word " * 50 + "</p>"}))
    data = text[: text.index("word") + 100].encode()
    result = newsparse.parse(data)
    assert any("Unterminated string" in p or "truncated" in p for p in result.problems)
    body = " ".join(a.body for a in result.articles) + " ".join(a.title or "" for a in result.articles)
    assert "word word" in body


def test_json_array_truncated_mid_string_keeps_the_complete_posts() -> None:
    """An array cut in the middle of its third post: the two complete posts and a problem."""
    text = json.dumps([_post(), _post(), _post()])
    result = newsparse.parse(text[: len(text) - 30].encode())
    assert [a.title for a in result.articles] == ["Good", "Good"]
    assert any("post 3 could not be read" in p for p in result.problems)


@pytest.mark.parametrize(
    "data",
    [
        b"[" * DEEP + b"]" * DEEP,
        b'{"a":' * DEEP + b"1" + b"}" * DEEP,
        b'{"title": {"rendered": "x"}, "content": {"rendered": "y"}, "x": ' + b"[" * DEEP + b"]" * DEEP + b"}",
        b'[{"title": {"rendered": "Good"}, "content": {"rendered": "<p>b</p>"}}, ' + b"[" * DEEP + b"]" * DEEP + b"]",
    ],
    ids=["array", "object", "inside-a-post", "inside-an-array-of-posts"],
)
def test_json_nested_100000_levels_deep(data: bytes) -> None:
    """JSON nested 100,000 levels deep: no RecursionError; the nesting is reported as a problem or read as text."""
    with _peak_python_memory(200):
        result = newsparse.parse(data)
    _json_ready(result.articles)
    assert result.articles or result.problems


def test_wordpress_array_with_one_broken_post_among_good_ones() -> None:
    """Good posts around a broken one all come out; the broken one is reported with its position."""
    posts = [json.dumps(_post(title={"rendered": f"Good {i}"})) for i in range(4)]
    broken_kinds = {
        "unterminated string": '{"title": {"rendered": "Bad"}, "content": {"rendered": "<p>oops}}',
        "missing colon": '{"title" {"rendered": "Bad"}}',
        "not JSON": "nonsense",
        "wrong types": '{"title": {"rendered": 7}, "content": {"rendered": ["x"]}}',
    }
    for kind, broken in broken_kinds.items():
        text = "[" + ", ".join([posts[0], posts[1], broken, posts[2], posts[3]]) + "]"
        result = newsparse.parse(text.encode())
        titles = [a.title for a in result.articles]
        assert [t for t in titles if t] == ["Good 0", "Good 1", "Good 2", "Good 3"], kind
        reported = list(result.problems) + [p for a in result.articles for p in a.problems]
        assert any("post 3" in p for p in reported), (kind, reported)


# --------------------------------------------------------------------------- empty input


@pytest.mark.parametrize("data", [b"", b"\n\n \t\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_and_blank_input(data: bytes) -> None:
    """An empty (or blank, or BOM-only) input gives no articles and no error."""
    assert newsparse.load(data) == []


def test_empty_file(tmp_path: Path) -> None:
    """An empty file on disk: no articles, no error, no problems."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = newsparse.parse(path)
    assert result.articles == ()
    assert result.problems == ()


# --------------------------------------------------------------------------- the CLI on a directory


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=HANG_GUARD,
        check=False,
    )
    assert "Traceback" not in proc.stderr
    return proc


def _good_tree(tmp_path: Path) -> Path:
    root = tmp_path / "dumps"
    (root / "sub").mkdir(parents=True)
    for prefix in ("000", "003"):
        source = sample_path(prefix)
        (root / source.name).write_bytes(source.read_bytes())
    source = sample_path("004")
    (root / "sub" / source.name).write_bytes(source.read_bytes())
    return root


def _check_one_failure(proc: subprocess.CompletedProcess[str], bad: str) -> None:
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 2 + 1 + 10  # every good file's articles are written
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert bad in lines[0]
    assert "cannot be read" in lines[0] or "directory" in lines[0]


def test_cli_directory_with_a_dangling_symlink(tmp_path: Path) -> None:
    """A directory holding good dumps and one unreadable entry (a dangling symlink): exit 1, the good
    files' articles written, one clear line on stderr."""
    root = _good_tree(tmp_path)
    (root / "broken.txt").symlink_to(tmp_path / "does-not-exist.txt")
    _check_one_failure(_cli("parse", str(root)), "broken.txt")


def test_cli_directory_and_a_missing_file(tmp_path: Path) -> None:
    """A directory of good dumps and a missing file, both named on the command line."""
    root = _good_tree(tmp_path)
    missing = root / "gone.txt"
    proc = _cli("parse", str(root), str(missing))
    _check_one_failure(proc, "gone.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_cli_directory_with_a_file_without_read_permission(tmp_path: Path) -> None:
    """The permission case itself (skipped as root, where the symlink test covers an unreadable entry)."""
    root = _good_tree(tmp_path)
    locked = root / "locked.txt"
    locked.write_bytes(b"Title\n\nBody.\n")
    locked.chmod(0)
    try:
        _check_one_failure(_cli("parse", str(root)), "locked.txt")
    finally:
        locked.chmod(0o600)


def test_cli_unreadable_file_among_good_ones_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same through newsparse.cli.main in-process: a good file and a dangling symlink named on the
    command line give exit code 1, the good file's article on stdout and one line on stderr."""
    from newsparse.cli import main

    good = tmp_path / "good.txt"
    good.write_bytes(sample_path("003").read_bytes())
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    code = main(["parse", str(good), str(dangling)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.splitlines()) == 1
    (line,) = captured.err.strip().splitlines()
    assert "dangling.txt" in line
    assert "cannot be read" in line


# --------------------------------------------------------------------------- samples stay cheap


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_samples_parse_in_small_memory(path: Path) -> None:
    """Each sample parses with Python allocations under 20 MB (measured: 1-6 MB)."""
    loader: Callable[[Path], list[newsparse.Article]] = newsparse.load
    with _peak_python_memory(20):
        assert loader(path)
