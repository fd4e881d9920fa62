"""Zip and tar archives: every regular file a source of its own, streamed in order, within the caps."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import subprocess
import sys
import tarfile
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, sources
from newsparse.errors import BinaryInputError, LimitError, SourceError
from newsparse.sources import _archives, _tar

SRC = str(Path(newsparse.__file__).resolve().parents[1])


def story(n: int) -> bytes:
    return f"Title {n}\n\nBody of story {n}.\n".encode()


def make_zip(files: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def make_tar(
    files: list[tuple[str, bytes]], mode: str = "w", extra: Callable[[tarfile.TarFile], None] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        if extra is not None:
            extra(archive)
    return buffer.getvalue()


class Pipe(io.RawIOBase):
    """A non-seekable stream that counts what was read from it (a pipe, stdin)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = io.BytesIO(data)
        self.taken = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self.data.read(-1 if size is None else size)
        self.taken += len(data)
        return data


def titles_members(articles: list[newsparse.Article]) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.provenance.member if a.provenance else "?") for a in articles]


FILES = [("2024/03/a.txt", story(1)), ("2024/03/b.txt", story(2)), ("2024/04/c.txt", story(3))]
EXPECTED = [("Title 1", "2024/03/a.txt"), ("Title 2", "2024/03/b.txt"), ("Title 3", "2024/04/c.txt")]

TARS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "tar": ("w", lambda data: data),
    "tar.gz": ("w:gz", lambda data: data),
    "tgz": ("w", gzip.compress),
    "tar.bz2": ("w:bz2", lambda data: data),
    "tar.xz": ("w:xz", lambda data: data),
}


# --- zip ---------------------------------------------------------------------------------------------


def test_a_zip_gives_each_file_as_a_member_in_order(tmp_path: Path) -> None:
    path = tmp_path / "bundle.zip"
    path.write_bytes(make_zip(FILES))
    articles = newsparse.load(path)
    assert titles_members(articles) == EXPECTED
    assert {a.provenance.source for a in articles if a.provenance} == {str(path)}
    problems: list[str] = []
    assert titles_members(list(newsparse.iter_load(path, problems=problems))) == EXPECTED
    assert problems == []
    assert titles_members(newsparse.load(path.read_bytes())) == EXPECTED
    with path.open("rb") as handle:
        assert titles_members(list(newsparse.iter_load(handle))) == EXPECTED


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_every_zip_method_python_reads(method: int) -> None:
    assert titles_members(newsparse.load(make_zip(FILES, method))) == EXPECTED


def test_a_zip_on_a_pipe_is_spooled_and_read() -> None:
    pipe = Pipe(make_zip(FILES * 1))
    problems: list[str] = []
    assert titles_members(list(newsparse.iter_load(pipe, name="<stdin>", problems=problems))) == EXPECTED
    assert problems == []


def test_a_big_zip_on_a_pipe_spools_to_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_archives, "SPOOL_MEMORY", 1024)
    files = [(f"d/{n}.txt", story(n) * 50) for n in range(40)]
    articles = list(newsparse.iter_load(Pipe(make_zip(files))))
    members = [a.provenance.member for a in articles if a.provenance]
    assert list(dict.fromkeys(members)) == [f"d/{n}.txt" for n in range(40)]


def test_directories_junk_and_hidden_files_are_passed_over_silently() -> None:
    files = [
        ("2024/", b""),
        ("__MACOSX/2024/._a.txt", b"\x00\x05\x16\x07junk"),
        ("2024/.DS_Store", b"\x00\x00\x00\x01Bud1"),
        (".hidden/notes.txt", b"Secret\n\nNot an article.\n"),
        ("Thumbs.db", b"\xd0\xcf\x11\xe0"),
        ("2024/a.txt", story(1)),
    ]
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(make_zip(files)), problems=problems))
    assert titles_members(articles) == [("Title 1", "2024/a.txt")]
    assert problems == []
    result = newsparse.parse(make_zip(files))  # one file left: parse reads it
    assert [a.title for a in result.articles] == ["Title 1"]


