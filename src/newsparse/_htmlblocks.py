"""Choosing a page's main content by scoring blocks, and pruning what is not the story inside it.

:func:`measure` walks the tree once (iteratively) and records, for every
element, its visible text length, the part of it inside links, and whether a
class or id marks it as page chrome (related lists, share bars, newsletter
boxes, comments... in many languages). :func:`choose` scores the paragraphs
outside chrome (their text, less their links) into their parent and
grandparent, and returns the best block with the siblings that carry the same
story (an article split across containers), and whether the choice was close.
:func:`story_paragraphs` walks the chosen blocks leaving out chrome, link lists
and captions; the lines left are filtered by ``_htmllines``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any, cast

import attrs

from newsparse._dates import find as find_date
from newsparse._html import _SKIP
from newsparse._htmlchrome import is_paywall_box, is_player_box, is_sign_up_box, marks, names_comments, own_chrome
from newsparse._pagetree import Node, walk
from newsparse.vocabulary import PATTERNS

__all__ = [
    "Blocks", "best_block", "better_json_body", "char_unit", "choose", "entry_headings", "live_summary", "measure",
    "story_paragraphs",
]  # fmt: skip

_PARAGRAPHS = frozenset("p pre blockquote".split())
_TEXT_HOLDERS = frozenset("div td section article main center font span".split())  # may hold text between <br>s
_CAPTIONS = frozenset("figcaption figure".split())
_LISTS = frozenset("ul ol dl table nav menu".split())
_MIN_PARAGRAPH = 25


@attrs.define
class Blocks:
    """What :func:`measure` found: per element (by ``id``) text, link text, paragraph score, chrome marks."""

    text: dict[int, int] = attrs.field(factory=dict)
    links: dict[int, int] = attrs.field(factory=dict)
    chrome: set[int] = attrs.field(factory=set)
    scores: dict[int, float] = attrs.field(factory=dict)
    direct: dict[int, int] = attrs.field(factory=dict)
    para: dict[int, list[float]] = attrs.field(factory=dict)  # story-like paragraph text under it, and how many
    nodes: dict[int, Any] = attrs.field(factory=dict)
    boxes: set[int] = attrs.field(factory=set)  # small blocks around a form (sign-ups, comment forms)
    paywalls: set[int] = attrs.field(factory=set)  # small blocks whose class names a paywall (its offer)
    players: set[int] = attrs.field(factory=set)  # small blocks whose class names a media player (its labels)
    unit: int = 1  # how many letters of alphabetic text a character counts for (see char_unit)
    live: set[int] = attrs.field(factory=set)  # on a live blog, the <article> elements that hold its entries
    rated: dict[int, Node] = attrs.field(factory=dict)  # a fact-check's verdict, a review's rating box: no lead or date
    # texts standing for elements left out, by their ids: a gallery story's slides (their captions), a live blog's
    # entry headers (their headings)
    told: dict[int, str] = attrs.field(factory=dict)
    through: frozenset[int] = frozenset()  # the elements between a gallery story's element and its slides


def measure(root: Node, unit: int = 1, *, live: bool = False) -> Blocks:
    """Text and link lengths of every element under ``root``, its chrome marks and paragraph scores.

    One walk measures the elements; a second marks as chrome every element inside
    a marked one, unless the marked one holds half the page's text or more (a
    layout wrapper whose classes say "has-sidebar" is not page chrome). Lengths
    count each character as ``unit`` (see :func:`char_unit`), so that the
    thresholds, written for alphabetic text, read a Chinese or Japanese page alike.
    On a ``live`` blog the ``<article>`` elements an ``<article>`` holds are its
    entries (the story), not the cards of a list of other stories.
    """
    blocks = Blocks(unit=unit)
    order = [root, *root.descendants()]
    read = _sizes(root, blocks, order, unit)
    boxes = blocks.boxes = _form_boxes(root, blocks)
    text = blocks.text
    whole = text.get(id(root), 0)
    holders = _card_holders(root)
    if live:  # the entries of a live article: no cards, and the story is the article that holds them
        blocks.live, holders = holders or _feeds(root), set()
    # Per element read (in document order: every parent before its children): (inside chrome, inside a card: an
    # <article> among several held by another <article>). An element inside chrome is chrome whatever its own
    # marks say, so those are judged only for the others (most of a page's elements lie in its chrome).
    inside: dict[Node | None, tuple[bool, bool]] = {}
    for tag in read:
        key = id(tag)
        if tag is root:
            chrome, card = False, False
        else:
            chrome, card = inside[tag.parent]  # (the parent of an element read is read)
            chrome = chrome or (text[key] * 2 < whole and (key in boxes or own_chrome(tag)))
            if not chrome and text[key] <= _PAYWALL_MAX * unit and is_paywall_box(tag):
                chrome = True
                blocks.paywalls.add(key)
            if not chrome and tag.name in _BOX_TAGS and 0 < text[key] <= _PLAYER_MAX * unit and is_player_box(tag):
                chrome = True
                blocks.players.add(key)
        card = card or (tag.name == "article" and _is_card(tag, holders, blocks))
        inside[tag] = chrome, card
        if chrome:
            blocks.chrome.add(key)
        elif not card:  # the cards of a "You may also like" article never score
            direct = blocks.direct.get(key, 0)
            if tag.name in _PARAGRAPHS or (direct >= _MIN_PARAGRAPH and tag.name in _TEXT_HOLDERS):
                _score(tag, blocks)
    return blocks


_PAYWALL_MAX = 600  # letters: a paywall-marked block this small is the offer; a larger one may wrap the story
_PLAYER_MAX = 150  # letters: a player's box this small holds its labels; a larger one may hold the story's text
_BOX_TAGS = frozenset(("div", "section", "aside"))  # the elements a player's box is


def _form_boxes(root: Node, blocks: Blocks) -> set[int]:
    """The ids of the small blocks around forms: newsletter sign-ups, comment forms, polls, with their text.

    Each is the outermost element around a ``<form>`` whose text stays under
    ``_BOX_MAX`` characters ("Sign up for our newsletter" beside the form).
    """
    boxes: set[int] = set()
    for form in root.find_all("form"):
        box: Node | None = None
        node = form.parent
        while node is not None and node is not root and blocks.text.get(id(node), 0) <= _BOX_MAX:
            box, node = node, node.parent
        if box is not None:
            boxes.add(id(box))
    return boxes


_BOX_MAX = 400


def _is_card(article: Node, holders: set[int], blocks: Blocks) -> bool:
    """Whether an <article> is one of the cards of a card list: held by a holder, and a small part of it."""
    holder = article.find_parent("article")
    return (
        holder is not None and id(holder) in holders and 4 * blocks.text.get(id(article), 0) < blocks.text[id(holder)]
    )


def _card_holders(root: Node) -> set[int]:
    """The ids of the <article> elements that hold three or more <article> elements of their own (card lists)."""
    counts: dict[int, int] = {}
    for article in root.find_all("article"):
        holder = article.find_parent("article")
        if holder is not None:
            counts[id(holder)] = counts.get(id(holder), 0) + 1
    return {key for key, count in counts.items() if count >= 3}


def _feeds(root: Node) -> set[int]:
    """The ids of the elements that hold three or more ``<article>`` elements as their children (a live feed).

    A live blog whose entries are not held by an ``<article>`` of its own sets them in a list like this.
    """
    counts: dict[int, int] = {}
    for article in root.find_all("article"):
        if article.parent is not None and article.find_parent("article") is None:
            counts[id(article.parent)] = counts.get(id(article.parent), 0) + 1
    return {key for key, count in counts.items() if count >= 3}


def char_unit(sample: str | None) -> int:
    """How many letters of alphabetic text one character of a page written like ``sample`` (its title) is worth.

    A sentence of Chinese or Japanese takes about a third of the characters of the
    same sentence in English, and Korean about half: 3 when most of the sample's
    letters are Han or kana, 2 when they are Hangul, else 1.

    Example:
        >>> char_unit("東京都が計画発表"), char_unit("서울시 공원 계획 발표"), char_unit("River park")
        (3, 2, 1)
    """
    letters = [ch for ch in sample or "" if ch.isalpha()]
    if not letters:
        return 1
    han = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff")
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7af")
    if 2 * han > len(letters):
        return 3
    return 2 if 2 * hangul > len(letters) else 1


def _sizes(root: Node, blocks: Blocks, order: list[Node] | None = None, unit: int = 1) -> dict[Node, bool]:
    """Fill text, link and direct text sizes for every element read; return those elements, in document order.

    Two passes without a frame per element: down the elements in document
    order, which are read (none inside a skipped one) and which lie in a link;
    up the elements read (children before parents), the sizes summed from the
    strings and the children. The returned dict tells of each element read
    whether it lies in a link. Its elements are keys themselves (hashed by
    identity, as ``id`` would), which spares a call of ``id`` per look-up.
    """
    order = order if order is not None else [root, *root.descendants()]
    in_link: dict[Node | None, bool] = {root: False}  # (None, the parent of no element read, is never a key)
    is_read = in_link.get
    for node in order[1:]:
        link = is_read(node.parent)
        if link is None or node.name in _SKIP:
            continue
        in_link[node] = link or node.name == "a"
    read = cast("dict[Node, bool]", in_link)
    text, links, direct, nodes = blocks.text, blocks.links, blocks.direct, blocks.nodes
    for node, link in reversed(read.items()):
        paragraph = node.name in _PARAGRAPHS
        total = linked = own_text = 0
        for child in node.contents:
            if isinstance(child, str):
                size = len(child.strip()) * unit
                total += size
                if link:
                    linked += size
                elif not paragraph:
                    own_text += size
            elif child in in_link:
                inner = id(child)
                total += text[inner]
                linked += links[inner]
        key = id(node)
        text[key], links[key] = total, linked
        if own_text:
            direct[key] = own_text
        nodes[key] = node
    return read


def _score(tag: Node, blocks: Blocks) -> None:
    """Give a paragraph's text (less its links) to its parent, and half of it to its grandparent."""
    key = id(tag)
    if tag.name in _PARAGRAPHS:
        size, linked = blocks.text[key], blocks.links[key]
        node = tag.parent
    else:  # text written straight into a div (lines between <br>): the div scores its own text
        size, linked = blocks.direct[key], 0
        node = tag
    if size < _MIN_PARAGRAPH or linked * 2 > size:
        return
    value = float(size - linked)
    for share in (1.0, 0.5):
        if node is None:
            break
        blocks.scores[id(node)] = blocks.scores.get(id(node), 0.0) + share * value
        blocks.nodes[id(node)] = node
        node = node.parent
    above: Node | None = tag
    while above is not None:
        tally = blocks.para.setdefault(id(above), [0.0, 0.0])
        tally[0] += value
        tally[1] += 1
        above = above.parent


