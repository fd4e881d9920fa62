"""Problems and repairs as records: a stable code, the message, a location; they still print as today's text."""

from __future__ import annotations

import ast
import concurrent.futures
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Location, Problem, RawArticle, Repair, _limits
from newsparse._problems import CODES

SRC = Path(newsparse.__file__).parent
DOCS = Path(__file__).parent.parent / "docs" / "errors.md"


# --- every detector family gives coded problems, located where it is known ------------------------


def test_a_broken_json_lines_line_is_record_broken_with_its_line_and_span() -> None:
    data = b'{"title": "A", "text": "One."}\n{"title": "B", "te\n{"title": "C", "text": "Three."}\n'
    result = newsparse.parse(data, name="crawl.jsonl")
    (problem,) = result.problems
    assert isinstance(problem, Problem)
    assert problem.code == "record-broken"
    assert problem.location == Location(line=2, start=31, end=49)
    assert data.decode()[31:49] == '{"title": "B", "te'


def test_a_json_lines_record_over_the_cap_is_record_over_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 200)
    data = b'{"title": "A", "text": "One."}\n{"title": "B", "text": "' + b"x" * 400 + b'"}\n'
    for problems in (newsparse.parse(data).problems, _streamed_problems(data, chunk_size=64)):
        (problem,) = problems
        assert (problem.code, problem.location.line) == ("record-over-cap", 2), problems


def test_a_broken_wordpress_post_is_record_broken_with_its_record_number() -> None:
    good = '{"id": 1, "title": {"rendered": "A"}, "content": {"rendered": "<p>One.</p>"}}'
    text = f'[{good}, {{"id": 2, "title": {{"rendered": "B"}}, "content": nope}}, {good}]'
    result = newsparse.parse_text(text, detector="wordpress")
    assert len(result.articles) == 2
    (problem,) = result.problems
    assert problem.startswith("post 2 could not be read")
    assert (problem.code, problem.location.record) == ("record-broken", 2)
    assert problem.location.start is not None
    assert problem.location.end is not None


def test_a_too_deep_json_record_is_record_too_deep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.detectors.json._json.MAX_JSON_DEPTH", 5)
    deep = '{"title": "B", "text": "Two.", "x": ' + "[" * 10 + "]" * 10 + "}"
    result = newsparse.parse_text(f'[{{"title": "A", "text": "One."}}, {deep}]', detector="json-records")
    assert [(p.code, p.location.record) for p in result.problems] == [("record-too-deep", 2)]


def test_a_truncated_feed_item_is_item_truncated() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<item><title>One</title><description>First.</description></item>"
        "<item><title>Two</title><description>Second"
    )
    result = newsparse.parse_text(feed)
    assert result.detection.chosen == "rss-atom"
    problems = [p for a in result.articles for p in a.problems]
    assert [(p.code, p.location.record) for p in problems] == [("item-truncated", 2)], problems


def test_an_empty_feed_item_and_an_unknown_entity_are_coded() -> None:
    feed = (
        '<rss version="2.0"><channel><item/>'
        "<item><title>Caf&bogus;</title><description>Text.</description></item></channel></rss>"
    )
    result = newsparse.parse_text(feed)
    assert [p.code for p in result.problems] == ["item-empty"]
    assert [p.code for a in result.articles for p in a.problems] == ["entity-unknown"]


UNREADABLE_DATE = {
    "jsonlines": '{"title": "A", "text": "Body.", "published": "someday"}\n',
    "wordpress": '[{"id": 1, "title": {"rendered": "A"}, "content": {"rendered": "<p>Body.</p>"}, "date": "someday"}]',
    "rss-atom": '<rss version="2.0"><channel><item><title>A</title><description>Body.</description>'
    "<pubDate>someday</pubDate></item></channel></rss>",
    "html-page": '<!doctype html><html><head><title>A</title><meta property="article:published_time" '
    'content="someday"></head><body><article><h1>A</h1><p>Body text of the page.</p></article></body></html>',
}


