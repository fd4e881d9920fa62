"""newsparse.dask on a real distributed cluster gives the records of the single-process CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsparse.cli import main

from .conftest import SAMPLES

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def test_read_articles_on_a_local_cluster_equals_the_cli(tmp_path: Path) -> None:
    from newsparse.dask import read_articles

    folder = tmp_path / "dumps"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("*.txt")):
        shutil.copyfile(path, folder / path.name)
    out = tmp_path / "cli.jsonl"
    assert main(["parse", str(folder), "-q", "-o", str(out)]) == 0
    expected = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        bag = read_articles(str(folder / "*.txt"))
        assert bag.npartitions == 5
        records = bag.compute()
    assert records == expected


def test_read_articles_without_files_says_so(tmp_path: Path) -> None:
    from newsparse.dask import read_articles

    with pytest.raises(FileNotFoundError):
        read_articles(str(tmp_path / "*.txt"))