def _density(blocks: Blocks, key: int) -> float:
    size = blocks.text.get(key, 0)
    return blocks.links.get(key, 0) / size if size else 1.0


def choose(blocks: Blocks) -> tuple[list[Node], bool] | None:
    """The blocks that hold the story (in document order) and whether another block scored nearly as well.

    None when no paragraph scored (the caller falls back to ``<main>`` or ``<body>``).
    """
    ranked = _ranked(blocks)
    if not ranked:
        return None
    best_score, best_key = ranked[0]
    best = blocks.nodes[best_key]
    article = best if best.name == "article" else best.find_parent("article")
    held = _live_holder(article, blocks) if article is not None and blocks.live else None
    if held is not None:  # an entry of a live blog: the live article (or the feed of entries) is the story
        article = best = held
    if (
        article is not None
        and id(article) not in blocks.chrome
        and blocks.text.get(id(article), 0) <= 3 * blocks.text.get(best_key, 0)
    ):
        best = article
    best = _widened(best, blocks)
    around = {id(best), *(id(parent) for parent in best.parents)}
    rival = next(
        (
            score
            for score, key in ranked[1:]
            if key not in around and not any(parent is best for parent in blocks.nodes[key].parents)
        ),
        0.0,
    )
    roots = _with_siblings(best, blocks, best_score)
    return roots, rival >= 0.8 * best_score and rival > 200