@pytest.mark.parametrize("detector", sorted(UNREADABLE_DATE))
def test_an_unreadable_date_is_date_unreadable_in_every_detector(detector: str) -> None:
    result = newsparse.parse_text(UNREADABLE_DATE[detector])
    assert result.detection.chosen == detector
    (article,) = result.articles
    assert article.published is None
    codes = [p.code for p in article.problems]
    assert codes == ["date-unreadable"], article.problems
    assert article.problems[0].startswith("published 'someday'")


def test_an_unreadable_count_is_count_unreadable() -> None:
    (article,) = newsparse.load(b'{"title": "A", "text": "Body.", "views": "many"}\n')
    assert [p.code for p in article.problems] == ["count-unreadable"]


def test_a_page_over_the_cap_is_page_over_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_HTML_CHARS", 2000)
    paragraphs = "".join(f"<p>Paragraph number {i} of a very long page.</p>" for i in range(200))
    page = f"<!doctype html><html><head><title>Long page</title></head><body>{paragraphs}</body></html>"
    (article,) = newsparse.parse(page.encode()).articles
    assert [p.code for p in article.problems] == ["page-over-cap"]
    assert "cap of 2,000" in article.problems[0]


def test_a_page_without_title_or_text_is_page_empty() -> None:
    result = newsparse.parse_text("<!doctype html><html><head></head><body><nav>Home</nav></body></html>")
    assert result.detection.chosen == "html-page"
    assert [p.code for p in result.problems] == ["page-empty"]


# --- repairs -------------------------------------------------------------------------------------


def test_mojibake_repaired_is_a_coded_repair_on_the_result_and_the_article() -> None:
    mixed = "Caf\u00e9 opens\n\nThe caf\u00e9 opened on Monday.\n".encode().decode("cp1252")
    result = newsparse.parse_text(mixed)
    assert result.repairs == ("mojibake repaired (2 lines)",)
    assert [r.code for r in result.repairs] == ["mojibake-repaired"]
    (article,) = result.articles
    assert article.provenance is not None
    assert [(r, r.code) for r in article.provenance.repairs] == [("mojibake repaired (2 lines)", "mojibake-repaired")]


@pytest.mark.parametrize("streamed", [False, True])
def test_invalid_utf8_replaced_is_a_coded_repair(streamed: bool) -> None:
    body = "Body with café and naïve words. " * 20
    data = f"Títle café\r\n\r\n{body}".encode() + b"\xff here.\r\n" + "More café text.\n".encode() * 50
    if streamed:
        (article,) = newsparse.iter_load(data, chunk_size=16)
    else:
        (article,) = newsparse.load(data)
    assert article.provenance is not None
    repairs = article.provenance.repairs
    assert all(isinstance(r, Repair) for r in repairs)
    assert {r.code for r in repairs} >= {"invalid-utf8-replaced", "line-endings-normalised"}, repairs
    assert "invalid UTF-8 bytes replaced" in repairs


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xef\xbb\xbfA\n\xef\xbb\xbfB\n\nBody.\n", "bom-removed"),
        (b"Title\n\nBo\x07dy.\n", "controls-removed"),
        ("Title\n\nBody text.\n".encode("utf-16-le"), "utf16-without-bom"),
        ("Título\n\nCuerpo y más.\n".encode("utf-16") + b"\x00\xd8", "undecodable-replaced"),
    ],
)
def test_decoding_repairs_are_coded(data: bytes, code: str) -> None:
    result = newsparse.parse(data)
    assert code in [r.code for r in result.repairs], result.repairs


def test_lone_surrogates_replaced_is_coded() -> None:
    result = newsparse.parse_text("Title\n\nBody \ud800 text.\n")
    assert [r.code for r in result.repairs] == ["surrogates-replaced"]


# --- detectors that crash, fail, or give plain strings -------------------------------------------


class _Crashing:
    name = "crashing-test"

    def sniff(self, head: str) -> float:
        raise RuntimeError("boom")

    def split(self, text: str) -> Iterator[RawArticle]:
        raise RuntimeError("never")


