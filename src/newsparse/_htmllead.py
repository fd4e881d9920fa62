"""A page's headline element, the region of its story, and its standfirst (the lead under the headline).

:func:`headline` finds the ``<h1>`` that carries the page's title;
:func:`story_scope` the element that holds both it and the chosen body (where
the story's figures are looked for); :func:`standfirst` the lead, dek or
summary paragraph between the headline and the body: an element whose class or
id says so (in many languages: ``standfirst``, ``dek``, ``chapo``,
``entradilla``, ``teaser``, ``lead``, ``intro``, ``vorspann``, ``linha-fina``...),
the ``<p>`` right after the ``<h1>`` of a header, or the element whose text is
the page's description. The body is left as it was chosen: a lead the story's
block holds stays in it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsparse._html import _HEADINGS, _PAGE_CHROME, _SKIP, _finish
from newsparse._htmlblocks import Blocks
from newsparse._htmlblocks import _left_out as left_out
from newsparse._htmlchrome import is_chrome_mark, marks
from newsparse._htmldates import date_alone, url_date
from newsparse._htmlfigures import is_caption, next_element
from newsparse._htmllines import _URL_LINE, is_byline, is_dated, is_reading_time
from newsparse._htmlmeta import is_home_link, page_path
from newsparse._pagetree import Document, Node, camel_apart, class_names, left_text, walk
from newsparse.vocabulary import PATTERNS

__all__ = [
    "Lead",
    "above_headline",
    "headline",
    "near_headline",
    "own_paths",
    "standfirst",
    "story_scope",
    "title_key",
    "titles_match",
]

# Class and id words of a standfirst, in many languages (whole words of the class, after camelCase is split).
_LEAD_WORDS = frozenset(
    "standfirst dek deck chapo chapeau chapô entradilla entradeta entrada teaser lead lede leadin leadtext intro "
    "introduction summary subtitle subtitulo subtítulo subtitol subtítol subheadline subhead subheading excerpt "
    "abstract bajada copete sumario resumen resumo sottotitolo catenaccio sommario vorspann anriss einleitung "
    "ingress ingresso inleiding perex zajawka lid wstep anons podzagolovok linhafina olho description podnaslov "
    "spot özet ingressi sapou bevezeto preview".split()
)
# Of those, the words of a deck under the headline, apart from the text (the others name the text's first paragraph).
_DECK_WORDS = frozenset(
    "standfirst dek deck chapo chapeau chapô entradilla entradeta subtitle subtitulo subtítulo subtitol subtítol "
    "subheadline subhead subheading bajada copete sottotitolo catenaccio vorspann linhafina olho podzagolovok "
    "podnaslov spot sapou".split()
)
# Joined forms ("linha-fina", "sub-title", "lead-text") read as one word.
_JOINED = re.compile(r"linha[-_]fina|sub[-_]title|sub[-_]head(?:line|ing)?|lead[-_]text|lead[-_]in\b|stand[-_]first")
_SPLIT = re.compile(r"[^a-zà-ÿ]+")
# Words that make a hinted element something else: a title of a teaser, a byline, a card.
_NOT_LEAD = frozenset(
    "title headline heading byline author bio card item list meta date time media image img photo figure inset "
    "video gallery caption credit ad ads advert banner sponsor".split()
)
_WRAPPER = re.compile(r"(?:field|items?|wrapper|inner)(?:[_-]+(?:field|items?|wrapper|inner))*", re.IGNORECASE)
_LEAD_TAGS = frozenset("p div h2 h3 h4 span section strong".split())
_PICTURES = frozenset(("figure", "img", "picture", "figcaption", "video", "iframe"))
_DECK_TAGS = frozenset(("h2", "h3", "h4", "strong"))
_SCAN = 150  # elements after the headline looked at
_MIN_LEAD, _MAX_LEAD = 30, 700
_TWO_LINE_DECK = 200  # letters: two lines inside a standfirst's element this short are a deck, not the body
_WORD_LETTERS = 6  # letters of a word with its space, to count the words of text written without spaces
_HEADER_MARK = re.compile(r"head|hgroup|title|intro|top", re.IGNORECASE)
_TOKENS = re.compile(r"\w+")


def headline(soup: Node, title: str | None, blocks: Blocks, roots: Sequence[Node] = ()) -> Node | None:
    """The ``<h1>`` of the page's story: the first whose text is the title (or is in it, or holds it).

    When none is, an ``<h2>`` or ``<h3>`` beside the body whose text is most of the title (a blog's post title
    under the blog's name in an ``<h1>``, a portal's ``<h2 id="title_area">``); else the one ``<h1>`` that sits
    with the story's body ``roots``: an element holding both is not much more than the body (as
    :func:`story_scope` counts it); of several, the one nearest the body (a story appended below has its own). A
    page whose ``<title>`` is written for search engines ("Council votes to expand river park") shows its story
    under another headline. Then an ``<h1>`` that is only a small part of the title ("Blog name: Post title");
    without any, an element whose class or id names a title and holds it (a table layout's ``View_Title``).
    """
    key = title_key(title or "")
    others: list[Node] = []
    part: Node | None = None  # an <h1> that is only a small part of the title (a blog's name in "Name: Post")
    for h1 in soup.find_all("h1"):
        if id(h1) in blocks.chrome and not _in_header(h1):
            continue
        text = title_key(h1.get_text(" "))
        if not text:
            continue
        if key and titles_match(text, [key]):
            if 2 * len(text) >= len(key):
                return h1
            part = part or h1
            continue
        others.append(h1)
    named = all(map(_named_link, others)) or (part is None and all(map(_site_heading, others)))
    if key and roots and named:
        # no <h1> of the story: a portal's <h2 id="title_area">, a blog's <h3 class="post-title"> that is the title
        # (before an <h1> that is a link alone: the blog's name over its posts, linked to its home)
        for name in ("h2", "h3"):
            for heading in soup.find_all(name):
                text = title_key(heading.get_text(" "))
                if text and 2 * len(text) >= len(key) and titles_match(text, [key]) and _sits(heading, roots, blocks):
                    return heading
    beside = [h1 for h1 in others if roots and _beside(h1, roots, blocks)]
    if part is None and len(beside) > 1:  # two stories' headlines (a next story appended): the body's own, nearest
        sizes = [blocks.text.get(id(_holding(h1, roots[0])), 0) for h1 in beside]
        nearest = [h1 for h1, size in zip(beside, sizes, strict=True) if size == min(sizes)]
        beside = nearest
    if part is None and len(beside) == 1:
        return beside[0]
    if key and roots and part is None:  # no heading element at all: a table layout's <td class="View_Title">
        return next((node for node in soup.descendants() if _titled_block(node, key, roots, blocks)), None)
    return part


def _named_link(heading: Node) -> bool:
    """Whether a heading's text is one link's (a site's name linked to its home page, as a blog's ``<h1>``)."""
    links = heading.find_all("a")
    return len(links) == 1 and links[0].get_text(" ", strip=True) == heading.get_text(" ", strip=True)


def _site_heading(heading: Node) -> bool:
    """Whether a heading names the site, not a story: its text is one link's, or it holds a link to the home page.

    A logo's ``<h1 id="logo"><a href="/"><img alt="…"></a><span>The town's daily online</span></h1>`` (a Joomla
    template's), whose text is a tagline beside the link. Only where no ``<h1>`` is part of the title: beside a
    story's ``<h1>`` that is, an ``<h2>`` that is the title's other part is a standfirst.
    """
    links = heading.find_all("a")
    return _named_link(heading) or any(is_home_link(str(link.get("href") or "")) for link in links)


def _titled_block(node: Node, key: str, roots: Sequence[Node], blocks: Blocks) -> bool:
    """Whether an element whose class or id names a title ("View_Title", "article-headline") holds the title."""
    if not node.attrs or _TITLE_MARK.search(marks(node)) is None:
        return False
    shown = node.get_text(" ", strip=True)
    if shown.endswith(("…", "...")):
        return False  # a breadcrumb's title cut short
    text = title_key(shown)
    return bool(text) and 2 * len(text) >= len(key) and titles_match(text, [key]) and _sits(node, roots, blocks)


# "title" or "headline" as a word of a class or id ("View_Title", "article-headline"; not "subtitle"), in the
# languages whose sites name their classes in their own words ("titulo_noticia", "titol", "artikel-titel")
_TITLE_MARK = re.compile(
    r"(?:^|[^a-z])(?:title|headline|t[ií]tulo|titular|titre|titel|titolo|titol|tytul|naslov|nadpis|otsikko|rubrik"
    r"|zagolovok|zaglavie|n[aá]zev|baslik|judul)(?![a-z])",
    re.IGNORECASE,
)


def _sits(heading: Node, roots: Sequence[Node], blocks: Blocks) -> bool:
    """Whether a heading is no chrome and sits beside the story's body."""
    return id(heading) not in blocks.chrome and _beside(heading, roots, blocks)


def _beside(heading: Node, roots: Sequence[Node], blocks: Blocks) -> bool:
    """Whether the smallest element holding a heading and the body's first block is not much more than the body."""
    holder = _holding(heading, roots[0])
    size = sum(blocks.text.get(id(root), 0) for root in roots)
    return holder is not None and holder.name not in ("body", "html", "[document]") and _small(holder, size, blocks)


def _holding(heading: Node, first: Node) -> Node | None:
    """The smallest element that holds both a heading and the body's first block (None: none does)."""
    around = {id(first), *(id(p) for p in first.parents)}
    return next((p for p in (heading, *heading.parents) if id(p) in around), None)


def _small(holder: Node, size: int, blocks: Blocks) -> bool:
    """Whether an element around the story's body holds at most twice the body's text, plus a header's worth."""
    return blocks.text.get(id(holder), 0) <= 2 * size + _HEADER_TEXT


_HEADER_TEXT = 1500  # characters of a story's header (headline, deck, byline, date, share bar) beside its body


def title_key(title: str) -> str:
    """A title as compared with others: its words, case-folded, joined by single spaces."""
    return " ".join(_TOKENS.findall(title.casefold()))


def titles_match(key: str, keys: Iterable[str]) -> bool:
    """Whether a title key is one of ``keys``, or (15 characters or more) holds one of them or is held by one."""
    return any(key == other or (min(len(key), len(other)) >= 15 and (key in other or other in key)) for other in keys)


def _in_header(node: Node) -> bool:
    """Whether the only chrome above a heading is a ``<header>`` (the story's own header is chrome to the scorer)."""
    return not any(parent.name in _PAGE_CHROME and parent.name != "header" for parent in node.parents)


def story_scope(heading: Node | None, roots: Sequence[Node], blocks: Blocks) -> list[Node]:
    """The element that holds the story's headline and body, when it is not much more; else the body's blocks.

    Tried in order: the smallest element holding the headline and the body, the
    ``<article>`` around the body, and the body's parent, each only while its
    text is at most twice the body's (plus a header's worth); else the body itself.
    """
    size = sum(blocks.text.get(id(root), 0) for root in roots)
    first = roots[0]
    options: list[Node | None] = []
    if heading is not None:
        options.append(_holding(heading, first))
    options.append(first if first.name == "article" else first.find_parent("article"))
    options.append(first.parent)
    for option in options:
        if (
            option is not None
            and option.name not in ("body", "html", "[document]")
            and id(option) not in blocks.chrome
            and _small(option, size, blocks)
        ):
            return [option]
    return list(roots)


@attrs.frozen
class Lead:
    """A standfirst: its text, and whether it is a deck apart from the body (so not one of its paragraphs).

    ``deck`` is true for a standfirst outside the body's blocks (a copy of it at
    the top of the body repeats the header) and for one named a deck
    (``standfirst``, ``dek``, ``chapo``...); false for one in the body named as
    the text's first paragraph (``lead``, ``intro``), which stays there.
    """

    text: str
    deck: bool


def standfirst(
    soup: Document, heading: Node | None, roots: Sequence[Node], blocks: Blocks, title: str | None,
    descriptions: Iterable[str | None],
) -> Lead | None:  # fmt: skip
    """The story's standfirst: the first lead-like element between the headline and the body's first paragraph.

    Without a headline, the first elements of the body are looked at for a
    hinted lead. None when there is no standfirst.
    """
    found = _standfirst_element(soup, heading, roots, blocks, title, descriptions)
    if found is None:
        return None
    node, text, why = found
    in_body = _in_body(node, {id(root) for root in roots}, blocks)
    # a deck: under the headline, named one or set as a heading (a summary in <strong> atop the text), or the
    # description shown as a heading (in the body: a copy, not text)
    named = why in ("after the headline", "description") or (
        why == "class" and (node.name in _DECK_TAGS or any(w in _DECK_WORDS for w in _words(node)))
    )
    return Lead(text, named or not in_body)


def _standfirst_element(
    soup: Document, heading: Node | None, roots: Sequence[Node], blocks: Blocks, title: str | None,
    descriptions: Iterable[str | None],
) -> tuple[Node, str, str] | None:  # fmt: skip
    """The standfirst's element, its text, and why it was taken ("class", "after the headline", "description")."""
    start = heading if heading is not None else roots[0]
    order = soup.order
    try:
        index = order.index(start)
    except ValueError:
        return None
    in_body_of = _InBody({id(root) for root in roots}, blocks)
    stop = {id(start), *(id(parent) for parent in start.parents)}
    wanted = [_key(d) for d in descriptions if d and len(d.strip()) * blocks.unit >= _MIN_LEAD]
    title_key = _key(title or "")
    follows = next_element(heading) if heading is not None else None
    in_heading = {id(node) for node in heading.descendants()} if heading is not None else set()
    for node in order[index + 1 : index + 1 + _SCAN]:
        if id(node) in in_heading:
            continue
        in_body = in_body_of(node)
        hinted = _lead_hint(node)
        size = blocks.text.get(id(node), 0)
        if node.name == "p" and in_body and not hinted and size >= 60 and not is_caption(node):
            return None  # the body has started (not with a picture's caption)
        if node.name not in _LEAD_TAGS or not _MIN_LEAD <= size <= 2 * _MAX_LEAD or _in_chrome(node, stop):
            continue
        if is_caption(node):
            continue  # a picture's caption under the headline is never its standfirst
        if blocks.rated and _in_rated(node, blocks):
            continue  # a fact-check's summary in its verdict box
        text = _text(node)
        if not _lead_like(node, text, title_key, blocks):
            continue
        if hinted:
            return node, text, "class"
        if node is follows and node.name == "p" and _header_pair(node):
            return node, text, "after the headline"
        if (not in_body or node.name in _DECK_TAGS) and _described(text, wanted):
            return node, text, "description"  # the description shown as a deck (in the body, only as a heading)
    return None


def own_paths(soup: Document, meta: dict[str, str]) -> frozenset[str]:
    """The paths of the page's own address: its canonical link's and its ``og:url``'s (none of the home page).

    A theme links the story's date to the story itself; a date linked anywhere else is another page's.
    """
    addresses = [meta.get("og:url") or ""]
    addresses += [str(link.get("href") or "") for link in soup.find_all("link") if "canonical" in link.get("rel", [])]
    return frozenset(path for path in map(page_path, addresses) if path)


def near_headline(
    soup: Document, heading: Node | None, roots: Sequence[Node], blocks: Blocks, own: frozenset[str] = frozenset()
) -> list[str]:
    """The short texts between the story's headline and its body's first paragraph, in document order.

    Where pages print the byline and the date, often in elements the story's
    walk leaves out (their classes say "meta", "date", "byline"): read for the
    date when the head gives none. Each element with text of its own gives its
    whole text (one line), once; navigation, asides, forms, figures and link
    lists give none. The look ends at the body's first paragraph or first long
    text, or where the body's blocks end. Without a headline, it starts at the
    top of the body's first block.
    """
    start = heading if heading is not None else roots[0]
    in_body_of = _InBody({id(root) for root in roots}, blocks)
    stop = {id(start), *(id(parent) for parent in start.parents)}
    roots_ids = {id(root) for root in roots}
    lines: list[str] = []
    entered = False  # whether an element of the body's blocks was met: the look ends where they end
    for seen, (item, parent) in enumerate(_following(start, heading is None)):
        if seen == _NEAR_ITEMS:
            break
        if not isinstance(item, Node):
            long = len(item.strip()) >= _BODY_STARTED and parent.name not in _HEADINGS
            if long and in_body_of(parent) and not _in_lead(parent, blocks):
                break  # the body has started, with text written straight into its block
            continue
        inside = any(id(above) in roots_ids for above in (item, *item.parents))
        if entered and not inside:
            break
        entered = entered or inside
        if blocks.rated and _in_rated(item, blocks):
            continue  # the dates and sources of the claim a fact-check reviews, its summary
        size = blocks.text.get(id(item), 0)
        if item.name == "p" and size >= _BODY_STARTED and in_body_of(item) and not _in_lead(item, blocks):
            if is_caption(item):
                continue  # a picture's caption: no line of the header, and not the body's start
            break  # the body has started
        if not 3 <= size <= _NEAR_MAX or not _own_text(item):
            continue
        if _walled_off(item, stop, blocks) and not _stamped(item, stop, own):
            continue
        line = left_text(item)
        if line and (not lines or lines[-1] != line):
            lines.append(line)
    return lines


def _stamped(item: Node, stop: set[int], own: frozenset[str] = frozenset()) -> bool:
    """Whether a line in or among links is a date line, outside navigation, forms and figures.

    One that opens with a timestamp word ("Publicat: 11 martie 2026 · Categorie: <a>Facultatea de Inginerie
    Electrică</a>", a link's own "Publicado el viernes 14 de marzo de 2025"), or a short date alone beside the
    authors' links of a byline block ("2. novembra 2026"), or a date alone linked to the page itself (its ``own``
    paths).
    """
    if any(node.name in _WALLS or node.name in _SKIP for node in item.parents if id(node) not in stop):
        return False
    if item.name in _SKIP or (item.name in _WALLS and item.name != "a"):
        return False
    line = left_text(item)
    if PATTERNS.timestamp.match(line) is not None:
        return True  # (a link's own date line too: "<a href=#>Publicado el …</a>")
    if len(line) > _DATE_LINE or not is_dated(line):
        return False
    if item.name == "a":  # a date alone linked to the day's archive ("<a href=/2025/11/25/>25 noyabr 2025</a>"), or
        href = str(item.get("href") or "")  # to the page itself (a theme links the story's date to the story)
        return url_date(href) is not None or (bool(own) and date_alone(line) and page_path(href) in own)
    return not item.find("a") or _dates_linked(item, own)


def _dates_linked(item: Node, own: frozenset[str]) -> bool:
    """Whether each link of a short date line holds a date alone and leads to the page itself.

    "<a href=…/the-story/>Martes, 10 de febrero de 2026</a> · hace 3 horas": a theme links the story's date to
    the story (its canonical address, ``own``); a teaser's date links to its story, a topic's to its page.
    """
    links = item.find_all("a")
    return bool(own) and all(
        date_alone(left_text(link)) and page_path(str(link.get("href") or "")) in own for link in links
    )


_DATE_LINE = 60  # characters: a date alone in an element of its own


def above_headline(
    heading: Node, scope: Sequence[Node], blocks: Blocks, own: frozenset[str] = frozenset()
) -> list[str]:
    """The short texts just above the story's headline (or its body's first block) in the story's scope, nearest first.

    Where some pages print the byline and the date ("Histoire par … • 13/03/2026",
    a date over the title): the elements before the headline, and before each
    element around it up to the scope's element (when none of those gives a
    text, up to ``_BEYOND`` levels above it: a blog's date heading over the
    post's box), each whole text of up to ``_NEAR_MAX`` letters once; links,
    link lists, navigation and forms give none, and the look ends after
    ``_ABOVE_ITEMS`` elements or at a long text.
    Read for dates and bylines, never for the body.
    """
    if len(scope) != 1 or not any(parent is scope[0] for parent in heading.parents):
        return []
    top = scope[0]
    stop = {id(heading), *(id(parent) for parent in heading.parents)}
    lines: list[str] = []
    seen = 0
    node = heading
    beyond = 0  # levels climbed past the scope's element, while nothing was found in it
    while node.parent is not None and seen < _ABOVE_ITEMS:
        if node is top or beyond:  # a blog's date heading over the post's box ("<h2 class=date-header>")
            beyond += 1
            if lines or beyond > _BEYOND or node.parent.name in ("body", "html", "[document]"):
                break
        siblings = node.parent.contents
        at = next(k for k, child in enumerate(siblings) if child is node)
        for item in reversed(siblings[:at]):
            if not isinstance(item, Node):
                continue
            size = blocks.text.get(id(item), 0)
            if not size:
                continue  # an element without text is no element looked at (a post's anchor, its meta tags)
            if beyond and item.name not in _HEADINGS:
                continue  # above the scope only a heading: a date bar or a widget there is the page's
            seen += 1
            if size > _NEAR_MAX or seen > _ABOVE_ITEMS:
                return lines
            if size >= 3 and item.name != "a" and (not _walled_off(item, stop, blocks) or _stamped(item, stop, own)):
                line = left_text(item)
                if line and line not in lines:
                    lines.append(line)
        node = node.parent
    return lines


_ABOVE_ITEMS = 4  # elements above the headline looked at
_BEYOND = 3  # levels above the story's scope looked at when nothing above the headline in it was found


def _following(start: Node, inside: bool) -> Iterator[tuple[Node | str, Node]]:
    """Each element and string after ``start`` in document order (its own first when ``inside``), with its parent.

    ``start``'s own content is skipped unless ``inside``; then come its next
    siblings and theirs, then those of each element around it.
    """
    if inside:
        yield from _within(start)
    node = start
    while node.parent is not None:
        parent = node.parent
        index = next(k for k, child in enumerate(parent.contents) if child is node)
        for sibling in parent.contents[index + 1 :]:
            yield sibling, parent
            if isinstance(sibling, Node):
                yield from _within(sibling)
        node = parent


def _within(node: Node) -> Iterator[tuple[Node | str, Node]]:
    """Each element and string inside ``node`` in document order, with its parent, without recursion."""
    stack: list[tuple[Node | str, Node]] = [(child, node) for child in reversed(node.contents)]
    while stack:
        item, parent = stack.pop()
        yield item, parent
        if isinstance(item, Node):
            stack.extend((child, item) for child in reversed(item.contents))


_NEAR_MAX = 200  # a text near the headline longer than this is neither a byline nor a date line
_BODY_STARTED = 60  # a paragraph of the body this long, or a string this long written straight into its block
_NEAR_ITEMS = 600  # elements and strings after the headline looked at
_WALLS = frozenset(("nav", "aside", "form", "figure", "figcaption", "button", "select", "a"))


def _own_text(node: Node) -> bool:
    """Whether an element holds text of its own (not only inside the elements it holds)."""
    return any(not isinstance(child, Node) and not child.isspace() for child in node.contents)


def _walled_off(node: Node, stop: set[int], blocks: Blocks) -> bool:
    """Whether an element near the headline lies in navigation, an aside, a form, a figure, a link or a link list.

    Only the elements up to one in ``stop`` (those around the headline) are looked at.
    """
    for item in (node, *node.parents):
        if id(item) in stop:
            return False
        if item.name in _SKIP or item.name in _WALLS:
            return True
        size = blocks.text.get(id(item), 0)
        if size and blocks.links.get(id(item), 0) * 2 > size:
            return True
    return False


def _in_body(node: Node, roots: set[int], blocks: Blocks) -> bool:
    """Whether an element's text is read into the body: inside a root, and in no block the story's walk leaves out."""
    return _InBody(roots, blocks)(node)


@attrs.define
class _InBody:
    """:func:`_in_body` for many elements of one page: each element's answer is remembered for those inside it."""

    roots: set[int]
    blocks: Blocks
    known: dict[int, bool] = attrs.field(factory=dict)

    def __call__(self, node: Node) -> bool:
        """Whether ``node`` is read into the body (the answer of the first element on the way up that has one)."""
        path: list[int] = []
        item: Node | None = node
        answer = False
        while item is not None:
            key = id(item)
            known = self.known.get(key)
            if known is not None:
                answer = known
                break
            path.append(key)
            if left_out(item, self.blocks):
                break
            if key in self.roots:
                answer = True
                break
            item = item.parent
        for key in path:  # each element on the way gives the same answer: its own way up is the rest of this one
            self.known[key] = answer
        return answer


def _described(text: str, descriptions: list[str]) -> bool:
    """Whether a text is one of the page's descriptions (or starts with one cut short)."""
    key = _key(text)
    return any(key == d or (len(d) >= 40 and len(key) <= 2 * len(d) and key.startswith(d)) for d in descriptions)


def _header_pair(node: Node) -> bool:
    """Whether an element and the headline before it share a header (``<header>``, ``<hgroup>``, a "header" class)."""
    parent = node.parent
    return parent is not None and (parent.name in ("header", "hgroup") or bool(_HEADER_MARK.search(marks(parent))))


def _words(node: Node) -> list[str]:
    return _class_words([*class_names(node.attrs), str(node.get("id") or "")])


def _class_words(names: list[str]) -> list[str]:
    """The words of class names and an id: camelCase split, joined forms ("linha-fina") made one, lower-cased."""
    raw = " ".join(names)
    joined = _JOINED.sub(lambda m: m.group().replace("-", "").replace("_", ""), camel_apart(raw).lower())
    return [word for word in _SPLIT.split(joined) if word]


def _lead_hint(node: Node) -> bool:
    """Whether a class or id word names a standfirst, and none names a title, a byline or a card."""
    if not node.attrs.get("class") and not node.attrs.get("id"):
        return False
    return _hinted(class_names(node.attrs), str(node.get("id") or ""))


def _in_lead(node: Node, blocks: Blocks) -> bool:
    """Whether an element is a standfirst by its own class or id, or by its parent's (``<div class="chapo"><p>``).

    Or by the class of an element up to ``_LEAD_WRAPS`` levels above that holds no other text, and that text
    follows: Drupal wraps a field's value in its items' elements (``<div class="field-name-field-standfirst"><div
    class="field-items"><div class="field-item"><p>``). A story of one paragraph in a "summary" wrapper is no
    standfirst.
    """
    parent = node.parent
    if _lead_hint(node) or (parent is not None and _lead_hint(parent)):
        return True
    size = blocks.text.get(id(node), 0)
    for level, above in enumerate(node.parents):
        if level == _LEAD_WRAPS or above.name in ("body", "[document]") or blocks.text.get(id(above), 0) != size:
            return False
        if level and _lead_hint(above):
            return _text_after(above, blocks)
    return False


def _text_after(node: Node, blocks: Blocks) -> bool:
    """Whether an element with text of its own follows ``node`` among its siblings (no chrome, no link list)."""
    siblings = node.parent.contents if node.parent is not None else []
    at = next((k for k, child in enumerate(siblings) if child is node), len(siblings))
    return any(
        isinstance(item, Node)
        and (size := blocks.text.get(id(item), 0))
        and id(item) not in blocks.chrome
        and blocks.links.get(id(item), 0) * 2 <= size
        for item in siblings[at + 1 :]
    )


_LEAD_WRAPS = 4  # levels of wrappers around a standfirst's paragraph looked through


@functools.lru_cache(maxsize=16384)
def _hinted(classes: tuple[str, ...], ident: str) -> bool:
    # a class name of wrapper words alone (Drupal's "field__item" on every field's value) names no kind of block
    words = _class_words([name for name in (*classes, ident) if not _WRAPPER.fullmatch(name)])
    return any(word in _LEAD_WORDS for word in words) and not any(word in _NOT_LEAD for word in words)


def _in_rated(node: Node, blocks: Blocks) -> bool:
    """Whether an element is or sits in a fact-check's verdict box or a review's rating box."""
    return any(id(item) in blocks.rated for item in (node, *node.parents))


def _in_chrome(node: Node, stop: set[int]) -> bool:
    """Whether an element sits in navigation, an aside, a form, a figure, or a block marked as chrome.

    Only the elements up to one in ``stop`` (those around the headline) are looked at.
    """
    for item in (node, *node.parents):
        if id(item) in stop:
            return False
        if item.name in _SKIP or item.name in ("nav", "aside", "footer", "form", "figure", "figcaption", "a"):
            return True
        words = marks(item)
        if words and not _lead_hint(item) and is_chrome_mark(words):
            return True
    return False


def _lead_like(node: Node, text: str, title_key: str, blocks: Blocks) -> bool:
    """Whether an element's text reads as a standfirst: a sentence or two, few links, not the title or a byline."""
    length = len(text) * blocks.unit  # in letters of alphabetic text: a CJK standfirst has few or no spaces
    words = len(text.split()) if blocks.unit == 1 else length // _WORD_LETTERS
    if not _MIN_LEAD <= length <= _MAX_LEAD or words < 5:
        return False
    if _key(text) == title_key or _header_line(text):
        return False
    size = blocks.text.get(id(node), 0)
    if size and blocks.links.get(id(node), 0) * 3 > size:
        return False
    inner = [child.name for child in node.descendants()]
    blocks_inside = sum(name in ("p", "h1", "h2", "li") for name in inner)
    # one block inside, or two short lines (a deck of two subheadings: "…리모델링", "…시간당 2천원")
    return (blocks_inside <= 1 or (blocks_inside == 2 and length <= _TWO_LINE_DECK)) and not _PICTURES.intersection(
        inner
    )


def _text(node: Node) -> str:
    return " ".join(_finish(walk(node)).paragraphs)


def _header_line(text: str) -> bool:
    """A byline, a date or time line, a URL or "N min read": a short header line, not a lead."""
    if _URL_LINE.match(text):
        return True
    return len(text) < 60 and (is_byline(text) or is_dated(text) or is_reading_time(text))


def _key(text: str) -> str:
    """A text compared with titles and descriptions: its :func:`title_key`, without a closing ellipsis."""
    return title_key(text.rstrip(".…"))
