"""Issue 8, plain text: nothing lost when captions merge, and work that grows linearly with the header.

The work-bound tests count the Python lines newsparse executes (``sys.settrace``),
or the list elements a method moves, at 1x and 10x input: a quadratic step gives
~100x, a linear one ~10x. No test looks at the clock.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Caption, Dropped, dedupe_captions
from newsparse import _captions as captions
from newsparse import _plaintext as plaintext
from newsparse.detectors.text import blank_blocks as plain_detector
from newsparse.detectors.text.blank_blocks import BlankBlocksDetector
from newsparse.vocabulary import PATTERNS

SHORTER = "duplicate caption (shorter version)"
OTHER_CREDIT = "duplicate caption (other credit)"
_SRC = str(Path(newsparse.__file__).parent)
_LINEAR = 15  # 10x input may cost at most this many times the work of 1x (quadratic work gives ~100)

_PHRASES = (
    "soldiers stand guard near the border crossing on a cold morning",
    "residents walk past the damaged market in the old town centre",
    "the minister speaks to reporters after the meeting in the capital",
    "firefighters work to put out a blaze at a warehouse near the port",
    "supporters wave flags as the motorcade passes through the square",
)
_CREDITS = ("AFP", "Reuters", "File/AFP", "AP Photo/Jane Doe")
_FIRST = ("Jane", "John", "Maria", "Ahmed", "Li")
_LAST = ("Smith", "Doe", "Garcia", "Khan", "Wei")


def _work(function: Callable[..., Any], *args: Any) -> int:
    """The number of newsparse source lines executed by ``function(*args)``."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code.co_filename.startswith(_SRC) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        function(*args)
    finally:
        sys.settrace(previous)
    return count


def _assert_linear(build: Callable[[int], Any], run: Callable[[Any], Any], n: int) -> None:
    small, large = _work(run, build(n)), _work(run, build(10 * n))
    assert large <= _LINEAR * small, f"work {small} at 1x, {large} at 10x"


def _caption(k: int) -> str:
    return f"In this photo {k}, {_PHRASES[k % len(_PHRASES)]}."


def _header_article(header: list[str]) -> str:
    body = [f"Paragraph {k} says the council met for hours and agreed on a plan." for k in range(3)]
    return "\n".join(["A headline about the council", *header, "", "\n\n".join(body)])


# --------------------------------------------------------------------------- a caption and a longer version


@pytest.mark.parametrize("short_first", [True, False], ids=["short-first", "long-first"])
def test_a_caption_line_merged_into_a_longer_version_is_kept_in_dropped(short_first: bool) -> None:
    """The shorter of a caption and its longer version was in no field and not in dropped."""
    long = _caption(1)
    short = long[:48]
    header = [short, f"{long} (AFP)"] if short_first else [f"{long} (AFP)", short]
    (article,) = newsparse.split_articles(_header_article(header))
    assert article.captions == (Caption(long, "AFP"),)
    assert Dropped(short, SHORTER) in article.dropped
    assert [d for d in article.dropped if d.reason.startswith("duplicate caption (")] == [Dropped(short, SHORTER)]


def test_a_caption_line_whose_credit_lost_to_another_copy_is_kept_in_dropped() -> None:
    """Two copies of a caption with different credits: the first credit is kept, the second line is dropped."""
    text = _caption(2)
    (article,) = newsparse.split_articles(_header_article([f"{text} (AFP)", text, "Reuters"]))
    assert article.captions == (Caption(text, "AFP"),)
    assert Dropped("Reuters", OTHER_CREDIT) in article.dropped


def test_dedupe_captions_records_a_caption_merged_into_a_longer_one() -> None:
    """For captions given as fields (no lines), the merged-away caption is recorded as it was given."""
    long = _caption(3)
    article = Article(title="T", body="The story.", captions=[Caption(long[:45], "AFP"), Caption(long)])
    deduped = dedupe_captions(article)
    assert deduped.captions == (Caption(long, "AFP"),)
    assert deduped.dropped == (Dropped(f"{long[:45]} (AFP)", SHORTER),)
    assert dedupe_captions(deduped) == deduped