def _ranked(blocks: Blocks) -> list[tuple[float, int]]:
    """The scored blocks outside chrome, best first: (score less the link share, id)."""
    return sorted(
        (
            (score * (1.0 - _density(blocks, key)), key)
            for key, score in blocks.scores.items()
            if key not in blocks.chrome
        ),
        reverse=True,
    )


def best_block(blocks: Blocks) -> Node | None:
    """The block whose paragraphs score best (the one :func:`choose` starts from), None when none scored."""
    ranked = _ranked(blocks)
    return blocks.nodes[ranked[0][1]] if ranked else None


def _live_holder(article: Node, blocks: Blocks) -> Node | None:
    """The live article or feed that holds an entry of a live blog (None when the article is none's entry)."""
    return next((node for node in article.parents if id(node) in blocks.live), None)


def _widened(best: Node, blocks: Blocks) -> Node:
    """The best block, or an enclosing one that adds more paragraphs of the story (an article split in columns).

    A parent is taken when it adds no paragraph text and little other text (a
    wrapper), or when what it adds is mostly paragraphs of some length with few
    links (the other columns of the same story), never ``<body>``.
    """
    node = best
    while node.parent is not None and node.parent.name not in ("body", "html", "[document]"):
        parent = node.parent
        key, up = id(node), id(parent)
        if up in blocks.chrome or node.name == "article":
            break
        para, count = blocks.para.get(key, [0.0, 0.0])
        more_para, more_count = blocks.para.get(up, [0.0, 0.0])
        added_text = blocks.text.get(up, 0) - blocks.text.get(key, 0)
        added = more_para - para
        if added <= 0:
            if added_text > 0.3 * blocks.text.get(key, 0) + 40:
                break
        elif (
            (added_text > 1.5 * added and _density(blocks, up) > 0.1)
            or blocks.links.get(up, 0) - blocks.links.get(key, 0) > 0.15 * added_text
            or added / max(more_count - count, 1.0) < 80
        ):
            break
        node = parent
    return node


