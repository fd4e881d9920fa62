"""Shared fixtures and the hypothesis profiles (``ci`` is the default; ``thorough`` for tox -e thorough)."""

from __future__ import annotations

import importlib.util
import inspect
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsparse import _html


def _find_samples() -> Path:
    """The sample dumps: in this tree (a git clone), else $NEWSPARSE_SAMPLES, else ../shared/samples beside the repo.

    The sdist leaves them out: they are real articles, not ours to redistribute.
    """
    here = Path(__file__).parent / "data" / "samples"
    for candidate in (
        here,
        Path(os.environ.get("NEWSPARSE_SAMPLES", here)),
        Path(__file__).parents[2] / "shared" / "samples",
    ):
        if any(candidate.glob("*.txt")):
            return candidate
    return here


SAMPLES = _find_samples()
HAVE_SAMPLES = any(SAMPLES.glob("*.txt"))
_NEEDS_SAMPLES = ("SAMPLES", "sample_path", "GOLDEN", "golden")
# Modules that build their inputs out of the sample dumps when they are imported (tests/strategies.py and
# parametrizations): without the samples they are not collected, and the header says so.
_BUILT_ON_SAMPLES = frozenset(
    {
        "test_properties.py",
        "test_regressions.py",
        "test_samples.py",
        "test_sources.py",
        "test_stream.py",
        "test_safety_cli.py",
    }
)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Without the sample dumps, the modules built on them are left out (see :func:`pytest_report_header`)."""
    return True if not HAVE_SAMPLES and collection_path.name in _BUILT_ON_SAMPLES else None


def pytest_report_header(config: pytest.Config) -> str:
    """Where the sample dumps were found, or which tests are left out without them."""
    if HAVE_SAMPLES:
        return f"sample dumps: {SAMPLES}"
    left_out = ", ".join(sorted(_BUILT_ON_SAMPLES))
    return f"sample dumps: not found (the sdist leaves them out); not collected: {left_out}; others skipped"


settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without the sample dumps (an sdist), the tests that read them are skipped, saying why; the others run."""
    if HAVE_SAMPLES:
        return
    skip = pytest.mark.skip(reason="needs the sample dumps, which the sdist leaves out: set NEWSPARSE_SAMPLES")
    for item in items:
        function = getattr(item, "function", None)
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):
            source = ""
        if "samples" in getattr(item, "fixturenames", ()) or any(name in source for name in _NEEDS_SAMPLES):
            item.add_marker(skip)


def sample_path(prefix: str) -> Path:
    """The sample dump whose file name starts with ``prefix`` ("000" ... "004"); the test is skipped without them."""
    if not HAVE_SAMPLES:
        pytest.skip("needs the sample dumps, which the sdist leaves out: set NEWSPARSE_SAMPLES")
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def samples() -> dict[str, Path]:
    """Map "000".."004" to the sample dumps' paths."""
    return {p.name[:3]: p for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(params=["lxml", "html.parser"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs on both tree builders (lxml only where it is installed)."""
    name: str = request.param
    if name == "lxml" and importlib.util.find_spec("lxml") is None:
        pytest.skip("lxml is not installed")
    monkeypatch.setattr(_html, "_PARSER", name)
    return name
