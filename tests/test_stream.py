"""iter_load streams: the same articles as load, block after block, reading the source lazily."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import detectors

from .conftest import SAMPLES, sample_path

_STREAMING = ("counter-footer", "title-echo", "page-text", "blank-blocks", "jsonlines", "html-page")


def _dicts(articles: object) -> list[dict[str, object]]:
    return [a.to_dict() for a in articles]  # type: ignore[attr-defined]


def _same(path: Path, chunk_size: int = 2048) -> list[dict[str, object]]:
    problems: list[str] = []
    streamed = _dicts(newsparse.iter_load(path, chunk_size=chunk_size, problems=problems))
    result = newsparse.parse(path)
    assert streamed == _dicts(result.articles)
    assert problems == list(result.problems)
    return streamed


def _repeat(prefix: str, size: int, separator: str = "\n\n") -> str:
    text = sample_path(prefix).read_text(encoding="utf-8").strip()
    return separator.join([text] * (size // len(text) + 1)) + "\n"


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_samples_stream_to_the_same_articles(path: Path) -> None:
    assert _same(path, chunk_size=512)


@pytest.mark.parametrize(
    ("name", "text", "detector"),
    [
        ("feed", _repeat("004", 400_000), "counter-footer"),
        ("echo", _repeat("000", 200_000, "\n\n\n") + "\n\n\n" + _repeat("001", 200_000, "\n\n\n"), "title-echo"),
        ("pagetext", _repeat("003", 400_000, "\n\n\n\n"), "page-text"),
        ("crlf", _repeat("004", 400_000).replace("\n", "\r\n"), "counter-footer"),
    ],
)
def test_generated_plain_dumps_stream_to_the_same_articles(tmp_path: Path, name: str, text: str, detector: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode("utf-8"))
    articles = _same(path)
    assert len(articles) > 40
    assert {a["provenance"]["detector"] for a in articles} == {detector}  # type: ignore[index]


def test_mojibake_and_cp1252_dumps_stream_to_the_same_articles(tmp_path: Path) -> None:
    text = _repeat("004", 400_000)
    broken = text.replace("Chaotic showdown", "Chaotic\u00e2\u20ac\u2122s showdown")
    path = tmp_path / "mojibake.txt"
    path.write_bytes(broken.encode("utf-8"))
    articles = _same(path)
    assert any("mojibake" in r for a in articles for r in a["provenance"]["repairs"])  # type: ignore[index]
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    articles = _same(path)
    assert {a["provenance"]["encoding"] for a in articles} == {"cp1252"}  # type: ignore[index]


def test_json_lines_stream_with_global_line_numbers(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"Post {n}", "maintext": f"<p>Body <b>{n}</b>.</p>"}) for n in range(6000)]
    lines[4321] = '{"title": "broken'
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems: list[str] = []
    streamed = _dicts(newsparse.iter_load(path, chunk_size=1000, problems=problems))
    result = newsparse.parse(path)
    assert streamed == _dicts(result.articles)
    assert problems == list(result.problems)
    assert len(streamed) == 5999
    assert any("line 4322 " in p for p in problems)


def test_html_pages_stream_to_the_same_articles(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>T{n}</title></head>"
        "<body><article><h1>T{n}</h1>{p}</article></body></html>\n"
    )
    body = "".join(f"<p>Paragraph {k} of the story, long enough to count as text.</p>" for k in range(12))
    path = tmp_path / "pages.html"
    path.write_text("".join(page.format(n=n, p=body) for n in range(400)), encoding="utf-8")
    assert len(_same(path, chunk_size=4096)) == 400


def test_a_file_object_is_read_lazily() -> None:
    data = _repeat("004", 2_000_000).encode("utf-8")

    class Counting(io.BytesIO):
        consumed = 0

        def read(self, size: int | None = -1) -> bytes:
            chunk = super().read(size)
            self.consumed += len(chunk)
            return chunk

    source = Counting(data)
    stream = newsparse.iter_load(source, chunk_size=8192)
    first = next(stream)
    assert first.title is not None
    assert source.consumed < len(data) // 4
    rest = list(stream)
    assert _dicts([first, *rest]) == _dicts(newsparse.load(data))


def test_bytes_and_small_inputs_are_parsed_whole() -> None:
    data = sample_path("004").read_bytes()
    assert _dicts(newsparse.iter_load(data)) == _dicts(newsparse.load(data))


@pytest.mark.parametrize("extra", [1, 100, 3000])
def test_a_file_that_ends_just_past_its_first_piece_is_parsed_whole(
    tmp_path: Path, extra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file a little longer than the chunk size is all there after the first read and a line: parsed as load
    does it, without looking for safe cuts (a block that is all the input needs none)."""
    first = max(4 * detectors.HEAD_SIZE, 8192)  # the first read: max(4 x the detection head, the chunk size)
    data = _repeat("004", first).encode("utf-8")
    data = data[: data.rfind(b"\n\n", 0, first - 2000)] + b"\n\n"
    data += b"Last words of the dump, " + b"and more words " * ((first + extra - len(data)) // 15) + b"\n"
    assert first < len(data) <= first + extra + 30
    path = tmp_path / "dump.txt"
    path.write_bytes(data)
    cut_at: list[int] = []

    def no_cut(self: object, block: str) -> int:
        cut_at.append(len(block))
        raise AssertionError("safe_cut was called")

    for detector in detectors.list_detectors():
        if hasattr(detector, "safe_cut"):
            monkeypatch.setattr(type(detector), "safe_cut", no_cut)
    streamed = _dicts(newsparse.iter_load(path, chunk_size=8192))
    assert cut_at == []
    assert streamed == _dicts(newsparse.load(path))


def test_errors_match_load(tmp_path: Path) -> None:
    with pytest.raises(newsparse.SourceError):
        list(newsparse.iter_load(tmp_path / "missing.txt"))
    with pytest.raises(newsparse.SourceError):
        list(newsparse.iter_load(tmp_path))
    with pytest.raises(ValueError, match="chunk_size"):
        list(newsparse.iter_load(b"x", chunk_size=0))


@pytest.mark.parametrize("name", _STREAMING)
def test_built_in_streaming_detectors_have_the_hooks(name: str) -> None:
    detector = detectors.get_detector(name)
    assert isinstance(detector, detectors.StreamingDetector)
    assert detector.safe_cut("") == 0


def test_a_detector_without_hooks_gets_the_rest_in_one_block(tmp_path: Path) -> None:
    post = json.loads(sample_path("002").read_text(encoding="utf-8"))
    path = tmp_path / "posts.json"
    path.write_text(json.dumps([post] * 40), encoding="utf-8")  # ~800 KB: many chunks, wordpress has no hooks
    articles = _same(path, chunk_size=4096)
    assert len(articles) == 40
    assert {a["provenance"]["detector"] for a in articles} == {"wordpress"}  # type: ignore[index]


def test_one_article_longer_than_many_chunks(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {n} of a very long story, with enough words to fill the line." for n in range(9000))
    path = tmp_path / "long.txt"
    short = "Short one\n\nBody.\n\nView {} times\n\n"
    text = short.format(1) + short.format(2) + f"A long one\n\n{body}\n\nView 3 times\n\n" + short.format(4)
    path.write_text(text, encoding="utf-8")
    articles = _same(path, chunk_size=1024)
    assert [a["views"] for a in articles] == [1, 2, 3, 4]