def test_parse_reads_a_zip_of_one_file_and_refuses_several() -> None:
    result = newsparse.parse(make_zip([("dump.txt", story(7))]), name="one.zip")
    assert [(a.title, a.provenance.member if a.provenance else None) for a in result.articles] == [
        ("Title 7", "dump.txt")
    ]
    with pytest.raises(SourceError, match=r"^bundle\.zip: holds several files \(2024/03/a\.txt, 2024/03/b\.txt"):
        newsparse.parse(make_zip(FILES), name="bundle.zip")


def test_an_empty_archive_gives_no_article_and_says_so() -> None:
    for data in (make_zip([]), make_zip([("only/", b"")]), make_tar([("__MACOSX/x", b"x")])):
        problems: list[str] = []
        assert list(newsparse.iter_load(io.BytesIO(data), problems=problems)) == []
        assert [getattr(p, "code", None) for p in problems] == ["archive-empty"]
        assert newsparse.load(data) == []
        assert [p.code for p in newsparse.parse(data).problems] == ["archive-empty"]


def test_a_corrupt_zip_is_binary_input_naming_the_source() -> None:
    data = make_zip(FILES)
    for broken in (b"PK\x03\x04" + bytes(100), data[: len(data) // 2]):
        with pytest.raises(BinaryInputError, match=r"^bundle\.zip: binary data \(ZIP archive that cannot be read"):
            newsparse.load(broken, name="bundle.zip")
        with pytest.raises(BinaryInputError, match="ZIP archive"):
            list(newsparse.iter_load(Pipe(broken), name="bundle.zip"))


def test_a_binary_member_is_a_problem_and_the_others_are_read(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    data = make_zip([("a.txt", story(1)), ("logo.png", png), ("b.txt", story(2))])
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(data), name="bundle.zip", problems=problems))
    assert titles_members(articles) == [("Title 1", "a.txt"), ("Title 2", "b.txt")]
    (problem,) = problems
    assert isinstance(problem, newsparse.Problem)
    assert (problem.code, problem.location.member) == ("member-unreadable", "logo.png")
    assert problem == "logo.png: binary data (PNG image), not text"
    assert titles_members(newsparse.load(data)) == [("Title 1", "a.txt"), ("Title 2", "b.txt")]


def test_when_every_member_fails_the_first_error_is_raised() -> None:
    data = make_zip([("a.pdf", b"%PDF-1.7\n" + bytes(80)), ("b.png", b"\x89PNG\r\n\x1a\n" + bytes(80))])
    problems: list[str] = []
    with pytest.raises(BinaryInputError, match=r"^docs\.zip!a\.pdf: binary data \(PDF document\)"):
        list(newsparse.iter_load(io.BytesIO(data), name="docs.zip", problems=problems))
    assert problems == []  # said by the error, not twice
    with pytest.raises(BinaryInputError, match=r"docs\.zip!a\.pdf"):
        newsparse.load(data, name="docs.zip")


def test_an_encrypted_member_is_refused_without_a_password() -> None:
    data = bytearray(make_zip([("secret.txt", b"not really encrypted"), ("open.txt", story(1))]))
    data[6] |= 0x1  # the "encrypted" flag of the first member's local header ...
    data[data.index(b"PK\x01\x02") + 8] |= 0x1  # ... and of its entry in the central directory
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(bytes(data)), problems=problems))
    assert [a.title for a in articles] == ["Title 1"]
    assert [(p, getattr(p, "code", None)) for p in problems] == [
        ("secret.txt: an encrypted zip member; newsparse reads no password-protected file", "member-unreadable")
    ]


