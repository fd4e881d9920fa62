"""Whole HTML pages: the title, meta tags, JSON-LD and ``<time>``, and the main text chosen from the tree.

:func:`parse_page` builds the page's tree once (``_pagetree``: from lxml's
parser, or BeautifulSoup's where lxml is missing), reads its head, chooses the
blocks that hold the story (``_htmlblocks``, ``_htmllines``), reads the tree's
metadata (``_htmlmeta``), and hands pages with several ``<article>`` elements
to ``_htmlstories``. A page beyond :data:`~newsparse._limits.MAX_HTML_CHARS` is
read without building its tree.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from newsparse import (
    _html,
    _htmlblocks,
    _htmlchrome,
    _htmlfigures,
    _htmllead,
    _htmllines,
    _htmlmeta,
    _htmlreview,
    _limits,
    _meta,
    _pagetree,
)
from newsparse._html import (
    _PAGE_CHROME,
    _SKIP,
    HtmlText,
    _collapse,
    _finish,
    _gc_paused,
    _paragraphs,
)
from newsparse._htmlstories import Story, _stories, _time
from newsparse._model import Caption
from newsparse._pagetree import Document, Node
from newsparse._problems import Problem

if TYPE_CHECKING:
    from bs4.element import NavigableString, Tag

__all__ = ["PageInfo", "parse_page"]


@attrs.frozen
class PageInfo:
    """What a whole HTML page says about its article: meta tags, JSON-LD, title and main text.

    ``stories`` is empty for a page with one article; a page that holds several
    full ``<article>`` elements side by side (a listing page, articles saved one
    after another) has one :class:`Story` each, in order. ``teasers`` is the text
    of the other ``<article>`` elements outside the main text (cards of related
    stories), which are in no field; ``outside`` the paragraphs of a listing's
    main element outside its stories; ``problems`` says what could not be read.
    """

    title: str | None
    meta: dict[str, str]
    json_ld: tuple[dict[str, Any], ...]
    main: HtmlText
    time: str | None = None
    stories: tuple[Story, ...] = ()
    teasers: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    article_count: int = 0
    problems: tuple[Problem, ...] = ()
    hints: dict[str, list[str]] = attrs.field(factory=dict)
    header: tuple[str, ...] = ()
    near: tuple[str, ...] = ()  # the short texts between the headline and the body (bylines, dates)
    headline: str | None = None  # the text of the story's <h1>, when one carries the title
    left_out: tuple[tuple[str, str], ...] = ()  # text left out of the story, with the reason
    subtitle: str | None = None
    captions: tuple[Caption, ...] = ()
    scripts: tuple[tuple[str, str], ...] = ()  # the inline scripts (type, text): embedded state is read from them
    signed: tuple[str, ...] = ()  # the names alone closing the story (a signature), which name its writers
    below: tuple[str, ...] = ()  # the short texts left out at the story's end, read for a byline printed there
    closing: tuple[str, ...] = ()  # those of them under the text's last paragraph, read for a stamp printed there


def parse_page(html: str) -> PageInfo:
    """Read a whole page: <title>, <meta> tags, JSON-LD blocks, <time>, and its main text.

    The main text is the block whose paragraphs score best (text less links,
    outside chrome), widened to the columns of the same story, without
    navigation, chrome, link lists, figures and repeated header lines; else
    ``<main>``, else ``<body>``.
    Other ``<article>`` elements are read as stories of their own when they are
    full articles, else kept as teasers (see :class:`PageInfo`). A page beyond
    :data:`~newsparse._limits.MAX_HTML_CHARS` is read without building its tree
    (see ``_long_page``).
    """
    cap = _limits.MAX_HTML_CHARS
    if len(html) > cap:
        return _long_page(html, cap)
    with _gc_paused():
        # lxml's tree copied; without lxml, BeautifulSoup's tree (html._soup) converted. Either no deeper than the cap.
        soup, flattened = _pagetree.build_bounded(html, _limits.MAX_HTML_DEPTH)
        title, meta, json_ld = _head(soup)
        time_value = _time(soup)
        live = "LiveBlogPosting" in html and _is_live(soup, json_ld)  # (the type's name is in any live page)
        read = _main_text(soup, meta.get("og:title") or title, meta, live, json_ld)
        root = read.root
        story = root if root.name == "article" else root.find_parent("article")
        hints = _htmlmeta.tree_hints(soup, story if story is not None else root)
        articles = soup.find_all("article")
        if live:  # a live blog's <article> elements in its text are its entries: one story, no teasers
            blocks = {id(node) for node in (*read.roots, root)}
            others = [a for a in articles if not any(id(node) in blocks for node in (a, *a.parents))]
            _, teasers, outside = _stories(root, read.main, others)
            stories: tuple[Story, ...] = ()
        else:
            stories, teasers, outside = _stories(root, read.main, articles)
        unit = _htmlblocks.char_unit(meta.get("og:title") or title)
        stories = tuple(story if story.main is read.main else _cleaned(story, unit) for story in stories)
        scripts = tuple(_scripts(soup))
        soup.release()  # nothing below refers to the tree
    return PageInfo(
        title=title,
        meta=meta,
        json_ld=json_ld,
        main=read.main,
        time=time_value,
        stories=stories,
        teasers=teasers,
        outside=outside,
        article_count=len(articles),
        hints=hints,
        header=read.header,
        near=read.near,
        headline=read.headline,
        left_out=read.left_out,
        problems=(
            *((_flattened_problem(flattened),) if flattened else ()),
            *((_UNCERTAIN,) if read.uncertain else ()),
        ),
        subtitle=read.subtitle,
        captions=read.captions,
        scripts=scripts,
        signed=read.signed,
        below=read.below,
        closing=read.closing,
    )


_UNCERTAIN = Problem(
    "page-main-uncertain",
    "another block of the page scored nearly as high as the one read as the article: the body may be the wrong block",
)


@attrs.frozen
class _Read:
    """What :func:`_main_text` read of the story: its element, text, header lines, captions and standfirst."""

    root: Node
    main: HtmlText
    uncertain: bool = False
    header: tuple[str, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()
    captions: tuple[Caption, ...] = ()
    subtitle: str | None = None
    near: tuple[str, ...] = ()
    headline: str | None = None  # the text of the story's <h1>
    roots: tuple[Node, ...] = ()  # the blocks the text was read from (the story's columns), when more than ``root``
    signed: tuple[str, ...] = ()  # the names alone closing the story
    below: tuple[str, ...] = ()  # the short texts the story's blocks left out at their end
    closing: tuple[str, ...] = ()  # those under the text's last paragraph (never a navigation line over it)


def _is_live(soup: Document, json_ld: Iterable[dict[str, Any]]) -> bool:
    """Whether the page is a live blog: JSON-LD or microdata of type ``LiveBlogPosting``."""
    if any("LiveBlogPosting" in str(item.get("@type")) for item in json_ld):
        return True
    return any("LiveBlogPosting" in str(node.get("itemtype") or "") for node in soup.find_all(itemtype=True))


def _main_text(
    soup: Document,
    title: str | None,
    meta: dict[str, str],
    live: bool = False,
    json_ld: Iterable[dict[str, Any]] = (),
) -> _Read:
    """The story's element and text, whether the choice was close, its header lines, what was left out and why.

    What was left out comes with its reason: the repeated title and header lines,
    label lines and headline lists, the text of chrome blocks inside the story, and
    repeated captions. The story's captions (``_htmlfigures``) and standfirst
    (``_htmllead``) are read around the chosen blocks. On a ``live`` blog, the
    ``<article>`` entries of the live article are its text, not cards. A fact-check's verdict box and a
    review's rating box, told by the page's JSON-LD (``json_ld``), stay in the text (readers' gold keeps a
    verdict box inside the story) but give no standfirst and no date (``_htmlreview``).
    """
    blocks = _htmlblocks.measure(soup, _htmlblocks.char_unit(title), live=live)
    chosen = _htmlblocks.choose(blocks)
    gallery = _htmlfigures.gallery_story(soup, blocks, chosen[0] if chosen is not None else [])
    if gallery is not None:  # a photo gallery's page: its slides' captions tell the story
        chosen = [gallery.root], False
        blocks.told, blocks.through = dict(gallery.slides), gallery.through
    if chosen is None:
        root = soup.find("main") or soup.find("body") or soup
        return _Read(root, _finish(_pagetree.walk(root, skip=_PAGE_CHROME)))
    roots, uncertain = chosen
    if live and gallery is None:  # a live blog's entries: the heading in each entry's header is text, its time is not
        roots = _htmlblocks.live_summary(roots, blocks, soup.order)  # and "Key points" over them: the writers' summary
        blocks.told = _htmlblocks.entry_headings(roots)
    rated = blocks.rated = _htmlreview.rating_boxes(json_ld, roots, blocks)
    chrome: list[str] = []
    closing: list[str] = []  # what the blocks left out under the text's last paragraph: a stamp printed there
    paragraphs = _htmlblocks.story_paragraphs(roots, blocks, chrome, closing)
    heading = _htmllead.headline(soup, title, blocks, roots)
    shown = _collapse(_without_kicker(heading), keep_breaks=False) if heading is not None else None
    descriptions = [meta.get(key) for key in ("og:description", "description", "twitter:description")]
    lead = _htmllead.standfirst(soup, heading, roots, blocks, title, descriptions)
    scope = _htmllead.story_scope(heading, roots, blocks)
    own = _htmllead.own_paths(soup, meta)  # a date linked to the page itself is its own
    near = _htmllead.near_headline(soup, heading, roots, blocks, own)
    near += _htmllead.above_headline(
        heading or roots[0], scope, blocks, own
    )  # after those below: a date over the title
    copies: list[str] = []
    if lead is not None and lead.deck:  # first: the header's lines under a deck repeated in the body are the top
        paragraphs = _htmllines.drop_deck(paragraphs, lead.text, copies)
    found = _htmlfigures.story_captions(scope, blocks, roots)
    if gallery is not None:  # a gallery story's slides are its text, no captions beside it (those keep out of it)
        slides = {_collapse(text, keep_breaks=False).casefold() for text in gallery.slides.values()}
        found = attrs.evolve(
            found,
            captions=tuple(c for c in found.captions if c.text.casefold() not in slides),
            sources=tuple(text for text in found.sources if not any(slide in text.casefold() for slide in slides)),
        )
    shown_captions: list[str] = []  # first: a caption between the lead and the date line ends no header
    paragraphs, credited = _htmllines.drop_captions(paragraphs, found.sources, shown_captions)
    header: list[str] = []
    standfirst = lead.text if lead is not None and not lead.deck else None  # a deck has left the text already
    paragraphs, box, before = _htmlreview.set_apart(rated.values(), paragraphs) if rated else (paragraphs, [], 0)
    count = len(paragraphs)
    paragraphs = _htmllines.trim_header(paragraphs, title, header, shown, blocks.unit, standfirst)
    if box:
        paragraphs = _htmlreview.put_back(box, before, count - len(paragraphs), paragraphs)
    if live:
        paragraphs = _htmllines.drop_entry_bylines(paragraphs, header)
    furniture: list[str] = []
    walked = paragraphs
    paragraphs = _htmllines.drop_after_end_mark(paragraphs, furniture)  # first: an end mark may be furniture too
    paragraphs = _htmllines.drop_furniture(paragraphs, furniture)
    paragraphs = _htmllines.drop_end_matter(paragraphs, furniture)
    # what the story's blocks left out at their end: a byline some pages print under the text ("Autor: Marek
    # Kasprzak · Dodano: …" in an info block), read after those near the headline; of them, those under the last
    # paragraph give a stamp when nothing else dates the story (never a related story's or a rights line's date:
    # only a timestamp word's or an all-number date alone, see _htmldates.closing_stamps)
    below = [text for text in (*chrome[-_BELOW:], *furniture[-_BELOW:]) if 3 <= len(text) <= _BELOW_SIZE]
    after = _lines_after(roots[-1], blocks)  # "Source: Kwame Asante-Darko, Contributor" just after the story's block
    below += after
    closing += _trailing(walked, paragraphs)  # the furniture under the text's last paragraph ("Vloženo: 5.3.2026")
    # (a long one is cut: a blog's line of details opens with its stamp, "This entry was posted on …")
    closing = [text[:_BELOW_SIZE] for text in closing[-_CLOSING:] if len(text) >= 3] + after
    paragraphs = _last_line_apart(paragraphs)  # "…statt.<br><br><b>Von Sabine Kretzschmar</b>": a byline's own line
    opening = _opening_credit(paragraphs)
    if opening:  # "【ワシントン＝中村拓也】米商務省は…": the writer's credit opens the text, a header line
        near.append(opening)
        header.append(opening)
        paragraphs[0] = paragraphs[0][len(opening) :].lstrip()
    japanese = _in_japanese(paragraphs)
    if japanese:  # "…見込んでいる。（高橋真理子）": the writer's credit closing the last paragraph, a line of its own
        paragraphs = _credit_apart(paragraphs)
    signed = _closing_bylines(paragraphs)
    if signed:  # "Автор: Глеб Сазонов" under the story: a byline, read with those near the headline
        near += paragraphs[-signed:]
        furniture += paragraphs[-signed:]
        paragraphs = paragraphs[:-signed]
    names: list[str] = []
    if _lines(paragraphs) > _SIGNED_AFTER:  # "— Marta Bellei", "Võ Hải" alone in bold under the story: a signature
        last = paragraphs[-1]
        names = _htmlmeta.signature(last, bare=False) or (_htmlmeta.bracketed_names(last) if japanese else [])
        if not names:  # an old page's block of lines closing with its signature set apart ("<i>Анна ЛЕБЕДЕВА</i>")
            paragraphs = _last_line_apart(
                paragraphs, lambda line: bool(_htmlmeta.signature(line)) and _set_apart(roots, line)
            )
            last = paragraphs[-1]
        if not names and (alone := _htmlmeta.signature(last)) and _set_apart(roots, last):
            names = alone  # (not set apart, a name alone may be a place, a team, a label)
        # the names stay in the text: they leave it once the authors are known to be them
    key = _collapse(title or "", keep_breaks=False).casefold()
    left_out = [
        *((line, "repeated title" if line.casefold() == key else "page header line") for line in header),
        *((text, "page furniture") for text in furniture),
        *((text, "repeated subtitle") for text in copies),
        *((text, "page chrome") for text in _without(chrome, found.sources) if text),
        *((text, "duplicate caption") for text in found.repeats),
        *((text, "caption") for text in shown_captions),
    ]
    subtitle = lead.text if lead is not None else None
    read = {caption.text.casefold() for caption in found.captions}
    captions = (*found.captions, *(caption for caption in credited if caption.text.casefold() not in read))
    return _Read(
        roots[0], _finish(paragraphs), uncertain, tuple(header), tuple(left_out), captions, subtitle, tuple(near),
        shown or None, tuple(roots), tuple(names), tuple(below), tuple(closing),
    )  # fmt: skip


def _cleaned(story: Story, unit: int) -> Story:
    """A story of a page of several, its text read as the main one's is: header lines, furniture, end matter out.

    Its header lines (its headline again, its byline, its date) are kept apart, to read its byline and date.
    """
    header: list[str] = []
    paragraphs = _htmllines.trim_header(list(story.main.paragraphs), story.heading, header, None, unit)
    furniture: list[str] = []
    paragraphs = _htmllines.drop_after_end_mark(paragraphs, furniture)
    paragraphs = _htmllines.drop_furniture(paragraphs, furniture)
    paragraphs = _htmllines.drop_end_matter(paragraphs, furniture)
    key = _collapse(story.heading or "", keep_breaks=False).casefold()
    left_out = (
        *((line, "repeated title" if line.casefold() == key else "page header line") for line in header),
        *((text, "page furniture") for text in furniture),
    )
    main = attrs.evolve(story.main, paragraphs=tuple(paragraphs))
    return attrs.evolve(story, main=main, header=tuple(header), left_out=left_out)


_SIGNATURE_SIZE = 80  # characters: a longer last line that opens with a byline word is a sentence
_BELOW = 3  # texts the story's blocks left out at their end, read for a byline and a date
_CLOSING = 5  # texts left out under the story's last paragraph, read for a stamp (a tag list, an offer among them)
_BELOW_SIZE = 200  # characters: a longer text left out is no byline or date line
_SIGNED_AFTER = 2  # paragraphs: a story this short or shorter has no signature (a name may be all there is)


def _in_japanese(paragraphs: list[str]) -> bool:
    """Whether a story is written in Japanese: its first paragraphs hold kana (Chinese text has none)."""
    return any(_HIRAGANA.search(paragraph) for paragraph in paragraphs[:3])


_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _credit_apart(paragraphs: list[str]) -> list[str]:
    """A Japanese story with the credit in brackets that closes its last paragraph set apart as a paragraph.

    "…見込んでいる。（高橋真理子）": the web edition prints the paper's closing credit after the last sentence.
    """
    found = _CLOSING_BRACKET.search(paragraphs[-1]) if paragraphs else None
    if found is None:
        return paragraphs
    credit = found.group(1)
    if not _htmlmeta.bracketed_names(credit) and not _htmlmeta.visible_bylines([credit], []):
        return paragraphs
    return [*paragraphs[:-1], paragraphs[-1][: found.start(1)].rstrip(), credit]


_CLOSING_BRACKET = re.compile(r"(?<=[。」』！？])\s*([（【][^（）【】\n]{3,24}[）】])$")


def _lines_after(root: Node, blocks: _htmlblocks.Blocks) -> list[str]:
    """The short lines of the elements just after the story's last block, without links: a byline printed there.

    Only the next ``_AFTER`` elements, each a line of at most ``_BELOW_SIZE`` characters with no link (a related
    story's teaser links its headline) and no chrome's mark (a comment's writer, a share bar). Of one that holds
    links, its own elements without a link are lines (a story's info bar: "<span class=fdate>12 февраля 2026,
    14:20</span>" beside its category's links).
    """
    parent = root.parent
    if parent is None:
        return []
    siblings = [child for child in parent.contents if isinstance(child, Node)]
    at = next((index for index, child in enumerate(siblings) if child is root), len(siblings))
    lines = []
    for node in siblings[at + 1 : at + 1 + _AFTER]:
        if id(node) in blocks.chrome or node.name in _SKIP or _htmlchrome.names_comments(node):
            continue  # (readers' comments: a reader's name and time; a script's code)
        parts = [node] if node.find("a") is None else _info_bar(node)
        for part in parts:
            if id(part) in blocks.chrome or (part is not node and part.find("a") is not None):
                continue
            text = _collapse(part.get_text(" ", skip=_SKIP), keep_breaks=False)
            if 3 <= len(text) <= _BELOW_SIZE:
                lines.append(text)
    return lines


_AFTER = 2  # elements after the story's last block read for a byline


def _info_bar(node: Node) -> list[Node]:
    """The elements of a story's info bar (its date, its category's links, its poster), or [] for another block.

    A bar is short, its class says so ("finfo", "post-info", "entry-meta"; never an event's, a comment's or a
    teaser's), and its elements are inline ones; its links themselves are no lines.
    """
    children = [child for child in node.contents if isinstance(child, Node)]
    words = " ".join(
        [*_pagetree.class_names(node.attrs), str(node.get("id") or "")]
    ).lower()  # (no role: "contentinfo")
    if not _INFO_BAR.search(words) or _NO_INFO_BAR.search(words):
        return []  # (an event's details, a reader's pick, an "up next" teaser, a pull quote)
    if len(node.get_text(" ", skip=_SKIP)) > _BELOW_SIZE or any(child.name not in _INLINE for child in children):
        return []
    return [child for child in children if child.name != "a"]


_INLINE = frozenset("span time small b strong em i a abbr font".split())
_INFO_BAR = re.compile(r"info|meta|details")  # a story's info bar: DLE's "finfo", "post-info", "entry-meta"
_NO_INFO_BAR = re.compile(r"event|comment|reader|next|related|quote|pull|promo|teaser")


def _trailing(read: list[str], kept: list[str]) -> list[str]:
    """The lines of the paragraphs ``read`` after the last one ``kept``: what left the text at its end."""
    kept_set = set(kept)
    tail = list(itertools.takewhile(lambda paragraph: paragraph not in kept_set, reversed(read)))
    return [line.strip() for paragraph in reversed(tail) for line in paragraph.split("\n") if line.strip()]


def _opening_credit(paragraphs: list[str]) -> str:
    """The writer's credit in brackets that opens the story's first paragraph, or "".

    Japanese papers open a story with its desk's city and its writer: "【ワシントン＝中村拓也】米商務省は…".
    Only a bracket that reads as a byline counts ("【速報】" is a label), and never the whole paragraph; an agency's
    dispatch ("（中央社記者陳怡君台北2日電）") is a dateline, read with the others.
    """
    found = _OPENING_BRACKET.match(paragraphs[0]) if paragraphs else None
    if found is None or not _htmlmeta.visible_bylines([found.group()], []) or _meta.read_dateline(paragraphs[0]):
        return ""
    return found.group()


_OPENING_BRACKET = re.compile(r"[（【][^（）【】\n]{2,24}[）】](?=\s*\S)")


def _closing_bylines(paragraphs: list[str]) -> int:
    """How many of the story's last two paragraphs are a byline printed under it ("Penulis: Dwi Handayani")."""
    count = 0
    for paragraph in reversed(paragraphs[-2:]):
        if len(paragraph) > _SIGNATURE_SIZE or not _htmlmeta.visible_bylines([paragraph], []):
            break
        count += 1
    return count if count < len(paragraphs) else 0  # never the whole story


def _without_kicker(heading: Node) -> str:
    """A headline's text without the topic set before it and a hidden separator.

    "Krankenhausreform<span class=hidden>:</span> »Wir haben …«" reads "»Wir haben …«": the page shows the topic on
    a line of its own, and the separator only to screen readers.
    """
    contents = heading.contents
    for index, child in enumerate(contents[1:], 1):
        if isinstance(child, Node) and _hidden_separator(child):
            rest = "".join(item if isinstance(item, str) else item.get_text(" ") for item in contents[index + 1 :])
            return rest if rest.strip() else heading.get_text(" ")
    return heading.get_text(" ")


def _hidden_separator(node: Node) -> bool:
    """Whether an element is a separator only screen readers read (":" in a ``hidden`` or ``sr-only`` span)."""
    text = node.get_text().strip()
    if not text or len(text) > 2 or any(char.isalnum() for char in text):
        return False
    return _htmlchrome.own_chrome(node) or "hidden" in _htmlchrome.marks(node).split()  # (Tailwind's "hidden")


def _last_line_apart(paragraphs: list[str], apart: Callable[[str], bool] | None = None) -> list[str]:
    """The story with the last line of its last block set apart as a paragraph when it is a short byline.

    An old page writes its text in one block of lines between ``<br>`` s, its byline the last of them. With
    ``apart``, the last line is set apart when ``apart`` says so instead (a signature set apart).
    """
    if not paragraphs or "\n" not in paragraphs[-1]:
        return paragraphs
    text, _, last = paragraphs[-1].rpartition("\n")
    if len(last) > _SIGNATURE_SIZE or not text.strip():
        return paragraphs
    if not (apart(last.strip()) if apart is not None else _htmlmeta.visible_bylines([last], [])):
        return paragraphs
    return [*paragraphs[:-1], text.rstrip(), last.strip()]


def _lines(paragraphs: list[str]) -> int:
    """How many lines the paragraphs hold (an old page's block of lines between ``<br>`` s counts each)."""
    return sum(paragraph.count("\n") + 1 for paragraph in paragraphs)


def _set_apart(roots: list[Node], line: str) -> bool:
    """Whether the story's last line is set apart from its text: in bold or italics, or to the right.

    Or in an element whose class names a signature or a writer ("firma", "signature", "author").
    """
    for root in reversed(roots):
        for node in reversed(root.find_all(_SIGNED_ELEMENTS)):
            if _collapse(node.get_text(" "), keep_breaks=False) != line:
                continue
            style = str(node.get("style") or "").replace(" ", "").lower()
            return (
                node.name in _EMPHASIS
                or "text-align:right" in style
                or _SIGNED_MARK.search(_htmlchrome.marks(node)) is not None
            )
    return False


_EMPHASIS = frozenset(("strong", "b", "em", "i"))
_SIGNED_ELEMENTS = ["strong", "b", "em", "i", "p", "div"]  # inner first when found from the end: the emphasis
_SIGNED_MARK = re.compile(r"sign|firma|autor|author|byline")


def _without(texts: list[str], taken: Iterable[str]) -> list[str]:
    """``texts`` without one occurrence of each text in ``taken`` (left-out figures whose captions were read)."""
    pending = Counter(taken)
    kept = []
    for text in texts:
        if pending[text] > 0:
            pending[text] -= 1
        else:
            kept.append(text)
    return kept


def _flattened_problem(count: int) -> Problem:
    return Problem(
        "nesting-flattened",
        f"{count:,} elements nested deeper than {_limits.MAX_HTML_DEPTH} levels (MAX_HTML_DEPTH) were flattened; "
        "their text was kept",
    )


def _head(soup: Any) -> tuple[str | None, dict[str, str], tuple[dict[str, Any], ...]]:
    """The page's <title>, its <meta> tags (first of each name) and its JSON-LD objects.

    ``<html lang>`` is kept under the key ``html:lang``; ``<meta http-equiv>`` under its lower-case name.
    """
    title_tag = soup.find("title")
    title = _collapse(title_tag.get_text(), keep_breaks=False) if title_tag else None
    meta: dict[str, str] = {}
    root = soup.find("html")
    lang = root.get("lang") or root.get("xml:lang") if root is not None else None
    if isinstance(lang, str) and lang.strip():
        meta["html:lang"] = lang.strip()  # the page's declared language, kept with the meta tags
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and key.lower() not in meta:
            meta[key.lower()] = value.strip()
    return title or None, meta, tuple(_json_ld(soup))


_BODY_TAG = re.compile(r"<body[\s>]", re.IGNORECASE)


def _long_page(html: str, cap: int) -> PageInfo:
    """A page beyond the cap: its head read as a tree, its text as a stream, never the whole as one tree.

    The title, meta tags and JSON-LD come from the markup before ``<body>`` (at
    most ``cap`` characters); the text is every paragraph outside navigation,
    headers, footers, asides and forms, since choosing a main element needs the
    whole tree.
    """
    body = _BODY_TAG.search(html, 0, cap)
    head = html[: body.start() if body else cap]
    with _gc_paused():
        title, meta, json_ld = _head(_html._soup(head))
        main = _finish(_paragraphs(html, _PAGE_CHROME))
    problem = Problem(
        "page-over-cap",
        f"the page has {len(html):,} characters, more than the cap of {cap:,} (MAX_HTML_CHARS): "
        "its whole text was kept without choosing the main element, and its title and meta tags "
        f"were read from its first {len(head):,} characters",
    )
    return PageInfo(title=title, meta=meta, json_ld=json_ld, main=main, problems=(problem,))


_TEMPLATES = frozenset(("text/template", "text/html", "text/x-template"))


def _script_type(tag: Node) -> str:
    """A script's type, lower-cased ("" when it has none)."""
    return str(tag.get("type") or "").strip().lower()


def _is_json_ld(kind: str) -> bool:
    """Whether a script type is JSON-LD ("application/ld+json", with or without a charset)."""
    return kind.startswith("application/ld+json")


def _scripts(soup: Node) -> Iterator[tuple[str, str]]:
    """The page's inline scripts as (type, text), but JSON-LD and templates (read lazily for embedded state)."""
    for tag in soup.find_all("script"):
        kind = _script_type(tag)
        if tag.get("src") is None and kind not in _TEMPLATES and not _is_json_ld(kind):
            text = tag.string
            if text and text.strip():
                yield kind, text


def _json_ld(soup: Any) -> Iterator[dict[str, Any]]:
    for tag in soup.find_all("script"):
        if not _is_json_ld(_script_type(tag)):
            continue  # "application/ld+json; charset=utf-8" and upper case count too
        data = lenient_json(tag.string or "")
        if data is None:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
                yield item


# A JSON string (skipped whole), or a comma that only a closing bracket or brace follows (a trailing comma).
_STRING_OR_TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*"|,(?=\s*[\]}])')
_MAX_REPAIRED_JSON = 4 * 2**20  # a block beyond this is not repaired when it fails to parse


def lenient_json(text: str) -> Any:
    """JSON as web pages write it, or None: raw line breaks and tabs in strings, and trailing commas, allowed.

    Pages' JSON-LD often carries an ``articleBody`` with raw line breaks, or a
    list ending in ``, ]``. Nothing is evaluated: a block that is still not JSON
    after dropping trailing commas (outside strings) is None.

    Example:
        >>> lenient_json('{"keywords": ["a", "b", ], "articleBody": "one\\ntwo"}')
        {'keywords': ['a', 'b'], 'articleBody': 'one\\ntwo'}
        >>> lenient_json("{headline: 'x'}") is None
        True
    """
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        return None
    except ValueError:
        pass
    if len(text) > _MAX_REPAIRED_JSON:
        return None
    repaired = _STRING_OR_TRAILING_COMMA.sub(lambda m: "" if m.group() == "," else m.group(), text)
    try:
        return json.loads(repaired, strict=False)
    except (ValueError, RecursionError):
        return None


def _text_lengths(tags: list[Tag]) -> dict[int, int]:
    """``len(tag.get_text().strip())`` for each tag (by id), in one walk over their subtrees.

    ``tags`` are in document order. Calling ``get_text`` on each costs the size of
    every nested element again (quadratic for nested ``<blockquote>`` or ``<pre>``);
    here each outermost tag's subtree is walked once, and every tag inside it gets
    its length from its children: total, leading and trailing whitespace.
    """
    lengths: dict[int, int] = {}
    wanted = {id(tag) for tag in tags}
    for tag in tags:
        if id(tag) not in lengths:
            _measure(tag, wanted, lengths)
    return lengths


def _measure(root: Tag, wanted: set[int], lengths: dict[int, int]) -> None:
    """Set ``lengths`` for ``root`` and every wanted tag inside it, without recursion."""
    from bs4.element import NavigableString, Tag

    types = root.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES
    # A frame: the tag, its children still to visit, and its text so far as [size, leading, trailing] whitespace.
    frames: list[tuple[Tag, Iterator[Any], list[int]]] = [(root, iter(root.contents), [0, 0, 0])]
    while frames:
        tag, children, stats = frames[-1]
        child = next(children, None)
        if child is None:
            frames.pop()
            size, lead, trail = stats
            if id(tag) in wanted:
                if (tag.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES) == types:
                    lengths[id(tag)] = 0 if lead == size else size - lead - trail
                else:  # pragma: no cover - no builder gives p, pre and blockquote different string types
                    lengths[id(tag)] = len(tag.get_text().strip())
            if frames:
                _append_stats(frames[-1][2], stats)
        elif isinstance(child, Tag):
            frames.append((child, iter(child.contents), [0, 0, 0]))
        elif isinstance(child, NavigableString) and _interesting(child, types):
            size = len(child)
            lead = size - len(child.lstrip())
            trail = size if lead == size else size - len(child.rstrip())
            _append_stats(stats, [size, lead, trail])


def _interesting(string: NavigableString, types: Any) -> bool:
    """Whether ``get_text`` counts a string of this type (as bs4's ``_all_strings`` decides)."""
    if isinstance(types, type):
        return type(string) is types
    return types is None or type(string) in types


def _append_stats(stats: list[int], more: list[int]) -> None:
    """Extend [size, leading, trailing] whitespace of a text by those of the text that follows it."""
    size, lead, trail = stats
    more_size, more_lead, more_trail = more
    if not more_size:
        return
    stats[1] = size + more_lead if lead == size else lead
    stats[2] = more_size + trail if more_trail == more_size else more_trail
    stats[0] = size + more_size
