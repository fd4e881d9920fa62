"""Issue 8, streaming and decoding: nothing lost to a long first record, a late accent, a BOM, a missing newline.

Each test names the case of the issue it covers. The expected articles come from
how each dump was built; ``load`` and ``iter_load`` must also agree field by field.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, _stream
from newsparse.detectors import HEAD_SIZE, get_detector, rank_detectors
from newsparse.detectors.json import jsonlines as jsonlines_module
from newsparse.errors import BinaryInputError

# --- helpers -------------------------------------------------------------------------------------


def _dicts(articles: Any) -> list[dict[str, Any]]:
    return [a.to_dict() for a in articles]


def _both(data: bytes, chunk_size: int, detector: str | None = None) -> tuple[newsparse.Result, list[Any], list[str]]:
    problems: list[str] = []
    streamed = list(newsparse.iter_load(io.BytesIO(data), chunk_size=chunk_size, detector=detector, problems=problems))
    return newsparse.parse(data, detector=detector), streamed, problems


def _article(title: str, body: str, views: int) -> str:
    """One counter-footer article, as the samples lay it out."""
    return f"{title}\n\n{body}\n\nView {views} times\n\n"


# --- item 4: a JSON Lines record longer than the detection head ------------------------------------


def _crawl(records: int, big: int) -> bytes:
    """A crawl export: one record per line, the first holding a whole page of ``big`` characters or more."""
    page = "<html><body>" + "<p>Paragraph text of a crawled page, with words.</p>" * (big // 50) + "</body></html>"
    return "".join(
        json.dumps({"url": f"https://example.org/{n}", "title": f"Post {n}", "maintext": f"Body {n}.", "html": h})
        + "\n"
        for n, h in enumerate([page] + ["<p>x</p>"] * (records - 1))
    ).encode()


def test_json_lines_whose_first_record_is_longer_than_the_head_are_read_record_by_record() -> None:
    data = _crawl(1001, 2 * HEAD_SIZE)
    assert data.index(b"\n") > HEAD_SIZE
    result, streamed, problems = _both(data, 8192)
    assert result.detection.chosen == "jsonlines"
    assert [a.title for a in result.articles] == [f"Post {n}" for n in range(1001)]
    assert [a.body for a in result.articles][1:3] == ["Body 1.", "Body 2."]
    assert _dicts(streamed) == _dicts(result.articles)
    assert problems == list(result.problems) == []


def _open_head(prefix: str) -> str:
    """A head of exactly HEAD_SIZE characters cut inside the first record after ``prefix``."""
    return (prefix + "x" * HEAD_SIZE)[:HEAD_SIZE]


@pytest.mark.parametrize(
    "head",
    [
        _open_head('{"title": "A", "text": "'),  # cut inside a string value
        _open_head('{"id": 7, "tags": ["a", "b"], "meta": {"k": [1, 2.5, null, true]}, "body": "'),
        _open_head('  {"url": "u", "extra": {"note": "'),  # cut inside a nested object
    ],
)
def test_a_head_cut_inside_an_article_record_is_json_lines(head: str) -> None:
    assert "\n" not in head
    assert get_detector("jsonlines").sniff(head) > 0.8  # above html-page's 0.8 for HTML inside the record


@pytest.mark.parametrize(
    "head",
    [
        _open_head('{"id": 1, "extra": {"title": "'),  # the article key is not the record's own
        _open_head('{"status": "ok", "articles": [{"title": "A", "text": "'),  # a container of records
        _open_head('{"title": "A"} {"text": "'),  # the first object closed: not one open record
        _open_head('{"title": "A" "text": "'),  # not JSON
        _open_head('{"title": "A", "text": "x"], "body": "'),  # a bracket that closes nothing open
        ('{"title": "A", "text": "' + "x" * 100),  # a short text is whole: an unfinished record is broken
    ],
)
def test_a_head_that_is_not_an_open_article_record_is_not_json_lines(head: str) -> None:
    assert get_detector("jsonlines").sniff(head) == 0.0


def test_a_long_minified_records_container_is_still_json_records() -> None:
    records = [{"title": f"T{n}", "text": "words " * 200} for n in range(200)]
    data = json.dumps({"status": "ok", "title": "feed", "articles": records}).encode()
    assert len(data) > 2 * HEAD_SIZE
    result, streamed, _ = _both(data, 4096)
    assert result.detection.chosen == "json-records"
    assert [a.title for a in result.articles] == [f"T{n}" for n in range(200)]
    assert _dicts(streamed) == _dicts(result.articles)


# --- item 5: the encoding of a dump whose first MiB is ASCII --------------------------------------

_ACCENTED = {
    "utf-8": "Café crème, naïve façade, Übermaß, São Paulo, 東京 — “quoted”",
    "cp1252": "Café crème, naïve façade, Übermaß, São Paulo — “quoted” €5",
    "latin-1": "Café crème, naïve façade, Übermaß, São Paulo, ½ × ø",
}


@st.composite
def _late_accent_dumps(draw: st.DrawFn) -> tuple[bytes, int, str, list[tuple[str, str]]]:
    """A dump that is ASCII for the first piece and k chunks more, then accented, in one encoding."""
    encoding = draw(st.sampled_from(sorted(_ACCENTED)))
    chunk = draw(st.sampled_from([512, 1024, 4096]))
    k = draw(st.integers(min_value=0, max_value=6))
    accented = draw(st.integers(min_value=1, max_value=4))
    ascii_body = "Plain words for the body of an English article, repeated. " * 8
    pieces: list[str] = []
    expected: list[tuple[str, str]] = []
    size = 0
    n = 0
    while size < _stream._FIRST + k * chunk + draw(st.integers(0, chunk)):
        pieces.append(_article(f"Plain title {n}", ascii_body, n))
        expected.append((f"Plain title {n}", ascii_body.strip()))
        size += len(pieces[-1])
        n += 1
    for m in range(accented):
        title, body = f"{_ACCENTED[encoding]} {m}", f"{_ACCENTED[encoding]} body. " * 5
        pieces.append(_article(title, body, 1000 + m))
        expected.append((title, body.strip()))
        pieces.append(_article(f"Plain after {m}", ascii_body, 2000 + m))
        expected.append((f"Plain after {m}", ascii_body.strip()))
    text = "".join(pieces)
    return text.encode(encoding), chunk, text, expected


def _masked(article: dict[str, Any]) -> dict[str, Any]:
    """An article without what a stream cannot know before it reaches the first non-ASCII byte."""
    return {**article, "provenance": {**article["provenance"], "encoding": None, "repairs": None}}


@settings(max_examples=12)
@given(_late_accent_dumps())
def test_a_late_first_accent_streams_to_the_text_load_gives(dump: tuple[bytes, int, str, list[Any]]) -> None:
    data, chunk, text, expected = dump
    result, streamed, problems = _both(data, chunk)
    assert [(a.title, a.body) for a in result.articles] == expected
    assert [(a.title, a.body) for a in streamed] == expected
    first_accent = next(i for i, ch in enumerate(text) if not ch.isascii())
    for mine, theirs in zip(_dicts(streamed), _dicts(result.articles), strict=True):
        if mine["provenance"]["end"] > first_accent:
            assert mine == theirs
        else:  # yielded before the encoding was decided: ASCII reads the same, the label may still say utf-8
            assert _masked(mine) == _masked(theirs)
    assert problems == list(result.problems)


def test_a_cp1252_dump_ascii_for_its_first_mib_keeps_its_accents() -> None:
    plain = _article("Plain title", "Plain words of an English body. " * 30, 1)
    text = plain * ((1 << 20) // len(plain) + 1) + _article("Café Übermaß", "Crème brûlée “quoted”.", 2)
    result, streamed, _ = _both(text.encode("cp1252"), _stream.CHUNK_SIZE)
    assert result.encoding == "cp1252"
    assert streamed[-1].title == result.articles[-1].title == "Café Übermaß"
    assert streamed[-1].body == "Crème brûlée “quoted”."
    assert streamed[-1].provenance.encoding == "cp1252"


def test_a_mostly_utf8_dump_with_a_late_bad_byte_is_decided_as_load_decides() -> None:
    plain = _article("Plain title", "Plain words of an English body. " * 30, 1)
    data = (plain * 600 + _article("Café “x”", "naïve " * 50, 2) + plain * 3).encode() + b"\xe9 stray\n\n"
    result, streamed, _ = _both(data, 2048)
    assert "invalid UTF-8 bytes replaced" in result.repairs
    assert [(a.title, a.body) for a in streamed] == [(a.title, a.body) for a in result.articles]
    assert streamed[-1].provenance.repairs == result.articles[-1].provenance.repairs


# --- item 11: U+FEFF at the start of a line of concatenated BOM files --------------------------------


@pytest.mark.parametrize("copies", [2, 3000])
def test_byte_order_marks_of_concatenated_files_are_dropped_in_load_and_iter_load(copies: int) -> None:
    one = b"\xef\xbb\xbf" + _article("Title {n}", "Body of the article.", 5).encode()
    data = b"".join(one.replace(b"{n}", str(n).encode()) for n in range(copies))
    result, streamed, _ = _both(data, 1024)
    titles = [f"Title {n}" for n in range(copies)]
    assert [a.title for a in result.articles] == titles
    assert [a.title for a in streamed] == titles
    assert "byte order marks removed at line starts" in result.articles[-1].provenance.repairs
    assert "byte order marks removed at line starts" in streamed[-1].provenance.repairs
    assert not any("\ufeff" in a.body for a in streamed)


def test_a_byte_order_mark_inside_a_line_is_text_and_kept() -> None:
    data = _article("Title", "Zero\ufeffwidth no-break space.", 3).encode()
    result, streamed, _ = _both(data, 64)
    assert result.articles[0].body == streamed[0].body == "Zero\ufeffwidth no-break space."


# --- memory: input without newline bytes --------------------------------------------------------


def _largest_piece(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes = [0]
    piece = _stream._Stream._piece

    def watched(self: _stream._Stream, size: int) -> bytes:
        data = piece(self, size)
        sizes[0] = max(sizes[0], len(data))
        return data

    monkeypatch.setattr(_stream._Stream, "_piece", watched)
    return sizes


def test_a_cr_only_dump_streams_in_pieces_of_a_few_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(_article(f"Title {n}", "Body words. " * 20, n) for n in range(8000)).replace("\n", "\r")
    sizes = _largest_piece(monkeypatch)
    result, streamed, _ = _both(text.encode(), 4096)
    assert [a.title for a in streamed] == [f"Title {n}" for n in range(8000)]
    assert _dicts(streamed) == _dicts(result.articles)
    assert len(text) > 2_000_000
    assert sizes[0] <= _stream._FIRST + 4096  # before: the whole input in one piece


@pytest.mark.parametrize(
    "line",
    [
        "words and more words " * 20000,  # cut at a space
        "é" * 150_000,  # no space, no ASCII: cut between UTF-8 characters
        "ab\x01" * 100_000,  # control characters: cut between two printable bytes
    ],
)
def test_a_line_longer_than_the_line_cap_is_read_in_bounded_pieces(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    monkeypatch.setattr(_limits, "MAX_LINE_CHARS", 10_000)
    monkeypatch.setattr(_stream, "_FIRST", 4096)
    sizes = _largest_piece(monkeypatch)
    data = ("Title\n\n" + line + "\n\nView 3 times\n\n").encode()
    result, streamed, _ = _both(data, 1024)
    assert _dicts(streamed) == _dicts(result.articles)
    assert streamed[0].title == "Title"
    assert sizes[0] <= 2 * 10_000 + 4096


class _Zeros(io.RawIOBase):
    """``/dev/zero``: endless NUL bytes; refuses to hand out more than ``limit`` so a failing run cannot hang."""

    def __init__(self, limit: int) -> None:
        self.given = 0
        self.limit = limit

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.given > self.limit:
            raise MemoryError("read far past the start of /dev/zero")
        size = 1 << 16 if size < 0 else size
        self.given += size
        return bytes(size)


def test_dev_zero_is_refused_as_binary_after_the_first_read() -> None:
    zeros = _Zeros(limit=32 << 20)
    with pytest.raises(BinaryInputError):
        next(iter(newsparse.iter_load(zeros, chunk_size=4096)))
    assert zeros.given <= _stream._FIRST


# --- memory: one JSON Lines record over the record cap -------------------------------------------


def _jsonl_with_giants(giant: str) -> tuple[bytes, list[str]]:
    lines = [
        json.dumps({"title": f"T{n}", "maintext": giant if n in (0, 7) else f"Body {n}."}, ensure_ascii=False)
        for n in range(20)
    ]
    return ("\n".join(lines) + "\n").encode(), lines


@pytest.mark.parametrize("giant", ["x" * 400_000, "é" * 3_000])  # over the cap in characters / in UTF-8 bytes
def test_a_json_lines_record_over_the_cap_is_skipped_with_a_problem(
    monkeypatch: pytest.MonkeyPatch, giant: str
) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 5_000)
    monkeypatch.setattr(_limits, "MAX_LINE_CHARS", 4_096)
    monkeypatch.setattr(_stream, "_FIRST", 4_096)
    decoded: list[int] = []
    decode_at = jsonlines_module.decode_at  # the records' decoder (the sniff's json.loads sees only the head)
    monkeypatch.setattr(jsonlines_module, "decode_at", lambda s, *a: decoded.append(len(s)) or decode_at(s, *a))
    blocks: list[int] = []
    cut = jsonlines_module.JsonLinesDetector.safe_cut
    monkeypatch.setattr(
        jsonlines_module.JsonLinesDetector, "safe_cut", lambda self, text: blocks.append(len(text)) or cut(self, text)
    )
    data, lines = _jsonl_with_giants(giant)
    result, streamed, problems = _both(data, 256, detector="jsonlines")
    assert [a.title for a in result.articles] == [f"T{n}" for n in range(20) if n not in (0, 7)]
    assert _dicts(streamed) == _dicts(result.articles)
    start = sum(len(line) + 1 for line in lines[:7])
    assert (
        list(result.problems)
        == problems
        == [
            f"line 1 is longer than the record cap (5000); skipped (characters 0-{len(lines[0])})",
            f"line 8 is longer than the record cap (5000); skipped (characters {start}-{start + len(lines[7])})",
        ]
    )
    assert max(decoded) < 5_000  # load never json-decodes the giant lines
    # the stream never holds a giant line whole: the detection head, then at most twice the cap and a piece
    assert max(blocks, default=0) < HEAD_SIZE + 4 * 5_000 + 2 * 4_096


def test_a_giant_json_lines_record_at_the_end_without_newline_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1_000)
    data = b'{"title": "A", "text": "a."}\n{"title": "B", "text": "' + b"y" * 5_000 + b'"}'
    result, streamed, problems = _both(data, 64, detector="jsonlines")
    assert [a.title for a in streamed] == [a.title for a in result.articles] == ["A"]
    expected = f"line 2 is longer than the record cap (1000); skipped (characters 29-{len(data)})"
    assert problems == list(result.problems) == [expected]


def test_rank_detectors_sees_only_the_head_for_the_open_record_rule() -> None:
    head = _open_head('{"title": "A", "text": "')
    assert rank_detectors(head + "more").chosen == "jsonlines"


# --- beyond the list: a read error in the middle of a stream is not a detector's failure -----------


class _Flaky(io.RawIOBase):
    """A source whose read fails once, at ``fail_at`` bytes (a disk error, a network mount that drops)."""

    def __init__(self, data: bytes, fail_at: int) -> None:
        self.data = io.BytesIO(data)
        self.fail_at = fail_at

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.fail_at and self.data.tell() >= self.fail_at:
            self.fail_at = 0
            raise OSError(5, "Input/output error")
        return self.data.read(size)


def test_a_read_error_mid_stream_is_raised_not_reported_as_a_detector_failure() -> None:
    data = "".join(_article(f"Title {n}", "Body text of the article.", n) for n in range(40_000)).encode()
    problems: list[str] = []
    titles: list[str | None] = []
    with pytest.raises(newsparse.SourceError, match="Input/output error"):
        titles.extend(a.title for a in newsparse.iter_load(_Flaky(data, 600_000), chunk_size=4096, problems=problems))
    assert problems == []
    assert 0 < len(titles) < 40_000


def test_an_accent_at_the_end_of_the_first_piece_is_decided_on_the_bytes_load_sees() -> None:
    plain = _article("Plain title", "Plain words of an English body. " * 8, 1)
    head = plain * ((_stream._FIRST - 200) // len(plain))
    data = (head + _article("Café", "Crème.", 2) + plain * 20).encode("cp1252")
    data += _article("Odd byte \x81 here", "Latin-1 maps every byte.", 3).encode("latin-1")
    result, streamed, _ = _both(data, 1024)
    assert result.encoding == "latin-1"  # the 0x81 byte, undefined in cp1252, is within 64 KiB of the first accent
    assert _dicts(streamed)[-25:] == _dicts(result.articles)[-25:]
    assert streamed[-1].title == "Odd byte \x81 here"


def test_load_refuses_an_endless_binary_device_after_its_first_bytes(tmp_path: Any) -> None:
    fifo = tmp_path / "zero"
    os.mkfifo(fifo)
    written = [0]

    def write_zeros() -> None:  # /dev/zero through a pipe, stopped at 32 MiB so that a failing run ends
        with contextlib.suppress(OSError), open(fifo, "wb") as out:
            while written[0] < 32 << 20:
                out.write(bytes(1 << 16))
                written[0] += 1 << 16

    writer = threading.Thread(target=write_zeros)
    writer.start()
    try:
        with pytest.raises(BinaryInputError):
            newsparse.load(fifo)
    finally:
        writer.join()
    assert written[0] < 4 << 20  # refused after the first read: not after reading it all
