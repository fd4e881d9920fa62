"""The command line never destroys or feeds on data, and ends cleanly on signals, pipes and write errors (issue 8)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse._batch
import newsparse.cli
from newsparse._stops import Terminated, stops_raised
from newsparse.cli import main

from .conftest import sample_path

SRC = Path(newsparse.cli.__file__).resolve().parents[1]  # the src folder this test imported newsparse from
RECORDS = '{"title": "Harbour lights", "text": "The lamps are lit."}\n{"title": "Ferry late", "text": "Fog again."}\n'
WAIT = 60.0  # seconds: the bound on every wait for a subprocess, generous for a loaded machine


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsparse", *args]


def _run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    proc = subprocess.run(_command(*args), text=True, env=_env(), timeout=WAIT, check=False, **kwargs)
    assert "Traceback" not in (proc.stderr or "")
    return proc


def _dump(folder: Path, name: str = "a.jsonl") -> Path:
    path = folder / name
    path.write_text(RECORDS, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- 1. the output is never an input -------------------------------------------------------------------------


@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_output_that_is_an_input_is_refused(alias: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _dump(tmp_path)
    output = {"same": source, "symlink": tmp_path / "link.jsonl", "hardlink": tmp_path / "hard.jsonl"}[alias]
    if alias == "symlink":
        output.symlink_to(source.name)
    elif alias == "hardlink":
        os.link(source, output)
    code = main(["parse", str(source), "-o", str(output)])
    out, err = capsys.readouterr()
    assert code == 2
    assert source.read_text(encoding="utf-8") == RECORDS  # not truncated
    assert f"newsparse: {source}: is also the output file" in err
    assert out == ""
    assert _leftovers(tmp_path) == []


def test_stdout_appending_to_an_input_is_refused(tmp_path: Path) -> None:
    source = _dump(tmp_path)
    with source.open("a", encoding="utf-8") as stdout:
        proc = _run("parse", str(source), stdout=stdout, stderr=subprocess.PIPE)
    assert proc.returncode == 2
    assert "is also the output file" in proc.stderr
    assert source.read_text(encoding="utf-8") == RECORDS


# --- 2. output inside a walked folder ------------------------------------------------------------------------


def test_rerun_with_output_inside_the_walked_folder_skips_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    _dump(folder)
    output = folder / "articles.jsonl"
    assert main(["parse", str(folder), "-o", str(output)]) == 0
    first = output.read_text(encoding="utf-8")
    assert len(first.splitlines()) == 2
    capsys.readouterr()
    assert main(["parse", str(folder), "-o", str(output)]) == 0  # the old output exists now
    _, err = capsys.readouterr()
    assert output.read_text(encoding="utf-8") == first  # not parsed as an input
    assert f"newsparse: note: {output}: skipped: it is the output file" in err.splitlines()
    assert _leftovers(folder) == []


def test_a_new_output_inside_the_walked_folder_is_not_read(tmp_path: Path) -> None:
    """The temporary file is created after the folder was listed, and is hidden: never an input."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    _dump(folder)
    output = folder / "articles.jsonl"
    assert main(["parse", str(folder), "-q", "--jobs", "2", "-o", str(output)]) == 0
    assert [json.loads(line)["title"] for line in output.read_text(encoding="utf-8").splitlines()] == [
        "Harbour lights",
        "Ferry late",
    ]


# --- 3. atomic output -------------------------------------------------------------------------------------------


def _spy_run(monkeypatch: pytest.MonkeyPatch, on_write: Callable[[int], None]) -> None:
    """Make cli.run call ``on_write(n)`` before its n-th article line is written."""
    real = newsparse.cli.run

    def spy(paths: list[str], detector: str | None, jobs: int, write: Callable[[str], None], *rest: Any) -> None:
        count = 0

        def watched(line: str) -> None:
            nonlocal count
            count += 1
            on_write(count)
            write(line)

        real(paths, detector, jobs, watched, *rest)

    monkeypatch.setattr(newsparse.cli, "run", spy)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "parquet"])