def test_a_member_with_a_bad_checksum_is_a_problem() -> None:
    data = bytearray(make_zip([("a.txt", b"Title\n\nBody of the story, long enough. " * 20), ("b.txt", story(2))]))
    start = data.index(b"a.txt") + len(b"a.txt")
    data[start + 5] ^= 0xFF  # inside a.txt's deflated data
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(bytes(data)), problems=problems))
    assert [a.title for a in articles][-1:] == ["Title 2"]
    assert [getattr(p, "code", None) for p in problems] == ["member-unreadable"]
    assert problems[0].startswith("a.txt: binary data (a zip member that cannot be read")


def test_links_and_devices_are_skipped_with_a_problem() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("latest.txt")
        link.create_system = 3
        link.external_attr = (0o120777 << 16) | 0
        archive.writestr(link, b"2024/a.txt")
        archive.writestr("2024/a.txt", story(1))
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(buffer.getvalue()), problems=problems))
    assert [a.title for a in articles] == ["Title 1"]
    assert problems == ["latest.txt: a symbolic link, not a file; skipped"]
    assert problems[0].code == "member-skipped"  # type: ignore[attr-defined]

    def links(archive: tarfile.TarFile) -> None:
        for name, kind in (("sym", tarfile.SYMTYPE), ("hard", tarfile.LNKTYPE), ("dev", tarfile.CHRTYPE)):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "2024/03/a.txt"
            archive.addfile(info)
        fifo = tarfile.TarInfo("fifo")
        fifo.type = tarfile.FIFOTYPE
        archive.addfile(fifo)

    problems = []
    tar = make_tar(FILES[:1], extra=links)
    assert titles_members(list(newsparse.iter_load(Pipe(tar), problems=problems))) == EXPECTED[:1]
    assert problems == [
        "sym: a symbolic link, not a file; skipped",
        "hard: a hard link to 2024/03/a.txt (read there), not a file; skipped",
        "dev: a device, not a file; skipped",
        "fifo: a named pipe, not a file; skipped",
    ]
    result = newsparse.parse(tar)  # one file and four notes
    assert [p.code for p in result.problems] == ["member-skipped"] * 4