class _Failing:
    name = "failing-test"

    def sniff(self, head: str) -> float:
        return 1.0

    def split(self, text: str) -> Iterator[RawArticle]:
        yield RawArticle(0, 5, {"title": "Hello"}, ("a plain string from a plug-in",))
        yield RawArticle(3, 2, {"title": "Back"})
        raise RuntimeError("cannot split this")


@pytest.fixture
def registered() -> Iterator[None]:
    newsparse.register_detector(_Crashing())
    newsparse.register_detector(_Failing())
    try:
        yield
    finally:
        newsparse.unregister_detector("crashing-test")
        newsparse.unregister_detector("failing-test")


@pytest.mark.usefixtures("registered")
def test_a_detector_that_crashes_or_fails_gives_coded_problems() -> None:
    result = newsparse.parse_text("Hello world\n\nBody of the text.\n")
    codes = [p.code for p in result.problems]
    assert codes == ["detector-crashed", "detector-span-clamped", "detector-failed"], result.problems
    assert result.problems[0] == "detector 'crashing-test' crashed while sniffing: RuntimeError: boom"
    assert result.problems[2] == "detector 'failing-test' failed: RuntimeError: cannot split this"
    first = result.articles[0]
    assert first.problems == ("a plain string from a plug-in",)
    assert [p.code for p in first.problems] == ["detector-problem"]


def test_a_plain_string_problem_on_a_raw_article_gets_detector_problem() -> None:
    raw = RawArticle(0, 1, None, ("plain", Problem("item-empty", "coded")))
    assert [(p, p.code) for p in raw.problems] == [("plain", "detector-problem"), ("coded", "item-empty")]


def test_a_detector_yielding_something_else_is_detector_bad_output() -> None:
    class Odd:
        name = "odd-test"

        def sniff(self, head: str) -> float:
            return 1.0

        def split(self, text: str) -> Iterator[object]:
            yield "not a raw article"

    newsparse.register_detector(Odd())
    try:
        result = newsparse.parse_text("Some text here.\n")
    finally:
        newsparse.unregister_detector("odd-test")
    assert [p.code for p in result.problems] == ["detector-bad-output"]


# --- they are strings: equality, printing, JSON, pickling, evolve ---------------------------------


def test_a_problem_is_exactly_todays_text() -> None:
    result = newsparse.parse(b'{"title": "A", "text": "One."}\n{"title": "B", "te\n', name="crawl.jsonl")
    (problem,) = result.problems
    text = str(problem)
    assert type(text) is str
    assert text == problem == "line 2 is not valid JSON: " + text.split(": ", 1)[1]
    assert text.endswith("(characters 31-49)")
    assert repr(problem) == repr(text)
    assert hash(problem) == hash(text)
    assert problem in {text}
    assert f"{problem}" == text


def test_to_dict_and_json_give_plain_strings() -> None:
    (article,) = newsparse.load(b'{"title": "A", "text": "Body.", "published": "someday"}\r\n')
    record = article.to_dict()
    assert all(type(p) is str for p in record["problems"])
    assert all(type(r) is str for r in record["provenance"]["repairs"])
    assert json.loads(json.dumps(record))["problems"] == [str(article.problems[0])]


def test_problems_and_repairs_survive_pickling() -> None:
    data = b'{"title": "A", "text": "One.", "published": "someday"}\r\n{"title": "B", "te\r\n'
    result = newsparse.parse(data, name="crawl.jsonl")
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert [(p.code, p.location) for p in again.problems] == [(p.code, p.location) for p in result.problems]
    assert [p.code for p in again.articles[0].problems] == ["date-unreadable"]
    assert again.articles[0].provenance is not None
    assert [r.code for r in again.articles[0].provenance.repairs] == ["line-endings-normalised"]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        problem = pickle.loads(pickle.dumps(result.problems[0], protocol=protocol))
        assert type(problem) is Problem
        assert (problem, problem.code, problem.location) == (
            result.problems[0],
            "record-broken",
            result.problems[0].location,
        )


def _parse_in_a_worker(data: bytes) -> newsparse.Result:
    return newsparse.parse(data, name="crawl.jsonl")