def test_the_old_output_stays_whole_until_the_run_succeeds(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    source = _dump(tmp_path)
    output = tmp_path / "out" / f"articles.{fmt}"
    output.parent.mkdir()
    output.write_bytes(b"OLD")
    seen: list[bytes] = []
    _spy_run(monkeypatch, lambda n: seen.append(output.read_bytes()))
    assert main(["parse", str(source), "-f", fmt, "-o", str(output)]) == 0
    assert seen == [b"OLD", b"OLD"]  # while the run writes, readers see the old file, whole
    assert output.read_bytes() != b"OLD"
    assert _leftovers(output.parent) == []


@pytest.mark.parametrize("fmt", ["jsonl", "json", "parquet"])
@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_run_leaves_no_partial_file(
    fmt: str, interruption: type[BaseException], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    source = _dump(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    fresh, existing = folder / f"new.{fmt}", folder / f"old.{fmt}"
    existing.write_bytes(b"OLD")

    def stop(count: int) -> None:
        if count == 2:
            raise interruption

    _spy_run(monkeypatch, stop)
    for output in (fresh, existing):
        if interruption is KeyboardInterrupt:
            assert main(["parse", str(source), "-f", fmt, "-o", str(output)]) == 130
        else:
            with pytest.raises(RuntimeError):
                main(["parse", str(source), "-f", fmt, "-o", str(output)])
    assert sorted(p.name for p in folder.iterdir()) == [existing.name]  # nothing new, no temporary file
    assert existing.read_bytes() == b"OLD"


def test_two_runs_on_the_same_path_each_write_a_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run starts and ends while the first is writing: the file is one run's output, never a mix."""
    short, long = _dump(tmp_path, "short.jsonl"), tmp_path / "long.jsonl"
    long.write_text(RECORDS * 20, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    expected = {}
    for source in (short, long):
        main(["parse", str(source), "-o", str(tmp_path / f"{source.stem}.expected")])
        expected[source.stem] = (tmp_path / f"{source.stem}.expected").read_text(encoding="utf-8")
    real = newsparse.cli.run
    nested: list[int] = []

    def first_run(paths: list[str], detector: str | None, jobs: int, write: Callable[[str], None], *rest: Any) -> None:
        def interleaved(line: str) -> None:
            write(line)
            if not nested:  # the other run, whole, while this one is half-way
                monkeypatch.setattr(newsparse.cli, "run", real)
                nested.append(main(["parse", str(long), "-o", str(output)]))

        real(paths, detector, jobs, interleaved, *rest)

    monkeypatch.setattr(newsparse.cli, "run", first_run)
    assert main(["parse", str(short), "-o", str(output)]) == 0
    assert nested == [0]
    assert output.read_text(encoding="utf-8") == expected["short"]  # the last rename wins, whole
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_new_output_file_gets_the_mode_of_a_created_file(tmp_path: Path) -> None:
    source = _dump(tmp_path)
    previous = os.umask(0o027)
    try:
        assert main(["parse", str(source), "-q", "-o", str(tmp_path / "new.jsonl")]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640
    existing = tmp_path / "existing.jsonl"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o604)
    assert main(["parse", str(source), "-q", "-o", str(existing)]) == 0
    assert stat.S_IMODE(existing.stat().st_mode) == 0o604  # replacing a file keeps its mode


def test_an_output_symlink_is_kept_and_its_target_replaced(tmp_path: Path) -> None:
    source = _dump(tmp_path)
    target = tmp_path / "real.jsonl"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    assert main(["parse", str(source), "-q", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_a_folder_as_output_fails_before_parsing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _dump(tmp_path)
    assert main(["parse", str(source), "-o", str(tmp_path)]) == 1
    assert "cannot be written (Is a directory)" in capsys.readouterr().err


# --- process faults: FIFOs, stdin, write errors, pipes -------------------------------------------------------------


@pytest.fixture
def fifo_folder(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    folder = tmp_path / "dumps"
    folder.mkdir()
    _dump(folder)
    os.mkfifo(folder / "b-pipe")
    return folder


def test_a_fifo_in_a_walked_folder_is_skipped_with_a_note(fifo_folder: Path) -> None:
    proc = _run("parse", str(fifo_folder))  # hung for ever before
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 2
    assert proc.stderr.splitlines() == [f"newsparse: note: {fifo_folder / 'b-pipe'}: skipped: not a regular file"]


def test_a_link_to_a_folder_is_noted_not_skipped_in_silence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    _dump(folder)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _dump(elsewhere)
    (folder / "more").symlink_to(elsewhere, target_is_directory=True)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    assert main(["parse", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err.splitlines() == [
        f"newsparse: note: {folder / 'loop'}: skipped: a link to a folder is not followed",
        f"newsparse: note: {folder / 'more'}: skipped: a link to a folder is not followed",
    ]


def test_a_fifo_named_on_the_command_line_is_read(fifo_folder: Path) -> None:
    fifo = fifo_folder / "b-pipe"
    writer = threading.Thread(target=fifo.write_text, args=(RECORDS,), kwargs={"encoding": "utf-8"}, daemon=True)
    writer.start()
    proc = _run("parse", str(fifo))
    writer.join(WAIT)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 2


@pytest.mark.parametrize("command", ["parse", "detect"])
def test_closed_stdin_is_one_clear_error(command: str) -> None:
    proc = subprocess.run(
        ["sh", "-c", 'exec "$@" <&-', "sh", *_command(command, "-")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=WAIT,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["newsparse: <stdin>: cannot be read (standard input is closed)"]


@pytest.mark.parametrize("command", [("parse", "-"), ("schema",), ("detectors",)])
def test_closed_stdout_is_one_clear_error(command: tuple[str, ...]) -> None:
    proc = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *_command(*command)],
        input="Title\n\nBody.\n",
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        timeout=WAIT,
        check=False,
    )
    assert proc.returncode == 1  # schema and detectors printed nothing and said 0 before
    assert proc.stderr.splitlines() == ["newsparse: cannot write output: standard output is closed"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["stdout", "-o", "stdout-json", "schema"])
def test_a_write_error_is_one_line_and_exit_1(where: str) -> None:
    dump = str(sample_path("004"))
    args = {
        "stdout": ["parse", dump],
        "-o": ["parse", dump, "-o", "/dev/full"],
        "stdout-json": ["parse", "--jobs", "2", "-f", "json", dump, dump],
        "schema": ["schema"],
    }[where]
    with open("/dev/full", "w") as full:
        proc = _run(*args, stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["newsparse: cannot write output: No space left on device"]


def test_a_closed_stderr_never_puts_messages_into_the_output(tmp_path: Path) -> None:
    bad = tmp_path / "picture.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    proc = subprocess.run(
        ["sh", "-c", 'exec "$@" 2>&-', "sh", *_command("parse", str(_dump(tmp_path)), str(bad))],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
        timeout=WAIT,
        check=False,
    )
    assert proc.returncode == 1
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["Harbour lights", "Ferry late"]


@pytest.mark.parametrize("command", [("parse", str(sample_path("004"))), ("schema",)])
def test_a_read_only_stdout_is_one_line_and_exit_1(command: tuple[str, ...]) -> None:
    with open(os.devnull) as read_only:  # writing gives EBADF
        proc = _run(*command, stdout=read_only, stderr=subprocess.PIPE)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["newsparse: cannot write output: Bad file descriptor"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_is_a_quiet_exit_0(jobs: str, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for index in range(40):  # far more than a pipe buffer holds
        (folder / f"{index:02d}.txt").write_bytes(sample_path("004").read_bytes())
    with subprocess.Popen(
        _command("parse", "--jobs", jobs, str(folder)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        try:
            assert json.loads(proc.stdout.readline())["title"]
            proc.stdout.close()  # `| head -1`
            err = proc.stderr.read()
            assert proc.wait(WAIT) == 0
        finally:
            proc.kill()
    assert err == b""


def test_a_closed_pipe_stops_the_run_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(5):
        _dump(tmp_path, f"{index}.jsonl")
    parsed: list[str] = []
    real = newsparse._batch.parse_file

    def counted(path: str, *args: Any) -> Any:
        parsed.append(path)
        return real(path, *args)

    def broken(count: int) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(newsparse._batch, "parse_file", counted)
    _spy_run(monkeypatch, broken)
    monkeypatch.setattr(newsparse.cli, "_silence_stdout", lambda: None)
    assert main(["parse", str(tmp_path)]) == 0
    assert len(parsed) == 1  # no more files parsed after the pipe closed
    assert capsys.readouterr().err == ""


def test_an_unreadable_folder_while_walking_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _dump(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    _dump(locked, "hidden-from-us.jsonl")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["parse", str(tmp_path)]) == 1  # was 0, with the folder skipped in silence
    out, err = capsys.readouterr()
    assert f"newsparse: {locked}: cannot be read (Permission denied)" in err.splitlines()
    assert len(out.splitlines()) == 2


def test_main_restores_the_sigterm_handler(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert main(["parse", str(_dump(tmp_path)), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert signal.getsignal(signal.SIGTERM) is before


# --- SIGTERM ------------------------------------------------------------------------------------------------------


def _group(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":  # fields: state, ppid, pgrp, ...
            members.append(int(entry.name))
    return members


def _poll(condition: Callable[[], bool], what: str, seconds: float = WAIT) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal's foreground job has it, whatever this test run inherited (a background job ignores it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def stopped_run(tmp_path: Path) -> Iterator[Callable[[str, str], tuple[int, int, Path, Path, Path]]]:
    """Start `parse` on a small file then two FIFOs nobody writes (an input that never ends), then stop it.

    ``how`` is "SIGTERM" (to the main process, as a scheduler or `timeout` sends it) or "Ctrl-C" (SIGINT to the
    whole process group, as a terminal sends it).
    """
    if not hasattr(os, "mkfifo") or not Path("/proc/self/stat").exists():
        pytest.skip("needs FIFOs and /proc")
    started: list[subprocess.Popen[bytes]] = []

    def start(jobs: str, how: str) -> tuple[int, int, Path, Path, Path]:
        spool_root, out_folder = tmp_path / "tmp", tmp_path / "out"
        spool_root.mkdir()
        out_folder.mkdir()
        small = _dump(tmp_path)
        fifos = [tmp_path / "slow-1", tmp_path / "slow-2"]
        for fifo in fifos:
            os.mkfifo(fifo)
        output = out_folder / "articles.jsonl"
        errors = tmp_path / "stderr.txt"
        with errors.open("wb") as stderr:  # a file, not a pipe: an orphaned worker would hold a pipe open
            proc = subprocess.Popen(
                _command("parse", "--jobs", jobs, str(small), *map(str, fifos), "-o", str(output)),
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=_env(TMPDIR=str(spool_root)),
                start_new_session=True,  # its own process group: the workers can be found and, on failure, killed
                preexec_fn=_as_from_a_terminal,
            )
        started.append(proc)
        _poll(lambda: any(out_folder.iterdir()), "the temporary output")
        if jobs != "1":  # both workers blocked on a FIFO, each with its spool file open
            _poll(lambda: sum(1 for _ in spool_root.rglob("*.jsonl")) >= 2, "the spool files")
            _poll(lambda: len(_group(proc.pid)) >= 3, "the workers")
        if how == "SIGTERM":
            proc.send_signal(signal.SIGTERM)
        else:
            os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(WAIT)
        assert b"Traceback" not in errors.read_bytes()
        return code, proc.pid, spool_root, out_folder, output

    yield start
    for proc in started:  # on a failure, end what this test started, by its process group
        for pid in _group(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait(WAIT)


@pytest.mark.parametrize(("how", "exit_code"), [("SIGTERM", 128 + signal.SIGTERM), ("Ctrl-C", 130)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_stopped_run_ends_its_workers_and_removes_temporary_files(
    jobs: str, how: str, exit_code: int, stopped_run: Callable[[str, str], tuple[int, int, Path, Path, Path]]
) -> None:
    code, pid, spool_root, out_folder, output = stopped_run(jobs, how)
    assert code == exit_code
    _poll(lambda: _group(pid) == [], "no process left in the run's group", seconds=10)  # no orphaned worker
    assert list(spool_root.iterdir()) == []  # the spool folder is gone
    assert list(out_folder.iterdir()) == []  # no partial output, no temporary file
    assert not output.exists()


@contextlib.contextmanager
def _importable(folder: Path, name: str, source: str) -> Iterator[None]:
    """While the block runs, ``import name`` runs ``source`` (written into ``folder``), afresh each time."""
    (folder / f"{name}.py").write_text(source)
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def _blocked() -> None:
    """A run blocked on a never-ending input, for six seconds: long enough for any retry to land."""
    for _ in range(600):
        time.sleep(0.01)


_STOPPING = "import signal\nsignal.raise_signal(signal.SIGTERM)\n"  # a SIGTERM that arrives during an import
_NEEDS_SIGTIMEDWAIT = pytest.mark.skipif(
    not hasattr(signal, "setitimer") or not hasattr(signal, "sigtimedwait"),
    reason="needs SIGALRM timers and sigtimedwait",
)


class _StopInDel:
    """Raises a stop from ``__del__``, where Python cannot propagate it (as in an import's weakref callback)."""

    def __init__(self, stop: type[BaseException]) -> None:
        self.stop = stop

    def __del__(self) -> None:
        raise self.stop


def _blocked_after_a_swallowed_stop(stop: type[BaseException]) -> None:
    with stops_raised():
        _StopInDel(stop)  # dropped at once: its stop is swallowed ("Exception ignored in ...")
        _blocked()  # without the resend this ends untouched


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM timers")
@pytest.mark.parametrize("stop", [Terminated, KeyboardInterrupt])
def test_a_stop_swallowed_as_unraisable_is_raised_again(stop: type[BaseException]) -> None:
    with pytest.raises(stop):
        _blocked_after_a_swallowed_stop(stop)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left running


def _blocked_after_a_stop_during_a_swallowing_import(folder: Path) -> None:
    swallowing = (
        "import signal\n"
        "try:\n"
        "    signal.raise_signal(signal.SIGTERM)\n"
        "    landed = True\n"
        "except BaseException:  # as the import machinery or a C extension's initialisation can swallow it\n"
        "    landed = False\n"
    )
    with _importable(folder, "swallowing_module", swallowing), stops_raised():
        import swallowing_module  # noqa: F401  (imported for its effect)

        _blocked()


def _blocked_after_a_stop_whose_first_retry_is_lost(folder: Path) -> None:
    with _importable(folder, "stopping_module", _STOPPING), stops_raised():
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            import stopping_module  # noqa: F401  (imported for its effect: the stop is kept for a retry)

            assert signal.sigtimedwait({signal.SIGALRM}, WAIT) is not None  # the first retry never reaches Python
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
        _blocked()  # without a further retry this ends untouched


@_NEEDS_SIGTIMEDWAIT
def test_a_kept_stop_survives_a_lost_retry(tmp_path: Path) -> None:
    """Under heavy load one SIGALRM was seen never to reach its handler: the retry repeats until the stop lands."""
    with pytest.raises(Terminated):
        _blocked_after_a_stop_whose_first_retry_is_lost(tmp_path)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left running


@_NEEDS_SIGTIMEDWAIT
def test_a_stop_kept_in_an_import_that_ends_the_block_still_stops_it(tmp_path: Path) -> None:
    """The block ends before the kept stop's retry comes: the stop is raised as the block ends, not dropped."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # no retry can come before the block ends
    try:
        with _importable(tmp_path, "stopping_module", _STOPPING), pytest.raises(Terminated), stops_raised():
            import stopping_module  # noqa: F401  (imported for its effect: the stop is kept for a retry)
    finally:
        signal.sigtimedwait({signal.SIGALRM}, 0)  # a retry that came while blocked goes unseen
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM timers")
def test_a_stop_that_arrives_during_an_import_is_raised_after_it(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGALRM)
    with pytest.raises(Terminated):
        _blocked_after_a_stop_during_a_swallowing_import(tmp_path)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGALRM)) == before  # handlers restored
