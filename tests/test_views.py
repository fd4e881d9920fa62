"""Output for people and spreadsheets (issue 15, item 1): -f text, markdown, csv, and -o picking the format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._views import CSV_COLUMNS, csv_row, markdown_view, safe_cell, text_view

from .test_cli import SAMPLES, run

_words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12
)
_paragraph = st.lists(_words, min_size=1, max_size=40).map(" ".join)


@given(st.lists(_paragraph, min_size=1, max_size=6), _paragraph)
def test_the_text_view_holds_every_word_of_the_body_in_order_and_no_line_is_over_the_width(
    paragraphs: list[str], title: str
) -> None:
    record = {"title": title, "body": "\n\n".join(paragraphs), "authors": ["Ada Lund"], "published": "2024-03-01"}
    view = text_view(record)
    head, _, body = view.partition("\n\n")
    assert head.splitlines()[0] == title
    assert body.split() == "\n\n".join(paragraphs).split()
    assert all(len(line) <= 78 for line in body.splitlines() if " " in line)


@given(st.lists(_paragraph, min_size=0, max_size=4), _paragraph, st.lists(_words, max_size=3))
def test_a_csv_row_reads_back_as_the_record(paragraphs: list[str], title: str, tags: list[str]) -> None:
    record = {"title": title, "body": "\n\n".join(paragraphs), "tags": tags, "views": 3, "provenance": None}
    buffer = io.StringIO()
    csv.writer(buffer).writerow(csv_row(record))
    (row,) = list(csv.reader(io.StringIO(buffer.getvalue())))
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert cells["title"] == safe_cell(title)
    assert cells["body"] == safe_cell("\n\n".join(paragraphs))
    assert cells["tags"] == safe_cell("; ".join(tags))
    assert cells["views"] == "3"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(start: str) -> None:
    row = csv_row({"title": start + "SUM(A1:A9)", "body": "", "provenance": None})
    assert row[CSV_COLUMNS.index("title")] == "'" + start + "SUM(A1:A9)"


def test_markdown_shows_markup_in_the_input_as_text() -> None:
    view = markdown_view({"title": "<script>alert(1)</script> # not a heading", "body": "- not a list\n\n1. nor this"})
    assert "<script>" not in view
    assert view.startswith("## \\<script\\>alert(1)\\</script\\> \\# not a heading\n")
    assert "\n\\- not a list\n" in view
    assert "\n\\1. nor this\n" in view


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.json", lambda text: len(json.loads(text)) == 16),
        ("out.jsonl", lambda text: len(text.splitlines()) == 16),
        ("out.csv", lambda text: len(list(csv.reader(io.StringIO(text)))) == 17),
        ("out.md", lambda text: text.count("\n## ") + text.startswith("## ") == 16),
        ("out.txt", lambda text: "\n====" in text and not text.lstrip().startswith("{")),
    ],
)
def test_the_output_file_extension_picks_the_format(tmp_path: Path, name: str, check: object) -> None:
    out = tmp_path / name
    proc = run("parse", "-o", str(out), str(SAMPLES))
    assert proc.returncode == 0, proc.stderr
    assert callable(check)
    assert check(out.read_text(encoding="utf-8"))


def test_the_format_option_overrides_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert run("parse", "-f", "jsonl", "-o", str(out), str(SAMPLES)).returncode == 0
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(titles) == 16


def test_the_text_view_on_stdout_shows_titles_dates_and_bodies() -> None:
    proc = run("parse", "-f", "text", str(SAMPLES))
    records = [json.loads(line) for line in run("parse", str(SAMPLES)).stdout.splitlines()]
    assert proc.returncode == 0
    for record in records:
        assert record["title"] in proc.stdout
        if record["published"]:
            assert record["published"] in proc.stdout


def test_an_article_repr_is_short_and_names_what_matters() -> None:
    import newsparse

    (article,) = newsparse.load(("Storm hits coast\n\n" + "Rain fell on the town. " * 50_000).encode())
    shown = repr(article)
    assert len(shown) < 200
    assert shown.startswith("Article(title='Storm hits coast', body=<1,149,999 chars>, detector='whole-text', id='")
    long_title = newsparse.Article(title="x" * 500)
    assert len(repr(long_title)) < 100
