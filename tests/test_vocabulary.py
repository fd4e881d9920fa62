"""One vocabulary: every reader and sniff uses the same phrase lists, kept once, in newsparse.vocabulary."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._captions import looks_like_caption, split_credit
from newsparse._meta import is_end_note, parse_byline, split_dateline
from newsparse._model import Dropped
from newsparse._plaintext import read_plain
from newsparse.detectors.text.counter_footer import CounterFooterDetector
from newsparse.detectors.text.page_text import PageTextDetector
from newsparse.detectors.text.title_echo import TitleEchoDetector
from newsparse.vocabulary import ENGLISH, PATTERNS, Vocabulary, register, registered, unregister
from newsparse.vocabulary._regex import alternation

SRC = Path(__file__).resolve().parent.parent / "src" / "newsparse"


# Drift fixed: the page-text sniff knew 18 of the reader's 24 labels.
@pytest.mark.parametrize("label", ["Video", "Watch", "Update", "Interview", "Review", "VIDEO"])
def test_page_text_sniff_scores_every_label_the_reader_drops(label: str) -> None:
    text = f"{label}\n\nCouncil approves new lanes\n\nThe council approved four lanes.\n\nvia March 3, 2024\n"
    assert PageTextDetector().sniff(text) == pytest.approx(0.7)
    assert read_plain(text).dropped[0] == Dropped(label, "label")


# Drift fixed: a label or note phrase before a colon was read as a dateline's place ("EDITOR'S NOTE" was not
# a place only as the two words "EDITOR'S" and "NOTE"; "READ MORE" likewise; labels other than eight were missing).
@pytest.mark.parametrize(
    "paragraph",
    [
        "EDITOR'S NOTE: This story contains graphic details.",
        "EDITOR’S NOTE: This story contains graphic details.",
        "BREAKING NEWS: A fire broke out downtown.",
        "FACT CHECK: The claim is false.",
        "READ MORE: How the vote works.",
        "EXPLAINER: How the vote works.",
        "REUTERS: The talks went on.",
    ],
)
def test_labels_and_notes_are_not_datelines(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_a_real_dateline_still_splits() -> None:
    assert split_dateline("PORTLAND, Oregon — Agents left.") == ("PORTLAND, Oregon", "Agents left.")


# Drift fixed: datelines knew nine agencies; credits and bylines knew others.
def test_a_dateline_credits_any_known_agency() -> None:
    assert split_dateline("TOKYO (Kyodo) — The yen fell.") == ("TOKYO", "The yen fell.")
    assert split_dateline("SEOUL (Yonhap) — Talks resumed.") == ("SEOUL", "Talks resumed.")


# Drift fixed: photo credits knew KCNA, EPA, Sputnik...; bylines did not take them as a source.
@pytest.mark.parametrize("agency", ["KCNA", "EPA", "Sputnik"])
def test_a_byline_source_can_be_any_known_agency(agency: str) -> None:
    assert parse_byline(f"By Jane Doe, {agency}") == (["Jane Doe"], agency)


# Drift fixed: "And"/"AND" separated names only without a comma before them.
def test_a_capitalised_conjunction_after_a_comma_separates_names() -> None:
    assert parse_byline("By Jane Doe, And John Roe") == (["Jane Doe", "John Roe"], None)


# Drift fixed: the counter-footer detector took only space, tab and no-break space inside a counter; the reader
# took any whitespace, so a thin-spaced counter ended an article for the reader but not for the splitter.
def test_counter_footer_splits_on_every_counter_the_reader_reads() -> None:
    text = "First\n\nOne.\n\nView\u2009227\u2009times\n\nSecond\n\nTwo.\n\nViews:\u20095\n"
    assert CounterFooterDetector().sniff(text) == pytest.approx(0.9)
    first, second = newsparse.split_articles(text, detector="counter-footer")
    assert (first.title, first.views, second.title, second.views) == ("First", 227, "Second", 5)


# Drift fixed: the page-text splitter took "via" footers of at most 79 characters, the reader of 80.
def test_page_text_cuts_after_every_via_footer_the_reader_reads() -> None:
    site = "S" + "x" * 79
    text = f"Featured\n\nFirst title\n\nOne.\n\nvia {site}\nSecond title\n\nTwo.\n"
    first, second = newsparse.split_articles(text, detector="page-text")
    assert (first.dropped[-1].text, first.dropped[-1].reason, second.title) == (f"via {site}", "footer", "Second title")


# Drift fixed: title-echo counted only "Updated <time>" as a timestamp marker; the reader reads "Last updated",
# "Modified" and "Updated:" too.
@pytest.mark.parametrize("stamp", ["Last updated 5 May 2024", "Modified 5 May 2024", "Updated: 5 May 2024"])
def test_title_echo_counts_the_timestamps_the_reader_reads(stamp: str) -> None:
    text = f"Title here\n\n{stamp}\nTitle here\n\nBody.\n"
    assert TitleEchoDetector().sniff(text) == pytest.approx(0.9)
    assert read_plain(text).dropped[0].reason == "timestamp"


# Drift fixed: "(Writing by ...)" and "By<tab>Name" were bylines to parse_byline but body text to the header reader.
@pytest.mark.parametrize("line", ["(Writing by Jane Doe)", "By\tJane Doe"])
def test_the_header_reads_every_byline_parse_byline_reads(line: str) -> None:
    draft = read_plain(f"Title here\n\n{line}\n\nThe body text is here.")
    assert (draft.authors, draft.paragraphs) == (["Jane Doe"], ["The body text is here."])


# Drift fixed: a tail credit needed "photo" or "via" though "image" and "credit" make a line a credit.
def test_a_tail_credit_may_use_any_credit_word() -> None:
    assert split_credit("Rescuers at the site on Monday. Image courtesy of NASA") == (
        "Rescuers at the site on Monday.",
        "Image courtesy of NASA",
    )


# Bug fixed: "file" opened a caption before any dash ("File-sharing"), and not before a spaced long dash.
def test_caption_labels_need_a_colon_or_a_spaced_dash() -> None:
    assert not looks_like_caption("File-sharing sites are booming again")
    assert looks_like_caption("FILE — Soldiers march in the capital, May 9, 2024")
    assert looks_like_caption("FILE - Soldiers march in the capital, May 9, 2024")


# One place: the phrase lists live in the vocabulary's data module only.
_KNOWN = [
    "Short Url", "Skip Advertisement", "Breaking News", "Fact Check", "Getty Images", "Shutterstock", "KCNA",
    "Agence France-Presse", "Associated Press", "september", "yesterday", "contributed", "appeared", "byline-share",
    "newsletter", "Telegraph", "della", "pictured",
]  # fmt: skip


@functools.cache
def _literals(path: Path) -> tuple[str, ...]:
    """The string constants of a module's code: docstrings left out (they may quote a phrase as an example).

    Read once for all the phrases (each module parsed once per run, not once per phrase).
    """
    return tuple(_each_literal(path))


def _each_literal(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def _lists(phrase: str, literal: str) -> bool:
    """Whether a string constant is the phrase, holds it as a regex alternative, or as a word of a word list."""
    alternative = rf"(?:^|[|(:\s]){re.escape(phrase)}(?:$|[|)?\s])"
    return literal.casefold() == phrase.casefold() or (
        (any(mark in literal for mark in "|(") or literal.count(" ") > 4)
        and re.search(alternative, literal, re.IGNORECASE) is not None
    )


@pytest.mark.parametrize("phrase", _KNOWN)
def test_no_phrase_list_outside_the_vocabulary(phrase: str) -> None:
    """A phrase as a string constant or a regex alternative appears in vocabulary/_english.py only."""
    holders = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if any(_lists(phrase, literal) for literal in _literals(path))
    ]
    assert holders == ["vocabulary/_english.py"]


def test_the_sublists_are_in_their_lists() -> None:
    for vocabulary in registered():
        chrome = {p.casefold() for p in vocabulary.chrome}
        assert {p.casefold() for p in (*vocabulary.body_chrome, *vocabulary.echo_markers)} <= chrome


@pytest.mark.parametrize(
    "note",
    [
        "CNN’s Samantha Waldenberg contributed to this report.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "This story was first published on May 5, 2024.",
        "© 2024 The Town Herald",
        "Follow Jane Doe on X @jane",
        "This article has been corrected.",
        "Jane Doe reported from Kyiv.",
    ],
)
def test_every_end_note_passes_the_cheap_word_test(note: str) -> None:
    assert is_end_note(note)
    assert any(word in note.lower() for word in PATTERNS.end_note_words)


def test_patterns_are_built_once_at_first_use() -> None:
    PATTERNS.reset()
    assert "end_note" not in vars(PATTERNS)
    labels = PATTERNS.labels  # the first use builds every pattern
    first = vars(PATTERNS)["end_note"]
    assert PATTERNS.end_note is first
    assert PATTERNS.labels is labels


@pytest.fixture
def french() -> Iterator[None]:
    register(
        Vocabulary(
            language="fr",
            chrome=("Partager",),
            labels=("Vidéo", "À la une"),
            via=("via",),
            views_before=("vues",),
            views_verbs=("vu",),
            views_times=("fois",),
            views_after=("vues", "lectures"),
            months={"mai": 5},
        )
    )
    try:
        yield
    finally:
        unregister("fr")


@pytest.mark.usefixtures("french")
def test_a_language_is_added_as_data() -> None:
    text = "À la une\n\nLe titre\n\nPartager\n\nLe corps du texte.\n\nVu 12 fois\n\n\n"
    text += "Second titre\n\nDeux.\n\n3 lectures\n"
    draft = read_plain(text.split("\n\n\n")[0])
    assert (draft.title, draft.paragraphs, draft.views) == ("Le titre", ["Le corps du texte."], 12)
    assert [d.reason for d in draft.dropped] == ["label", "site chrome", "footer"]
    assert CounterFooterDetector().sniff(text) == pytest.approx(0.9)
    assert PageTextDetector().sniff("Vidéo\n\nTitre\n\nvia 5 mai 2024") == pytest.approx(0.7)
    assert newsparse.parse_text("Titre\n\nCorps.\n\nvia 5 mai 2024").articles[0].published == "2024-05-05"


def test_unregistering_restores_english_only() -> None:
    register(Vocabulary(language="xx", chrome=("Zzyzx",)))
    unregister("xx")
    assert registered() == (ENGLISH,)
    assert "zzyzx" not in PATTERNS.chrome


def test_page_chrome_classes_follow_the_vocabularies_registered_now() -> None:
    """A class word of a vocabulary registered after pages were read marks chrome; unregistered, it no longer does."""
    story = "<p>" + "A sentence of the story that goes on for a while. " * 4 + "</p>"
    box = '<div class="kasten-zzyzq">' + "<p>" + "Words of a box beside the story, long enough. " * 2 + "</p></div>"
    page = f"<html><body><article>{story * 3}{box}</article></body></html>".encode()

    def box_kept() -> bool:
        return "Words of a box" in (newsparse.parse(page, detector="html-page").articles[0].body or "")

    assert box_kept()  # the class is remembered as not chrome ...
    register(Vocabulary(language="xx", chrome_classes=("zzyzq",)))
    try:
        assert not box_kept()  # ... until a vocabulary names it
    finally:
        unregister("xx")
    assert box_kept()


def test_dates_read_before_a_vocabulary_is_registered_are_read_anew_after() -> None:
    """The date reader remembers what it read, by value and by the vocabularies registered at the time."""
    from newsparse._dates import read

    assert read("14 Zzyzxmonth 2024") is None
    register(Vocabulary(language="xx", months={"zzyzxmonth": 3}))
    try:
        reading = read("14 Zzyzxmonth 2024")
        assert reading is not None
        assert reading.iso == "2024-03-14"
    finally:
        unregister("xx")
    assert read("14 Zzyzxmonth 2024") is None


_WORDS = st.lists(st.text(alphabet="abc. ", min_size=1, max_size=6), min_size=1, max_size=12)


@given(words=_WORDS, probe=st.text(alphabet="abc. ", max_size=8))
def test_alternation_matches_exactly_its_words_longest_first(words: list[str], probe: str) -> None:
    """alternation(words) matches each word and nothing else; at a position, the longest word that starts there."""
    pattern = re.compile(alternation(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert bool(pattern.fullmatch(probe)) == (probe in words)
    starts = [word for word in words if probe.startswith(word)]
    match = pattern.match(probe)
    assert (match.group() if match else None) == (max(starts, key=len) if starts else None)
