"""Pages that hold several articles: which ``<article>`` elements are stories of their own, which are teasers.

The page reader (``_htmlpage``) calls :func:`_stories` once it has chosen the
main text; everything here walks the tree without recursion.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import attrs

from newsparse._html import (
    _HEADINGS,
    _MIN_PARAGRAPH,
    _PAGE_CHROME,
    _SKIP,
    HtmlText,
    _collapse,
    _finish,
    _marked,
)
from newsparse._pagetree import Node, class_names, walk

__all__ = ["Story"]


@attrs.frozen
class Story:
    """One of several full ``<article>`` elements on a page, read as an article of its own.

    ``ordinal`` is its place among all the page's ``<article>`` elements in
    document order, so that the caller can find it in the markup.
    """

    heading: str | None
    main: HtmlText
    time: str | None
    ordinal: int
    is_main: bool
    header: tuple[str, ...] = ()  # its header lines (headline, byline, date) taken from the top of its text
    left_out: tuple[tuple[str, str], ...] = ()  # what was taken from its text, and why


def _time(node: Node) -> str | None:
    """The ``datetime`` of the first ``<time>`` element that has one."""
    time_tag = node.find("time", attrs={"datetime": True})
    value = time_tag.get("datetime") if isinstance(time_tag, Node) else None
    return value if isinstance(value, str) else None


def _stories(root: Node, main: HtmlText, articles: list[Node]) -> _Split:
    """The page's full articles when it holds several, and the text of the <article> elements left out.

    Only outermost ``<article>`` elements count (an article inside another is part
    of it, such as the comments under a post). An ``<article>`` is a full article
    of its own when it is not page chrome, has a heading, a paragraph of some
    length, and at least a third as much text as the main one; otherwise it is a
    teaser, whose text is returned so that the caller can report it.

    Two shapes hold several: the main text is one ``<article>`` and full ones
    sit beside it (articles saved one after the other), or the main text is an
    element that holds two or more full ``<article>`` elements (a listing page),
    whose own text outside them is returned too.
    """
    if not articles:
        return _scrolled(root, main), (), ()
    ordinals = {id(tag): index for index, tag in enumerate(articles)}
    around = _ancestor_ids(root)
    outer = list(_outermost(articles, root))
    if not any(id(article) in around for article, _, _ in outer):
        listing = _listing([(article, chrome) for article, chrome, in_main in outer if in_main], ordinals)
        if listing is not None:
            stories, teasers = listing
            teasers.extend(_teaser(article) for article, _, in_main in outer if not in_main)
            outside = _finish(walk(root, skip=_PAGE_CHROME | {"article"})).paragraphs
            return tuple(stories), tuple(t for t in teasers if t), outside
    main_size = _size(main)
    found: list[tuple[Node, str | None, HtmlText]] = []  # the stories: article, heading (None: the main one's), text
    teasers = []
    first = next((article for article, _, _ in outer if id(article) in around), None)
    for article, chrome, in_main in outer:
        if id(article) in around:  # the main text is this article or inside it
            found.append((article, None, main))
        elif not in_main:  # (inside the main text, its text is there already)
            title, text = _heading(article), _finish(walk(article, skip=_PAGE_CHROME))
            after = first is not None and ordinals[id(article)] > ordinals[id(first)]
            next_story = _same_kind(article, first) or (after and _own_headline(article))
            full = _is_full(text, title, main_size) or (next_story and _is_full(text, title, 0))
            if not chrome and not _cards(article, text) and full:
                found.append((article, title, text))
            else:
                teasers.append(_teaser(article))
    if len(found) < 2 or all(title is not None for _, title, _ in found):
        teasers.extend("\n".join(text.paragraphs) for _, title, text in found if title is not None)
        return _scrolled(root, main) if len(found) < 2 else (), tuple(t for t in teasers if t), ()
    # Only now, with two stories or more, are their times and the main one's heading read.
    read = tuple(
        Story(
            title if title is not None else _heading(article) or None,
            text,
            _time(article),
            ordinals[id(article)],
            title is None,
        )
        for article, title, text in found
    )
    return read, tuple(t for t in teasers if t), ()


_Split = tuple[tuple[Story, ...], tuple[str, ...], tuple[str, ...]]


def _listing(articles: list[tuple[Node, bool]], ordinals: dict[int, int]) -> tuple[list[Story], list[str]] | None:
    """The stories and teasers of a main element that holds two or more full articles; None if it does not."""
    read = [
        (article, chrome, _heading(article), _finish(walk(article, skip=_PAGE_CHROME))) for article, chrome in articles
    ]
    biggest = max((_size(text) for _, _, _, text in read), default=0)
    full = [
        not chrome and not _cards(article, text) and _is_full(text, title, biggest)
        for article, chrome, title, text in read
    ]
    if sum(full) < 2:
        return None
    stories: list[Story] = []
    teasers: list[str] = []
    for (article, _, title, text), is_full in zip(read, full, strict=True):
        if is_full:
            stories.append(Story(title, text, _time(article), ordinals[id(article)], not stories))
        else:
            teasers.append(_teaser(article))
    return stories, teasers


def _cards(article: Node, text: HtmlText) -> bool:
    """Whether most of an article's text is in the articles it holds: a list of cards ("You may also like")."""
    own = _finish(walk(article.contents, skip=_PAGE_CHROME | {"article"}))
    return 2 * _size(own) < _size(text)