def _with_siblings(best: Node, blocks: Blocks, best_score: float) -> list[Node]:
    """The best block and its siblings that hold more of the same story (scored paragraphs, few links)."""
    parent = best.parent
    if parent is None or best.name == "article":
        return [best]  # an <article> is one story; those beside it are read as stories of their own
    roots = []
    for sibling in parent.contents:
        if not isinstance(sibling, Node):
            continue
        key = id(sibling)
        if sibling is best:
            roots.append(sibling)
        elif sibling.name != "article" and key not in blocks.chrome and _density(blocks, key) < 0.25:
            score = blocks.scores.get(key, 0.0)
            if score >= max(0.2 * best_score, 150.0):
                roots.append(sibling)
    return roots


def story_paragraphs(
    roots: Iterable[Node], blocks: Blocks, dropped: list[str], closing: list[str] | None = None
) -> list[str]:
    """The paragraphs of the chosen blocks, leaving out chrome, link lists and figures (their text to ``dropped``).

    ``closing``, when given, gets the texts left out after the blocks' last ``<p>`` kept: what the story's blocks
    print under its text (a stamp, a signature), never a navigation line over it, a figure's nor a comment's.
    """
    instead = blocks.told.get if blocks.told else None
    if closing is None:
        return walk(roots, leave=lambda node: _left_out(node, blocks), left=dropped, instead=instead)
    left = _Counted()
    last = 0  # how many elements had been looked at when the last <p> kept came
    roots = list(roots)
    story = frozenset(map(id, roots))
    half = sum(blocks.text.get(key, 0) for key in story) / 2

    def leave(node: Node) -> bool:
        nonlocal last
        left.looked += 1
        out = _left_out(node, blocks)
        # a figure's ("Stand: 31.12.2025" dates a chart's data) and readers' comments' texts are never a stamp under it
        left.figure = out and (node.name in _CAPTIONS or _among_comments(node, blocks, story, half))
        if not out and node.name == "p":
            last = left.looked
        return out

    paragraphs = walk(roots, leave=leave, left=left, instead=instead)
    dropped.extend(left)
    closing.extend(text for text, at in zip(left, left.at, strict=True) if at > last)
    return paragraphs


