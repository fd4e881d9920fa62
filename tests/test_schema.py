"""Every article the samples produce validates against the shipped JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

import newsparse

from .conftest import SAMPLES


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(newsparse.article_schema())


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_sample_articles_validate(path: object) -> None:
    validator = jsonschema.Draft202012Validator(newsparse.article_schema())
    articles = newsparse.load(path)  # type: ignore[arg-type]
    assert articles
    for article in articles:
        validator.validate(json.loads(json.dumps(article.to_dict())))


def test_schema_rejects_a_wrong_record() -> None:
    validator = jsonschema.Draft202012Validator(newsparse.article_schema())
    record = newsparse.Article(title="x").to_dict()
    record["views"] = "many"
    assert not validator.is_valid(record)


def test_cli_prints_the_same_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == newsparse.article_schema()