def _heading(article: Node) -> str:
    """The text of an element's first heading ('' when it has none)."""
    heading = article.find(_HEADINGS)
    return _collapse(heading.get_text(), keep_breaks=False) if isinstance(heading, Node) else ""


def _teaser(article: Node) -> str:
    """All the text of an element left out of the page's article, one line per paragraph."""
    return "\n".join(_finish(walk(article)).paragraphs)


def _size(text: HtmlText) -> int:
    return sum(len(p) for p in text.paragraphs)


def _is_full(text: HtmlText, title: str, main_size: int) -> bool:
    """Whether an article's text is a story of its own: a heading, a real paragraph, a third of the main text."""
    size = _size(text)
    has_paragraph = any(len(p) >= _MIN_PARAGRAPH and p != title for p in text.paragraphs)
    return bool(title) and has_paragraph and 3 * size >= main_size


def _scrolled(root: Node, main: HtmlText) -> tuple[Story, ...]:
    """The page's story and the stories saved under it as its reader scrolled, in blocks that are no ``<article>``.

    The story's block, or a block around it short of the page's ``<main>`` or ``<body>``, is followed by blocks of
    its own kind holding an ``<h1>`` each (see :func:`_own_headline`): each of them is a story (``ordinal`` -1:
    no ``<article>`` tag marks it in the markup). None when no such block follows.
    """
    for node in (root, *root.parents):
        if node.parent is None or node.name in _PAGE_LEVEL:
            break
        followers = [
            item
            for item in _after(node)
            if isinstance(item, Node) and not _dropped(item) and not _marked(item) and _own_headline(item)
        ]
        if followers and node.find("h1") is not None:
            own = Story(_heading(node) or None, main, _time(node), -1, True)
            return (
                own,
                *(Story(_heading(f), _finish(walk(f, skip=_PAGE_CHROME)), _time(f), -1, False) for f in followers),
            )
    return ()


_PAGE_LEVEL = frozenset(("main", "body", "html", "[document]"))


def _after(node: Node) -> list[Node | str]:
    """What comes after an element in its parent."""
    siblings = node.parent.contents if node.parent is not None else []
    return list(itertools.islice(itertools.dropwhile(lambda item: item is not node, siblings), 1, None))


def _same_kind(article: Node, main: Node | None) -> bool:
    """Whether an article is the main one's sibling in the same template (the same classes): the next story.

    A page saved as its reader scrolled holds the stories loaded under the first one, however short (see
    :func:`_unlinked_story`).
    """
    if main is None or article.parent is not main.parent:
        return False
    classes = class_names(main.attrs)
    if not classes or class_names(article.attrs) != classes:
        return False
    heading = article.find(_HEADINGS)
    return heading is not None and _unlinked_story(article, heading)


def _own_headline(article: Node) -> bool:
    """Whether an article after the main one has a headline of its own in an ``<h1>``: the next story.

    Loaded under the first as its reader scrolled, in a template of its own ("b-article--next",
    "ArticleInfinite_next").
    """
    heading = article.find("h1")
    return heading is not None and _unlinked_story(article, heading)


def _unlinked_story(article: Node, heading: Node) -> bool:
    """Whether an article's heading is a headline that links nowhere over two paragraphs and few links: a story.

    However short it is. A related post's card, even in the story's own template, links its heading to its story
    and shows an excerpt; a hub of tiles under a heading of its own (a picture in an ``<h1>``) is links.
    """
    if heading.find("a") is not None or heading.find_parent("a") is not None:
        return False
    if len(" ".join(heading.get_text(" ").split())) < _HEADLINE:
        return False
    if sum(1 for p in article.find_all("p") if len(p.get_text().strip()) >= _MIN_PARAGRAPH) < 2:
        return False
    linked = sum(len(link.get_text().strip()) for link in article.find_all("a"))
    return 2 * linked < len(article.get_text().strip())


_HEADLINE = 8  # characters: a shorter heading is a label ("Más"), or a picture's (none)


def _ancestor_ids(tag: Node) -> set[int]:
    """The ids of a tag and of every element that encloses it."""
    ids = {id(tag)}
    ids.update(id(parent) for parent in tag.parents)
    return ids


def _outermost(found: list[Node], root: Node) -> Iterator[tuple[Node, bool, bool]]:
    """Each of ``found`` (the elements of one name, in document order) that is not inside another one.

    With it: whether it sits inside page chrome (navigation, an aside, a
    related-links block...), and whether its text is in the main text (inside
    ``root`` and not inside an element that the walk of ``root`` leaves out).
    Each is judged by the elements around it, up to the document: a page holds a
    few articles among hundreds of other elements.
    """
    for node in found:
        chain = [node, *node.parents]  # innermost first; the last is the document
        if any(item.name == node.name for item in chain[1:]):
            continue  # inside another one: part of it
        elements = chain[:-1]
        chrome = any(_dropped(item) or _marked(item) for item in elements)
        at_root = next((index for index, item in enumerate(chain) if item is root), None)
        in_main = at_root is not None and not any(_dropped(item) for item in elements[:at_root])
        yield node, chrome, in_main


def _dropped(node: Node) -> bool:
    """Whether the walk of the main text leaves an element out whatever its class (navigation, scripts...)."""
    return node.name in _PAGE_CHROME or node.name in _SKIP
