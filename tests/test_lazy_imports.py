"""``import newsparse`` and ``newsparse detectors`` load none of the heavy dependencies; they load when first needed.

Each check runs in a fresh interpreter (this test process has imported everything already), with the same
``sys.path`` as the tests, so that the code under test is the one the suite runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsparse.detectors._registry import BUILTINS

HEAVY = ("bs4", "ftfy", "charset_normalizer", "lxml")

# What the issue asks for, word for word: prints [] when nothing heavy was imported.
ONE_LINER = (
    "import newsparse, sys; "
    "print(sorted(m for m in sys.modules if m.split('.')[0] in {'bs4','ftfy','charset_normalizer','lxml'}))"
)


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _loaded_after(statements: str) -> dict[str, object]:
    """Which heavy packages (and importlib.metadata, newsparse's detector modules) are loaded after ``statements``."""
    code = f"""
import contextlib, io, json, sys
with contextlib.redirect_stdout(io.StringIO()):
{"".join("    " + line + chr(10) for line in statements.strip().splitlines())}
print(json.dumps({{
    "heavy": sorted({{m.split(".")[0] for m in sys.modules}} & {set(HEAVY)!r}),
    "metadata": "importlib.metadata" in sys.modules,
    "detectors": sorted(m for m in sys.modules if m.startswith("newsparse.detectors.") and "._" not in m
                        and m.count(".") == 3),
}}))
"""
    report: dict[str, object] = json.loads(_run(code).strip().splitlines()[-1])
    return report


def test_import_newsparse_loads_nothing_heavy() -> None:
    assert _run(ONE_LINER).strip() == "[]"


def test_import_newsparse_reads_no_metadata() -> None:
    report = _loaded_after("import newsparse")
    assert report == {"heavy": [], "metadata": False, "detectors": []}


def test_the_detectors_command_loads_nothing_heavy() -> None:
    report = _loaded_after("from newsparse.cli import main\nmain(['detectors'])")
    assert report["heavy"] == []
    assert len(report["detectors"]) == len(BUILTINS)  # type: ignore[arg-type]  # listing descriptions imports each detector


def test_get_detector_imports_only_its_module_and_no_plugins() -> None:
    report = _loaded_after("import newsparse\nnewsparse.get_detector('counter-footer')")
    assert report == {"heavy": [], "metadata": False, "detectors": ["newsparse.detectors.text.counter_footer"]}


def test_version_is_read_on_first_use() -> None:
    report = _loaded_after("import newsparse\nprint(newsparse.__version__)")
    assert report["metadata"] is True


@pytest.mark.parametrize(
    ("statements", "needed"),
    [
        ("newsparse.parse(b'Title\\n\\nA plain body.')", []),
        ("newsparse.parse(b'Title\\n\\nIt\\xc3\\xa2\\xc2\\x80\\xc2\\x99s mojibake.')", ["ftfy"]),
        # a Latin text's code page is told by its letters: no statistical detection
        ("newsparse.parse(b'Title\\n\\nCaf\\xe9 cr\\xe8me, na\\xefve fa\\xe7ade, \\xe0 la carte.')", []),
        (
            "newsparse.parse('Заголовок\\n\\nПрезидент заявил в среду, что расходы вырастут.'.encode('cp1251'))",
            ["charset_normalizer"],
        ),
    ],
    ids=["plain-text", "mojibake", "latin-1", "cp1251"],
)
def test_each_dependency_loads_when_first_needed(statements: str, needed: list[str]) -> None:
    """Parsing loads only what the input needs, and a needed package does load."""
    report = _loaded_after("import newsparse\n" + statements)
    assert report["heavy"] == needed


def test_an_html_parser_loads_for_a_page() -> None:
    """A page is read with lxml's parser, or with BeautifulSoup where lxml is not installed."""
    report = _loaded_after("import newsparse\nnewsparse.parse(b'<html><body><p>A page.</p></body></html>')")
    assert {"lxml", "bs4"} & set(report["heavy"])  # type: ignore[arg-type]


def test_rank_imports_every_builtin_detector_module_and_nothing_heavy() -> None:
    report = _loaded_after("import newsparse\nnewsparse.rank_detectors('plain words')")
    assert report["heavy"] == []
    assert len(report["detectors"]) == len(BUILTINS)  # type: ignore[arg-type]
