"""The faster sniff scans of the fourth speed session give what their plain forms gave, on any head.

* ``pr_words``: one scan of the folded head for "proquest" and "europresse",
  against ``word in head.lower()`` (what proquest and europresse asked before);
* ``tag_hints``: the tags' kinds read from the tags found, against the named
  groups of the pattern they were found by before (commit 459821a);
* factiva-html's article-tag check over the "Article" words a regex finds,
  against the check of every ``<div>`` tag of the head.

The whole sniffs are compared with their frozen forms in ``tests/test_sniff_scores.py``.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.detectors import HEAD_SIZE

from .test_sniff_scores import PAGE_TEXTS, TEXTS

_CASES = st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase])


def _made_of(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts of ``pieces`` in any case, and the generated texts and pages of the frozen-score tests."""
    joined = st.builds(lambda parts, case: case("".join(parts)), st.lists(st.sampled_from(pieces), max_size=16), _CASES)
    return st.one_of(joined, joined, joined, TEXTS, PAGE_TEXTS)


_PR_PIECES = [
    "proquest", "ProQuest", "PROQUEST", "proques", "pro", "quest", "proq", "uest", "europresse", "Europresse",
    "europress", "europ", "resse", "presse", "euro", "pr", "p", "r", "e", "q", " ", "<", "\n", "\u0130", "\u0131",
    "\u017f", "\u212a", "é", "Ä",
]  # fmt: skip


@settings(max_examples=400)
@given(text=_made_of(_PR_PIECES))
@example(text="presse quest proques europress")
@example(text="a EuroPresse and a PROQUEST")
def test_pr_words_are_the_words_in_the_lower_cased_head(text: str) -> None:
    from newsparse.detectors._sniff import pr_words

    head = text[:HEAD_SIZE]
    lower = head.lower()
    assert pr_words(head) == {word for word in ("proquest", "europresse") if word in lower}


_ARTICLE_PIECES = [
    '<div class="article enArticle">', "<div class='article deArticle' id=x>", "<DIV CLASS=article", " frArticle",
    '<div class="enArticle">', "<div", "<div ", "<dıv", "<d\u0130v", "<span", "Article", "ArticleArticle", "article",
    "<", ">", '"', "'", " ", "=", "class", "-", "en", "x", "\n", "é", "\u212a",
]  # fmt: skip


@settings(max_examples=400)
@given(text=_made_of(_ARTICLE_PIECES))
@example(text='<div class="x">Article<div class="article enArticle">')
@example(text='<div class="article enArticle" title="Article">')
def test_factiva_html_finds_an_article_tag_as_the_walk_over_every_div_tag_does(text: str) -> None:
    from newsparse.detectors.exports.factiva_html import _DIV_TAG, _has_article_tag, _is_article_tag

    head = text[:HEAD_SIZE]
    assert _has_article_tag(head) == any(_is_article_tag(tag.group()) for tag in _DIV_TAG.finditer(head))


# The tag scan of commit 459821a: each kind a named group.
_GROUPED_TAG_HINTS = re.compile(
    rb"<(?:(?P<bold>b>)|(?P<factiva>accessionno|leadparagraph|tailparagraphs|baselanguage)"
    rb"|(?P<block>pre|xmp|textarea|code|pla))"
)
_TAG_PIECES = [
    "<b>", "<B>", "<b >", "<accessionNo>", "<leadParagraph", "<tailParagraphs", "<baseLanguage", "<pre>", "<PRE",
    "<xmp", "<textarea", "<code", "<plaintext", "<pla", "<pl", "<", "b>", "<ba", "<ta", "<p>", "<<b>", "<<pre", "x",
    "\n", "\u212a", "İ", "<\u0130", "<br>", "<tailparagraph",
]  # fmt: skip


@settings(max_examples=400)
@given(text=_made_of(_TAG_PIECES))
@example(text="<<b><<pre<tailparagraph<accessionno")
def test_tag_hints_are_the_kinds_the_grouped_pattern_found(text: str) -> None:
    from newsparse.detectors._sniff import folded, tag_hints

    head = text[:HEAD_SIZE]
    assert tag_hints(head) == {str(tag.lastgroup) for tag in _GROUPED_TAG_HINTS.finditer(folded(head))}
