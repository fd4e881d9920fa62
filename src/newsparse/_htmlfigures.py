"""The captions of a page's story: ``figure``/``figcaption`` and elements whose class says caption or credit.

:func:`story_captions` walks the story's region (see ``_htmllead.story_scope``)
without recursion, leaving out navigation, asides, chrome blocks that are not
galleries or media, link lists and nested ``<article>`` cards, and reads each
figure's caption with its credit (an element inside it whose class says credit,
copyright or photographer), and each caption element outside figures with its
credit (inside it, or the credit element right after it). The same caption met
twice (a gallery's thumbnails and slides) is kept once. Figures never reach the
body: the story's walk leaves them out (``_htmlblocks``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import attrs

from newsparse._captions import is_credit, split_credit
from newsparse._html import _BLOCK, _SKIP, _collapse
from newsparse._htmlblocks import _MEDIA, Blocks
from newsparse._htmlchrome import is_chrome_mark, is_paywall_box, marks
from newsparse._model import Caption
from newsparse._pagetree import Node, left_text
from newsparse.vocabulary import PATTERNS

__all__ = ["Captions", "Gallery", "gallery_story", "is_caption", "next_element", "story_captions"]

_CAPTION_MARK = re.compile(
    r"caption|legend|l[ée]gende|bildunterschrift|bildtext|didascalia|pie[-_]?de[-_]?foto|piefoto|leyenda|"
    r"fotocaption|image[-_]?desc|photo[-_]?desc|img[-_]?desc|media[-_]?desc|foto[-_]?text|bild[-_]?text"
)
_CREDIT_MARK = re.compile(
    r"credit|copyright|photographer|fotograf|photo[-_]?by|bildquelle|quelle|cr[ée]dit|autor[-_]?foto|"
    r"fonte[-_]?foto|image[-_]?source|photo[-_]?source|source[-_]?photo|attribution|licen[cs]e"
)
# Marks of blocks that hold pictures: walked into although their class also marks them as chrome ("gallery").
_MEDIA_MARK = re.compile(r"galler|galer|slide|carousel|media|photo|foto|image|picture|figure|lightbox|lead-art")
_WALL = frozenset(("nav", "aside", "footer", "form"))
# A slide's caption text in an element named for its gallery ("gallery-slide__text", "slideshow-description"): read
# although "gallery" marks chrome; its buttons and counters ("gallery-link", "carousel-counter") are not.
_SLIDE_TEXT_MARK = re.compile(r"(?:galler|galer|slide|carousel)[\w-]*?[-_](?:text|desc)")
# Screen-reader labels and counters before a caption ("Image caption", "Media caption", "3 of 12"); a credit written
# after its label at the end of one ("...Credit: AP", "Credit...Doug Mills"); the words of caption buttons.
_LABEL = re.compile(
    r"^(?:(?:image|media|photo|video|picture)\s*)?caption\s*:?\s*|^\d+\s*(?:of|/|von|de|di|sur)\s*\d+\s*", re.IGNORECASE
)
_CREDIT_LABEL = re.compile(r"^(?:image\s+)?(?:copyright|source)\s+|^(?:image|photo)\s+credit\s*:?\s*", re.IGNORECASE)
_TAIL_CREDIT = re.compile(
    r"\s*\(?\s*\b(?:credits?|cr[ée]dits?|cr[ée]ditos?|bildnachweis)\s*(?::|\.\.\.|…)\s*(?P<credit>[^:()]{2,120}?)\s*\)?$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")  # a text in one pair of brackets, none inside
_DANGLING = re.compile(r"\s*\((?:photo|foto|image|picture|bild)?\s*:?$", re.IGNORECASE)  # "... (Photo" before a credit
_BUTTON_WORDS = frozenset(
    "caption close open expand collapse hide show toggle fullscreen enlarge zoom image photo photos gallery next "
    "previous prev more less view play share".split()
)
_LISTS = frozenset(("ul", "ol", "div", "section", "table"))


@attrs.frozen
class Captions:
    """What :func:`story_captions` found: the captions, the texts they came from, and the repeats left out."""

    captions: tuple[Caption, ...] = ()
    sources: tuple[str, ...] = ()  # the whole text of each element read, as the story's walk left it out
    repeats: tuple[str, ...] = ()


def story_captions(scope: Iterable[Node], blocks: Blocks, body: Iterable[Node] = ()) -> Captions:
    """The captions of the figures and caption elements in ``scope``, in document order, each once.

    ``body`` is the story's own blocks: an ``<article>`` that is one of them or holds one is the story's, never
    another article walled off (a scope reaching above the story's ``<article>`` to a headline set outside it).
    """
    found: dict[str, Caption] = {}
    sources: list[str] = []
    repeats: list[str] = []
    taken: set[int] = set()
    stack = list(reversed(list(scope)))
    top = {id(node) for node in stack}
    for root in body:
        top.update(id(node) for node in (root, *root.parents) if node.name == "article")
    while stack:
        node = stack.pop()
        if id(node) in taken or (id(node) not in top and _walled(node, blocks)):
            continue
        words = marks(node)
        if node.name == "figure":
            read = _figure(node)
        elif words and _CAPTION_MARK.search(words) and not _CREDIT_MARK.search(words):
            read = _caption_element(node, taken)
        elif (node.name == "p" and (_under_picture(node) or _credited_after_picture(node))) or (
            node.name in _CELLS and _under_picture(node) and _picture_cell(node)
        ):
            text, credit = _split(node)
            caption = _caption(text, credit)
            read = (caption, left_text(node)) if caption is not None else None
        else:
            stack.extend(reversed([child for child in node.contents if isinstance(child, Node)]))
            continue
        if read is None:
            continue
        caption, source = read
        sources.append(source)
        key = caption.text.casefold()
        if key not in found:
            found[key] = caption
        elif found[key].credit is None and caption.credit is not None:
            found[key] = caption
            repeats.append(caption.text)
        else:
            repeats.append(caption.text)
    return Captions(tuple(found.values()), tuple(sources), tuple(repeats))


@attrs.frozen
class Gallery:
    """A gallery story: its element, and the text each slide's caption gives the story (by the slide's ``id``)."""

    root: Node
    slides: dict[int, str]
    through: frozenset[int]  # the elements between the root and the slides (a slider marked "gallery" among them)


def gallery_story(page: Node, blocks: Blocks, story: Iterable[Node]) -> Gallery | None:
    """A photo gallery's story, told in its slides' captions, when they hold the page's text; else None.

    A gallery page ("Fotostrecke", "In pictures") has a teaser and slides: three figures or more whose captions
    (each told once: a gallery's thumbnails repeat them) run to ``_SLIDE_TEXT`` letters each, together twice the
    paragraph text of the ``story`` blocks chosen; that text is a teaser's, one paragraph of ``_TEASER`` letters
    at most (a story with pictures has paragraphs of its own), and the captions are no links (a rail of other
    stories' pictures). Its element is the ``<article>``
    that holds the slides, else the innermost element holding them all: it holds the page's ``<h1>`` if there is
    one, and neither lies in a block marked as chrome by a word other than a gallery's (a list of related
    galleries). Each slide's text is its caption without counter and credit.
    """
    story = list(story)
    slides: dict[int, tuple[Node, str]] = {}
    told: set[str] = set()
    for holder in page.find_all("figcaption"):
        if blocks.text.get(id(holder), 0) < _SLIDE_TEXT:  # (sizes count each letter as ``blocks.unit``)
            continue
        slide = holder.find_parent("figure") or holder
        read = _figure(slide) if slide is not holder else _caption_element(holder, set())
        if read is None or len(read[0].text) * blocks.unit < _SLIDE_TEXT or read[0].text.casefold() in told:
            continue
        told.add(read[0].text.casefold())
        slides[id(slide)] = slide, read[0].text
    own, paragraphs = (sum(blocks.para.get(id(node), [0.0, 0.0])[k] for node in story) for k in (0, 1))
    told_size = sum(len(text) for _, text in slides.values()) * blocks.unit
    if len(slides) < _SLIDES or paragraphs > 1 or own > _TEASER or told_size < 2 * own:
        return None  # (a story of its own, with its pictures)
    if sum(blocks.links.get(id(slide), 0) for slide, _ in slides.values()) * 2 > told_size:
        return None  # teasers' pictures, each caption a link to another story
    paths = [[slide, *slide.parents] for slide, _ in slides.values()]
    shared = set.intersection(*(set(map(id, path[1:])) for path in paths))
    holder = next(node for node in paths[0][1:] if id(node) in shared)
    if holder.name in _PAGE_LEVEL:
        return None  # pictures all over the page, no gallery's
    root = next((node for node in (holder, *holder.parents) if node.name == "article"), holder)
    if any(node.name in _WALL or _chrome_beyond_media(marks(node)) for node in (holder, *holder.parents)):
        return None
    headline = page.find("h1")
    if headline is not None and not any(node is root for node in headline.parents):
        return None  # the page's headline over another block: its story is that block's, the pictures a rail
    through = {id(node) for path in paths for node in itertools.takewhile(lambda node: node is not root, path[1:])}
    return Gallery(root, {key: text for key, (_, text) in slides.items()}, frozenset(through))


_SLIDE_TEXT = 80  # letters: a slide's caption this long tells the story; a shorter one names the picture
_SLIDES = 3  # slides with such captions at least, for a gallery story
_TEASER = 500  # letters: a gallery's own text beside its slides is a teaser this long at most
_PAGE_LEVEL = frozenset(("body", "html", "[document]"))


def _chrome_beyond_media(words: str) -> bool:
    """Whether class and id words mark chrome by a word other than a gallery's or a picture's ("slide-share").

    Each gallery's or picture's word is read as a letter, so that no word starts where it stood ("imageauthor").
    """
    return is_chrome_mark(_MEDIA_MARK.sub("x", words))


def is_caption(node: Node) -> bool:
    """Whether an element's class or id names a caption ("news-single-imgcaption", "bildunterschrift").

    A paragraph so marked under a picture is no paragraph of the story's body: the body has not started there.
    """
    words = marks(node)
    return bool(words) and _CAPTION_MARK.search(words) is not None


def _walled(node: Node, blocks: Blocks) -> bool:
    """Whether a block of the story's region holds no caption of it: chrome, an offer, a link list, an article."""
    if node.name in _WALL or node.name in _SKIP or node.name == "article":
        return True
    if id(node) in blocks.paywalls or (id(node) in blocks.chrome and is_paywall_box(node)):
        return True  # a paywall's or a subscription's offer (a sign-up form's box among them)
    words = marks(node)
    if words and is_chrome_mark(words) and not (_MEDIA_MARK.search(words) or _CAPTION_MARK.search(words)):
        return True
    size = blocks.text.get(id(node), 0)
    return node.name in _LISTS and size > 0 and blocks.links.get(id(node), 0) >= 0.6 * size


def _figure(figure: Node) -> tuple[Caption, str] | None:
    """A figure's caption and credit (None for a figure with no caption, or a pull quote)."""
    if figure.find("blockquote") is not None:
        return None
    holder = figure.find("figcaption") or next((node for node in figure.descendants() if is_caption(node)), None)
    if holder is None:
        return None
    text, credit = _split(holder)
    credits = [credit] if credit else []
    for node in figure.descendants():
        if node is not holder and _CREDIT_MARK.search(marks(node) or "-") and not _within(node, holder):
            credits.append(_split(node)[0])
    caption = _caption(text, " ".join(c for c in credits if c) or None)
    return (caption, left_text(figure)) if caption is not None else None


def _caption_element(node: Node, taken: set[int]) -> tuple[Caption, str] | None:
    """A caption element outside figures, with the credit inside it or in the element right after it."""
    text, credit = _split(node)
    source = left_text(node)
    after = next_element(node)
    if credit is None and after is not None and _CREDIT_MARK.search(marks(after) or "-"):
        credit = _split(after)[0] or None
        taken.add(id(after))
        source = f"{source} {left_text(after)}".strip()
    caption = _caption(text, credit)
    return (caption, source) if caption is not None else None


_PICTURE_CAPTION = 150  # characters: a longer text under a picture in one paragraph is prose
_CELLS = frozenset(("td", "div"))  # blocks beside paragraphs that may hold a picture, a break and its caption
_STORY_CELL = 200  # characters of a table cell beside a picture's that holds the story's text


def _under_picture(paragraph: Node) -> bool:
    """Whether a paragraph is a picture, a line break and a short text: the caption under it (``<p><img><br>…``).

    A table layout's cell or a ``<div>`` may hold them so too (``<td><img><br><small>…</small></td>``).

    The picture may sit in a link; nothing but white space comes before it, and
    the text after the break holds no other picture.
    """
    items = [item for item in paragraph.contents if isinstance(item, Node) or item.strip()]
    if len(items) < 3 or not isinstance(items[0], Node) or not isinstance(items[1], Node) or items[1].name != "br":
        return False
    first = items[0]
    if first.name == "a":
        inner = [item for item in first.contents if isinstance(item, Node) or item.strip()]
        first = inner[0] if len(inner) == 1 and isinstance(inner[0], Node) else first
    if first.name not in ("img", "picture"):
        return False
    rest = items[2:]
    if any(isinstance(item, Node) and (item.name in _MEDIA or item.find_all(_MEDIA)) for item in rest):
        return False
    text = "".join(item if isinstance(item, str) else item.get_text() for item in rest).strip()
    return 0 < len(text) <= _PICTURE_CAPTION


def _picture_cell(holder: Node) -> bool:
    """Whether a table cell's or a ``<div>``'s picture, break and short text are a caption, not the story's.

    The text credits the picture ("… Fotó: Horváth Eszter", "[사진=홍천군 제공]"), or the cell is a picture's box
    of its own (no other cell of its row holds text) or sits beside a cell of the story's text (a layout table's
    row). A data table's row gives a name under a head shot or a crest, and a ``<div>`` a short story under its
    picture: those stay text. Never under a logo.
    """
    if _logo(holder):
        return False
    caption = _caption(*_split(holder))
    if caption is not None and caption.credit is not None:
        return True
    row = holder.parent
    if holder.name != "td" or row is None:
        return False
    cells = [cell for cell in row.contents if isinstance(cell, Node) and cell.name == "td" and cell is not holder]
    sizes = [len(cell.get_text(" ", strip=True)) for cell in cells]
    return not any(sizes) or max(sizes) >= _STORY_CELL


def _logo(holder: Node) -> bool:
    """Whether a block's picture is a logo (its address, class or text says "logo"): the site's name under it."""
    picture = holder.find(("img", "picture"))
    return (
        picture is not None
        and "logo" in " ".join(str(picture.get(key) or "") for key in ("src", "alt", "id", "class")).casefold()
    )


def _credited_after_picture(paragraph: Node) -> bool:
    """Whether a paragraph is a credited caption in a paragraph of its own, right after a picture's block.

    Many sites set a picture in a paragraph (or ``<div>``) of its own and its caption in the next paragraph,
    which names who took it ("3月14日，市民在公园散步。记者 李华 摄", "The pier at dawn. Photo: J. Doe"): a
    short text that ends as a credit does (:func:`~newsparse._captions.is_credit`), never a sentence of prose.
    """
    before = _adjacent(paragraph, -1)
    if before is None or before.name not in ("p", "div", "a") or not before.find_all(("img", "picture")):
        return False
    if before.get_text().strip():
        return False  # the picture's block holds text: a paragraph with a picture in it, not a picture alone
    text = paragraph.get_text(" ", strip=True)
    return 0 < len(text) <= _PICTURE_CAPTION and is_credit(text.rsplit("。", 1)[-1] or text)


def _caption(text: str, credit: str | None) -> Caption | None:
    """A caption without screen-reader labels and counters, its credit split off; None for button labels only."""
    text = _DANGLING.sub("", _LABEL.sub("", text, count=1).strip())
    if credit is None:
        tail = _TAIL_CREDIT.search(text)
        if tail is not None:  # ("… (Photo credit: Future)": the label's opening bracket goes with it)
            credit, text = tail.group("credit").strip(), _DANGLING.sub("", text[: tail.start()].strip())
        elif text:
            text, credit = split_credit(text)  # a credit written into the caption ("... Foto: dpa", "(AFP)")
        if credit is None and "。" in text[:-1]:  # a credit after a CJK caption's last sentence ("…。记者 李华 摄")
            head, _, last = text.rpartition("。")
            if is_credit(last):
                text, credit = f"{head}。", last.strip()
    if credit is not None:
        credit = credit.strip()
        if credit.count("(") != credit.count(")") or _BRACKETED.fullmatch(credit):
            credit = credit.strip("() ")  # a credit in brackets of its own: "(Elena Park/The Ledger)"
        credit = _CREDIT_LABEL.sub("", credit, count=1).strip() or None
    words = text.casefold().split()
    if not words or all(word.strip(":.") in _BUTTON_WORDS for word in words) or " ".join(words) in PATTERNS.chrome:
        return None  # a button's label, or a chrome line in a caption's place ("Advertisement")
    return Caption(text, credit)


def _split(holder: Node) -> tuple[str, str | None]:
    """The text of a caption element, and the text of the credit elements inside it, apart.

    Elements hidden to sighted readers or marked as chrome ("Image caption"
    labels for screen readers, share buttons) are left out.
    """
    parts: dict[bool, list[str]] = {False: [], True: []}
    stack: list[tuple[Node | str, bool]] = [(holder, False)]
    while stack:
        item, credit = stack.pop()
        if not isinstance(item, Node):
            parts[credit].append(item)
            continue
        if item.name in _SKIP:
            continue
        if item.name in _BLOCK or item.name == "br":
            parts[credit].append(" ")
        words = marks(item)
        if item is not holder and words:
            if _CREDIT_MARK.search(words):
                credit = True
            elif is_chrome_mark(words) and not (_CAPTION_MARK.search(words) or _SLIDE_TEXT_MARK.search(words)):
                continue
        stack.extend((child, credit) for child in reversed(item.contents))
    text = _collapse("".join(parts[False]), keep_breaks=False)
    credit_text = _collapse("".join(parts[True]), keep_breaks=False)
    return text, credit_text or None


def _within(node: Node, holder: Node) -> bool:
    return any(parent is holder for parent in node.parents)


def next_element(node: Node) -> Node | None:
    """The element right after ``node`` among its siblings, skipping whitespace."""
    return _adjacent(node, 1)


def _adjacent(node: Node, step: int) -> Node | None:
    """The element right after (``step`` 1) or before (-1) ``node`` among its siblings, skipping whitespace."""
    parent = node.parent
    if parent is None:
        return None
    siblings = parent.contents
    position = next(i for i, child in enumerate(siblings) if child is node)
    for child in siblings[position + step :: step] if position + step >= 0 else ():
        if isinstance(child, Node):
            return child
        if child.strip():
            return None
    return None
