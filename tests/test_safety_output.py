"""Output that cannot hold a record as it is never stops a run; dask shows the problems (issue 8, items 6 and 12)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse._stream
from newsparse._output import clean_text, scrub
from newsparse.cli import main

HUGE = 10**22  # beyond int64
RECORD = '{{"title": "{title}", "text": "Body of {title}.", "views": {views}}}\n'


def _bad_name(folder: Path) -> Path:
    """A dump whose file name is not valid UTF-8 (latin-1 'café'), as Python sees it: with surrogate escapes."""
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.jsonl")
    try:
        with open(raw, "wb") as handle:
            handle.write(RECORD.format(title="Accent", views=3).encode())
    except OSError:  # pragma: no cover - a file system that takes only UTF-8 names
        pytest.skip("this file system refuses non-UTF-8 names")
    return Path(os.fsdecode(raw))


def _lone_surrogates(value: Any) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False))


# --- Parquet ------------------------------------------------------------------------------------------------------


def test_parquet_writer_stores_each_record_as_well_as_it_can(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from newsparse.parquet import ParquetWriter

    path = tmp_path / "out.parquet"
    rows: list[dict[str, Any]] = [
        {"title": "big", "views": HUGE, "problems": []},
        {"title": "fine", "views": 7, "problems": []},
        {"title": "name", "provenance": {"source": "caf\udce9.txt", "start": 0, "end": 4}, "problems": []},
        {"title": "wrong type", "views": "twelve"},
        {"title": "after", "views": 8},
    ]
    with ParquetWriter(path, batch=2) as writer:  # failures land in the first and in later row groups
        for row in rows:
            writer.write(row)
    table = pq.read_table(path).to_pylist()
    assert [r["title"] for r in table] == ["big", "fine", "name", "wrong type", "after"]  # none lost
    assert [r["views"] for r in table] == [None, 7, None, None, 8]
    assert table[2]["provenance"]["source"] == "caf\ufffd.txt"
    note = f"cannot be stored in Parquet as it is: views: {HUGE} does not fit int64, written as null"
    assert table[0]["problems"] == [note]
    assert any("provenance.source: not valid Unicode" in p for p in table[2]["problems"])
    assert table[1]["problems"] == []
    assert len(writer.problems) == 3
    assert writer.problems[0].startswith("record 1 (title 'big'): ")


def test_parquet_writer_leaves_no_partial_file(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from newsparse.parquet import ParquetWriter, write_parquet

    path = tmp_path / "out.parquet"

    def interrupted() -> None:
        with ParquetWriter(path, batch=1) as writer:
            writer.write({"title": "one"})
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        interrupted()
    assert list(tmp_path.iterdir()) == []

    def records() -> Any:
        yield {"title": "one"}
        raise KeyboardInterrupt

    path.write_bytes(b"OLD")
    with pytest.raises(KeyboardInterrupt):
        write_parquet(records(), path)
    assert list(tmp_path.iterdir()) == [path]
    assert path.read_bytes() == b"OLD"


def test_cli_parquet_keeps_every_row_and_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "a.jsonl").write_text(
        RECORD.format(title="Huge", views=HUGE) + RECORD.format(title="Small", views=2), encoding="utf-8"
    )
    _bad_name(dumps)
    out = tmp_path / "out.parquet"
    assert main(["parse", str(dumps), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    rows = pq.read_table(out).to_pylist()
    assert [(r["title"], r["views"]) for r in rows] == [("Huge", None), ("Small", 2), ("Accent", 3)]
    assert "warning: record 1 (title 'Huge'): cannot be stored in Parquet as it is: views" in err
    assert rows[2]["provenance"]["source"].endswith("caf\ufffd.jsonl")
    assert main(["parse", str(dumps), "-q", "--strict", "-o", str(out)]) == 1  # a problem, as any other


# --- JSON Lines and JSON ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_file_name_that_is_not_utf8_is_written_as_valid_unicode(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_name(tmp_path)
    out = tmp_path / f"out.{fmt}"
    assert main(["parse", str(bad), "-f", fmt, "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8")  # strict
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert not _lone_surrogates(records)  # a strict JSON reader (not Python's) rejects them
    assert records[0]["provenance"]["source"] == str(tmp_path / "caf\ufffd.jsonl")
    assert records[0]["problems"] == [
        "not valid Unicode in provenance.source (a file name or text that is not UTF-8); written as U+FFFD"
    ]
    assert "not valid Unicode in provenance.source" in capsys.readouterr().err


def test_lone_surrogates_in_record_text_are_replaced_with_jobs(tmp_path: Path) -> None:
    dump = tmp_path / "a.jsonl"
    dump.write_text('{"title": "T\\ud800", "text": "Body.", "tags": ["x\\udfff"]}\n' * 2, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["parse", str(dump), str(dump), "-q", "--jobs", jobs, "-o", str(out)]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[0].decode("utf-8").splitlines()]
    assert len(records) == 4
    assert not _lone_surrogates(records)


@given(st.lists(st.text(alphabet=st.characters(codec=None)), max_size=4))
def test_scrub_removes_exactly_the_lone_surrogates(texts: list[str]) -> None:
    """Property: scrubbed text has no surrogate; text without one is unchanged and not listed."""
    record: dict[str, object] = {"tags": list(texts), "provenance": {"source": "".join(texts)}}
    changed = scrub(record)
    assert not _lone_surrogates(record)
    dirty = any(0xD800 <= ord(c) <= 0xDFFF for c in "".join(texts))
    assert changed == (["tags", "provenance.source"] if dirty else [])
    if not dirty:
        assert record == {"tags": texts, "provenance": {"source": "".join(texts)}}


@given(st.binary(max_size=40))
def test_clean_text_decodes_escaped_bytes_as_utf8_with_replacement(raw: bytes) -> None:
    """Property: a surrogate-escaped name cleans to the bytes decoded as UTF-8 with U+FFFD for the bad ones."""
    assert clean_text(raw.decode("utf-8", "surrogateescape")) == raw.decode("utf-8", "replace")


# --- dask -------------------------------------------------------------------------------------------------------


def test_dask_read_articles_shows_the_problems_parsing_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    from newsparse.dask import read_articles

    broken = tmp_path / "a-broken.jsonl"
    broken.write_text(RECORD.format(title="One", views=1) + "not json\n" + RECORD.format(title="Two", views=2))
    clean = tmp_path / "b-clean.jsonl"
    clean.write_text(RECORD.format(title="Three", views=3))
    calls: list[object] = []
    real = newsparse._stream.iter_load

    def counted(source: object, **kwargs: Any) -> Any:
        calls.append(source)
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsparse._stream, "iter_load", counted)
    articles, problems = read_articles(str(tmp_path / "*.jsonl"), problems=True)
    records, found = dask.compute(articles, problems, scheduler="sync")
    assert [r["title"] for r in records] == ["One", "Two", "Three"]
    assert len(found) == 1
    assert found[0]["source"] == str(broken)
    assert found[0]["problem"].startswith("line 2 is not valid JSON")
    assert len(calls) == 2  # each file parsed once for both bags
    assert [r["title"] for r in read_articles(str(clean)).compute(scheduler="sync")] == ["Three"]  # default: a bag


def test_a_stop_while_the_output_file_is_made_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C between the temporary file's creation and the end of ``open``: the sink removes its file itself."""
    from newsparse import _output

    target = tmp_path / "articles.json"
    target.write_text("kept\n")

    def stop(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_output.os, "chmod", stop)  # inside Destination.create, after the file is created
    with pytest.raises(KeyboardInterrupt):
        _output.Sink("json", str(target)).open()
    monkeypatch.undo()
    monkeypatch.setattr(_output.Sink, "_put", stop)  # inside Sink.open, after the file is opened
    with pytest.raises(KeyboardInterrupt):
        _output.Sink("json", str(target)).open()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles.json"]
    assert target.read_text() == "kept\n"