def live_summary(roots: list[Node], blocks: Blocks, order: list[Node]) -> list[Node]:
    """A live blog's blocks with its summary boxes above the entries ("Key points", "What we know"), in ``order``.

    Between the live article's top and its entries, a box of two or more list items that are sentences of their
    own (``_SUMMARY_ITEM`` letters each) with few links is the writers' summary of the story, its text; a list of
    links to the entries ("Key events") is navigation.
    """
    last = roots[-1]
    article = last if last.name == "article" else last.find_parent("article")
    if article is None or article is last:
        return roots
    taken = {id(root) for root in roots}
    boxes: list[Node] = []
    node = last
    while node is not article and node.parent is not None:
        for sibling in _before(node):
            if isinstance(sibling, Node) and id(sibling) not in taken | blocks.chrome and _summary_box(sibling, blocks):
                boxes.append(sibling)
        node = node.parent
    if not boxes:
        return roots
    at = {id(node): index for index, node in enumerate(order)}
    return sorted([*roots, *boxes], key=lambda node: at.get(id(node), 0))


def _before(node: Node) -> list[Node | str]:
    """What comes before an element in its parent."""
    parent = node.parent
    return list(itertools.takewhile(lambda sibling: sibling is not node, parent.contents)) if parent is not None else []


def _summary_box(node: Node, blocks: Blocks) -> bool:
    items = node.find_all("li") if node.name not in ("li", "a") else []
    sentences = [item for item in items if blocks.text.get(id(item), 0) >= _SUMMARY_ITEM * blocks.unit]
    size = blocks.text.get(id(node), 0)
    return len(sentences) >= 2 and len(sentences) * 2 >= len(items) and blocks.links.get(id(node), 0) * 4 < size


_SUMMARY_ITEM = 40  # letters: a list item this long is a sentence of a summary, a shorter one a link's label


def entry_headings(roots: Iterable[Node]) -> dict[int, str]:
    """The headings of a live blog's entries set in their ``<header>``, by the header's ``id``.

    An entry's header holds its time, left out, and its heading ("Power cuts top 60,000"), the story's text: an
    ``<h2>`` or ``<h3>`` that gives no date nor time and whose class marks no chrome (an entry's writer or its "Pinned"
    label are smaller headings, or named so).
    """
    found: dict[int, str] = {}
    for root in roots:
        for header in root.find_all("header"):
            heading = header.find(_ENTRY_HEADINGS)
            text = " ".join(heading.get_text(" ").split()) if heading is not None else ""
            timed = _CLOCK.fullmatch(text) is not None or find_date(text) is not None  # "9:40 a.m.", a date
            if text and heading is not None and not own_chrome(heading) and not timed:
                found[id(header)] = text
    return found


_ENTRY_HEADINGS = ("h2", "h3")


def _among_comments(node: Node, blocks: Blocks, story: frozenset[int], half: float) -> bool:
    """Whether an element left out of the story's blocks sits in a section of readers' comments inside them.

    A section named so that holds half the story's text or more is the story's wrapper ("entry has-comments": the
    page has comments), whatever its class says.
    """
    item: Node | None = node
    while item is not None and id(item) not in story:
        if names_comments(item) and blocks.text.get(id(item), 0) < half:
            return True
        item = item.parent
    return False


class _Counted(list[str]):
    """Texts left out, each with how many elements had been looked at when it came (-1: a figure's, never under)."""

    def __init__(self) -> None:
        super().__init__()
        self.looked = 0  # elements looked at
        self.figure = False  # whether the element left out last is a figure or its caption
        self.at: list[int] = []

    def append(self, text: str) -> None:
        super().append(text)
        self.at.append(-1 if self.figure else self.looked)