def test_office_files_other_than_word_are_refused() -> None:
    xlsx = make_zip([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")])
    with pytest.raises(BinaryInputError, match=r"^book\.xlsx: binary data \(an Excel workbook\)"):
        newsparse.load(xlsx, name="book.xlsx")
    odt = make_zip([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")])
    with pytest.raises(BinaryInputError, match="OpenDocument"):
        newsparse.load(odt)


# --- tar ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TARS))
def test_a_tar_gives_each_file_in_order(tmp_path: Path, kind: str) -> None:
    mode, wrap = TARS[kind]
    path = tmp_path / f"bundle.{kind}"
    path.write_bytes(wrap(make_tar(FILES, mode)))
    assert titles_members(newsparse.load(path)) == EXPECTED
    problems: list[str] = []
    assert titles_members(list(newsparse.iter_load(Pipe(path.read_bytes()), problems=problems))) == EXPECTED
    assert problems == []


def test_tar_names_lose_their_leading_dot_slash_and_keep_nothing_invisible() -> None:
    tar = make_tar([("./2024/a.txt", story(1)), ("./odd\nname.txt", story(2))])
    assert [a.provenance.member for a in newsparse.load(tar) if a.provenance] == ["2024/a.txt", "odd\ufffdname.txt"]


def test_a_tar_streams_member_by_member_in_bounded_reads() -> None:
    words = [f"w{n * 7919 % 10007}" for n in range(200_000)]
    files = [
        (f"day/{n:04d}.txt", f"Title {n}\n\n{' '.join(words[n * 600 : n * 600 + 600])}.\n".encode()) for n in range(300)
    ]
    pipe = Pipe(gzip.compress(make_tar(files)))
    stream = newsparse.iter_load(pipe, chunk_size=4096)
    first = next(stream)
    assert first.provenance is not None
    assert first.provenance.member == "day/0000.txt"
    assert pipe.taken < len(pipe.data.getvalue()) // 4  # read as it goes, not all at once
    rest = list(stream)
    assert [a.provenance.member for a in rest if a.provenance] == [f"day/{n:04d}.txt" for n in range(1, 300)]


def test_a_tar_that_breaks_off_keeps_the_members_before() -> None:
    data = gzip.compress(make_tar([(f"{n}.txt", story(n) * 400) for n in range(6)]))
    cut = data[: len(data) * 2 // 3]
    problems: list[str] = []
    articles = list(newsparse.iter_load(Pipe(cut), name="cut.tar.gz", problems=problems))
    assert articles
    assert {a.provenance.member for a in articles if a.provenance} <= {f"{n}.txt" for n in range(4)}
    assert articles[0].title == "Title 0"
    assert problems, "the break is said"
    assert problems[-1].code in ("member-unreadable", "archive-broken")  # type: ignore[attr-defined]
    assert "the rest of the archive is not read" in problems[-1] or "members before it were read" in problems[-1]
    assert "gzip-compressed data that cannot be decompressed" in problems[-1]


def test_a_forged_tar_header_size_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_tar, "_TAR_HEADER_ROOM", 1 << 20)
    header = tarfile.TarInfo("././@PaxHeader")
    header.type = tarfile.XHDTYPE
    header.size = (1 << 33) - 1  # a pax record of 8 GiB, which tarfile would read whole
    block = header.tobuf(format=tarfile.USTAR_FORMAT)
    data = gzip.compress(block + bytes(8 << 20))  # zeros after it, 8 MiB in ~8 KB
    with pytest.raises(LimitError, match=r"a tar header \(a long name or pax record\) larger than 1 MiB"):
        newsparse.load(data, name="forged.tar.gz")


# --- nesting -----------------------------------------------------------------------------------------


def test_archives_inside_archives_are_read_and_named_with_bangs() -> None:
    inner = make_zip([("a.txt", story(1))])
    tgz = gzip.compress(make_tar([("2024/b.txt", story(2)), ("2024/c.jsonl.gz", gzip.compress(_jsonl(3)))]))
    outer = make_zip([("inner.zip", inner), ("month.tar.gz", tgz), ("d.txt.gz", gzip.compress(story(4)))])
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(outer), name="bundle.zip", problems=problems))
    assert titles_members(articles) == [
        ("Title 1", "inner.zip!a.txt"),
        ("Title 2", "month.tar.gz!2024/b.txt"),
        ("Story 3", "month.tar.gz!2024/c.jsonl.gz"),
        ("Title 4", "d.txt.gz"),
    ]
    assert problems == []


def _jsonl(n: int) -> bytes:
    return (json.dumps({"title": f"Story {n}", "text": f"Body {n}."}) + "\n").encode()


def test_archives_nested_past_the_depth_cap_are_a_problem() -> None:
    data = make_zip([("deep.txt", story(9))])
    for level in range(3):
        data = make_zip([(f"level{level}.zip", data), (f"top{level}.txt", story(level))])
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(data), name="nest.zip", problems=problems))
    assert [a.title for a in articles] == ["Title 0", "Title 1", "Title 2"]  # listed after each zip: read in order
    (problem,) = problems
    assert problem.code == "member-unreadable"  # type: ignore[attr-defined]
    assert problem.startswith(
        "level2.zip!level1.zip!level0.zip: an archive nested more than 3 deep (MAX_ARCHIVE_DEPTH)"
    )
    with newsparse.limits(archive_depth=4):
        assert "Title 9" in [a.title for a in newsparse.load(data)]
    with newsparse.limits(archive_depth=1):
        problems = []
        assert [a.title for a in newsparse.iter_load(io.BytesIO(data), problems=problems)] == ["Title 2"]


