"""Fact-check and review pages: the verdict or rating box their JSON-LD describes gives no standfirst and no date.

Each page is built from parts: a headline, a box beside the story (the claim, a
verdict, a one-sentence summary and when the claim was made; or the reviewed
work's card with its rating and a verdict sentence), a byline with the story's
own date, and the story's paragraphs. The expected article follows from the
parts: the story's date, no subtitle taken from the box, and every paragraph of
the story (the box's own text stays with it: readers' gold keeps a verdict box
inside the story).
"""

from __future__ import annotations

import json
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._htmlreview import Probe, probes

_PARAGRAPHS = [
    "A post shared thousands of times this week says the city will close the river path for good next spring.",
    "The city's works department said the path will shut for six weeks while a retaining wall is rebuilt.",
    "The council's minutes for October list the repair, its budget and the date the path opens again.",
    "A spokeswoman said the department had received dozens of calls about the post since Monday morning.",
    "Walkers will be sent over the old rail bridge, which the city repaved last year for the detour.",
]


@attrs.frozen
class _Review:
    """One page's parts, in the shape a fact-check (``claim``) or a review (``work``) page sets them."""

    kind: str  # "ClaimReview" or "Review"
    verdict: str  # the verdict's word or the rating as printed
    summary: str  # the box's one-sentence summary (a standfirst's length and shape)
    claim_date: str  # when the claim was made (fact-check) or the work came out (review), as printed
    claim_day: str  # the same, as YYYY-MM-DD
    published: str  # the story's own date, as printed in the byline
    published_day: str

    def json_ld(self) -> dict[str, Any]:
        if self.kind == "ClaimReview":
            return {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": "The city will close the river path for good next spring.",
                "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": self.verdict},
                "author": {"@type": "Organization", "name": "The Example Observer"},
            }
        return {
            "@context": "https://schema.org",
            "@type": "Review",
            "itemReviewed": {"@type": "Movie", "name": "The River Path", "director": {"name": "Ana Lindqvist"}},
            "reviewRating": {"@type": "Rating", "ratingValue": self.verdict.split("/")[0], "bestRating": "5"},
        }

    def box(self) -> str:
        if self.kind == "ClaimReview":
            return (
                '<div class="verdict-panel"><div class="claim"><span>The claim:</span> The city will close the '
                f'river path for good next spring.</div><div class="rating">{self.verdict}</div>'
                f'<div class="summary">{self.summary}</div><div class="origin">Claim made on social media, '
                f"{self.claim_date}</div></div>"
            )
        return (
            '<div class="film-card"><dl><dt>Film</dt><dd>The River Path</dd><dt>Director</dt><dd>Ana Lindqvist</dd>'
            f'<dt>Released</dt><dd>{self.claim_date}</dd></dl><div class="score">{self.verdict}</div>'
            f'<p class="card-verdict">{self.summary}</p></div>'
        )

    def page(self) -> str:
        body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>No, the river path is not closing'
            ' for good - The Example Observer</title><script type="application/ld+json">'
            f"{json.dumps(self.json_ld())}</script></head><body>"
            '<nav><a href="/">Home</a> <a href="/checks">Checks</a></nav><main><article>'
            "<h1>No, the river path is not closing for good</h1>"
            f"{self.box()}"
            f'<div class="meta-line">By Lena Moor, {self.published}</div>'
            f'<div class="story-text">{body}</div></article></main>'
            "<footer><p>Copyright The Example Observer.</p></footer></body></html>"
        )


_DATES = [
    ("March 2, 2026", "2026-03-02", "March 9, 2026", "2026-03-09"),
    ("14 October 2025", "2025-10-14", "20 October 2025", "2025-10-20"),
    ("Jan. 5, 2024", "2024-01-05", "Jan. 18, 2024", "2024-01-18"),
]
_SUMMARIES = [
    "The path will close for six weeks of repairs and then open again, the city's works department said.",
    "Only a short repair is planned on the path, and a detour over the rail bridge will stay open meanwhile.",
]


@st.composite
def _reviews(draw: st.DrawFn) -> _Review:
    kind = draw(st.sampled_from(["ClaimReview", "Review"]))
    verdict = draw(st.sampled_from(["False", "Misleading", "FAUX"] if kind == "ClaimReview" else ["3.5/5", "4/5"]))
    claim_date, claim_day, published, published_day = draw(st.sampled_from(_DATES))
    return _Review(kind, verdict, draw(st.sampled_from(_SUMMARIES)), claim_date, claim_day, published, published_day)


@settings(max_examples=30, deadline=None)
@given(_reviews())
def test_a_verdict_box_gives_no_standfirst_and_no_date(review: _Review) -> None:
    (article,) = newsparse.load(review.page().encode(), name="check.html", detector="html-page")
    assert article.subtitle != review.summary
    assert str(article.published)[:10] == review.published_day
    for paragraph in _PARAGRAPHS:
        assert paragraph in article.body
    assert review.summary in article.body  # the box stays with the story's text


def test_probes_read_what_the_boxes_show() -> None:
    claim = {
        "@type": "ClaimReview",
        "claimReviewed": "The city will close the river path for good next spring.",
        "reviewRating": {"alternateName": "False"},
    }
    review = {
        "@type": ["Review", "CriticReview"],
        "itemReviewed": {"name": "The River Path", "actor": [{"name": "Jo Ek"}, "Sam Roe"]},
        "reviewRating": {"ratingValue": 4, "bestRating": 5},
    }
    found = list(probes([claim, review, {"@type": "NewsArticle"}, {"@type": "Review", "itemReviewed": "x"}]))
    assert found == [
        Probe(("the city will close the river path for g",), verdict="false"),  # the claim's first 40 characters
        Probe(("the river path", "jo ek", "sam roe"), ("4 / 5", "4/5")),
    ]


def test_a_page_without_review_data_finds_no_box(backend: str) -> None:
    review = _Review("ClaimReview", "False", _SUMMARIES[0], *_DATES[0])
    page = review.page().replace('"ClaimReview"', '"NewsArticle"')
    (article,) = newsparse.load(page.encode(), name="check.html", detector="html-page")
    assert article.subtitle == review.summary  # the summary under the headline reads as a standfirst