def _left_out(tag: Node, blocks: Blocks) -> bool:
    """Whether a block inside the story is not part of it: chrome, a figure, or a list of links.

    A figure that holds a table or a quote and no picture is text (a block editor's table, a pull quote); its
    ``<figcaption>`` is still left out.
    """
    key = id(tag)
    if (tag.name == "figure" and _text_figure(tag)) or key in blocks.through:
        return False  # (a gallery story's slider, marked "gallery", holds its text: see _htmlfigures.gallery_story)
    if tag.name in _CAPTIONS or (
        key in blocks.chrome
        and (key in blocks.boxes or own_chrome(tag) or key in blocks.paywalls or key in blocks.players)
    ):
        return True
    if tag.name in _STAMPS and 0 < blocks.text.get(key, 0) <= _CLOCK_SIZE * blocks.unit and _entry_time(tag):
        return True
    if tag.name in _CARDS and 0 < blocks.text.get(key, 0) <= _VIDEO_CARD * blocks.unit and _video_card(tag):
        return True
    if tag.name in _LISTS or tag.name in ("div", "section", "li", "p", "span"):
        size = blocks.text.get(key, 0)
        linked = blocks.links.get(key, 0)
        if size and linked >= 0.6 * size and (tag.name not in ("p", "span") or size < 200):
            return tag.name != "p" or size < 120 or linked >= 0.9 * size
        if tag.name in _BOXES and 0 < linked < size / 2 and size <= _OFFER_BOX * blocks.unit and is_sign_up_box(tag):
            return True  # "Get local news in your inbox every Friday. <a href=/signup>Subscribe free</a>."
    return False


# A clock time alone: "18:40", "6.40pm", "10:05 a.m. ET", "14h30", "09:12 GMT+1".
_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?|Uhr))?", re.IGNORECASE
)
_CLOCK_SIZE = 16  # characters, the longest clock time above
_STAMPS = frozenset(("time", "div", "span", "p", "strong", "b"))
_TIME_MARK = re.compile(r"time|stamp|hour|hora|heure|uhrzeit|zeit|ora\b|godz|saat|время|час", re.IGNORECASE)


def _entry_time(tag: Node) -> bool:
    """Whether an element is a time stamp alone, by its name or its class and by its text ("18:40" of a live entry).

    A time written as the story's own text (a plain paragraph "4:14 p.m." opening a part of "The Latest") stays.
    """
    if tag.name != "time" and not _TIME_MARK.search(marks(tag)):
        return False
    return _CLOCK.fullmatch(tag.get_text().strip()) is not None


_CARDS = frozenset(("div", "figure", "section", "aside"))
_BOXES = frozenset(("div", "section"))  # an offer's box (a story's paragraph is a <p>)
_OFFER_BOX = 300  # letters: a call to sign up, and a line or two about it
_VIDEO_CARD = 200  # letters: a player's title and its duration


def _video_card(tag: Node) -> bool:
    """Whether a small block is a video or audio player's card: a title or two, then its duration ("2:14").

    A player's note may follow the duration ("動画を再生するには、JavaScriptを有効にしてください").

    Or a player's title that gives its duration in brackets ("… (02:14)", "… (1 Min)"), whatever follows it.

    A live entry's time opens its text ("10:45", then the entry), and a byline's date ends with a time ("9 de
    março de 2026", "18:20"): neither is a card.
    """
    strings = [text for text in (s.strip() for s in tag.strings(_SKIP)) if text]
    if 1 <= len(strings) <= 3 and PATTERNS.titled_duration.search(strings[0]) and _media_title(tag, strings[0]):
        return True  # "Video: Urteil gegen Geldabholer (1 Min)", "Residents queue at tankers (02:14)" over a player
    if not 2 <= len(strings) <= 3 or not any(PATTERNS.duration.fullmatch(text) for text in strings[1:]):
        return False
    return not any(find_date(text) for text in strings)  # a byline's date and time: a header, no card


_MEDIA = frozenset("img picture video audio iframe svg canvas object embed".split())