def test_a_zip_that_holds_itself_stops_at_the_depth_cap() -> None:
    data = make_zip([("a.txt", story(1))])
    for _ in range(10):  # a deep chain of zips of one zip: what a quine would give
        data = make_zip([("again.zip", data)])
    with pytest.raises(LimitError, match="nested more than 3 deep"):
        newsparse.load(data)


def test_one_compressed_layer_inside_another_is_still_refused() -> None:
    data = make_tar([("double.txt.gz.gz", gzip.compress(gzip.compress(story(1)))), ("ok.txt", story(2))])
    problems: list[str] = []
    assert [a.title for a in newsparse.iter_load(io.BytesIO(data), problems=problems)] == ["Title 2"]
    assert problems == ["double.txt.gz.gz: binary data (gzip-compressed data; decompress it first), not text"]


# --- caps ----------------------------------------------------------------------------------------------


def _zip_bomb(name: str, mib: int) -> tuple[str, bytes]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(name, "w") as member:
        zeros = b"a" * (1 << 20)  # text-like: zeros would be refused at once as binary
        for _ in range(mib):
            member.write(zeros)
    return name, buffer.getvalue()


def _with_bomb() -> bytes:
    _, bomb = _zip_bomb("bomb.txt", 64)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", story(1))
        with zipfile.ZipFile(io.BytesIO(bomb)) as source:
            info = source.infolist()[0]
            archive.writestr(info, source.open(info).read())
        archive.writestr("z.txt", story(2))
    return buffer.getvalue()


def test_a_zip_bomb_is_stopped_naming_the_member_and_the_others_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1 << 20)
    data = _with_bomb()
    assert len(data) < 1 << 20
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(data), name="bundle.zip", problems=problems))
    assert titles_members(articles) == [("Title 1", "a.txt"), ("Title 2", "z.txt")]
    (problem,) = problems
    assert problem.code == "member-unreadable"  # type: ignore[attr-defined]
    assert problem.startswith("bomb.txt: a compressed zip member expands more than 100 times")
    assert "MAX_DECOMPRESSION_RATIO" in problem
    assert titles_members(newsparse.load(data)) == [("Title 1", "a.txt"), ("Title 2", "z.txt")]
    _name, alone = _zip_bomb("bomb.txt", 64)
    with pytest.raises(LimitError, match=r"^lone\.zip!bomb\.txt: a compressed zip member expands more than 100 times"):
        newsparse.load(alone, name="lone.zip")
    with pytest.raises(LimitError, match=r"lone\.zip!bomb\.txt"):
        newsparse.parse(alone, name="lone.zip")


def test_the_ratio_counts_what_is_inflated_not_what_the_zip_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1 << 20)
    _, bomb = _zip_bomb("bomb.txt", 32)
    info = zipfile.ZipFile(io.BytesIO(bomb)).infolist()[0]
    lying = bytearray(bomb)
    size = info.file_size.to_bytes(4, "little")
    assert lying.count(size) == 2  # the local header and the central directory
    lying = bytearray(bytes(lying).replace(size, (2**32 - 1).to_bytes(4, "little")))  # "4 GiB", never reached
    with pytest.raises(LimitError, match="expands more than 100 times"):
        newsparse.load(bytes(lying), name="lying.zip")
    small = bytes(bomb).replace(size, (100).to_bytes(4, "little"))  # "100 bytes": zipfile stops, the CRC fails
    with pytest.raises(BinaryInputError, match="zip member that cannot be read"):
        newsparse.load(small, name="small.zip")


def test_a_member_past_the_size_cap_is_refused_and_the_next_read() -> None:
    data = make_tar([("big.txt", b"Big\n\n" + b"words " * 10_000), ("small.txt", story(1))])
    with newsparse.limits(member_bytes=4096) as caps:
        assert caps.member_bytes == 4096
        problems: list[str] = []
        articles = list(newsparse.iter_load(Pipe(data), name="b.tar", problems=problems))
        assert titles_members(articles) == [("Title 1", "small.txt")]
        assert problems == [
            "big.txt: expands past 4096 bytes, the cap on the size of one member (MAX_MEMBER_BYTES); "
            "raise it with newsparse.limits(member_bytes=...)"
        ]
        with pytest.raises(LimitError, match=r"^b\.txt\.gz: expands past 4096 bytes"):
            newsparse.load(gzip.compress(b"x " * 5000), name="b.txt.gz")
    assert len(newsparse.load(data)) == 2  # the cap is back to its default after the block


