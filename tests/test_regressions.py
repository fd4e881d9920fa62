"""Failing examples found by the property tests and the fuzzer, kept as explicit tests.

Each test names where the bug was found and what was wrong; the fix is in
CHANGELOG.md under "Fixed".
"""

from __future__ import annotations

import json

import newsparse
from newsparse import Caption
from newsparse._repair import repair_mojibake

from .conftest import sample_path
from .strategies import representable


def test_clean_html_with_a_lone_surrogate_does_not_crash() -> None:
    """Fuzzer (clean_html target): lxml raised UnicodeEncodeError on a lone surrogate in markup."""
    assert newsparse.clean_html("<p>a\ud800b</p>") == "a\ufffdb"
    assert newsparse.clean_html("<b>\udcff</b><p>x</p>") == "\ufffd\n\nx"


def test_concatenated_wordpress_arrays_keep_every_post() -> None:
    """Property 1 (concatenation): ``cat a.json b.json`` of two arrays silently lost the second array."""
    post = sample_path("002").read_text(encoding="utf-8")
    one = newsparse.split_articles(post)[0]
    result = newsparse.parse_text(f"[{post}]\n[{post},{post}]")
    assert result.problems == ()
    assert [a.title for a in result.articles] == [one.title] * 3
    assert result.articles[2].body == one.body


def test_garbage_after_a_wordpress_array_is_reported() -> None:
    """The same fix: what follows an array and is not JSON is reported, never silently ignored."""
    post = sample_path("002").read_text(encoding="utf-8")
    result = newsparse.parse_text(f"[{post}] trailing words")
    assert len(result.articles) == 1
    assert len(result.problems) == 1
    assert "could not be read" in result.problems[0]


def test_concatenated_wordpress_objects_are_read_by_the_wordpress_detector() -> None:
    """``cat post1.json post2.json``: both posts, no detector failure reported."""
    post = sample_path("002").read_text(encoding="utf-8")
    result = newsparse.parse_text(post + "\n" + post)
    assert result.problems == ()
    assert [a.provenance.detector for a in result.articles if a.provenance] == ["wordpress", "wordpress"]


def test_mojibake_repair_on_a_long_line_does_not_duplicate_text() -> None:
    """Property 3 (mojibake, WordPress JSON on one line): repair windows on a line longer than 8 KiB
    overlapped, so text between two nearby hits was written twice and words were glued."""
    clean = " ".join(f"w{i}" for i in range(3000)) + " It’s " + "y " * 900 + "it’s " + "z " * 3000
    broken = clean.encode("utf-8").decode("cp1252", errors="strict")
    repaired, spans = repair_mojibake(broken)
    assert repaired == clean
    assert spans


def test_nbsp_after_a_view_counter_still_ends_the_entry() -> None:
    """Property 4 (whitespace): "View 221 times" followed by a non-breaking space was not seen as the
    footer, and two feed entries merged into one."""
    text = "Title A\n\nBody A.\n\nView 221 times\u00a0\n\nTitle B\n\nBody B.\n\nView 12 times"
    assert [(a.title, a.views) for a in newsparse.split_articles(text)] == [("Title A", 221), ("Title B", 12)]


def test_credit_under_the_second_copy_of_a_caption_is_kept() -> None:
    """Property 6 (duplicating a caption line): when a caption is printed twice and the credit follows the
    second copy, the credit was dropped as a "duplicate caption" and the caption lost it."""
    caption = "In this photo provided by the government, the leader inspects troops at a base."
    credit = "Korean Central News Agency/Korea News Service via AP"
    text = f"Featured\n\nA headline here\n\n{caption}\n{caption}\n{credit}\n\nThe body starts.\n\nIt goes on."
    (article,) = newsparse.split_articles(text)
    assert article.captions == (Caption(caption, credit),)
    assert article.body == "The body starts.\n\nIt goes on."
    assert [d.reason for d in article.dropped] == ["label", "duplicate caption"]


def test_wordpress_json_round_trip_in_every_style() -> None:
    """Property 1 (split invariance) also holds when the post is re-serialised."""
    post = sample_path("002").read_text(encoding="utf-8")
    reference = newsparse.split_articles(post)[0].to_dict()
    value = json.loads(post)
    for styled in (json.dumps(value, ensure_ascii=False), json.dumps(value, indent=2)):
        got = newsparse.split_articles(styled)[0].to_dict()
        del got["provenance"]
        assert got == {k: v for k, v in reference.items() if k != "provenance"}