def test_dedupe_captions_reports_a_credit_that_lost_to_another_copy() -> None:
    """Captions given as fields: the same text with two credits keeps the first; the second is a problem."""
    text = _caption(4)
    deduped = dedupe_captions(
        Article(title="T", body="The story.", captions=[Caption(text, "AFP"), Caption(text, "Reuters")])
    )
    assert deduped.captions == (Caption(text, "AFP"),)
    assert deduped.problems == ("caption credit 'Reuters' ignored: the same caption is credited 'AFP'",)
    assert dedupe_captions(deduped) == deduped


# --------------------------------------------------------------------------- work bounds


def test_many_captions_in_one_header_take_linear_work() -> None:
    """Many distinct captions sharing their first 40 characters: each was compared with every earlier one."""

    def build(n: int) -> str:
        return _header_article(
            [f"Soldiers stand guard near the border crossing number {k}. (File/AFP)" for k in range(n)]
        )

    _assert_linear(build, newsparse.split_articles, 60)


def test_a_chain_of_longer_and_longer_captions_takes_linear_work() -> None:
    """Each caption a longer version of the one before: work stays linear in the size of the input.

    0.1.0 was linear here too (the first key matched at once); this guards the radix tree's longest paths.
    """
    words = " ".join(f"word{k}" for k in range(2000))

    def build(n: int) -> list[Caption]:
        return [Caption(f"In this photo, {words[: 40 + 10 * k]}") for k in range(n)]

    def run(captions: list[Caption]) -> Article:
        return dedupe_captions(Article(title="T", body="Body.", captions=captions))

    small, large = build(20), build(200)
    ratio = sum(len(c.text) for c in large) / sum(len(c.text) for c in small)
    assert _work(run, large) <= 2 * ratio * _work(run, small)
    assert len(run(large).captions) == 1


def test_many_credit_paragraphs_after_repeated_captions_take_linear_work() -> None:
    """A body repeating each caption then its credit: each credit was looked for among all the captions."""

    def build(n: int) -> Article:
        captions = [Caption(f"Caption {k} of the day.", f"Photographer {k}/AFP") for k in range(n)]
        body = [part for c in captions for part in (c.text, c.credit or "")] + ["The story."]
        return Article(title="T", body="\n\n".join(body), captions=captions)

    _assert_linear(build, dedupe_captions, 40)
    assert dedupe_captions(build(3)).body == "The story."


class _CountingList(list[str]):
    """A list that counts the elements its inserts and slice assignments move."""

    moved = 0

    def insert(self, index: Any, value: str) -> None:
        _CountingList.moved += len(self) - min(max(index, 0), len(self))
        super().insert(index, value)

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice):
            _CountingList.moved += len(self) - min(index.start or 0, len(self))
        super().__setitem__(index, value)


def _moved_for(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, tuple[str, ...]]:
    original = plaintext.Draft
    monkeypatch.setattr(plaintext, "Draft", lambda: original(notes=_CountingList()))
    _CountingList.moved = 0
    (article,) = newsparse.split_articles(text)
    return _CountingList.moved, article.notes