class _StopAt:
    """A trace function that raises KeyboardInterrupt at the ``at``-th event (call, line, return) of some modules.

    It stands for a Ctrl-C whose handler runs between any two lines of the output's life: Python raises a
    signal's exception wherever the main thread is, so every place must leave nothing behind.
    """

    def __init__(self, files: set[str], at: int | None, first: str | None = None) -> None:
        self.files, self.at, self.seen = files, at, 0
        self.first, self.start = first, 0  # the event at which a file of ``first`` is first entered

    def __call__(self, frame: Any, event: str, arg: object) -> Any:
        if event == "call" and frame.f_code.co_filename not in self.files:
            return None
        self.seen += 1
        if not self.start and frame.f_code.co_filename == self.first:
            self.start = self.seen
        if self.seen == self.at:
            raise KeyboardInterrupt
        return self


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_a_stop_at_any_line_of_the_output_s_life_leaves_no_temporary_file(tmp_path: Path, fmt: str) -> None:
    """Ctrl-C at each line in turn of the command line and the output code: the target is whole or as it was."""
    import sys

    import newsparse._output
    import newsparse.cli

    if fmt == "parquet":
        pytest.importorskip("pyarrow")
        import newsparse.parquet

        files = {newsparse.parquet.__file__}
    else:
        files = set()
    files |= {newsparse.cli.__file__, newsparse._output.__file__}
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"title": "One", "text": "Body one."}\n{"title": "Two", "text": "Body two."}\n')
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"articles.{fmt}"
    argv = ["parse", "--quiet", "--format", fmt, str(dump), "-o", str(target)]
    assert main(argv) == 0
    whole = target.read_bytes()
    target.write_bytes(b"before\n")
    counter = _StopAt(files, None, first=newsparse._output.__file__)
    sys.settrace(counter)
    try:
        assert main(argv) == 0
    finally:
        sys.settrace(None)
    assert counter.seen > counter.start > 50  # the trace saw the run; nothing is made before the output code runs
    for at in range(counter.start, counter.seen + 1):
        target.write_bytes(b"before\n")
        sys.settrace(_StopAt(files, at))
        try:
            main(argv)
        except KeyboardInterrupt:
            pass
        finally:
            sys.settrace(None)
        assert [path.name for path in out.iterdir()] == [target.name], f"stopped at event {at}"
        content = target.read_bytes()
        assert content in (b"before\n", whole) or (fmt == "parquet" and content[:4] == b"PAR1"), f"event {at}"


def test_write_parquet_stopped_at_any_line_leaves_no_temporary_file(tmp_path: Path) -> None:
    """Ctrl-C at each line in turn of ``write_parquet`` and its writer: the target is a whole file or as it was."""
    import sys

    pytest.importorskip("pyarrow")
    import newsparse._output
    import newsparse.parquet

    files = {newsparse.parquet.__file__, newsparse._output.__file__}
    records = [{"title": "One", "text": "Body one."}, {"title": "Two", "text": "Body two."}]
    target = tmp_path / "articles.parquet"
    counter = _StopAt(files, None)
    sys.settrace(counter)
    try:
        assert newsparse.parquet.write_parquet(records, target) == 2
    finally:
        sys.settrace(None)
    assert counter.seen > 20  # the trace saw the run
    for at in range(1, counter.seen + 1):
        target.write_bytes(b"before\n")
        sys.settrace(_StopAt(files, at))
        try:
            newsparse.parquet.write_parquet(records, target)
        except KeyboardInterrupt:
            pass
        finally:
            sys.settrace(None)
        assert [path.name for path in tmp_path.iterdir()] == [target.name], f"stopped at event {at}"
        assert target.read_bytes() == b"before\n" or target.read_bytes()[:4] == b"PAR1", f"event {at}"
