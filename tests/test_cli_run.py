"""The command line as users expect it (issue 15, items 2 and 3): inputs with no recognised layout are named, can be
skipped and count as failures with --strict; an end-of-run summary on stderr with -v, silenced by -q.

These run the installed console script (``newsparse`` beside the interpreter), as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(sys.executable).parent / ("newsparse.exe" if os.name == "nt" else "newsparse")
_COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsparse"]
_FEED = "First story\n\nIt rained.\n\nView 3 times\n\n\n\nSecond story\n\nIt snowed.\n\nView 5 times\n"
_README = "This folder holds the dumps we collected in March.\nAsk Ada before deleting anything.\n"


def _newsparse(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*_COMMAND, *args], capture_output=True, text=True, encoding="utf-8", timeout=120, check=False
    )
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "dump.txt").write_text(_FEED, encoding="utf-8")
    (tmp_path / "README").write_text(_README, encoding="utf-8")
    return tmp_path


def test_an_input_with_no_recognised_layout_is_named_and_still_read(folder: Path) -> None:
    proc = _newsparse("parse", str(folder))
    assert proc.returncode == 0
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == [
        _README.splitlines()[0],
        "First story",
        "Second story",
    ]
    assert f"note: {folder / 'README'}: no layout recognised; read as one article" in proc.stderr
    assert "dump.txt" not in proc.stderr


def test_skip_unrecognised_leaves_it_out_and_still_names_it(folder: Path) -> None:
    proc = _newsparse("parse", "--skip-unrecognised", str(folder))
    assert proc.returncode == 0
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["First story", "Second story"]
    assert f"{folder / 'README'}: no layout recognised; skipped" in proc.stderr


def test_strict_counts_an_unrecognised_input_as_a_failure(folder: Path) -> None:
    assert _newsparse("parse", "--strict", str(folder / "dump.txt")).returncode == 0
    assert _newsparse("parse", "--strict", str(folder)).returncode == 1


def test_naming_the_fallback_detector_is_not_a_failure_to_recognise(folder: Path) -> None:
    proc = _newsparse("parse", "--strict", "-d", "whole-text", str(folder / "README"))
    assert proc.returncode == 0
    assert "no layout recognised" not in proc.stderr


def test_verbose_prints_a_summary_with_problems_by_code(folder: Path) -> None:
    (folder / "broken.jsonl").write_text('{"title": "A", "text": "One."}\n{"title": "B", "te\n', encoding="utf-8")
    proc = _newsparse("parse", "-v", str(folder))
    last = proc.stderr.splitlines()[-1]
    assert last.startswith("newsparse: done: 3 files, 4 articles, 1 with no layout recognised, 1 problem (")
    assert "1 record-broken)" in last


def test_quiet_silences_notes_and_the_summary_but_not_failures(folder: Path) -> None:
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    proc = _newsparse("parse", "-q", "-v", str(folder))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [line for line in proc.stderr.splitlines() if "picture.png" in line]
    assert len(proc.stderr.splitlines()) == 1


def test_without_a_terminal_or_v_there_is_no_summary(folder: Path) -> None:
    assert "done:" not in _newsparse("parse", str(folder / "dump.txt")).stderr


def test_detect_lists_scores_above_zero_and_counts_the_rest(folder: Path) -> None:
    short = _newsparse("detect", str(folder / "dump.txt")).stdout.splitlines()
    every = _newsparse("detect", "--all", str(folder / "dump.txt")).stdout.splitlines()
    assert "counter-footer" in short[1]
    assert short[-1].strip().endswith("more scored 0; --all lists them)")
    assert len(every) > len(short)
    assert not any("more scored 0" in line for line in every)
