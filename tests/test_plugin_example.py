"""The example plug-in in examples/newsparse-tsv installs and registers through the entry point.

The package is pip-installed into a throwaway ``--target`` folder (never into the environment running the
tests) and a fresh interpreter is started with that folder on ``PYTHONPATH``, so the entry point is found the
way it is for a user who installed the plug-in: through its ``.dist-info`` metadata, not by importing it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "newsparse-tsv"

CHECK = r"""
import json, newsparse
export = (
    "title\tpublished\tauthors\tbody\n"
    "Harbour lights return\t2024-05-02\tAda Lund; Per Dahl\tThe lamps are lit again.\\n\\nResidents cheered.\n"
    "Ferry delayed\t2024-05-03\t\tFog kept the ferry in port.\n"
)
detection = newsparse.rank_detectors(export)
articles = newsparse.split_articles(export)
print(json.dumps({
    "names": [d.name for d in newsparse.list_detectors()],
    "problems": list(newsparse.detectors.plugin_problems()),
    "ranking": [[s.name, s.score] for s in detection.ranking],
    "chosen": detection.chosen,
    "articles": [[a.title, a.authors, a.paragraphs, a.provenance.detector] for a in articles],
    "module": __import__("newsparse_tsv").__file__,
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("plugin-site")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", str(target)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")  # build offline with the hatchling we have
    done = subprocess.run([*command, str(EXAMPLE)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return target


def _run(site: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(site))
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, cwd=site, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_installed_plugin_is_listed_and_ranked_first(installed: Path) -> None:
    report = _run(installed)
    assert report["problems"] == []
    names = report["names"]
    assert isinstance(names, list)
    assert "tsv" in names
    assert names.index("tsv") > names.index("whole-text")  # plug-ins are listed after the built-ins
    assert report["chosen"] == "tsv"
    assert report["ranking"][0] == ["tsv", 0.9]  # type: ignore[index]
    assert str(report["module"]).startswith(str(installed))  # the installed copy, not the source tree


def test_installed_plugin_parses_its_format(installed: Path) -> None:
    report = _run(installed)
    assert report["articles"] == [
        ["Harbour lights return", ["Ada Lund", "Per Dahl"], ["The lamps are lit again.", "Residents cheered."], "tsv"],
        ["Ferry delayed", [], ["Fog kept the ferry in port."], "tsv"],
    ]


def test_the_plugins_own_tests_pass(installed: Path) -> None:
    """The example's tests (with the conformance check) are what we tell plug-in authors to write: keep them green."""
    env = dict(os.environ, PYTHONPATH=str(installed))
    config = EXAMPLE / "pyproject.toml"  # its own (empty) pytest configuration, not newsparse's
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(config), str(EXAMPLE / "tests")],
        capture_output=True,
        text=True,
        env=env,
        cwd=installed,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "4 passed" in done.stdout


def test_without_the_plugin_tsv_is_not_registered() -> None:
    """The control: the same text in an environment without the plug-in is not read by it."""
    import newsparse

    assert "tsv" not in [d.name for d in newsparse.list_detectors()]
