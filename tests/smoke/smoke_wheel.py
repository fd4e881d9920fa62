"""Smoke test of the built wheel: install it into a brand-new venv outside the source tree and use it.

Usage::

    python tests/smoke/smoke_wheel.py [DIST_DIR]

With ``DIST_DIR`` (where ``python -m build`` wrote the sdist and the wheel), the wheel found there is tested;
without it, a wheel is built first into a temporary folder. ``tox -e pkg`` runs this after ``build``,
``twine check --strict`` and ``check-wheel-contents``.

What is checked:

- the wheel holds ``py.typed`` and the JSON Schema, and no tests, test data, docs or examples;
- it installs with its dependencies into a new venv in a temporary folder, and ``import newsparse`` there
  imports the installed copy, not the source tree;
- ``newsparse.__version__``, the installed metadata and ``pyproject.toml`` agree on one version;
- the public API parses a sample dump, and every record has the documented fields;
- the command line: ``newsparse --version``, ``newsparse parse`` (JSON Lines, exit 0; a missing file, exit 1),
  ``newsparse schema`` and ``python -m newsparse``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = min((ROOT / "tests" / "data" / "samples").glob("*.txt"))

API_CHECK = r"""
import json, sys
from importlib.metadata import version
import newsparse

expected_version, sample = sys.argv[1], sys.argv[2]
assert newsparse.__version__ == version("newsparse") == expected_version, (newsparse.__version__, expected_version)
result = newsparse.parse(sample)
assert result.articles, "no article in the sample"
assert not [p for p in result.problems if "crashed" in p or "failed" in p], result.problems
required = newsparse.article_schema()["required"]
for article in result.articles:
    record = article.to_dict()
    assert list(record) == required, list(record)
    assert article.provenance is not None and article.provenance.source == sample
    json.dumps(record)
assert [a.title for a in newsparse.load(sample)] == [a.title for a in result.articles]
assert newsparse.split_articles("Storm hits coast\n\nRain fell all night.")[0].title == "Storm hits coast"
assert newsparse.clean_html("<p>a<b> </b>b</p>") == "a b"
names = [d.name for d in newsparse.list_detectors()]
assert "wordpress" in names and "whole-text" in names, names
print(json.dumps({"file": newsparse.__file__, "articles": len(result.articles), "detector": result.detection.chosen}))
"""


def say(message: str) -> None:
    print(f"smoke: {message}", flush=True)


def run(command: list[str], *, cwd: Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != expect:
        sys.exit(
            f"smoke: FAILED: {' '.join(command)} exited {done.returncode}, expected {expect}\n"
            f"--- stdout ---\n{done.stdout[-3000:]}\n--- stderr ---\n{done.stderr[-3000:]}"
        )
    return done


def find_wheel(dist: Path | None, work: Path) -> Path:
    if dist is None:
        dist = work / "dist"
        say("building a wheel")
        run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], cwd=work)
    wheels = sorted(dist.glob("newsparse-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"smoke: FAILED: expected one newsparse wheel in {dist}, found {[w.name for w in wheels]}")
    return wheels[0]


def check_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("newsparse/py.typed", "newsparse/article.schema.json", "newsparse/__init__.py"):
        if needed not in names:
            sys.exit(f"smoke: FAILED: {needed} is missing from {wheel.name}")
    unwanted = [n for n in names if n.split("/")[0] in {"tests", "docs", "examples", "benchmarks", "fuzz"}]
    unwanted += [n for n in names if "/data/samples/" in n or (n.endswith((".txt", ".jsonl")) and "dist-info" not in n)]
    if unwanted:
        sys.exit(f"smoke: FAILED: the wheel holds files that do not belong in it: {unwanted[:10]}")
    say(f"{wheel.name}: {len(names)} files, py.typed and the schema present, no test data")


def check_sdist(dist: Path | None) -> None:
    """The sdist, when there is one, holds no sample dump and no golden snapshot made from them."""
    sdists = sorted(dist.glob("newsparse-*.tar.gz")) if dist is not None else []
    for sdist in sdists:
        with tarfile.open(sdist) as archive:
            names = archive.getnames()
        unwanted = [n for n in names if "/tests/data/samples/" in n or "/tests/data/golden/" in n]
        if unwanted:
            sys.exit(f"smoke: FAILED: the sdist holds sample data that is not ours to redistribute: {unwanted[:5]}")
        say(f"{sdist.name}: {len(names)} files, no sample dump")


def main() -> int:
    dist = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else None
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="newsparse-smoke-") as tmp:
        work = Path(tmp)
        if work.resolve().is_relative_to(ROOT):
            sys.exit("smoke: FAILED: the temporary folder is inside the source tree")
        wheel = find_wheel(dist, work)
        check_contents(wheel)
        check_sdist(dist)

        say("creating a new venv and installing the wheel")
        env_dir = work / "venv"
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
        python = str(bindir / "python")
        cli = str(bindir / "newsparse")
        run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)], cwd=work)

        sample = work / SAMPLE.name
        shutil.copyfile(SAMPLE, sample)

        say("import newsparse and use the public API")
        report = json.loads(run([python, "-c", API_CHECK, version, sample.name], cwd=work).stdout)
        if not Path(report["file"]).resolve().is_relative_to(env_dir.resolve()):
            sys.exit(f"smoke: FAILED: newsparse was imported from {report['file']}, not from the new venv")
        say(f"{report['articles']} articles from {sample.name} ({report['detector']}), imported from the venv")

        say("the command line")
        shown = run([cli, "--version"], cwd=work).stdout.strip()
        if shown != f"newsparse {version}":
            sys.exit(f"smoke: FAILED: newsparse --version printed {shown!r}, expected 'newsparse {version}'")
        lines = run([cli, "parse", sample.name], cwd=work).stdout.splitlines()
        records = [json.loads(line) for line in lines]
        if len(records) != report["articles"] or not all(r["provenance"]["source"] == sample.name for r in records):
            sys.exit(f"smoke: FAILED: newsparse parse wrote {len(records)} records, expected {report['articles']}")
        failed = run([cli, "parse", sample.name, "missing.txt"], cwd=work, expect=1)
        if "missing.txt" not in failed.stderr or len(failed.stdout.splitlines()) != len(records):
            sys.exit(f"smoke: FAILED: a missing input was not reported as expected: {failed.stderr!r}")
        schema = json.loads(run([cli, "schema"], cwd=work).stdout)
        if schema.get("title") != "newsparse article" or "provenance" not in schema.get("required", []):
            sys.exit("smoke: FAILED: newsparse schema did not print the article schema")
        module_version = run([python, "-m", "newsparse", "--version"], cwd=work).stdout.strip()
        if module_version != shown:
            sys.exit(f"smoke: FAILED: python -m newsparse --version printed {module_version!r}")
        say(f"{shown}; parse wrote {len(records)} JSON lines; exit 1 for a missing file; schema and -m work")
    say("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