def test_problems_keep_their_codes_across_processes() -> None:
    """What the CLI's --jobs and dask do: results come back from another process by pickling."""
    data = b'{"title": "A", "text": "One.", "published": "someday"}\n{"title": "B", "te\n'
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        result = pool.submit(_parse_in_a_worker, data).result()
    (problem,) = result.problems
    assert (type(problem), problem.code, problem.location.line) == (Problem, "record-broken", 2)
    assert [p.code for p in result.articles[0].problems] == ["date-unreadable"]


def test_evolve_keeps_the_codes_and_plain_strings_get_other() -> None:
    (article,) = newsparse.load(b'{"title": "A", "text": "Body.", "published": "someday"}\n')
    changed = attrs.evolve(article, title="B")
    assert [p.code for p in changed.problems] == ["date-unreadable"]
    by_hand = attrs.evolve(article, problems=[*article.problems, "written by hand"])
    assert [p.code for p in by_hand.problems] == ["date-unreadable", "other"]
    assert by_hand.problems[1] == "written by hand"


def test_a_problem_is_immutable_and_reworded_keeps_the_code() -> None:
    problem = Problem("record-broken", "post 2 could not be read", Location(record=2))
    with pytest.raises(AttributeError):
        problem.code = "other"  # type: ignore[misc]
    longer = problem.reworded(f"{problem} (characters 1-9)", start=1, end=9)
    assert (longer, longer.code, longer.location) == (
        "post 2 could not be read (characters 1-9)",
        "record-broken",
        Location(record=2, start=1, end=9),
    )


# --- one registry of codes: the source, CODES and the errors page agree ---------------------------

# the modules whose Problem(...) calls carry a code made elsewhere (a wrapper, error_code, reworded)
_PASS_THROUGH = {
    "_problems.py",
    "_json.py",
    "_arrays.py",
    "_records.py",
    "_pipeline.py",
    "jsonlines.py",
    "wordpress.py",
}


def _code_literals(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _code_literals(node.body)
        yield from _code_literals(node.orelse)


def _codes_in_source() -> tuple[set[str], list[str]]:
    """The codes the source gives to Problem/Repair/as_problems or compares ``.code`` with, and any
    non-literal code outside the modules that only pass codes on."""
    found: set[str] = set()
    unchecked: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                if node.func.id in ("Problem", "Repair"):
                    literals = list(_code_literals(node.args[0]))
                    found.update(literals)
                    if not literals and path.name not in _PASS_THROUGH:
                        unchecked.append(f"{path.name}:{node.lineno}")
                elif node.func.id == "as_problems" and len(node.args) == 2:
                    found.update(_code_literals(node.args[1]))
            elif isinstance(node, ast.Compare) and any(
                isinstance(side, ast.Attribute) and side.attr == "code" for side in [node.left, *node.comparators]
            ):
                for side in node.comparators:
                    elements = side.elts if isinstance(side, ast.Tuple | ast.Set | ast.List) else [side]
                    for element in elements:
                        found.update(_code_literals(element))
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id.endswith("_CODES") for t in node.targets
            ):
                found.update(c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant))
    return found, unchecked


def test_every_code_used_in_the_source_is_registered_and_every_registered_code_is_used() -> None:
    found, unchecked = _codes_in_source()
    assert not unchecked, f"codes that are not literals: {unchecked}"
    assert found - set(CODES) == set(), "used but not in CODES"
    assert set(CODES) - found == set(), "in CODES but never used"


def test_the_errors_page_documents_every_code_with_its_meaning() -> None:
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (.+?) \| (.+?) \|$", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    assert {code: meaning for code, meaning, _ in rows} == dict(CODES)
    assert len(rows) == len(CODES)


def test_codes_are_kebab_case() -> None:
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", code) for code in CODES)


# --- helpers -------------------------------------------------------------------------------------


def _streamed_problems(data: bytes, chunk_size: int) -> list[str]:
    problems: list[str] = []
    for _ in newsparse.iter_load(data, chunk_size=chunk_size, problems=problems):
        pass
    return problems
