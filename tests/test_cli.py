"""The newsparse command: output, exit codes, stderr lines, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES, sample_path


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr
    return proc


def test_parse_samples_directory() -> None:
    proc = run("parse", str(SAMPLES))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 16
    assert [r["provenance"]["detector"] for r in records].count("counter-footer") == 10
    assert proc.stderr == ""


def test_parse_stdin_and_json_array(tmp_path: Path) -> None:
    data = sample_path("004").read_bytes()
    proc = run("parse", "-", "--format", "json", stdin=data)
    assert proc.returncode == 0
    records = json.loads(proc.stdout)
    assert len(records) == 10
    assert records[0]["provenance"]["source"] is None
    out = tmp_path / "out.jsonl"
    proc = run("parse", str(sample_path("001")), "-o", str(out))
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_a_bad_file_among_good_ones(tmp_path: Path) -> None:
    bad = tmp_path / "picture.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    proc = run("parse", str(sample_path("001")), str(bad), str(tmp_path / "missing.txt"), str(sample_path("003")))
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 3  # the good files' articles are all written
    errors = proc.stderr.splitlines()
    assert errors == [
        f"newsparse: {bad}: binary data (PNG image), not text",
        f"newsparse: {tmp_path / 'missing.txt'}: cannot be read (No such file or directory)",
    ]


def test_problems_are_warnings_and_strict_makes_them_fail(tmp_path: Path) -> None:
    dump = tmp_path / "posts.jsonl"
    dump.write_text('{"title": "A", "text": "One."}\nnot json\n', encoding="utf-8")
    proc = run("parse", str(dump))
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    assert "warning:" in proc.stderr
    assert "line 2 is not valid JSON" in proc.stderr
    assert run("parse", "--strict", str(dump)).returncode == 1
    assert run("parse", "--quiet", str(dump)).stderr == ""


def test_jobs_keep_the_order() -> None:
    single = run("parse", str(SAMPLES)).stdout
    parallel = run("parse", "--jobs", "2", str(SAMPLES)).stdout
    assert parallel == single


def test_detect_and_detectors() -> None:
    proc = run("detect", str(sample_path("002")))
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].endswith("002_9bb39093bd7addb8.txt")
    assert "wordpress" in lines[1]
    assert "(chosen)" in lines[1]
    report = json.loads(run("detect", "--json", str(sample_path("004"))).stdout)
    assert report[0]["chosen"] == "counter-footer"
    names = [row["name"] for row in json.loads(run("detectors", "--json").stdout)]
    assert names[0] == "wordpress"
    assert "whole-text" in names


@pytest.mark.parametrize(
    "args",
    [(), ("parse",), ("frobnicate",), ("parse", "--jobs", "0", "x"), ("parse", "--format", "xml", "x")],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 2


def test_unknown_detector_is_a_usage_error_said_once() -> None:
    proc = run("parse", "--detector", "nope", str(sample_path("000")), str(sample_path("001")))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("no detector named 'nope'") == 1


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("newsparse ")
