"""The command line at scale: parallel jobs in a deterministic order, Parquet output, progress on a terminal."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

import newsparse.cli
from newsparse.cli import main

from .conftest import SAMPLES


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eleven files: the samples, some twice, in an order where big and small files alternate."""
    folder = tmp_path_factory.mktemp("dumps")
    samples = sorted(SAMPLES.glob("*.txt"))
    for index in range(11):
        source = samples[(index * 3) % len(samples)]
        shutil.copyfile(source, folder / f"{index:02d}-{source.name}")
    return folder


def test_jobs_keep_the_input_order(dumps: Path, tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2", "3"):
        target = tmp_path / f"out-{jobs}.jsonl"
        assert main(["parse", str(dumps), "--jobs", jobs, "-q", "-o", str(target)]) == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    sources = [json.loads(line)["provenance"]["source"] for line in outputs[0].decode("utf-8").splitlines()]
    names = [Path(s).name for s in dict.fromkeys(sources)]
    assert names == sorted(p.name for p in dumps.iterdir())


def test_jobs_report_failures_in_order(dumps: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "bad.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    code, out, err = _run(["parse", str(broken), str(dumps), "--jobs", "2", "-q"], capsys)
    assert code == 1
    assert "bad.png" in err
    assert len(out.splitlines()) > 10


def test_parquet_output_holds_the_json_records(dumps: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    jsonl = tmp_path / "out.jsonl"
    parquet = tmp_path / "out.parquet"
    assert main(["parse", str(dumps), "-q", "-o", str(jsonl)]) == 0
    assert main(["parse", str(dumps), "-q", "-o", str(parquet), "--jobs", "2"]) == 0
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    table = pq.read_table(parquet)
    from newsparse._tables import arrow_record
    from newsparse.parquet import schema

    assert table.to_pylist() == [arrow_record(record) for record in records]  # dates as timestamps, text beside

    assert table.schema.field("captions").type == schema().field("captions").type


def test_parquet_schema_is_stable_when_empty(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from newsparse.parquet import schema, write_parquet

    assert write_parquet([], tmp_path / "empty.parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").schema.remove_metadata() == schema().remove_metadata()


def test_parquet_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["parse", str(SAMPLES), "-f", "parquet"], capsys)
    assert code == 2
    assert "-o" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal(dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(dumps), "-q", "-o", str(tmp_path / "out.jsonl")]) == 0
    shown = terminal.getvalue()
    assert "11/11 files" in shown
    assert "articles" in shown
    assert "MB/s" in shown
    assert "ETA" in shown
    assert shown.endswith("\n")


class _GoneTerminal(_Terminal):
    """A terminal that went away once the run was stopped (the window closed, ``| tee`` ended on Ctrl-C)."""

    gone = False

    def write(self, text: str) -> int:
        if self.gone:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_a_stopped_run_keeps_its_exit_code_when_the_terminal_is_gone(
    dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _GoneTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    def stopped(*args: object, **kwargs: object) -> None:
        terminal.gone = True
        raise KeyboardInterrupt

    monkeypatch.setattr(newsparse.cli, "run", stopped)
    assert main(["parse", str(dumps), "-q", "-o", str(tmp_path / "out.jsonl")]) == 130  # not 0: the stop's own code
    assert not (tmp_path / "out.jsonl").exists()


def test_progress_is_not_shown_when_piped(dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["parse", str(dumps), "-q", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert piped.getvalue() == ""
    assert main(["parse", str(dumps), "-q", "--jobs", "2", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert piped.getvalue() == ""


def test_progress_can_be_forced_off_on_a_terminal(dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(dumps), "-q", "--no-progress", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert terminal.getvalue() == ""