def test_limits_are_checked_nested_and_per_thread() -> None:
    default = _limits.current()
    assert default == newsparse.Limits(_limits.MAX_MEMBER_BYTES, _limits.MAX_DECOMPRESSION_RATIO, 3)
    with newsparse.limits(decompression_ratio=10) as outer:
        with newsparse.limits(member_bytes=100) as inner:
            assert (inner.member_bytes, inner.decompression_ratio, inner.archive_depth) == (100, 10, 3)
            seen: list[_limits.Limits] = []
            thread = threading.Thread(target=lambda: seen.append(_limits.current()))
            thread.start()
            thread.join()
            assert seen == [default]  # another thread keeps the defaults
        assert _limits.current() == outer
    assert _limits.current() == default
    for bad in ({"member_bytes": 0}, {"decompression_ratio": -1}, {"archive_depth": True}):
        with pytest.raises((ValueError, TypeError)), newsparse.limits(**bad):  # type: ignore[arg-type]
            pass


def test_the_decompression_ratio_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1 << 20)
    data = gzip.compress(b"Title\n\n" + b"a " * (2 << 20))  # ~4 MiB at a ratio near 1000
    with pytest.raises(LimitError):
        newsparse.load(data)
    with newsparse.limits(decompression_ratio=100_000):
        assert newsparse.load(data)[0].title == "Title"


# --- names are never written -------------------------------------------------------------------------


def test_member_names_are_only_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = [("../../escape.txt", story(1)), ("/etc/absolute.txt", story(2)), ("C:\\win\\path.txt", story(3))]
    for data in (make_zip(files), make_tar(files)):
        articles = newsparse.load(data)
        assert [a.provenance.member for a in articles if a.provenance] == [n for n, _ in files]
    assert sorted(os.listdir(tmp_path)) == []
    assert not (tmp_path.parent.parent / "escape.txt").exists()


# --- the command line --------------------------------------------------------------------------------


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONPATH": SRC},
    )