def test_mojibake_repair_on_a_long_line_without_spaces_is_exact() -> None:
    """Adversarial 50 MB line: on a long line with no space, repair windows were cut at arbitrary
    characters (splitting mojibake sequences, which were then left broken), and finding each window's
    edges scanned the whole line (quadratic). Edges now land on an ASCII character, searched nearby."""
    clean = ("caf\u00e9" * 10 + "\u2019") * 2000
    broken = clean.encode("utf-8").decode("latin-1")
    repaired, spans = repair_mojibake(broken)
    assert repaired == clean
    assert spans


def test_a_huge_first_line_is_body_not_title() -> None:
    """Adversarial 50 MB line: a one-line dump became a 50 MB title and an empty body (and splitting
    the line into words to compare it with the title took ~18x the input in memory)."""
    line = "word " * 2000
    (article,) = newsparse.split_articles(line)
    assert article.title is None
    assert article.body == line.strip()
    (article,) = newsparse.split_articles("A real title\n\n" + line)
    assert (article.title, article.body) == ("A real title", line.strip())


def test_wordpress_array_reads_on_after_a_broken_post() -> None:
    """Adversarial "one broken post among good ones": a syntax error in post 2 lost every post after it.
    Reading now resumes at the next ", {" from which a whole post decodes."""
    good = '{"title": {"rendered": "Good %d"}, "content": {"rendered": "<p>Body.</p>"}, "date_gmt": "2024-01-01"}'
    text = (
        "[" + ", ".join([good % 1, '{"title": {"rendered": "Bad"}, "content": {"rendered": "<p>oops}}', good % 2]) + "]"
    )
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["Good 1", "Good 2"]
    (problem,) = result.problems
    assert "post 2 could not be read" in problem


def test_resync_after_a_broken_post_skips_objects_nested_in_it() -> None:
    """Thorough profile (encoding property, a JSON-unaware test transformation made post 1 invalid): after
    a broken post, reading resumed at an object nested in its "_links" and reported it as post 2; it now
    resumes only at an object with a post's keys, so the real post 2 comes out."""
    post = sample_path("002").read_text(encoding="utf-8")
    value = json.loads(post)
    good = json.dumps(value, ensure_ascii=False)
    broken = good.replace("\u201c", '"', 1)  # a curly quote made straight ends a JSON string too early
    result = newsparse.parse_text(f"[{broken},\n{good}]")
    assert [a.title for a in result.articles] == [newsparse.split_articles(post)[0].title]
    (problem,) = result.problems
    assert "post 1 could not be read" in problem


def test_a_body_line_repeating_a_caption_whose_credit_was_merged_away_is_dropped() -> None:
    """Thorough profile (duplicating a caption line): two captions with the same text and different credits
    merge into one (the first credit kept); a body line "text <second credit>" stayed in the body."""
    text = "Troops march in the capital during the parade on Monday morning."
    article = newsparse.Article(
        title="T",
        body=f"{text} Reuters\n\nThe story.",
        captions=[Caption(text, "AFP"), Caption(text, "Reuters")],
    )
    deduped = newsparse.dedupe_captions(article)
    assert deduped.captions == (Caption(text, "AFP"),)
    assert deduped.body == "The story."
    assert [d.text for d in deduped.dropped] == [f"{text} Reuters"]


def test_problems_never_hold_lone_surrogates() -> None:
    """Fuzzer (records target): a record whose keys held a lone surrogate ("\\udba1" escapes) put it
    verbatim into "no title or body field found (keys: ...)", so the problem could not be encoded."""
    result = newsparse.parse(b'[{"\\udba1x": 1, "zzz": 2}, {"title": "ok", "body": "Body."}]')
    assert result.problems
    json.dumps(list(result.problems), ensure_ascii=False).encode("utf-8")
    for article in result.articles:
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_latin1_english_with_one_no_break_space_is_not_decoded_as_big5() -> None:
    """Thorough profile (encoding invariance, sample 001 in latin-1): the only non-ASCII byte was a
    no-break space (0xA0); charset-normalizer said big5hkscs, which ate the byte after it."""
    sample = sample_path("001").read_text(encoding="utf-8")
    first = sample[: sample.index("\n\n\n")]
    text = representable("\n\n\n".join([first] * 3), "latin-1")  # typographic punctuation made ASCII
    assert {c for c in text if not c.isascii()} == {"\u00a0"}
    result = newsparse.parse(text.encode("latin-1"))
    assert result.encoding in ("cp1252", "latin-1")
    assert result.text == text