@pytest.mark.parametrize("where", ["end", "header"])
def test_many_bylines_and_end_notes_move_no_notes(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every note was inserted at the front of the notes (``list.insert(0, ...)``): quadratic."""
    n = 400
    if where == "end":
        notes = [f"{_FIRST[k % 5]} {_LAST[k // 5 % 5]}{k} contributed to this report." for k in range(n)]
        text = "Title of it\n\nThe story begins.\n\nIt goes on.\n\n" + "\n".join(notes)
        expected = tuple(notes)
    else:
        bylines = [f"By {_FIRST[k % 5]} {_LAST[k // 5 % 5]}" for k in range(n)]
        text = "Title of it\n" + "\n".join(bylines) + "\n\nThe story begins.\n\nIt goes on."
        expected = tuple(reversed(bylines[1:]))  # the order 0.1.0 gives: each extra byline in front
    moved, got = _moved_for(text, monkeypatch)
    assert got == expected
    assert moved <= n


def test_blank_blocks_sniff_copies_no_text_per_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of blank-line runs in the head: the rest of the head was copied once per run."""
    head = "Title\n\n\n\nBody.\n\n\n\n" * 3000
    copied = 0
    original = plain_detector.first_line

    def counting(text: str, *args: int) -> str:
        nonlocal copied
        if text is not head:
            copied += len(text)
        return original(text, *args)

    monkeypatch.setattr(plain_detector, "first_line", counting)
    assert BlankBlocksDetector().sniff(head) == 0.3
    assert copied <= len(head)


@given(st.text(alphabet=" \tx.y", max_size=120))
def test_the_via_footer_pattern_reads_what_it_read_before(tail: str) -> None:
    """``via`` + a run of spaces: the possessive pattern (no retry of each split of the run) reads the same."""
    line = f"via{tail}".strip()
    before = re.compile(r"^via\s+(?P<what>.{1,80})$", re.IGNORECASE).match(line)
    after = PATTERNS.via.match(line)  # the pattern lives in newsparse.vocabulary
    assert (before and before.group("what")) == (after and after.group("what"))


# --------------------------------------------------------------------------- nothing lost from a header


_FURNITURE = ("Short Url", "Follow", "Share", "Updated 21 October 2024", "Published: 20 October 2024", "TT")
_NAMES = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


@st.composite
def _headers(draw: st.DrawFn) -> dict[str, Any]:
    """A header of captions (some as shorter versions, some twice, credits inline or on the next line),
    bylines, site chrome and timestamps, then end notes; with what the article must hold, from how it was built."""
    families = draw(st.integers(1, 4))
    units = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("caption"), st.integers(0, families - 1), st.sampled_from(["bare", "paren", "next"])),
                st.tuples(st.just("caption"), st.integers(0, families - 1), st.sampled_from(_CREDITS)),
                st.tuples(st.just("short"), st.integers(0, families - 1), st.integers(41, 70)),
                st.tuples(st.just("byline"), _NAMES, st.just(0)),
                st.tuples(st.just("furniture"), st.sampled_from(_FURNITURE), st.just(0)),
            ),
            min_size=2,
            max_size=40,
        )
    )
    lines: list[str] = []
    seen: set[str] = set()
    credit_of: dict[int, str | None] = {}
    order: list[int] = []
    lost: list[Dropped] = []
    bylines: list[str] = []
    versions: list[tuple[int, str]] = []  # (family, caption text) of each line that makes a caption
    furniture: list[str] = []
    for kind, what, how in units:
        if kind == "byline":
            bylines.append(f"By {what}")
            lines.append(bylines[-1])
            continue
        if kind == "furniture":
            lines.append(str(what))
            furniture.append(str(what))
            continue
        family = int(what)
        text = _caption(family)
        if family not in order:
            order.append(family)
            credit_of[family] = None
        if kind == "short":
            line = text[: int(how)].rstrip()
            if line not in seen:
                versions.append((family, line))
            seen.add(line)
            lines.append(line)
            continue
        credit = {"bare": None, "paren": "AFP", "next": "Reuters"}.get(str(how), str(how))
        if how == "next" and text in seen:
            how = "paren"  # a credit under a second copy goes to the caption before it: not this property
        line = text if how in ("bare", "next") else f"{text} ({credit})"
        if line in seen:
            lines.append(line)  # an exact copy: a "duplicate caption", no caption of its own
            continue
        seen.add(line)
        lines.append(line)
        versions.append((family, text))
        if how == "next":
            lines.append(str(credit))  # read as the credit of the line above, whatever came before
        if credit is not None and credit_of[family] is None:
            credit_of[family] = credit
        elif credit is not None and credit != credit_of[family]:
            lost.append(Dropped(lines[-1], OTHER_CREDIT))
    longest = {family: max((t for f, t in versions if f == family), key=len) for family in order}
    lost += [Dropped(text, SHORTER) for family, text in versions if text != longest[family]]
    notes = [f"{name} contributed to this report." for name in draw(st.lists(_NAMES, max_size=6))]
    end_bylines = [f"By {name}, Reuters" for name in draw(st.lists(_NAMES, max_size=3))]
    end = draw(st.permutations(notes + end_bylines))
    return {
        "lines": lines,
        "end": end,
        "captions": [Caption(longest[f], credit_of[f]) for f in order],
        "lost": lost,
        "bylines": bylines,
        "end_bylines": [line for line in end if line in end_bylines],
        "furniture": furniture,
    }


