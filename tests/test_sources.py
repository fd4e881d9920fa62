"""The sources stage: paths, bytes, file objects, stdin, and gzip / bzip2 / xz members decompressed as they are read."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, sources
from newsparse.errors import BinaryInputError, LimitError, SourceError
from newsparse.sources import _compressed

from .strategies import Dump, dumps, without_provenance

COMPRESSORS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip": (".gz", gzip.compress),
    "bzip2": (".bz2", bz2.compress),
    "xz": (".xz", lzma.compress),
}


def _jsonl(count: int) -> bytes:
    lines = [json.dumps({"title": f"Story {n}", "text": f"Body of story {n}. " * 8}) for n in range(count)]
    return ("\n".join(lines) + "\n").encode()


def _fields(articles: object) -> list[dict[str, object]]:
    return [without_provenance(a) for a in articles]  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_a_compressed_dump_loads_like_the_plain_one_and_names_its_member(tmp_path: Path, kind: str) -> None:
    suffix, compress = COMPRESSORS[kind]
    data = _jsonl(30)
    plain = newsparse.load(data)
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(compress(data))
    articles = newsparse.load(path)
    assert [a.title for a in articles] == [f"Story {n}" for n in range(30)]
    assert _fields(articles) == _fields(plain)
    for article, original in zip(articles, plain, strict=True):
        assert article.provenance is not None
        assert original.provenance is not None
        assert article.provenance.member == "dump.jsonl"
        assert article.provenance.source == str(path)
        assert article.provenance.encoding == "utf-8"
        assert (article.provenance.start, article.provenance.end) == (
            original.provenance.start,
            original.provenance.end,
        )


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_a_compressed_dump_streams_in_chunks(kind: str) -> None:
    suffix, compress = COMPRESSORS[kind]
    data = _jsonl(20_000)  # ~3.6 MB of JSON Lines
    source = io.BytesIO(compress(data))
    stream = newsparse.iter_load(source, chunk_size=8192, name=f"dump.jsonl{suffix}")
    first = next(stream)
    assert first.title == "Story 0"
    assert source.tell() < len(source.getvalue()) // 2  # decompressed as it is read, not all at once
    rest = list(stream)
    assert [a.title for a in [first, *rest]] == [f"Story {n}" for n in range(20_000)]
    assert {a.provenance.member for a in rest if a.provenance} == {"dump.jsonl"}


def test_the_stream_of_a_compressed_file_matches_load(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt.gz"
    text = "".join(f"Title {n}\n\nBody of article {n}.\n\nView {n} times\n\n" for n in range(3000)).encode()
    path.write_bytes(gzip.compress(text))
    problems: list[str] = []
    streamed = list(newsparse.iter_load(path, chunk_size=4096, problems=problems))
    result = newsparse.parse(path)
    assert [a.to_dict() for a in streamed] == [a.to_dict() for a in result.articles]
    assert [a.provenance for a in streamed] == [a.provenance for a in result.articles]
    assert problems == list(result.problems) == []
    assert len(streamed) == 3000


def test_a_decompression_bomb_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1 << 20)
    bomb = gzip.compress(b"Title\n\n" + b"a " * (50 << 20))  # 100 MB of text in ~100 KB
    given: list[int] = []
    real = _compressed._Inflating.read

    def watched(self: _compressed._Inflating, size: int = -1) -> bytes:
        data = real(self, size)
        given.append(len(data))
        return data

    monkeypatch.setattr(_compressed._Inflating, "read", watched)
    with pytest.raises(LimitError, match=r"expands more than 100 times .*decompression cap") as info:
        newsparse.load(bomb, name="bomb.txt.gz")
    assert info.value.source == "bomb.txt.gz"
    assert isinstance(info.value, newsparse.InputError)
    assert sum(given) <= 2 << 20  # stopped soon after the cap (1 MiB here), not after 100 MB
    given.clear()
    with pytest.raises(LimitError):
        list(newsparse.iter_load(io.BytesIO(bomb), chunk_size=4096))
    assert sum(given) <= 2 << 20


def test_text_that_compresses_well_is_not_a_bomb_below_the_floor() -> None:
    data = b"Title\n\n" + b"Same words again. " * 100_000  # 1.8 MB, compresses ~400 times
    assert len(gzip.compress(data)) * _limits.MAX_DECOMPRESSION_RATIO < len(data)
    (article,) = newsparse.load(gzip.compress(data))
    assert article.title == "Title"


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_broken_compressed_data_is_binary_input_naming_the_format(kind: str) -> None:
    suffix, compress = COMPRESSORS[kind]
    packed = compress(_jsonl(200))
    for broken in (packed[: len(packed) // 2], packed[:12] + bytes(200)):
        with pytest.raises(BinaryInputError, match=rf"^dump{suffix}: binary data \({kind}-compressed data that"):
            newsparse.load(broken, name=f"dump{suffix}")
        with pytest.raises(BinaryInputError, match=rf"{kind}-compressed"):
            list(newsparse.iter_load(io.BytesIO(broken), name=f"dump{suffix}", chunk_size=1024))


def test_binary_data_inside_a_compressed_file_is_still_refused() -> None:
    with pytest.raises(BinaryInputError, match="NUL bytes"):
        newsparse.load(gzip.compress(bytes(1 << 20)))
    with pytest.raises(BinaryInputError, match="gzip-compressed data; decompress it first"):
        newsparse.load(gzip.compress(gzip.compress(b"Title\n\nBody.")))  # one layer is unpacked, not more


def test_plain_sources_have_no_member(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Title\n\nBody.\n")
    for source in (path, b"Title\n\nBody.\n", io.BytesIO(b"Title\n\nBody.\n")):
        (article,) = newsparse.load(source)  # type: ignore[arg-type]
        assert article.provenance is not None
        assert article.provenance.member is None


def test_member_names() -> None:
    with sources.opened(gzip.compress(b"x"), "dir/dump.jsonl.GZ") as members:
        assert [m.name for m in members] == ["dump.jsonl"]
    with sources.opened(bz2.compress(b"x")) as members:
        assert [(m.name, m.source, m.display) for m in members] == [("<bytes>", None, "<bytes>")]
    with sources.opened(b"plain", "a.txt") as members:
        assert [(m.name, sources.read_all(m)) for m in members] == [(None, b"plain")]


def test_a_container_plugs_in_and_its_members_stream_with_their_names() -> None:
    """A toy container ("TWO\\n", then two texts split at a form feed) shows where zip and tar will plug in."""

    def two(reader: sources.Reader, path: str | None, display: str) -> list[sources.Member] | None:
        if not reader.peek(4).startswith(b"TWO\n"):
            return None
        first, second = reader.read()[4:].split(b"\f")
        return [
            sources.Member(name, lambda data=data: sources.Reader.of(data, display), path, display)
            for name, data in (("one.txt", first), ("two.txt", second))
        ]

    sources.CONTAINERS.insert(0, two)  # how a container registers
    data = b"TWO\nFirst title\n\nFirst body.\n\fSecond title\n\nSecond body.\n"
    try:
        articles = list(newsparse.iter_load(io.BytesIO(data)))
        assert [a.title for a in newsparse.load(data, name="two.bin")] == ["First title", "Second title"]
        with pytest.raises(SourceError, match=r"holds several files \(one.txt, two.txt, ...\); load\(\) and iter_load"):
            newsparse.parse(data, name="two.bin")
    finally:
        sources.CONTAINERS.remove(two)
    assert [(a.title, a.provenance.member if a.provenance else "") for a in articles] == [
        ("First title", "one.txt"),
        ("Second title", "two.txt"),
    ]


def test_a_file_object_given_to_load_is_read_with_one_read_call() -> None:
    class NoSize:
        name = "<feed>"
        calls = 0

        def read(self) -> bytes:
            self.calls += 1
            return b"Title\n\nBody.\n" if self.calls == 1 else b""

    source = NoSize()
    (article,) = newsparse.load(source)  # type: ignore[arg-type]
    assert article.title == "Title"
    assert source.calls == 1


def test_closed_stdin_is_a_source_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(SourceError, match=r"^<stdin>: cannot be read \(standard input is closed\)$"):
        sources.stdin()


def test_the_cli_parses_a_compressed_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.xz"
    path.write_bytes(lzma.compress(_jsonl(3)))
    env_path = str(Path(newsparse.__file__).parent.parent)
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": env_path},
    )
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Story 0", "Story 1", "Story 2"]


@given(dumps(), st.sampled_from(sorted(COMPRESSORS)))
def test_compressed_dumps_give_the_articles_they_were_built_from(dump: Dump, kind: str) -> None:
    _, compress = COMPRESSORS[kind]
    articles = newsparse.load(compress(dump.text.encode("utf-8")))
    assert _fields(articles) == _fields(dump.expected)
