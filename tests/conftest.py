"""Shared fixtures and the hypothesis profiles (``ci`` is the default; ``thorough`` for tox -e thorough)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

SAMPLES = Path(__file__).parent / "data" / "samples"

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

if not any(SAMPLES.glob("*.txt")):
    # The sdist leaves out the sample dumps: they are real articles, not ours to redistribute.
    pytest.exit("the sample dumps are not in this tree (the sdist leaves them out); run the tests from a git clone", 4)


def sample_path(prefix: str) -> Path:
    """The sample dump whose file name starts with ``prefix`` ("000" ... "004")."""
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def samples() -> dict[str, Path]:
    """Map "000".."004" to the sample dumps' paths."""
    return {p.name[:3]: p for p in sorted(SAMPLES.glob("*.txt"))}