def _held(article: Article) -> set[str]:
    held = {article.title or "", article.byline or "", *article.notes, *article.paragraphs}
    held.update(d.text for d in article.dropped)
    for caption in article.captions:
        held.add(caption.text)
        if caption.credit:
            held.update({caption.credit, f"{caption.text} {caption.credit}", f"{caption.text} ({caption.credit})"})
    return held


@given(_headers())
def test_nothing_is_lost_from_a_header_of_captions_bylines_and_end_notes(header: dict[str, Any]) -> None:
    """Every generated line is in a field or in dropped; the captions are the longest version of each,
    with the first credit printed for it; each shorter or other-credit copy is in dropped once; bylines
    and end notes are the byline and notes; chrome and timestamps are dropped."""
    body = [f"Paragraph {k} says the council met for hours and agreed on a plan." for k in range(3)]
    text = "\n".join(["A headline about the council", *header["lines"], "", "\n\n".join(body), "", *header["end"]])
    note(text)
    (article,) = newsparse.split_articles(text, detector="whole-text")  # one article: how it is read
    assert article.title == "A headline about the council"
    assert list(article.paragraphs) == body
    assert list(article.captions) == header["captions"]
    merged_away = [d for d in article.dropped if d.reason in (SHORTER, OTHER_CREDIT)]
    assert Counter(merged_away) == Counter(header["lost"])
    every_byline = header["bylines"] + list(reversed(header["end_bylines"]))
    assert article.byline == (every_byline[0] if every_byline else None)
    extra = Counter(header["end"] + header["bylines"])
    extra[article.byline or ""] -= 1
    assert Counter(article.notes) == +extra
    dropped = Counter(d.text for d in article.dropped if d.reason in ("site chrome", "timestamp"))
    assert dropped == Counter(header["furniture"])
    held = _held(article)
    for line in (*header["lines"], *header["end"]):
        assert line in held, f"line lost: {line!r}"


@given(st.text(alphabet=" \t.xX/(AFP)", max_size=120), st.sampled_from(["Kim at a rally.", "Kim at a rally"]))
def test_the_tail_credit_pattern_splits_what_it_split_before(tail: str, text: str) -> None:
    """A sentence end, a long run of spaces and a tail: the possessive pattern (no retry of each split of the
    run, which cost ~90 steps per space) gives split_credit the same answer as before."""
    line = f"{text}{tail}".strip()
    before = re.compile(r"(?<=[.!?”\"’)\]])\s+(?P<credit>[^.!?]{2,90})$").search(line)
    after = captions._TAIL_CREDIT.search(line)

    def accepted(match: re.Match[str] | None) -> tuple[int, str] | None:
        if match is None or not captions._is_tail_credit(match.group("credit").strip()):
            return None
        return match.start(), match.group("credit").strip()

    assert accepted(before) == accepted(after)