def _media_title(tag: Node, title: str) -> bool:
    """Whether a block's title is a player's: the block holds media, or the title opens with a label ("Video: …").

    A story's own line may close with minutes in brackets ("Bake until golden (25 minutes)", "sent off (78 min)").
    """
    label, colon, _ = title.partition(":")
    if colon and label.strip().casefold() in PATTERNS.labels:
        return True
    return any(node.name in _MEDIA or node.name.startswith("amp-") for node in tag.descendants())


def _text_figure(figure: Node) -> bool:
    """Whether a ``<figure>`` holds a table or a quote, and no picture or other media."""
    names = {node.name for node in figure.descendants()}
    return bool(names & {"table", "blockquote"}) and not names & _MEDIA


_TOKENS = re.compile(r"\w+")


def _shingle_set(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKENS.findall(text.casefold())
    return {tuple(tokens[i : i + 3]) for i in range(max(len(tokens) - 2, 1))}


def better_json_body(json_text: str, page_text: str, page_words: str) -> bool:
    """Whether a JSON-LD ``articleBody`` (or embedded state) is the story where the page's own text falls short.

    It must be real text (200 characters or more), and either at least twice as
    long as what was read from the markup and agree with the page (what was read
    from the markup is mostly inside it, or its opening is in ``page_words``: the
    description and the page's text), or hold nearly all of what was read from
    the markup and a third more (a paywall's teaser: the first paragraphs shown,
    the whole story in the page's data), or open with the paragraphs the page
    shows before something else (a teaser above a paywall's offer). A stale or
    foreign body is never taken.
    """
    if len(json_text) < 200:
        return False
    if len(json_text) < _TEASER_SHARE * len(page_text):
        return _teaser_then_wall(json_text, page_text)  # a long offer after the teaser: the page's text is no story
    ours = _shingle_set(page_text) if page_text else set()
    inside = len(ours & _shingle_set(json_text)) / len(ours) if ours else 0.0
    if len(json_text) < 2 * len(page_text):
        if inside >= _TEASER_INSIDE and _more_paragraphs(json_text, page_text):
            return True
        return _teaser_then_wall(json_text, page_text)
    if inside >= 0.5:
        return True
    opening = " ".join(_TOKENS.findall(json_text.casefold())[:5])
    return len(opening) > 15 and opening in " ".join(_TOKENS.findall(page_words.casefold()))


def _teaser_then_wall(json_text: str, page_text: str) -> bool:
    """Whether the page shows the data's first paragraphs, then something else: a paywall's box, not the story.

    The page's paragraphs are read in order while each is in the data (the first
    may be a standfirst the data leaves out); those shown must be real text (100
    characters or more), the data must hold at least two paragraphs more than were
    shown, and what the page shows after them must be mostly outside the data (a
    subscription offer; not the story going on after a box inserted in it).
    """
    data = " ".join(json_text.split())
    lines = [" ".join(line.split()) for line in page_text.split("\n") if line.strip()]
    shown = size = 0
    end = len(lines)
    for index, line in enumerate(lines):
        if line in data:
            shown += 1
            size += len(line)
        elif index > 0 or shown:
            end = index
            break
    after = lines[end:]
    again = sum(len(line) for line in after if line in data)  # the page's story goes on after an inserted box
    paragraphs = sum(1 for line in json_text.split("\n") if line.strip())
    return size >= _TEASER_SHOWN and paragraphs >= shown + 2 and 2 * again < sum(map(len, after))


_TEASER_SHOWN = 100  # characters of the story shown above a paywall


def _more_paragraphs(json_text: str, page_text: str) -> bool:
    """Whether a text holds more paragraphs than the page's paragraphs it repeats.

    The rest of a story has paragraphs of its own; a list of other stories' headlines run on after it has none.
    """
    paragraphs = [" ".join(line.split()) for line in json_text.split("\n") if line.strip()]
    joined = " ".join(paragraphs)
    shown = sum(1 for line in page_text.split("\n") if line.strip() and " ".join(line.split()) in joined)
    return len(paragraphs) > shown


_TEASER_SHARE = 1.3  # a body read from the page's data is taken only when this much longer than the markup's text
_TEASER_INSIDE = 0.8  # ... and, when it is not twice as long, holding this share of the markup's text
