"""Body extraction quality on real news pages (the article-extraction-benchmark data set).

The 181 pages and their ground truth live beside the project in ../shared/devdata (MIT,
see its README); the test is skipped where that folder is absent. The score is the data
set's own metric: 4-token shingles of word tokens, per-page precision and recall,
macro-averaged, F1 of the means. The bar is set a little below what the html-page
detector measures today (F1 0.976, precision 0.972, recall 0.980; it was F1 0.910,
precision 0.854 before block scoring), so a change that makes extraction clearly
worse fails here. ``benchmarks/aeb_misses.py`` lists the worst pages.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

import newsparse

DATA = Path(__file__).resolve().parents[2] / "shared" / "devdata" / "scrapinghub-aeb"

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="the benchmark pages are not beside the project")


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    if len(tokens) < 4:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def test_body_extraction_f1_on_real_pages() -> None:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    precision = recall = 0.0
    titled = 0
    for key, item in truth.items():
        page = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes())
        articles = newsparse.load(page, name=key, detector="html-page")
        assert len(articles) == 1, key
        titled += bool(articles[0].title)
        expected, got = _shingles(item["articleBody"]), _shingles(articles[0].body)
        hits = len(expected & got)
        precision += hits / len(got) if got else 0.0
        recall += hits / len(expected) if expected else 0.0
    precision /= len(truth)
    recall /= len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    assert len(truth) == 181
    assert titled >= 175
    assert f1 >= 0.973, (precision, recall, f1)
    assert precision >= 0.968
    assert recall >= 0.97
