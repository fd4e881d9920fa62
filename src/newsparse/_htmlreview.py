"""The verdict or rating box of a fact-check or review page, found by what the page's structured data says of it.

A fact-check page sets the claim it checks and its verdict in a box beside the
story ("The claim: ... Our rating: False"), and a review page the reviewed
work's card (title, director, cast, "3.5/5"). Readers keep such a box with the
story's text, but its summary is no standfirst and its dates (when the claim
was made) are not the story's; class names do not tell it in every language
and template. The page's
JSON-LD does: a ``ClaimReview`` names the claim (``claimReviewed``) and the
verdict (``reviewRating.alternateName``), a ``Review`` the work
(``itemReviewed.name``) and its rating (``reviewRating.ratingValue``). The box
is the largest element beside the story's best block (holding none of it) that
shows those, and is small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from newsparse._html import _SKIP
from newsparse._htmlblocks import Blocks, best_block
from newsparse._pagetree import Node, walk

__all__ = ["Probe", "probes", "put_back", "rating_boxes", "set_apart"]

_BOX_MAX = 800  # letters: a box showing a verdict or a rating is short; a longer block is the story's
_STARS = re.compile("[\u2605\u2606\u2729\u272a\u2b50]")  # ★ ☆ ✩ ✪ ⭐
_SPACES = re.compile(r"\s+")


@attrs.frozen
class Probe:
    """What one review's box shows (lower-cased): one of ``names``, and one of ``ratings`` when there are any.

    A rating is also shown by star characters. A fact-check's box may instead show its ``verdict`` as the whole
    text of one of its elements ("FAUX", "False"), the claim in other words.
    """

    names: tuple[str, ...]
    ratings: tuple[str, ...] = ()
    verdict: str = ""

    def shown_in(self, node: Node, text: str) -> bool:
        """Whether an element, whose text (collapsed, lower-cased) is ``text``, shows this review."""
        if not any(name in text for name in self.names):
            return bool(self.verdict) and self.verdict in text and _shows_alone(node, self.verdict)
        return not self.ratings or any(r in text for r in self.ratings) or _STARS.search(text) is not None


def _shows_alone(node: Node, verdict: str) -> bool:
    """Whether an element inside ``node`` (or itself) has ``verdict`` as its whole text."""
    return any(_norm(inner.get_text(" ", skip=_SKIP)) == verdict for inner in (node, *node.descendants()))


def _norm(value: Any) -> str:
    return _SPACES.sub(" ", str(value)).strip().casefold() if isinstance(value, str | int | float) else ""


def _rating_forms(rating: Mapping[str, Any]) -> tuple[str, ...]:
    """How a rating value may be printed: "3.5" as "3.5" or "3,5"; a whole number with its best ("4/5")."""
    value, best = _norm(rating.get("ratingValue")), _norm(rating.get("bestRating")) or "5"
    if not value:
        return ()
    forms = {value, value.replace(".", ",")}
    if not any(ch in value for ch in ".,") or len(value) < 3:  # "4": too short alone, shown with its best
        forms = {f"{form}{sep}{best}" for form in forms for sep in ("/", " / ")}
    return tuple(sorted(forms))


_PEOPLE = ("director", "author", "creator", "actor", "brand", "manufacturer", "byArtist")


def _names(reviewed: Mapping[str, Any]) -> Iterator[str]:
    """The reviewed work's name and the names of the people it credits (director, actors, author...)."""
    yield _norm(reviewed.get("name"))
    for key in _PEOPLE:
        found = reviewed.get(key)
        for person in found if isinstance(found, list) else [found]:
            if isinstance(person, Mapping):
                yield _norm(person.get("name"))
            elif isinstance(person, str):
                yield _norm(person)


def probes(json_ld: Iterable[Mapping[str, Any]]) -> Iterator[Probe]:
    """What the page's ``ClaimReview`` and ``Review`` objects say their box shows."""
    for item in json_ld:
        kind = item.get("@type")
        kinds = {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()
        rating = item.get("reviewRating")
        rating = rating if isinstance(rating, Mapping) else {}
        if "ClaimReview" in kinds:
            claim, verdict = _norm(item.get("claimReviewed")), _norm(rating.get("alternateName"))
            if len(claim) >= _CLAIM or verdict:
                yield Probe((claim[:_CLAIM],) if len(claim) >= _CLAIM else (), verdict=verdict)
        elif "Review" in kinds:
            reviewed = item.get("itemReviewed")
            names = tuple(n for n in _names(reviewed) if len(n) >= 2) if isinstance(reviewed, Mapping) else ()
            forms = _rating_forms(rating)
            if names and forms:
                yield Probe(names, forms)


_CLAIM = 40  # characters of a claim that its box shows as they are (it may cut or quote the rest)


def rating_boxes(json_ld: Iterable[Mapping[str, Any]], roots: Iterable[Node], blocks: Blocks) -> dict[int, Node]:
    """The verdict and rating boxes (by id) inside the story's blocks (none on a page without such data).

    Each box is an element of at most ``_BOX_MAX`` letters beside the best block
    (neither holding it nor inside it, and holding no ``<h1>``: the story's header names the work too) whose text
    shows a review's claim and verdict, or the reviewed work's name and its rating.
    """
    wanted = list(probes(json_ld))
    best = best_block(blocks)
    if not wanted or best is None:
        return {}
    around = {id(best), *(id(parent) for parent in best.parents)}
    boxes: dict[int, Node] = {}
    stack = list(roots)
    while stack:
        node = stack.pop()
        key = id(node)
        if key in around:
            if node is not best:
                stack.extend(child for child in node.contents if isinstance(child, Node))
            continue
        if blocks.text.get(key, 0) > _BOX_MAX * blocks.unit or node.find("h1") is not None:
            stack.extend(child for child in node.contents if isinstance(child, Node))
            continue  # (a block holding the story's headline is its header, no box beside it)
        text = _norm(node.get_text(" ", skip=_SKIP))
        if text and any(probe.shown_in(node, text) for probe in wanted):
            boxes[key] = node
    return boxes


def set_apart(boxes: Iterable[Node], paragraphs: list[str]) -> tuple[list[str], list[str], int]:
    """The story's paragraphs without the boxes' lines, those lines, and how many paragraphs came before them.

    The header trim then reads the story's top without them (a box's labels and dates are not the story's
    header, and its summary does not end the header), and :func:`put_back` sets them where they were.
    """
    lines = set(walk(list(boxes)))
    kept = [p for p in paragraphs if p not in lines]
    box = [p for p in paragraphs if p in lines]
    first = next((n for n, p in enumerate(paragraphs) if p in lines), len(paragraphs))
    return kept, box, first


def put_back(box: list[str], before: int, trimmed: int, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (trimmed of ``trimmed`` header lines) with the box's lines back where they stood."""
    at = max(0, before - trimmed)
    return [*paragraphs[:at], *box, *paragraphs[at:]]