def test_the_cli_walks_into_archives_and_names_members(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bundle.zip").write_bytes(
        make_zip(
            [("2024/03/a.txt", story(1)), ("2024/03/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64)), ("b.txt", story(2))]
        )
    )
    (folder / "month.tar.gz").write_bytes(make_tar(FILES[2:], "w:gz"))
    (folder / "plain.txt").write_bytes(story(5))
    proc = _cli("parse", str(folder))
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["title"] for r in records] == ["Title 1", "Title 2", "Title 3", "Title 5"]
    errors = [line for line in proc.stderr.decode().splitlines() if "no layout recognised" not in line]  # notes
    assert errors == [f"newsparse: {folder / 'bundle.zip'}!2024/03/logo.png: binary data (PNG image), not text"]
    assert proc.returncode == 1  # a member that cannot be read is an error, as a bad file in a folder is
    detect = _cli("detect", "--json", str(folder / "bundle.zip"))
    reports = json.loads(detect.stdout)
    assert [r["source"] for r in reports] == [
        f"{folder / 'bundle.zip'}!2024/03/a.txt",
        f"{folder / 'bundle.zip'}!b.txt",
    ]
    assert detect.returncode == 1


def test_the_cli_reads_a_zip_and_a_tar_from_stdin() -> None:
    for data in (make_zip(FILES), gzip.compress(make_tar(FILES))):
        proc = _cli("parse", "-", stdin=data)
        assert proc.returncode == 0, proc.stderr
        assert [json.loads(line)["title"] for line in proc.stdout.decode().splitlines()] == [t for t, _ in EXPECTED]


# --- properties --------------------------------------------------------------------------------------

_TEXTS = st.lists(
    st.tuples(
        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20),
        st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=80).filter(str.strip),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(_TEXTS, st.sampled_from(["zip", "tar", "tar.gz", "tar.bz2", "tar.xz"]), st.booleans())
def test_an_archive_gives_what_its_files_give_one_by_one(texts: list[tuple[str, str]], kind: str, piped: bool) -> None:
    """Loading an archive equals loading each file on its own, in order, each article naming its file."""
    files = [(f"dir/{n:02d}.txt", f"{title}\n\n{body}\n".encode()) for n, (title, body) in enumerate(texts)]
    if kind == "zip":
        data = make_zip(files)
    else:
        data = make_tar(files, {"tar": "w", "tar.gz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[kind])
    source: object = Pipe(data) if piped else io.BytesIO(data)
    articles = list(newsparse.iter_load(source))  # type: ignore[arg-type]
    expected = [(a.title, a.body, name) for name, text in files for a in newsparse.load(text)]
    assert [(a.title, a.body, a.provenance.member if a.provenance else None) for a in articles] == expected


def test_sources_give_members_lazily_in_order() -> None:
    with sources.opened(Pipe(make_tar(FILES)), "t.tar", stream=True) as members:
        assert (members.display, members.path) == ("t.tar", None)
        names = []
        for member in members:
            assert isinstance(member, sources.Member)
            names.append((member.name, member.display, sources.read_all(member)))
    assert names == [(n, f"t.tar!{n}", d) for n, d in FILES]


def test_bz2_and_xz_members_inside_a_zip() -> None:
    data = make_zip([("a.txt.bz2", bz2.compress(story(1))), ("b.txt.xz", lzma.compress(story(2)))])
    assert titles_members(newsparse.load(data)) == [("Title 1", "a.txt.bz2"), ("Title 2", "b.txt.xz")]


def test_cli_options_set_the_caps(tmp_path: Path) -> None:
    path = tmp_path / "b.tar"
    path.write_bytes(make_tar([("big.txt", b"Big\n\n" + b"words " * 2000), ("small.txt", story(1))]))
    for jobs in ("1", "2"):
        proc = _cli("parse", "-j", jobs, "--max-member-size", "4k", str(path), str(path))
        assert [json.loads(line)["title"] for line in proc.stdout.decode().splitlines()] == ["Title 1", "Title 1"]
        assert [line for line in proc.stderr.decode().splitlines() if "no layout recognised" not in line] == [
            f"newsparse: {path}!big.txt: expands past 4096 bytes, the cap on the size of one member "
            "(MAX_MEMBER_BYTES); raise it with newsparse.limits(member_bytes=...)"
        ] * 2
        assert proc.returncode == 1
    proc = _cli("parse", "--max-member-size", "1M", "--max-ratio", "50", "--max-archive-depth", "2", str(path))
    assert (proc.returncode, len(proc.stdout.decode().splitlines())) == (0, 2)
    assert _cli("parse", "--max-ratio", "0", str(path)).returncode == 2
    detect = _cli("detect", "--max-member-size", "4096", str(path))
    assert detect.returncode == 1
    assert "big.txt: expands past 4096 bytes" in detect.stderr.decode()


@pytest.mark.parametrize(
    ("magic", "what"),
    [(b"Rar!\x1a\x07\x00", "RAR archive"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file")],
)
def test_other_binary_members_are_named(magic: bytes, what: str) -> None:
    data = make_zip([("x.bin", magic + bytes(200)), ("a.txt", story(1))])
    problems: list[str] = []
    assert [a.title for a in newsparse.iter_load(io.BytesIO(data), problems=problems)] == ["Title 1"]
    assert what in problems[0]
