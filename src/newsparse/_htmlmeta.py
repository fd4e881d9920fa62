"""A whole page's metadata beyond the body and its dates: title without the site's name, authors, section.

:func:`tree_hints` reads, in one pass over the tree, what the ``<head>`` does not
say: microdata ``itemprop`` values, ``rel=author`` links and links to author
pages, byline elements, the canonical link, links to the home page, the
breadcrumb trail and the ``<time>`` elements of the story. The html-page
detector combines them with the meta tags and JSON-LD through :func:`page_title`,
:func:`authors` and :func:`breadcrumb_section`, each field from the most reliable
place that has it. Dates are read by :mod:`newsparse._htmldates`.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse._dates import may_hold_date
from newsparse._dates import read as read_date
from newsparse._dates import start as date_start
from newsparse._fields import split_names
from newsparse._html import _HEADINGS, _SKIP
from newsparse._htmlchrome import in_comments
from newsparse._htmldates import date_alone
from newsparse._htmlfigures import next_element
from newsparse._htmllines import EMAIL, by_word_alone
from newsparse._meta import find_date, is_end_note, is_org, is_press_role, listed_han_names, parse_byline
from newsparse._pagetree import Node, camel_apart, class_names
from newsparse.vocabulary import PATTERNS
from newsparse.vocabulary._patterns import changes

__all__ = [
    "authors",
    "bracketed_names",
    "breadcrumb_section",
    "contributor_names",
    "is_home_link",
    "itemprop_sources",
    "meta_author_sources",
    "page_path",
    "page_title",
    "printed_part",
    "signature",
    "title_names",
    "title_outlet",
    "tree_hints",
    "unaccented",
    "visible_bylines",
    "widened",
]

AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl")
_TAG_KEYS = frozenset(("article:tag", "og:article:tag", "parsely-tags", "news_keywords", "sailthru.tags"))
_META_LISTS = _TAG_KEYS | frozenset(AUTHOR_KEYS)  # meta tags a page may repeat, one per value: all are read
SECTION_KEYS = ("article:section", "parsely-section", "section", "article.section", "category", "cxenseparse:section")
# Class and id words of an element that holds the byline's names.
_AUTHOR_WORDS = "byline|by-line|author|autor|avtor|auteur|autore|writer|reporter"
_BYLINE_MARK = re.compile(rf"(?:^|[\s_-])(?:{_AUTHOR_WORDS})", re.IGNORECASE)
# The author of something else than the story: a reviewed book's, a quote's, a picture's, a comment's, another
# story's ("bookAuthor", "quote-author", "photo_author", "more-by-author").
_OTHER_AUTHOR = re.compile(
    r"(?:book|quote|photo|image|img|pic|video|comment|review|more|cite|source)[-_]?(?:by[-_]?|from[-_]?)?author",
    re.IGNORECASE,
)
# Whole class names of a byline element in other languages ("muhabir": Turkish reporter; "signatura": a Spanish or
# Catalan signature; never "firma", a German, Czech or Polish company's box), never parts of one
# ("vatandas-muhabir" is a citizen reporter's tip box, "muhabirlerimiz" the staff list).
_AUTHOR_CLASSES = frozenset(("muhabir", "signatura"))
# An author's description or bio ("tdb-author-descr", "author-bio"): about the writer, no byline.
_ABOUT_MARK = re.compile(r"desc|bio(?![a-z])|about", re.IGNORECASE)
# A link to an author's page ("/author/jane-roe", "/autores/ana-souza/", "/muhabir/…") is the vocabularies'
# ``writer_path``.
# A link to the site's home page ("/", "https://example.com/", "/index.html"): its text or logo names the site.
# The host is read possessively: giving back a character of it cannot help, since what follows the host is then
# neither a "/" nor "index." up to the end (so a link deep into the site fails at once, not once per character).
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/?#\s]++/?|/)(?:index\.[a-z]+)?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|\-–—:·»«]\s+|\s+::\s+")
_URL_HOST = re.compile(r"^[a-z]+://(?:www\d?\.)?([^/:]+)", re.IGNORECASE)
_MAX_NAME = 80
_TRAILING_DATE = re.compile(
    r"\s+(?:on\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s+\d.*$|\s+\d.*$",
    re.IGNORECASE,
)
_GENERIC_HOST_PARTS = frozenset("co com org net gov ac edu news www m amp edition".split())


def is_home_link(href: str) -> bool:
    """Whether a link's address is the site's home page ("/", "https://example.com/", "/index.html").

    Example:
        >>> is_home_link("/"), is_home_link("https://example.com/index.php"), is_home_link("/2026/03/story")
        (True, True, False)
    """
    return _HOME_HREF.match(href.strip()) is not None


def tree_hints(soup: Node, story: Node | None) -> dict[str, list[str]]:
    """What the tree says beyond its head: itemprop values, rel=author, bylines, canonical link, story times."""
    hints: dict[str, list[str]] = {}
    comments: dict[int, bool] = {}  # whether each element looked at is in a section of readers' comments
    trails = 0
    for tag in soup.descendants():
        attrs = tag.attrs
        if not attrs:
            continue  # every hint below is read from an attribute
        name = tag.name
        itemprop = attrs.get("itemprop")
        if isinstance(itemprop, str):
            _itemprop(tag, itemprop.lower(), hints)
        elif "property" in attrs and name != "meta":
            _rdfa(attrs, hints)
        if "id" in attrs or "aria-label" in attrs:
            marked = _marks(attrs)
        else:  # what _marks finds, inline for the many elements that have classes alone (or none of the three)
            classes = attrs.get("class")
            marked = _class_marks(tuple(classes) if isinstance(classes, list) else class_names(attrs)) if classes else 0
        if marked & _TRAIL and trails < _MAX_CRUMBS and "breadcrumb" not in hints:
            trails += 1  # elements marked as a breadcrumb looked at (each up to its ninth link)
            crumbs = _breadcrumb(tag)
            if crumbs:
                hints["breadcrumb"] = crumbs  # the first breadcrumb trail of the page, in order
        if name in _HINT_TAGS:
            _tag_hint(tag, name, story, hints, marked, comments)
        elif marked & _BYLINE and name not in _NO_BYLINE:
            _byline(tag, hints, comments, story)
    return hints


_HINT_TAGS = frozenset(("link", "a", "time", "meta"))  # read by _tag_hint
# The class, id or label of a breadcrumb trail ("breadcrumbs", "fil-d-ariane", "migas", "brotkrumen").
_MAX_CRUMBS = 8
_BREADCRUMB = re.compile(r"breadcrumb|bread-crumb|ariane|migas|brotkr[uü]m|briciole|kruimel|okruszk", re.IGNORECASE)


def _breadcrumb(tag: Node) -> list[str]:
    """The texts of the links of a breadcrumb element, when they are a trail: a few short ones; else [].

    At most ``_MAX_CRUMBS + 1`` links are read.
    """
    crumbs: list[str] = []
    for node in tag.descendants():
        if node.name == "a":
            crumbs.append(node.get_text(" ", strip=True))
            if len(crumbs) > _MAX_CRUMBS:
                return []
    return crumbs if sum(map(len, crumbs)) <= 40 * _MAX_CRUMBS else []


_NO_BYLINE = frozenset(("html", "body", "head", "script", "style"))


def _author_link(hints: dict[str, list[str]], path: str, text: str) -> None:
    """Add the text of a link to an author's page: one text per page, a name's over another's.

    An author's box links the writer's page more than once: initials on an avatar, the name, "Suivre cet auteur".
    """
    paths = hints.setdefault("story-author-path", [])
    texts = hints.setdefault("story-author-link", [])
    if path not in paths:
        paths.append(path)
        texts.append(text)
    elif not _looks_like_name(texts[paths.index(path)]) and _looks_like_name(text):
        texts[paths.index(path)] = text


def page_path(href: str) -> str:
    """A link's path alone, as one page's links may write it: no host, query, fragment nor closing slash."""
    try:
        path = urllib.parse.urlsplit(href.strip()).path
    except ValueError:  # "http://[": no URL
        path = href
    return path.rstrip("/").casefold()


def _tag_hint(
    tag: Node, name: str, story: Node | None, hints: dict[str, list[str]], marked: int, comments: dict[int, bool]
) -> None:
    """The hint of a ``<link rel=canonical>``, an ``<a rel=author>``, a ``<time datetime>`` or a tags ``<meta>``.

    One that gives none of these may still be a byline element (never a ``<meta>``).
    """
    attrs = tag.attrs
    if name == "a":  # most hinted elements are links: their tests alone, in the same order as below
        _link_hint(tag, attrs, story, hints, marked, comments)
        return
    rel = attrs.get("rel") if name == "link" else None
    rels = [rel] if isinstance(rel, str) else list(rel or [])
    if name == "link" and "canonical" in rels and isinstance(attrs.get("href"), str):
        hints.setdefault("canonical", []).append(str(attrs.get("href")))
    elif name == "time" and isinstance(attrs.get("datetime"), str):
        where = "story-time" if _inside(tag, story) else "time"
        hints.setdefault(where, []).append(str(attrs.get("datetime")))
    elif name == "meta" and (key := str(attrs.get("property") or attrs.get("name") or "").lower()) in _META_LISTS:
        hints.setdefault("tags" if key in _TAG_KEYS else f"meta:{key}", []).append(str(attrs.get("content") or ""))
    elif name != "meta" and marked & _BYLINE:
        _byline(tag, hints, comments, story)


def _link_hint(
    tag: Node,
    attrs: dict[str, Any],
    story: Node | None,
    hints: dict[str, list[str]],
    marked: int,
    comments: dict[int, bool],
) -> None:
    """:func:`_tag_hint` of an ``<a>``: a ``rel=author`` or story's ``rel=tag`` link, an author's page, home, byline."""
    rel = attrs.get("rel")
    href = attrs.get("href") or ""
    href = href if isinstance(href, str) else str(href)
    rels = ([rel] if isinstance(rel, str) else rel) if rel else ()
    if "author" in rels:
        if not _editor_credit(tag):
            hints.setdefault("rel-author", []).append(tag.get_text(" ", strip=True))
    elif "tag" in rels and "category" not in rels and _inside(tag, story):  # a post's tag ("rel-tag"), in its story
        hints.setdefault("rel-tag", []).append(tag.get_text(" ", strip=True))
    elif PATTERNS.writer_path.search(href) and _inside(tag, story):
        text = tag.get_text(" ", strip=True)
        if text and not _editor_credit(tag):
            _author_link(hints, page_path(href), text)
    elif _HOME_HREF.match(href.strip()):
        logos = [str(img.get("alt") or "") for img in tag.find_all("img")]
        hints.setdefault("home", []).extend(t for t in (tag.get_text(" ", strip=True), *logos) if t)
    elif marked & _BYLINE:
        _byline(tag, hints, comments, story)


def _editor_credit(link: Node) -> bool:
    """Whether a link to an author's page is named in an editor's or a contributor's credit ("Edited By: …").

    Its parent's text tells, when it is a short line of its own.
    """
    parent = link.parent
    if parent is None:
        return False
    text = parent.get_text(" ", strip=True, skip=_SKIP)
    return len(text) <= _EDITOR_LINE and is_end_note(text)


_EDITOR_LINE = 120


def _inside(tag: Node, story: Node | None) -> bool:
    """Whether an element lies in the story's element."""
    return story is not None and any(parent is story for parent in tag.parents)


def _byline(tag: Node, hints: dict[str, list[str]], comments: dict[int, bool], story: Node | None) -> None:
    """The text of a byline element, when it is of a byline's length.

    An element that holds byline elements of its own is an author's box (a name, a role, a link to the author's
    other pieces): its text is a ``byline-box`` hint, read after the bylines. A byline element is grouped with
    the others of its class in the story, or in the cards of one container (``byline-group``: the story's
    writers, one element each).
    """
    if in_comments(tag, comments):
        return  # a commenter's name
    if _in_card(tag):
        return  # another story's writer, on its card's link ("<a href=…><h3>…</h3><p class=byline>By …</p></a>")
    role = _role_closes(tag)
    if role == "photo" or _photographers_name(tag):
        return  # "<a>Patrik Norberg</a><span class=role>Fotograf</span>": the pictures' maker, no writer
    text = _card_text(tag, role == "role")
    if not 2 < len(text) <= 120:
        return
    if any(_element_marks(node.attrs) & _BYLINE for node in tag.descendants() if node.attrs):
        hints.setdefault("byline-box", []).append(text)
        return
    hints.setdefault("byline", []).append(text)
    hints.setdefault("byline-group", []).append(_byline_group(tag, story) or f"#{len(hints['byline'])}")


def _without_outlet(person: str, publishers: Iterable[str]) -> str:
    """A name without the outlet's name printed after it, on the line of its author's card ("Hannah Ruiz BBC News").

    From the first word of an outlet's name of two words or more, after two words of the name: the outlet's whole
    name, or its first word and more ("Hannah Ruiz BBC Yorkshire" beside the outlet "BBC News": one of its desks);
    never a name's own last word ("Mary Ann Jones" beside "Jones Media", "Hans Peter Stern" at Stern).

    Example:
        >>> _without_outlet("Hannah Ruiz BBC Yorkshire", ["BBC News"])
        'Hannah Ruiz'
        >>> _without_outlet("Mary Ann Jones", ["Jones Media"])
        'Mary Ann Jones'
    """
    words = person.split()
    for outlet in publishers:
        parts = outlet.split()
        if len(parts) < 2 or len(parts[0]) < _OUTLET_NAME:
            continue  # (a one-word outlet may be a surname: "Hans Peter Stern", "Malcolm S. Forbes")
        for at in range(2, len(words) - 1):  # two words of the name before it, one word or more after it
            if words[at] == parts[0]:
                return _CLOSING_DOT.sub("", " ".join(words[:at]).rstrip(" ,;")).rstrip()  # "Finian Cunningham."
    return person


_OUTLET_NAME = 3  # characters: a shorter "publisher" (a host's word) is no outlet's name to cut


def _in_card(tag: Node) -> bool:
    """Whether an element lies in a link that also holds a heading: another story's card.

    Never a link to a writer's page (an author's card: "<a href=/author/jane-roe><h5 class=byline>…</h5></a>"),
    nor a heading that is the byline element itself or holds it.
    """
    link = tag.find_parent("a")
    if link is None or link.find(_HEADINGS) is None or "author" in (link.get("rel") or ()):
        return False
    if PATTERNS.writer_path.search(str(link.get("href") or "")):
        return False
    return tag.name not in _HEADINGS and not any(parent.name in _HEADINGS for parent in tag.parents)


def _role_closes(tag: Node) -> str | None:
    """What the last element of a byline element is when it prints a press role alone: "photo", "role" or None.

    An author's card: "<div class=author><a>Anna Svensson</a><span class=role>Reporter</span></div>".
    """
    last = next((child for child in reversed(tag.contents) if isinstance(child, Node)), None)
    if last is None or last is tag.contents[0]:
        return None
    role = last.get_text(" ", strip=True)
    if not 0 < len(role.split()) <= 2 or not (
        PATTERNS.press_roles.fullmatch(role) or PATTERNS.job_titles.fullmatch(role)
    ):
        return None
    return "photo" if PATTERNS.tail_credit.match(role) else "role"


def _card_text(tag: Node, role: bool) -> str:
    """A byline element's text, without the ``role`` an author's card prints in an element of its own after the name.

    Nor the place an element of its own names beside the names ("<span class=node__place>Castelló del Ter</span>",
    "<span class=byline__location>LONDON</span>").
    """
    last = next(child for child in reversed(tag.contents) if isinstance(child, Node)) if role else None
    if last is None and not any(isinstance(child, Node) and _place_element(child) for child in tag.contents):
        return tag.get_text(" ", strip=True, skip=_SKIP)  # never a script inside a byline element
    return " ".join(
        text
        for child in tag.contents
        if child is not last
        and not (isinstance(child, Node) and _place_element(child))
        and (text := (child.get_text(" ", strip=True, skip=_SKIP) if isinstance(child, Node) else child.strip()))
    )


def _place_element(node: Node) -> bool:
    """Whether an element's class names a place ("node__place", "byline-location", "dateline")."""
    return bool(node.attrs) and any(_PLACE_CLASS.search(name) for name in class_names(node.attrs))


# A class name's word for a place ("node__place", "byline__location", "story-dateline"; Catalan "lloc", Spanish
# "lugar", French "lieu", Italian "luogo", German "ort", Turkish "yer": "muhabir-yer"), a word of its own in the name.
_PLACE_CLASS = re.compile(
    r"(?:^|[-_])(?:place|location|dateline|city|lloc|lugar|lieu|luogo|ort|cidade|ciudad|yer)(?:$|[-_])", re.IGNORECASE
)


def _photographers_name(tag: Node) -> bool:
    """Whether a byline element is a name whose role, printed in the element after it, is a photographer's.

    An author's card prints the role apart: "<a>Patrik Norberg</a><span class=role>Fotograf</span>".
    """
    after = next_element(tag)
    if after is None:
        return False
    role = after.get_text(" ", strip=True)
    return (
        0 < len(role.split()) <= 2
        and PATTERNS.tail_credit.match(role) is not None
        and (PATTERNS.press_roles.fullmatch(role) is not None or PATTERNS.job_titles.fullmatch(role) is not None)
    )


def _byline_group(tag: Node, story: Node | None) -> str:
    """The group of a byline element ("" for one of its own).

    In the story, its class; outside it, its class among the ``<div>`` cards of one container (two authors'
    cards side by side), never a card of a list of other stories (each in an item of its own).
    """
    classes = " ".join(class_names(tag.attrs))
    if not classes or _inside(tag, story):
        return classes
    card = tag.parent
    container = card.parent if card is not None else None
    return f"{classes} {id(container)}" if container is not None and card is not None and card.name == "div" else ""


def byline_sources(hints: Mapping[str, list[str]]) -> list[str | list[str]]:
    """The byline hints as author sources: those of one class in the story together, then the authors' boxes.

    Example:
        >>> byline_sources({"byline": ["Jo Roe", "By Al Li", "Mo Fa"], "byline-group": ["name", "#2", "name"]})
        [['Jo Roe', 'Mo Fa'], 'By Al Li']
    """
    return [*_grouped(hints, "byline"), *hints.get("byline-box", [])]


def widened(found: list[str], printed: list[str], texts: Iterable[str] = (), linked: Iterable[str] = ()) -> list[str]:
    """The authors found, or the printed byline's when it names them all and more (metadata may name the first alone).

    Names are compared without case, accents, spaces and punctuation. Each name the byline adds is of two words
    at least, no outlet's or desk's ("Partner Studio"), and vouched for: one of two added or more ("By Jane Roe,
    Al Li, Mo Fa"), a link to a writer's page (``linked``), or joined to the names before it by a conjunction in
    one of the page's ``texts`` ("By Jane Roe and Al Li"), as a place after a comma is not ("By Jane Roe, New
    Delhi"); a Chinese name of one word is vouched for by its own byline word before it ("通讯员 李婷").

    Example:
        >>> widened(["Jane Roe"], ["Jane Roe", "Al Li"], ["By Jane Roe and Al Li"])
        ['Jane Roe', 'Al Li']
        >>> widened(["Jane Roe"], ["Jane Roe", "New Delhi"], ["By Jane Roe, New Delhi"])
        ['Jane Roe']
    """
    keys = {_plain(name) for name in found}
    if not found or len(printed) <= len(found) or not keys <= {_plain(name) for name in printed}:
        return found
    links = {_plain(name) for name in linked}
    lines = list(texts)
    added = [name for name in printed if _plain(name) not in keys]
    if all(
        _han_credited(name, lines)
        or (
            len(name.split()) >= 2
            and not _org_like(name)
            and (len(added) > 1 or _plain(name) in links or any(_after_conjunction(line, name) for line in lines))
        )
        for name in added
    ):
        return printed
    return found


def _han_credited(name: str, lines: Iterable[str]) -> bool:
    """Whether a name of Han letters alone follows a byline word of its own in one of the lines.

    Each reporter's role before the name: "记者 王思远 通讯员 李婷".
    """
    if not _CREDIT_HAN.fullmatch(name) or _org_like(name):
        return False
    for line in lines:
        at = line.find(name)
        words = line[:at].split() if at > 0 else []
        if words and PATTERNS.by.fullmatch(words[-1] + " ") is not None:
            return True
    return False


_CREDIT_HAN = re.compile(r"[\u3400-\u9fff]{2,4}")


def _plain(name: str) -> str:
    """A name without case, accents, spaces and punctuation ("José García" is "josegarcia")."""
    return _squeezed(unaccented(name))


def unaccented(text: str) -> str:
    """Lower case without accents, as an e-mail address or a URL writes a name ("José García" is "jose garcia")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _after_conjunction(text: str, name: str) -> bool:
    """Whether ``name`` follows a conjunction or a list's mark in ``text`` ("… and Al Li", "… & Al Li", "…、李四")."""
    if name not in text:
        return False
    if any(
        text.startswith(name, sep.end()) and sep.group().strip(" ,،") for sep in PATTERNS.name_separator.finditer(text)
    ):
        return True
    return re.search(rf"&\s*{re.escape(name)}", text) is not None


def _grouped(hints: Mapping[str, list[str]], key: str) -> list[str | list[str]]:
    """The values of a hint as author sources, those of one group (its ``-group`` hint) together, in order."""
    grouped: dict[str, list[str]] = {}
    for value, group in zip(hints.get(key, []), hints.get(f"{key}-group", []), strict=False):
        grouped.setdefault(group, []).append(value)
    return [values[0] if len(values) == 1 else values for values in grouped.values()]


def meta_author_sources(meta: Mapping[str, str], hints: Mapping[str, list[str]]) -> list[str | list[str]]:
    """The author meta tags as author sources: a tag repeated for each writer names them together.

    A page may print one ``parsely-author`` tag per writer.

    Example:
        >>> meta_author_sources({"author": "Jo Roe"}, {"meta:parsely-author": ["Jo Roe", "Al Li"]})
        ['Jo Roe', ['Jo Roe', 'Al Li']]
    """
    sources: list[str | list[str]] = []
    for key in AUTHOR_KEYS:
        values = [value for value in hints.get(f"meta:{key}", []) if value.strip()]
        if len(values) > 1:
            sources.append(values)
        elif meta.get(key):
            sources.append(meta[key])
    return sources


def itemprop_sources(hints: Mapping[str, list[str]]) -> list[str | list[str]]:
    """The microdata authors as author sources: those of one element together (a story's writers side by side).

    Others stand alone: microdata authors may be anywhere on a page (a comment's too), and only the first source
    that names someone is read.

    Example:
        >>> hints = {"itemprop:author": ["Jo Roe", "Al Li", "Mo Fa"], "itemprop:author-group": ["1", "1", "2"]}
        >>> itemprop_sources(hints)
        [['Jo Roe', 'Al Li'], 'Mo Fa']
    """
    return _grouped(hints, "itemprop:author")


def _element_marks(attrs: Mapping[str, Any]) -> int:
    """:func:`_marks` of an element's attributes (0 for an element with none of a class, an id or a label)."""
    if "id" in attrs or "aria-label" in attrs:
        return _marks(attrs)
    return _class_marks(class_names(attrs)) if attrs.get("class") else 0


_BYLINE, _TRAIL = 1, 2  # what an element's class, id or label names: a byline, a breadcrumb trail


def _marks(attrs: Mapping[str, Any]) -> int:
    """What an element's classes, id and ARIA label name: ``_BYLINE``, ``_TRAIL``, both or neither (0)."""
    found = 0
    ident = attrs.get("id")
    if ident:
        found = _word_marks(str(ident))
    if attrs.get("class"):
        found |= _class_marks(class_names(attrs))
    label = attrs.get("aria-label")
    if label and _BREADCRUMB.search(str(label)):
        found |= _TRAIL
    return found


@functools.lru_cache(maxsize=16384)
def _class_marks(classes: tuple[str, ...]) -> int:
    """:func:`_marks` of class names (each class list judged once, however many elements carry it)."""
    found = 0
    for name in classes:
        found |= _word_marks(name)
    return found


@functools.lru_cache(maxsize=65536)
def _word_marks(words: str) -> int:
    """:func:`_marks` of one class name or id: a byline mark at the start of a word part, a trail anywhere.

    A camelCase name's parts are apart ("storyAuthor", "articleByline" mark a byline as "story-author" does).
    """
    found = _TRAIL if _BREADCRUMB.search(words) else 0
    bylines = (
        (_BYLINE_MARK.search(word) or word.casefold() in _AUTHOR_CLASSES)
        and not _ABOUT_MARK.search(word)
        and not _OTHER_AUTHOR.search(word)
        for word in camel_apart(words).split()
    )
    return found | (_BYLINE if any(bylines) else 0)


def _itemprop(tag: Node, prop: str, hints: dict[str, list[str]]) -> None:
    if prop in ("author", "creator"):
        inner = tag.find(itemprop="name")
        source = inner if isinstance(inner, Node) else tag
        value = source.get("content") or source.get_text(" ", strip=True)
        if isinstance(value, str) and value.strip():
            hints.setdefault("itemprop:author", []).append(value.strip())
            hints.setdefault("itemprop:author-group", []).append(str(id(tag.parent)))
    elif prop in ("datepublished", "datemodified", "datecreated", "articlesection"):
        value = tag.get("content") or tag.get("datetime") or tag.get_text(" ", strip=True)
        if isinstance(value, str) and value.strip():
            hints.setdefault(f"itemprop:{prop}", []).append(value.strip())


# RDFa date properties (Drupal's "dc:date dc:created" on a span with the date in ``content``), as the itemprop
# they stand for.
_RDFA_DATES = {
    "dc:date": "datecreated", "dc:created": "datecreated", "dcterms:created": "datecreated",
    "dcterms:date": "datecreated", "dc:issued": "datepublished", "dcterms:issued": "datepublished",
    "schema:datepublished": "datepublished", "dc:modified": "datemodified", "dcterms:modified": "datemodified",
    "schema:datemodified": "datemodified",
}  # fmt: skip


def _rdfa(attrs: Mapping[str, Any], hints: dict[str, list[str]]) -> None:
    """The date an element's RDFa ``property`` and ``content`` give, as the itemprop it stands for."""
    content = attrs.get("content")
    if not isinstance(content, str) or not content.strip():
        return
    for word in str(attrs.get("property") or "").lower().split():
        prop = _RDFA_DATES.get(word)
        if prop is not None:
            hints.setdefault(f"itemprop:{prop}", []).append(content.strip())
            return


def breadcrumb_section(objects: Iterable[Mapping[str, Any]], crumbs: list[str], title: str | None) -> str | None:
    """The section a page's breadcrumb trail names: the first step after the home page, not the article itself.

    From a JSON-LD ``BreadcrumbList`` (its items in ``position`` order), else from
    the links of a breadcrumb element (``crumbs``). The first step is the home
    page when the trail has two or more; the last is the article when it is its title.
    """
    names = next((_list_names(o) for o in objects if "BreadcrumbList" in str(o.get("@type"))), None) or crumbs
    steps = [" ".join(name.split()) for name in names if isinstance(name, str) and name.strip()]
    key = _squeezed(title or "")
    if steps and key and (_squeezed(steps[-1]) == key or len(steps[-1]) > 60):
        steps.pop()  # the article itself
    steps = steps[1:] if len(steps) >= 2 else steps
    return next((step for step in steps if len(step) <= 60), None)


def _list_names(breadcrumb: Mapping[str, Any]) -> list[str]:
    """The names of a JSON-LD BreadcrumbList's items, in the order of their positions."""
    items = breadcrumb.get("itemListElement")
    if not isinstance(items, list):
        return []
    steps: list[tuple[float, int, str]] = []
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        inner = item.get("item")
        name = item.get("name") or (inner.get("name") if isinstance(inner, Mapping) else None)
        position = item.get("position")
        order = float(position) if isinstance(position, int | float) and not isinstance(position, bool) else index
        if isinstance(name, str):
            steps.append((order, index, name))
    return [name for _, _, name in sorted(steps)]


def site_names(meta: Mapping[str, str], ld: Mapping[str, Any], url: str | None) -> list[str]:
    """The names the site goes by: og:site_name, the JSON-LD publisher, and its host name's main word."""
    names = [meta.get("og:site_name") or "", meta.get("application-name") or ""]
    names.extend(split_names(ld.get("publisher")) if isinstance(ld.get("publisher"), Mapping | list) else [])
    host = _URL_HOST.match(url or "")
    if host:
        parts = [part for part in host.group(1).split(".")[:-1] if part not in _GENERIC_HOST_PARTS]
        names.extend(parts[-1:])
    return [name for name in names if name.strip()]


def home_names(hints: Mapping[str, list[str]], title: str | None) -> list[str]:
    """The site's names its home link gives (text, logo's alt) that also open the last part of the page's ``<title>``.

    "Jornal do Dão" as the logo's alt and in "Câmara de Viseu aprova … - Jornal do Dão" is the paper's name: as a
    meta author it names no writer. The title's part may say more after it ("… » Nowości Pomorskie – wiadomości z
    Torunia", "… - Gündem Anadolu Haber").

    Example:
        >>> home_names({"home": ["Gündem Anadolu", "Home"]}, "Odunpazarı evleri - Gündem Anadolu Haber")
        ['Gündem Anadolu']
    """
    folded = " ".join((title or "").split()).casefold()
    return [
        name
        for name in dict.fromkeys(hints.get("home", []))
        if 3 <= len(name) <= _HOME_NAME and _ends_title(folded, " ".join(name.split()).casefold())
    ]


def title_outlet(title: str | None) -> list[str]:
    """The outlet's name closing a page's ``<title>``: its last part, when a publisher's last word ends it.

    "…_网易新闻", "… - Kompas News": a meta author that is that name's first words ("网易", "Kompas") is the
    outlet's short name, no writer (see :func:`clean_author`).

    Example:
        >>> title_outlet("江州试点社区助餐点_网易新闻"), title_outlet("Bus routes change | Jane Roe")
        (['网易新闻'], [])
    """
    if not title:
        return []
    parts = [part.strip() for part in _TIGHT_SEPARATORS.split(title) if part.strip()]
    last = parts[-1] if len(parts) > 1 else ""
    return [last] if len(last.split()) <= _OUTLET_WORDS and PATTERNS.org_suffix.search(last) else []


_OUTLET_WORDS = 5  # words of an outlet's name with its article and preposition ("for the New York Times")


def _outlets_short_name(person: str, publishers: tuple[str, ...]) -> bool:
    """Whether a name is the first word of a publisher's, before its publisher's last word ("网易" of "网易新闻").

    One word only: a person's full name may open the outlet named for them ("Kim Komando" of "Kim Komando Daily").
    """
    return " " not in person.strip() and any(
        name.startswith(person) and PATTERNS.org_suffix.fullmatch(name[len(person) :].strip()) is not None
        for name in publishers
        if len(name) > len(person)
    )


def _ends_title(title: str, name: str) -> bool:
    """Whether a site's name opens the last part of a title, after a separator (both spaced and case-folded)."""
    at = title.rfind(name)
    if at <= 0 or not _TITLE_SEPARATOR.search(title[:at]):
        return False
    return len(title[at + len(name) :].split()) <= _AFTER_NAME


_TITLE_SEPARATOR = re.compile(r"(?:\s[|\-–—:·»«/]|[_｜|])\s*$")  # ("…_要闻_淮源新闻网": no spaces in Chinese)
_AFTER_NAME = 4  # words after the site's name in the title's last part ("Haber", "– wiadomości z Torunia")


_HOME_NAME = 60  # characters


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _matches(part: str, keys: list[str]) -> bool:
    squeezed = _squeezed(part)
    return len(part.split()) <= 5 and len(squeezed) >= 2 and any(k in squeezed or squeezed in k for k in keys)


def is_site_name(text: str, sites: list[str]) -> bool:
    """Whether ``text`` is one of the site's names ("gizmodo.com" for the site Gizmodo)."""
    squeezed = _squeezed(text)
    keys = [_squeezed(site) for site in sites if len(_squeezed(site)) >= 2]
    return any(squeezed.startswith(key) and len(squeezed) - len(key) <= 5 for key in keys)


def page_title(
    candidates: Iterable[str | None], sites: list[str], homes: Iterable[str] = (), headline: str | None = None
) -> str | None:
    """The first title given, without a site's name before or after a separator ("... | CNN Politics").

    ``sites`` are the names the page declares (:func:`site_names`), matched
    loosely; ``homes`` the texts of its links to its home page, which must be
    the name itself ("... - Jornal do Vale" on a page whose logo link says
    "Jornal do Vale"). When the story's ``headline`` is one side of the title's
    separator and the other side a few words shorter (a site's or section's
    name), the headline's side is the title. A later candidate that is the
    story's headline comes before the first (an ``og:title`` written for sharing,
    "Bridge: work starts in 2025?", beside the headline the page and its JSON-LD
    show), and so does a headline that is the start of a title cut short, or one
    that shares no word with any title (a print view's "Site - Print").
    """
    given = [" ".join(t.split()) for t in candidates if t and t.strip()]
    if not given:
        return None
    title = given[0]
    headline = _without_badge(headline, given) if headline else headline
    shown = _squeezed(headline or "")
    if shown and headline and _squeezed(title) != shown and any(_shows(t, shown) for t in given):
        return " ".join(headline.split())  # the title holds the headline beside a kicker or names, or is another
    if headline and _topline_apart(title, " ".join(headline.split())):
        return title  # the headline with the separator its elements leave out ("Topline: Headline")
    if headline and is_site_name(headline, sites):
        headline = None  # a site's name set as the page's <h1>: no story's headline
    if headline and any(_cut_from(t, headline) for t in given):
        return " ".join(headline.split())  # the titles are the headline cut short (for a search engine, a share)
    if headline and len(_squeezed(headline)) >= _UNRELATED_HEADLINE and not any(_related(t, headline) for t in given):
        return " ".join(headline.split())  # the titles name something else: the site and "Print", a section
    if headline and len(_squeezed(headline)) >= _CONFIRMING and any(_same_story(t, headline) for t in given):
        return " ".join(headline.split())  # the story's headline as the page shows it; a title written for search
    separators = _separators(title)
    for separator in separators if shown else ():
        before, after = title[: separator.start()].strip(), title[separator.end() :].strip()
        for side, other in ((before, after), (after, before)):
            if _squeezed(side) == shown and _names_only(other, len(side.split()) - 1):
                return side  # the other side is a site's or section's name (or a few): shorter than the headline
    tight = _headline_side(title, shown) if shown and not separators else None
    if tight is not None:
        return tight
    keys = [_squeezed(site) for site in sites if len(_squeezed(site)) >= 2]
    names = {_squeezed(home) for home in homes if len(_squeezed(home)) >= 4}
    if not (keys or names):
        return title
    if separators:
        last, first = separators[-1], separators[0]
        if last.start() > 0 and _site_part(title[last.end() :], keys, names):
            return title[: last.start()].strip()
        if title[first.end() :].strip() and _site_part(title[: first.start()], keys, names):
            return title[first.end() :].strip()
    return _without_tight_site(title, {*keys, *names})


def _without_badge(headline: str, titles: list[str]) -> str:
    """The headline without a section label closing it ("… pentru 2027 Featured"), when a title is the rest.

    The badge a CMS sets in the heading's element ("<sup>Featured</sup>", an "Exclusive" flag) is no word of the
    story's headline; one set apart by a dash or a bar ("… – Liveticker") is the headline's own.
    """
    words = headline.split()
    for size in range(1, min(_BADGE_WORDS, len(words) - 1) + 1):
        if " ".join(words[-size:]).casefold() in PATTERNS.labels:
            rest = " ".join(words[:-size])
            if rest[-1] in _BADGE_APART:
                break  # "… langsam – Liveticker": a label the title sets apart is the headline's own
            key = rest.casefold()  # as written ("… Apple TV Plus" is no "… Apple TV+" and a label)
            if any(key in {title.casefold(), *(side.casefold() for side in _sides(title))} for title in titles):
                return rest
    return headline


_BADGE_WORDS = 3
_BADGE_APART = frozenset("-–—|:·»«/")


def _sides(title: str) -> list[str]:
    """The parts of a title between its separators ("Headline | Site": the headline and the site's name)."""
    cuts = [0, *(point for found in _separators(title) for point in (found.start(), found.end())), len(title)]
    return [title[start:end].strip() for start, end in zip(cuts[::2], cuts[1::2], strict=True)]


def _headline_side(title: str, shown: str) -> str | None:
    """The side of a title that is the (squeezed) headline ``shown``, beside a shorter name; None when none is.

    The sides are parted by a separator without spaces ("江城新建滨江公园对市民开放_新闻中心", "大雨で運休｜日本新聞").
    The other side is a few words at most, and shorter than the headline; a hyphen or colon right after a
    letter of an alphabet is no separator (as in :func:`_without_tight_site`).
    """
    for separator in _TIGHT_SEPARATORS.finditer(title):
        start = separator.start()
        if start and separator.group().strip() in "-–—:/" and _alphabetic(title[start - 1]):
            continue  # a hyphen or colon right after a letter of an alphabet joins words ("Hong-Kong")
        before, after = title[:start].strip(), title[separator.end() :].strip()
        for side, other in ((before, after), (after, before)):
            rest = _squeezed(other)
            if _squeezed(side) == shown and rest and len(rest) < len(shown) and len(other.split()) <= 5:
                return side
    return None


_UNRELATED_HEADLINE = 15  # letters: a shorter heading beside the story may be a section's name


def _related(title: str, headline: str) -> bool:
    """Whether a title and a headline share a word (of three letters or more), or two CJK characters in a row."""
    words = set(re.findall(r"[^\W\d_]{3,}", title.casefold()))
    if not words.isdisjoint(re.findall(r"[^\W\d_]{3,}", headline.casefold())):
        return True
    pairs = {title[i : i + 2] for i in range(len(title) - 1) if _CJK_PAIR.fullmatch(title[i : i + 2])}
    return any(headline[i : i + 2] in pairs for i in range(len(headline) - 1))


def _same_story(title: str, headline: str) -> bool:
    """Whether a title and a headline of four words or more tell one story in other words.

    They share two words of four letters or more, a quarter of the headline's ("Prison guards charged in
    connection with Jeffrey Epstein's death" and "Two federal prison officers charged … Jeffrey Epstein's
    suicide"); a section's name over the story ("Kabar tentang Dunia Islam") shares one at most.
    """
    words = re.findall(r"[^\W\d_]{4,}", headline.casefold())
    if len(headline.split()) < 4 or not words:
        return False
    shared = set(words) & set(re.findall(r"[^\W\d_]{4,}", title.casefold()))
    return len(shared) >= 2 and 4 * len(shared) >= len(set(words))


_CJK_PAIR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}")


def _cut_from(title: str, headline: str) -> bool:
    """Whether a title (its part before a separator) is the start of the headline, cut at a word's end.

    "Galway ferry adds winter sailings - Western Courier" beside the headline "Galway ferry adds winter sailings
    after islanders' campaign"; a part that ends with an ellipsis may be cut inside a word. The part holds
    ``_CONFIRMING`` letters or more, and is shorter than the headline.
    """
    separators = _separators(title)
    part = title[: separators[0].start()].strip() if separators else title.strip()
    elided = part.endswith(("…", "..."))  # cut anywhere, even inside a word
    part = " ".join(part.rstrip(" .…").split()).casefold()
    whole = " ".join(headline.split()).casefold()
    if len(_squeezed(part)) < _CONFIRMING or len(part) >= len(whole) or not whole.startswith(part):
        return False
    return elided or not whole[len(part)].isalnum()


def _topline_apart(title: str, headline: str) -> bool:
    """Whether a title is the headline with a separator after its first part, which the heading's elements leave out.

    "Marode Talbrücke: Sperrung trifft Tausende" over ``<h1><span>Marode Talbrücke</span><span>Sperrung trifft
    Tausende</span></h1>``.

    Example:
        >>> _topline_apart("Marode Talbrücke: Sperrung trifft Tausende", "Marode Talbrücke Sperrung trifft Tausende")
        True
    """
    return title != headline and any(
        title.count(mark) == 1 and title.replace(mark, " ", 1) == headline for mark in _TOPLINE_MARKS
    )


_TOPLINE_MARKS = (": ", " – ", " - ", " — ", " | ")  # what separates a topline from the headline in a title


def _shows(title: str, shown: str) -> bool:
    """Whether a title holds the (squeezed) headline ``shown``: all of it, or most of it beside a kicker or a name.

    A headline that is less than half of the title ("Blog Name" in "Story title | Blog Name") is not shown by it.
    """
    squeezed = _squeezed(title)
    if squeezed == shown or shown not in squeezed or 2 * len(shown) < len(squeezed):
        return squeezed == shown
    return len(shown) >= _CONFIRMING or (_weight(shown) >= _CONFIRMING and _LABEL_FIRST.match(title) is not None)


_CONFIRMING = 20  # letters and digits of a headline that a longer title holding it confirms


def _weight(squeezed: str) -> int:
    """How many letters a squeezed headline weighs: a Chinese, Japanese or Korean character counts three.

    Those scripts say in one character what a word of letters says ("島の渡し船最後の夏", nine characters, is a
    whole headline). Weighed so only beside a label that opens the title ("【写真特集】…"): a short heading in a
    title without one may be a blog's or a site's name.
    """
    return len(squeezed) + 2 * len(_WIDE.findall(squeezed))


_LABEL_FIRST = re.compile(
    r"\s*[【\[［〔][^】\]］〕]{1,12}[】\]］〕]"
)  # a section's label opening a title: "【写真特集】"
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han characters, Hangul syllables


def printed_part(title: str | None, lines: Iterable[str]) -> str | None:
    """The part of a ``<title>`` between its separators that the page prints as a line near the story: its headline.

    An old page sets its headline in no heading ("<font size=4>", a forum post's subject): the part of "Obec Horní
    Lhotka - Aktuality - Oprava návesního rybníka začne v květnu" printed alone over the story, or opening or
    closing a line of it ("Sagra del tartufo … Inviato da admin il …", "Sujet du message: Saint-Aubin : …"), is
    the headline; the other parts name the site and its section. The longest such part, of ``_PRINTED`` letters at
    least.

    Example:
        >>> printed_part("Site - News - Bridge reopens after two years", ["By Jo", "Bridge reopens after two years"])
        'Bridge reopens after two years'
    """
    if not title:
        return None
    bounds = [0, *(i for m in _separators(title) for i in (m.start(), m.end())), len(title)]
    starts, ends = bounds[::2], bounds[1::2]
    if len(starts) < 2:
        return None
    shown = [" ".join(line.split()).casefold() for line in lines]
    # each run of parts with the separators between them ("Saint-Aubin : la boulangerie …" holds one)
    runs = [" ".join(title[a:b].split()) for i, a in enumerate(starts) for b in ends[i:] if (a, b) != (0, len(title))]
    found = [
        run
        for run in runs
        if len(run) >= _PRINTED
        and any(
            line == (key := run.casefold()) or line.startswith(f"{key} ") or line.endswith(f" {key}") for line in shown
        )
    ]
    return max(found, key=len) if found else None


_PRINTED = 15  # characters: a shorter part of a title is a site's or a section's name


def title_names(title: str | None, headline: str) -> list[str]:
    """The parts of a ``<title>`` beside its headline (see :func:`printed_part`): the site's and its section's names.

    Example:
        >>> title_names("Obec Lhotka - Aktuality - Oprava rybníka začne v květnu", "Oprava rybníka začne v květnu")
        ['Obec Lhotka', 'Aktuality']
    """
    if not title or headline not in title:
        return []
    before, _, after = title.partition(headline)
    parts = [p for side in (before, after) for p in _SEPARATORS.split(side)]
    return [name for name in (" ".join(p.split()).strip(_PART_EDGES) for p in parts) if name]


_PART_EDGES = " -|:·•–—»«/"  # what is left of a separator at a part's edge


def _separators(title: str) -> list[re.Match[str]]:
    """The separators of a title's parts; not a French closing quote of a quote the title opened ("« … » | Site")."""
    found = []
    for separator in _SEPARATORS.finditer(title):
        mark = separator.group().strip()
        if mark == "»" and title.count("«", 0, separator.start()) > title.count("»", 0, separator.start()):
            continue
        found.append(separator)
    return found


def _names_only(part: str, most: int) -> bool:
    """Whether the part of a title beside its headline is names ("by Jo Roe | The Weekly | Medium").

    Each of its parts is at most five words, and at most ``most`` (fewer than the headline's).
    """
    pieces = [piece for piece in _SEPARATORS.split(part) if piece.strip()]
    return bool(pieces) and all(len(piece.split()) <= min(5, most) for piece in pieces)


def _without_tight_site(title: str, sites: set[str]) -> str:
    """The title without a site's name written after a separator with no spaces ("…｜日本新聞", "…_频道_央视网").

    Only the exact name is cut, and a hyphen, dash, colon or slash right after a
    letter of an alphabet joins words ("Hong-Kong"), so it is no separator; an
    underscore, which no headline uses, cuts the portal's path before the name too.
    """
    for separator in reversed(list(_TIGHT_SEPARATORS.finditer(title))):
        start = separator.start()
        if start == 0 or (separator.group().strip() in "-–—:/" and _alphabetic(title[start - 1])):
            continue
        if _squeezed(title[separator.end() :]) in sites:
            head = title[: separator.start()].strip()
            if separator.group().strip() == "_":
                head = head.split("_", 1)[0].strip() or head
            return head
    return title


def _alphabetic(char: str) -> bool:
    """Whether a character is a letter or digit of a script that writes words apart (below the CJK blocks)."""
    return char.isalnum() and ord(char) < 0x2E80


# Separators written without spaces, as CJK titles do ("…｜日本新聞", "…：朝日新聞デジタル", "…_新闻频道_央视网").
_TIGHT_SEPARATORS = re.compile(r"\s*[|｜:：_\-－–—/／·»«]\s*")


def _site_part(part: str, keys: list[str], names: set[str]) -> bool:
    """Whether a part of a title is the site's name: a declared name, or exactly a home link's text."""
    return _matches(part, keys) or _squeezed(part) in names


def _by_field(value: str) -> str:
    """Of a line of labelled fields (a source's, the writer's, an editor's), the writer's field alone.

    "本文来源：江州日报　作者：记者 林晓雯 通讯员 陈立　责任编辑：张宁" (source, author, editor), "Source: Reuters
    Author: Jane Roe": each field opens with a word and a colon; when two fields or more are labelled and one of
    them by a byline word, those are the byline (the others name an outlet or an editor), the first with its label.
    Only a date may come before the first field.

    Example:
        >>> _by_field("来源：江州日报　作者：记者 林晓雯　责任编辑：张宁"), _by_field("Por: Ana Pérez")
        ('作者：记者 林晓雯', 'Por: Ana Pérez')
    """
    starts = [found.start() for found in _FIELD_LABEL.finditer(value)]
    if len(starts) < 2:
        return value
    fields = [value[start:end].strip() for start, end in zip(starts, [*starts[1:], len(value)], strict=True)]
    byline = [
        _CLOSING_DOT.sub("", _TRAILING_COUNT.sub("", field).rstrip(" ,;|·•")).rstrip()
        for field in fields
        if _has_byline_word(field)
    ]  # ("作者：刘晓雯 参与 126 评论": a count of comments closes the line)
    before = value[: starts[0]].strip()  # a date may open the line ("2026-11-20 09:15:32 来源: 华夏网 作者：刘晓雯")
    if not byline or (before and not date_alone(before)):
        return value  # ("Текст: Анна Кравец. Фото: …": a field's closing dot goes)
    others = [_FIELD_LABEL.sub("", field, count=1).strip() for field in byline[1:]]
    # "记者：林晓雯　通讯员：陈立" reads "记者：林晓雯、陈立", "Author: Jane Roe Reporter: Tom Hale" "Author: Jane Roe,
    # Tom Hale"
    return ("、" if _CJK_TEXT.search(byline[0]) else ", ").join([byline[0], *others])


# A count closing a line of fields: "参与 126 评论" (126 take part in the comments), "3 comments", "Views 1,204".
_TRAILING_COUNT = re.compile(r"\s+(?:[\u3040-\u30ff\u3400-\u9fff]{1,6}\s*)?\d[\d,.]*(?:\s*[^\W\d_]{1,12})?\s*$")
# A field's label: a word (of letters, no digit: "10:21" is a time) after the start or a space, then a colon.
_FIELD_LABEL = re.compile(r"(?:^|(?<=\s))[^\W\d_]{1,12}[ \t]?[:：]")


def _has_byline_word(name: str) -> bool:
    """Whether an author value says its byline word itself ("Par Claire Martin", "김철수 기자", "记者 张伟").

    Or after the paper's name, in a script without spaces ("潮声新闻记者 钟佳怡").

    A byline word that is also a name's particle ("Di", "Von") counts only before two words or more, so
    that the surname "Di Stefano" stays whole.
    """
    by = PATTERNS.by.match(name)
    if by is not None:
        word = " ".join(name[: by.end()].split()).casefold()
        return word not in PATTERNS.name_particles or len(name[by.end() :].split()) >= 2
    return PATTERNS.by_after.match(name) is not None or PATTERNS.by_after_paper.match(name) is not None


_CONTRIBUTOR_LINES = 3  # the story's last paragraphs looked at for a contributor line


def contributor_names(body: str, last: int = _CONTRIBUTOR_LINES) -> list[str]:
    """The writers a contributor line among the ``last`` paragraphs names ("(Reporting by Jane Roe; Editing by Al Li)").

    A wire story reprinted without a byline credits its reporters and its writer there ("Reporting by …; Writing
    by …"); its editors are no writers. The line is in brackets or holds several credits apart by ";" (a
    sentence of the story may open "Reporting by ProPublica found …").

    Example:
        >>> contributor_names("The vote is on Friday.\\n\\n(Reporting by Jane Roe and Al Li; Writing by Mo Fa)")
        ['Jane Roe', 'Al Li', 'Mo Fa']
        >>> contributor_names("Additional reporting by Jane Roe.")
        []
        >>> contributor_names("Reporting by ProPublica found abuse in the homes")
        []
    """
    for paragraph in body.rsplit("\n\n", last)[-last:][::-1]:
        line = paragraph.strip()
        if not PATTERNS.reporting.match(line) or not (line.startswith("(") or ";" in line):
            continue
        names: list[str] = []
        for credit in line.strip("()").split(";"):
            parsed = parse_byline(credit.strip()) if PATTERNS.reporting.match(credit.strip()) else None
            names.extend(name for name in (parsed[0] if parsed else []) if name not in names)
        if names:
            return names
    return []


def visible_bylines(lines: Iterable[str], publishers: list[str]) -> list[list[str]]:
    """The people of the visible lines that are bylines: a byline word, and names after it ("By Jane Roe").

    A line printed on the page has no class to vouch for it, so what follows the
    byline word must read as people's names: "By the numbers", "Por qué importa"
    and "Von der Leyen besucht Kiew" are no bylines. A line of parts apart by
    ``|``, ``•`` or ``·`` is read part by part (an editor's part, "Edited By: …", names
    no writer); of a byline's names, those read as people's names up to the first
    that is not are kept. Without a byline word, names then their job make a byline, on one line ("Jane Roe,
    Political Editor") or two ("Jane Roe" over "Political Editor").
    """
    found: list[list[str]] = []
    lines = list(lines)
    for index, line in enumerate(lines):
        name, _, role = line.strip().partition("\n")  # (one line of the page's text broken in two)
        if _name_over_role(name, role) if role else index + 1 < len(lines) and _name_over_role(line, lines[index + 1]):
            found.append([name.strip()])
            continue
        if len(line) > 200:
            continue
        # the people named first ("Por Ana Souza, Portal do Vale — Ouro Verde": the outlet goes); a line that
        # names no one is read again in parts apart by a slash ("Por Martín Ocampo / Redacción")
        names = _first_names(_SEPARATED.split(line), publishers)
        if not names and "/" in line:  # (a line without a slash would be read again as it was)
            names = _slashed_names(line, publishers)
        if not names and PATTERNS.timestamp.match(line) is not None:
            names = _stamped_names(line, publishers)
        if not names:
            names = _agency_credited(line, publishers)
        if not names and date_start(line) == 0 and (field := _by_field(line)) != line:
            names = _first_names([field], publishers)  # a header's date, then fields: "2026-11-20 来源: … 作者：刘晓雯"
        if names:
            found.append(names)
    return found


def _stamped_names(line: str, publishers: list[str]) -> list[str]:
    """The writers a timestamp line names after its date ("Posted on March 3, 2025 by Jane Roe").

    "Publié le 22/07/2025 à 06h00 par Bastien Laffont", "Publicado el 3 de marzo de 2025 por Ana Pérez": a
    byline word after the date, then people's names to the line's end.
    """
    if is_end_note(line) or _FIRST_PRINTED.match(line):
        return []  # "First published on March 3, 2025 by Mother Jones": the outlet that printed it first
    words = line.split()
    for start in range(2, len(words)):
        rest = " ".join(words[start:])
        if PATTERNS.by.match(rest) is None:
            continue
        if find_date(" ".join(words[:start])) is None:
            return []  # the byline's word follows the date and its time ("… at 5:00 pm by", "… um 17:00 Uhr von")
        rest = _AFTER_STAMPED.split(rest, maxsplit=1)[0]  # "… by Jane Roe in City Hall", "… — Leave a comment"
        names = _first_names([rest], publishers)
        return names if names and all(name in rest for name in names) else []
    return []


_FIRST_PRINTED = re.compile(r"(?:first|originally)\s", re.IGNORECASE)  # a republished story's note
# What may follow the names of a timestamp line: a spaced bar, bullet or dash, or a blog's "in <Category>".
_AFTER_STAMPED = re.compile(r"\s+(?:[|•·—–-]|in)\s+")


def _agency_credited(line: str, publishers: list[str]) -> list[str]:
    """The writer a line names before the desk's city and an agency in brackets ("Elif KARACA/İZMİR, (DHA)").

    Turkish agencies' reporters sign so: the name, a slash and the city in capitals, then the agency. Only that
    shape counts (a caption's "Giorgia Meloni (ANSA)" names a person in the news, a dateline's "NEW YORK (AP)" a
    place), and only a known agency.

    Example:
        >>> _agency_credited("Elif KARACA/İZMİR, (DHA)", []), _agency_credited("Giorgia Meloni (ANSA)", [])
        (['Elif KARACA'], [])
        >>> _agency_credited("NEW YORK/NY (AP)", []), _agency_credited("Sıcaklık/ANKARA (AA)", [])
        ([], [])
    """
    credited = _AGENCY_CREDITED.fullmatch(line.strip())
    if credited is None or not _is_org(credited.group("agency")):
        return []
    names = credited.group("names")
    writer = _without_place(names)  # "Elif KARACA": the city after the slash cut
    if _TIGHT_PLACE.fullmatch(names) is None or names.isupper() or writer == names:
        return []
    found = clean_author(writer, publishers)
    if len(found) != 1 or not 2 <= len(found[0].split()) <= 4 or not _looks_like_name(found[0]):
        return []
    return found


_AGENCY_CREDITED = re.compile(r"(?P<names>[^()]{3,80}?)\s*,?\s*\((?P<agency>[^()]{2,30})\)")


def _slashed_names(line: str, publishers: list[str]) -> list[str]:
    """The writers of a byline whose parts a slash sets apart: its first part that names any, and names after it.

    The parts after it that are each a name alone are writers too: "Por Ana Souza / Jane Roe / Redacción" names
    two; "AFP / Getty Images" none.
    """
    parts = [part.strip() for part in _SLASHED.split(line)]
    for index, part in enumerate(parts):
        names = _first_names([part], publishers)
        if names:
            names.extend(itertools.takewhile(_another_writer, parts[index + 1 :]))
            return names
    return []


def _another_writer(part: str) -> bool:
    """Whether a byline's part after a slash is one more writer's name alone: two to four words, no outlet or job."""
    return 2 <= len(part.split()) <= 4 and _looks_like_name(part) and not _outlet(part) and not _is_org(part)


def _first_names(parts: list[str], publishers: list[str]) -> list[str]:
    """The people the first part of a line that names any names (a byline's part), or []."""
    for part in parts:
        bracketed = part.strip().lstrip("/").strip()  # "/최동훈 기자": a slash opens a byline in some papers
        part = _unbracketed(bracketed)
        if len(part) > 120:
            continue
        if _has_byline_word(_without_kind(part)) and not is_end_note(part):
            names = list(itertools.takewhile(_looks_like_name, clean_author(part, publishers)))
            names = names or _credit_in_brackets(part, part != bracketed)  # "（聞き手・編集委員　山田太郎）"
        else:
            names = (
                _named_with_role(part)
                or _placed_name(part)
                or _credit_in_brackets(part, part != bracketed)
                or _sourced_writer(part)
            )
        if names:
            return names
    return []


def _sourced_writer(part: str) -> list[str]:
    """The writer a source line names with their job ("Source: Kwame Asante-Darko, Contributor").

    Some sites credit a contributor so; an outlet after the label ("Source: Reuters") names no one.
    """
    found = PATTERNS.source_footer.match(part)
    return _named_with_role(found.group("what").strip()) if found is not None else []


_SIGNATURE = 60  # characters: a longer line is no names alone
_GREETING_WORDS = 4  # words of a sign-off before the writer's name


def signature(paragraph: str, *, bare: bool = True) -> list[str]:
    """The writers a story's last paragraph names alone, signing it ("Võ Hải", "— Marta Bellei e Luca Ferrante").

    Each name is two to four words written as a name, after a dash or a sign-off's few words and a comma
    ("Thanks for reading, Jo Roe"), or alone (``bare``: the caller has seen the line set apart, in bold or to the
    right; never in a script without capitals, where any short line would read as a name). Never a line in
    capitals throughout ("ABOUT THE AUTHOR"), nor one that ends a sentence, holds a job title or names an outlet
    ("World News", "Reuters TV"). [] when the paragraph is no signature.

    Example:
        >>> signature("Simone Gatti"), signature("— Marta Bellei e Luca Ferrante"), signature("ABOUT THE AUTHOR")
        (['Simone Gatti'], ['Marta Bellei', 'Luca Ferrante'], [])
        >>> signature("Simone Gatti", bare=False), signature("Kwaheri kwa sasa, Neema Mwakalinga", bare=False)
        ([], ['Neema Mwakalinga'])
    """
    text = paragraph.strip()
    if bare:
        text = _signed_at(text)  # "Анна ЛЕБЕДЕВА, Сарапул. Фото автора.": the name, set apart
    if len(text) > _SIGNATURE or text.isupper() or text.endswith(".") or PATTERNS.job_titles.search(text):
        return []
    signed = text.lstrip("—–-― ")
    marked = signed != text  # "— Marta Bellei …"
    greeting, comma, rest = signed.partition(",")
    if comma and len(greeting.split()) <= _GREETING_WORDS and not _looks_like_name(greeting.strip()):
        signed, marked = rest, True  # a sign-off's words before the name ("Kwaheri kwa sasa, Neema Mwakalinga")
    if not marked and (not bare or not any(c.isupper() for c in signed)):
        return []
    names = [name.strip() for name in PATTERNS.name_separator.split(signed) if name.strip()]
    if names and all(2 <= len(name.split()) <= 4 and _looks_like_name(name) and not _outlet(name) for name in names):
        return names
    return []


def _signed_at(text: str) -> str:
    """A signature's name without its place after a comma and a closing credit of the pictures, when it has them.

    "Анна ЛЕБЕДЕВА, Сарапул. Фото автора." (the name, the town, "pictures: the writer's"): "Анна ЛЕБЕДЕВА". The
    place is one capitalised word (two would read as a second writer's name), the credit a short closing sentence
    that opens with a credit's word; without a credit, the surname is in capitals (a signature's own way), as no
    place's or role's line is. Any other text is given back as it is.

    Example:
        >>> _signed_at("Анна ЛЕБЕДЕВА, Сарапул. Фото автора."), _signed_at("Marta BELLEI, Roma")
        ('Анна ЛЕБЕДЕВА', 'Marta BELLEI')
        >>> _signed_at("Thanks, Jo Roe"), _signed_at("Kuala Lumpur, Malaysia."), _signed_at("John Smith, Mayor.")
        ('Thanks, Jo Roe', 'Kuala Lumpur, Malaysia.', 'John Smith, Mayor.')
    """
    signed = _SIGNED_AT.fullmatch(text)
    if signed is None:
        return text
    credit = signed.group("credit")
    if credit and PATTERNS.credit.match(credit) is None:
        return text
    name = signed.group("name").strip()
    if not signed.group("place")[0].isupper() or not 2 <= len(name.split()) <= 4:
        return text
    if not credit and not any(len(word) > 1 and word.isupper() for word in name.split()):
        return text  # "Kuala Lumpur, Malaysia.", "John Smith, Mayor.": a place's, a role's line
    return name if _looks_like_name(name) else text


# "Name, Place." and maybe a closing credit of a few words ("Фото автора.")
_SIGNED_AT = re.compile(r"(?P<name>[^,.]+),\s*(?P<place>[^\W\d_][\w-]*)\.?(?:\s+(?P<credit>(?:\S+\s+){0,3}\S+\.))?")


def _outlet(name: str) -> bool:
    """Whether a name is an outlet's or a desk's: it ends with a word of one, or opens with an agency's name."""
    return _org_like(name) or _is_org(name.split()[0])


def _unbracketed(text: str) -> str:
    """A text without the brackets around all of it ("(Text: Stefan Aichinger)" is "Text: Stefan Aichinger")."""
    if len(text) > 2 and text[0] in "([（【" and text[-1] in ")]）】" and not _BRACKETS.search(text[1:-1]):
        return text[1:-1].strip()
    return text


_BRACKETS = re.compile(r"[()\[\]（）【】]")


def _name_over_role(line: str, after: str) -> bool:
    """Whether a line is a person's name alone over a line of their job ("Jane Roe" / "Political Correspondent").

    Example:
        >>> _name_over_role("Jane Roe", "Political Correspondent"), _name_over_role("Paris", "Correspondent")
        (True, False)
    """
    line = line.strip()
    words = line.split()
    return (
        2 <= len(words) <= 4
        and is_press_role(after.strip())
        and words[-1].casefold() not in PATTERNS.name_particles
        and _looks_like_name(line)
        and not _org_like(line)
    )


def _placed_name(part: str) -> list[str]:
    """The writer of a line of the desk's city or the outlet, a colon or a dash, and a name ("دبي: سارة علي").

    In a script without capitals, where names have no capitals to tell them, the line's shape does: one or two
    words (no section's label, no credit's word), a colon or a spaced dash, a first and a family name. (In a
    script with capitals the shape is also a label's: "Watch: Key Moments".)

    Example:
        >>> _placed_name("الفجيرة: سارة المهيري"), _placed_name("سايس 24 – يوسف العلمي")
        (['سارة المهيري'], ['يوسف العلمي'])
        >>> _placed_name("Watch: Key Moments")
        []
        >>> _placed_name("المصدر: الشرق اليوم")  # the source: an outlet
        []
    """
    place, colon, name = part.partition(":")
    if not colon:
        place, colon, name = _at_dash(part)
    name = name.strip()
    if (
        not colon
        or not 1 <= len(place.split()) <= 2
        or len(name.split()) != 2  # a first and a family name: a kicker's story runs longer ("عاجل: انفجار في بيروت")
        or _cased(part)
        or not _looks_like_name(name)
        or place.strip().casefold() in PATTERNS.labels  # "عاجل:", "فيديو:": a kicker
        or PATTERNS.tail_credit.search(place) is not None  # "צילום:": a photographer's credit
        or PATTERNS.source_footer.match(part.strip()) is not None  # "المصدر: …": the source, an outlet
    ):
        return []
    return [name]


def _credit_in_brackets(part: str, bracketed: bool) -> list[str]:
    """The writers of a Japanese paper's credit line: a desk, a title or a place, then a name, in brackets.

    "（大曲支局　高橋真理子）" (a desk or a title, a space or a "・", the name: "（編集委員・山田太郎）"),
    "（ワシントン＝山田太郎）" (the desk's city, an equals sign, the name); several writers apart by "、"
    ("【ワシントン＝中村拓也、ニューヨーク＝佐藤花子】"). Each name is three to six letters, the first a Han character;
    a desk ends with a desk's or an outlet's word ("支局", "社会部") or is a title ("編集委員"). Neither side holds
    a word that names no writer ("（写真＝山田太郎）": a photographer; "（出所＝総務省統計局）": a source), and an
    agency is no writer ("（北京＝共同）"). (A name alone in brackets closing a story is :func:`bracketed_names`'.)

    Example:
        >>> _credit_in_brackets("大曲支局\u3000高橋真理子", True), _credit_in_brackets("ワシントン＝山田太郎", True)
        (['高橋真理子'], ['山田太郎'])
        >>> _credit_in_brackets("北京＝共同", True), _credit_in_brackets("写真＝山田太郎", True)
        ([], [])
    """
    if not bracketed or len(part) > _CREDIT_SIZE or not _UNSPACED_LETTER.match(part):
        return []
    by = PATTERNS.by.match(part)  # "聞き手・編集委員　山田太郎": the interviewer's word, then a title and the name
    names = []
    for credit in part[by.end() if by is not None else 0 :].split("、"):
        place, equals, name = credit.replace("=", "＝").partition("＝")
        if not equals:
            place, space, name = _SPACE_OR_DOT.sub(" ", credit, count=1).partition(" ")  # (a page's text: a space)
            if not space or not _org_like(place):  # a desk's word or a title before the name
                return []
        name = name.strip()
        if not _credit_name(name) or _names_no_writer(place) or not all(map(_UNSPACED_LETTER.match, place)):
            return []
        names.append(name)
    return names


_SPACE_OR_DOT = re.compile(r"[\s\u3000・]")


def _credit_name(name: str) -> bool:
    """Whether a text reads as a Japanese writer's name in a credit: three to six letters, a Han one first.

    The family and the given names may stand apart ("山口 真由美").
    """
    parts = name.split()
    return (
        len(parts) in (1, 2)
        and _CREDIT_NAME.fullmatch("".join(parts)) is not None
        and not _is_org(name)
        and not _org_like(name)
        and not _names_no_writer(name)
    )


def _names_no_writer(text: str) -> bool:
    """Whether a text of an unspaced script holds a word that names no writer ("写真", "敬称略", "関連記事", "教授")."""
    return any(word in text for word in PATTERNS.unspaced_non_names)


def bracketed_names(text: str) -> list[str]:
    """The writers a Japanese story's last line names alone in brackets ("（高橋真理子）", "【山田太郎、鈴木花子】").

    Only for a story in Japanese (the caller knows): Chinese papers close a reprint with its source in brackets.
    Han characters only (no kana: "（つづく）"), and never a word that closes a story ("（文中敬称略）"), a credit, a
    label, a title ("（東京大学教授）") nor an outlet's or a desk's name ("（東京本社）"); a desk before the name
    goes ("（湖西支局・山口 真由美）").

    Example:
        >>> bracketed_names("（高橋真理子）"), bracketed_names("【佐々木一郎】"), bracketed_names("（文中敬称略）")
        (['高橋真理子'], ['佐々木一郎'], [])
    """
    inside = _unbracketed(text.strip())
    if inside == text.strip() or _KANA.search(inside.replace("・", "")):  # (the middle dot after a desk is no kana)
        return []
    names = [_without_desk(name) for name in inside.split("、")]  # "（湖西支局・山口 真由美）": its desk, then it
    return names if all(_credit_name(name) for name in names) else []


_CREDIT_SIZE = 24  # characters of a credit line in brackets
_CREDIT_NAME = re.compile(r"[\u3005\u3400-\u9fff\uf900-\ufaff][\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,5}")
_KANA = re.compile(r"[\u3040-\u30ff]")
_UNSPACED_LETTER = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _at_dash(text: str) -> tuple[str, str, str]:
    """A line split at its one spaced dash, as ``str.partition`` splits one at a colon."""
    parts = _DASH.split(text)
    return (parts[0], "–", parts[1]) if len(parts) == 2 else (text, "", "")


def _named_with_role(part: str) -> list[str]:
    """The people of a line that names them and then their job, with no byline word ("Jane Roe, Political Editor").

    Each name has two words or more: "Paris, Correspondent" names no one.

    Example:
        >>> _named_with_role("Jane Roe and Al Li, Staff Writers"), _named_with_role("Paris, France")
        (['Jane Roe', 'Al Li'], [])
        >>> _named_with_role("Jane Roe Political Correspondent"), _named_with_role("Chief Political Correspondent")
        (['Jane Roe'], [])
        >>> _named_with_role("Jerome Powell, Fed Chief"), _named_with_role("World News Desk Editor")
        ([], [])
    """
    people, comma, role = part.rpartition(",")
    if not comma:  # the name, then a job of two words or more, with no comma ("Jane Roe Political Correspondent")
        words = part.split()
        if not 4 <= len(words) <= 7 or not is_press_role(words[-1]):
            return []
        return next(
            (
                [" ".join(words[:cut])]
                for cut in range(2, min(4, len(words) - 2) + 1)
                if _name_over_role(" ".join(words[:cut]), " ".join(words[cut:]))
            ),  # a job of two words at least ("Times Staff")
            [],
        )
    if not _press_role_at(role.strip()):
        return []
    names = [name.strip() for name in PATTERNS.name_separator.split(people) if name.strip()]
    if names and all(len(name.split()) >= 2 and _looks_like_name(name) and not _org_like(name) for name in names):
        return names
    return []


def _press_role_at(text: str) -> bool:
    """Whether a text is a press job, alone or with its outlet after it ("корреспондент НСК-Вести").

    Its first words are a press role, then up to ``_OUTLET_WORDS`` words ("reporter for the Ledger").
    """
    if PATTERNS.tail_credit.match(text):
        return False  # "photographer for the Ledger": the pictures' maker
    words = text.split()
    return any(
        is_press_role(" ".join(words[:cut])) and len(words) - cut <= _OUTLET_WORDS
        for cut in range(1, min(3, len(words)) + 1)
    )


def _org_like(name: str) -> bool:
    """Whether a name reads as an outlet's or a desk's ("World News", "New York Times"): it ends with a word of one."""
    return PATTERNS.org_suffix.search(name) is not None or PATTERNS.job_titles.search(name) is not None


# Between the parts of a line that prints a byline among other things ("Publié le … | Par … | 3 commentaires").
_SEPARATED = re.compile(r"\s+[|•·]\s+")
_SLASHED = re.compile(r"\s+[|•·/]\s+")  # the parts and the slashes: "เรื่อง : … / ภาพ : …" (text / photos)


def _looks_like_name(name: str) -> bool:
    """Whether a text reads as a person's name: up to five words, each capitalised but for name particles.

    One word in capitals of up to four letters is a degree or initials (:func:`_credential`).

    In a script without capitals (Chinese, Korean, Arabic...), a short text without punctuation.
    """
    words = name.split()
    # a vowel sign (Devanagari "ा") is no letter to isalpha(), but part of one
    if not 1 <= len(words) <= 5 or any(
        not c.isalpha() and c not in "'’.-" and not unicodedata.category(c).startswith("M")
        for c in name.replace(" ", "")
    ):
        return False
    if not _cased(name):
        return len(name) <= 20
    if _credential(name):
        return False
    return all(word[:1].isupper() or word.casefold() in PATTERNS.name_particles for word in words)


def _cased(text: str) -> bool:
    """Whether a text has letters of a script that writes letter case, in capitals or in small letters.

    Georgian's letters are small letters to Python (Mkhedruli, whose capitals running text never writes): here
    they are caseless, as Arabic's and Devanagari's are, so that a Georgian name is not read as small words.

    Example:
        >>> _cased("Jane Roe"), _cased("ნინო ბერიძე"), _cased("محمد علي")
        (True, False, False)
    """
    return any((c.isupper() or c.islower()) and not "\u10d0" <= c <= "\u10ff" for c in text)


def _credential(name: str) -> bool:
    """Whether a name is one word in capitals of up to four letters: a degree or initials ("Jane Roe, MS, RD")."""
    return " " not in name.strip() and name.isupper() and len(name.replace(".", "").strip()) <= 4


def _without_subscribe(name: str) -> str:
    """A byline without a button's words closing it that ask to subscribe to the writer ("…기자 구독").

    Only a sign-up phrase of two words or more: a word alone may be a surname ("Marco Telli", "Clifford Simak").

    Example:
        >>> _without_subscribe("정소연 기자 기자 구독"), _without_subscribe("Jane Roe"), _without_subscribe("Jon Inbox")
        ('정소연 기자', 'Jane Roe', 'Jon Inbox')
    """
    found = PATTERNS.sign_up.search(name)
    if found is None or " " not in found.group().strip() or name[found.end() :].strip():
        return name
    if not name[: found.start()].strip():
        return name
    return name[: found.start()].strip()


def _without_date(line: str) -> str:
    """A byline without the date after its names, and the joiners and the weekday just before the date.

    A weekday is taken for one when it is written long ("Monday") or followed by
    punctuation ("Do., 12.03."): "Do" in "Minh Do 12 March" is a name.

    A timestamp word just before the date goes too ("Par Claire Martin, publié le 12/03/2024").

    Example:
        >>> _without_date("Minh Do on Monday, 18 November 2019"), _without_date("Claire Martin, le 12 mars 2024")
        ('Minh Do', 'Claire Martin')
        >>> _without_date("By Jane Roe | Updated March 3, 2024")
        'By Jane Roe'
        >>> _without_date("By Jane Roe Updated 5:32 PM EST, Tue March 3, 2026")
        'By Jane Roe'
    """
    at = date_start(line)
    if at is None:
        return line
    words = _without_clock(line[:at].split())
    weekday = False  # whether the weekday before the date was left out already
    while words:
        word = words[-1].strip(_PUNCTUATION)
        folded = word.casefold()
        if not word or (folded in PATTERNS.date_joiners):
            words.pop()
        elif not weekday and folded in PATTERNS.weekdays and (len(word) > 3 or word != words[-1] or _set_apart(words)):
            words.pop()
            words = _without_clock(words)  # "Updated 5:32 PM EST, Tue March 3": the time before the weekday
            weekday = True
        else:
            break
    raw = " ".join(words)
    kept = raw.rstrip(_PUNCTUATION)
    for text in (kept, raw):  # (a timestamp word may hold its colon: Bengali "প্রকাশ:")
        stamps = list(PATTERNS.timestamp_word.finditer(text))
        if stamps and stamps[-1].end() == len(text):  # "By Jane Roe, published", "Par X, publié"
            return text[: stamps[-1].start()].rstrip(_PUNCTUATION)
    return kept


def _set_apart(words: list[str]) -> bool:
    """Whether the last word is set apart from the one before by a comma ("EST, Tue": a weekday, not a name)."""
    return len(words) > 1 and words[-2].endswith((",", "，"))


_PUNCTUATION = " ,.;:|·•–—-/／｜・、，。："
# A time of day written before the date ("11:11", "14h30", "9.05"), and the short words that may follow it ("PM",
# "EST", "a.m.", "Uhr").
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d{2}){1,2}(?:[ap]\.?m\.?)?", re.IGNORECASE)
_CLOCK_WORD = re.compile(r"[^\W\d_][\w.]{0,4}")


def _without_clock(words: list[str]) -> list[str]:
    """The words before a date without the time of day just before it ("… Published 11:11 PM EST").

    The clock is one of the last three words, and what follows it short words (a half of the day, a zone).

    Example:
        >>> _without_clock("By Jane Roe Published 11:11 PM EST".split())
        ['By', 'Jane', 'Roe', 'Published']
        >>> _without_clock("Jane Roe AFP".split())
        ['Jane', 'Roe', 'AFP']
    """
    for back in range(1, min(3, len(words)) + 1):
        word = words[-back].strip(_PUNCTUATION)
        if _CLOCK.fullmatch(word):
            after = words[len(words) - back + 1 :]
            if all(not w.strip(_PUNCTUATION) or _CLOCK_WORD.fullmatch(w.strip(_PUNCTUATION)) for w in after):
                return words[: len(words) - back]
            break
    return words


_TRAILING_MARK = re.compile(r"\s+[-–—|·•/]+$")


def clean_author(name: str, publishers: list[str]) -> list[str]:
    """The people in an author value: without "By", job titles, handles, URLs or the publisher's name.

    A page reads most of its author values twice (for its authors, then for the byline that may widen them): each
    value is cleaned once, and remembered with the registered vocabularies' count of changes.
    """
    return list(_cleaned_author(name, tuple(publishers), changes()))


@functools.lru_cache(maxsize=4096)
def _cleaned_author(name: str, publishers: tuple[str, ...], _changes: int) -> tuple[str, ...]:
    """:func:`clean_author` itself (``_changes`` keys what is remembered to the vocabularies it was read with)."""
    if name.rstrip().endswith((":", "：")) and len(name.rstrip(" :：").split()) == 1:
        return ()  # a one-word label alone ("المصدر:", "Source:"), whose value is printed apart
    name = _by_field(
        " ".join(name.split())
    )  # "本文来源：江州日报　作者：记者 林晓雯　责任编辑：张宁": the writer's field
    name = _without_date(name)  # "Par Claire Martin, le 12 mars 2024"
    name = _without_subscribe(name)  # "정소연 기자 기자 구독": a button to subscribe to the writer
    name = _TRAILING_MARK.sub("", name)  # "Par A et B -": the separator before a date printed in another element
    if not name or "://" in name or len(name) > 200:
        return ()
    name = _unbracketed(_EMAIL.sub("", name).strip())  # "홍길동 기자 (hong@example.co.kr)", "（吉川美咲）"
    if name[:1] in _DASHES and len(name.lstrip("".join(_DASHES)).split()) == 1:  # "- بيروت": a byline's place
        return ()
    name = _joint_credit(name)  # "Text und Foto: Anna Müller": the writer took the pictures too
    label, _, rest = name.partition(" ")
    if rest and label.casefold() in PATTERNS.by_labels and PATTERNS.by.match(name) is None:  # "Author Thabo Mokoena"
        name = rest
    if _credit_alone(name) or PATTERNS.hyphen_ellipsis.search(name):
        return ()  # (an office's compounds, "Presse- und Öffentlichkeitsarbeit", name no person)
    name = _without_credits(name)  # "Piše: Tomislav Jurin | Foto: Ivana Perica | 03.12.2026."
    name = _without_label(name)  # "Höfundar: Jón Jónsson": a label in a language no vocabulary has
    name = _without_kind(name)  # "Story by Jane Roe", "Histoire par Claire Martin"
    paper = PATTERNS.by_after_paper.sub("", name, count=1)  # "澎湃新闻记者 陈静": the paper's name is no person
    if paper != name:  # "本报记者 王晓燕 通讯员 陈立", "融媒体记者 王晓燕 李明": the reporters after it
        paper = listed_han_names(paper) or paper
    name = paper
    name = _without_place(name)  # "عمان - ليلى الخطيب", "Mert Yıldız - İZMİR"
    name = _without_desk(name)  # "大曲支局 高橋真理子": a Japanese paper's desk, then its writer
    name = _PLACE_EQUALS.sub("", name, count=1)  # "신안=정다은 기자": the desk's place, then the reporter
    if _han_byline_word(name):  # "作者：记者 王磊 李婷", "作者：韩晓宁 周立新": the label, the byline word, reporters
        name = _one_byline_word(name)
        by = PATTERNS.by.match(name)
        cut = by.end() if by is not None else 0
        name = name[:cut] + (listed_han_names(name[cut:], name[:cut]) or name[cut:])
    name = _company_joined(name)  # "Acme Media, Inc.": one company, not a person and a form
    name = _byline_before_card(name)  # "김민준 기자 반도체·전자 산업을 취재합니다.": an author card's text after it
    titled = PATTERNS.title_after.match(name)  # "박정연 남도지역공동체연구소장": the name, then the title after it
    if titled is not None:
        name = titled.group("name")
    role = _ROLE.search(name)
    if role is not None and PATTERNS.job_titles.search(role.group()):  # "Jane Roe (Washington Bureau)": a job
        name = name[: role.start()]
    at = PATTERNS.place_tail.search(name)  # "By Gareth Pownall at Hollins Park": the place the writer was at
    if at is not None and _place_after(at.group()):
        name = name[: at.start()]
    parsed = parse_byline(name if _has_byline_word(name) else f"By {name}")
    people = parsed[0] if parsed else _listed_names(PATTERNS.by.sub("", name, count=1))
    kept = []
    keys = {_squeezed(p) for p in publishers}
    # an agency's byline names the agency and its desk's city ("PTI, Washington"), a staff byline a job and its
    # city ("নিজস্ব প্রতিবেদক, কুড়িগ্রাম": staff reporter, Kurigram): one word beside them is a place
    printed = people
    people = [_without_outlet(person, publishers) for person in people]  # "Hannah Ruiz BBC News": the card's line
    # (and an outlet's own byline, its name and its city: "NORDBLICK ONLINE, Hamburg, Germany")
    agency = (
        any(map(_is_org, people))
        or _desk_first(name)
        or people != printed
        or any(_squeezed(person) in keys for person in people)
    )
    place = _closing_place(name, people)  # "க.சக்திவேல், கோவை": the desk's city after the name
    for person in people:
        person = _ROLE.sub("", _TRAILING_DATE.sub("", person)).strip(" @|·-:：")  # "Par : Jean Dupont"
        if (
            not person
            or by_word_alone(person)  # "Por", "By": the byline element's label, its name elsewhere
            or len(person) > _MAX_NAME
            or PATTERNS.job_titles.search(person)
            or _squeezed(person) in keys
            or _outlets_short_name(person, publishers)  # "网易" as the author of a page titled "…_网易新闻"
            or PATTERNS.org_suffix.fullmatch(person) is not None  # "編集部": a desk's word alone (the newsroom)
            or _is_org(person)
            or (agency and " " not in person)
            or _DOMAIN.fullmatch(person) is not None  # "cleveland.com": a site's address ("க.சக்திவேல்" is a name)
            or person == place
            or person.startswith("@")
            or _user_name(person)
            or _words_in_small_letters(person)
            or _capitals_alone(person)
            or (" " not in person and is_org(person))  # "AP-Wire": an agency's or a desk's name in one word
            or PATTERNS.company.search(person)  # "Mediahub s.r.o.", "Acme Verlag GmbH": a company (a meta author)
            or ":" in person  # "Foto: Jane Roe": a credit (no name holds a colon)
            or _is_org(person.split()[0])  # "Reuters TV", "AFP Video": an agency's service (see _outlet)
            or person.split()[0].casefold() == "the"  # "The Russian and Syrian defense ministries": no person
            or any(c.isdigit() for c in person)
            or _credential(person)
            or _sentence(person)  # an author card's bio
        ):
            continue
        kept.append(person)
    return tuple(kept)


_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def _byline_before_card(name: str) -> str:
    """A byline whose word follows the name, without the author card's text after it.

    "김민준 기자 반도체·전자 산업을 취재합니다. 기자의 다른기사 보기": the reporter covers the chip industry; more
    stories by the reporter. Only a text after the byline word that ends as a sentence or holds one, and names no
    other reporter.

    Example:
        >>> _byline_before_card("김민준 기자 반도체·전자 산업을 취재합니다. 기자의 다른기사 보기")
        '김민준 기자'
        >>> _byline_before_card("김민준 기자 이영희 기자")
        '김민준 기자 이영희 기자'
    """
    found = PATTERNS.by_after_word.search(name)
    if found is None:
        return name
    rest = name[found.end() :]
    if PATTERNS.by_after_word.search(rest) or PATTERNS.by_after.search(rest.strip()) or not _SENTENCE_END.search(rest):
        return name
    return name[: found.end()]


_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def _closing_place(byline: str, people: list[str]) -> str | None:
    """In a script without capitals, the one word closing a byline after a comma, beside a longer name: a city.

    Indian papers print the desk's city after the writer ("க.சக்திவேல், கோவை"); in a script with capitals a
    word there may be a writer known by one name ("Rina Agustina, Suparman"), and stays.

    Example:
        >>> _closing_place("க.சக்திவேல், கோவை", ["க.சக்திவேல்", "கோவை"])
        'கோவை'
        >>> _closing_place("Rina Agustina, Suparman", ["Rina Agustina", "Suparman"])
    """
    if len(people) < 2 or " " in people[-1].strip():
        return None
    last = people[-1].strip()
    if _cased(last) or len(people[0].strip()) <= len(last):
        return None
    return last if re.search(rf"[,،]\s*{re.escape(last)}\W*$", byline) else None


def _sentence(text: str) -> bool:
    """Whether an author's value is a sentence (a writer's bio), no name.

    More than four words and a sentence's end, and a word in small letters that is no name particle ("She covers
    …."), or in a script without capitals, more than six words.

    Example:
        >>> _sentence("Jane Roe covers the city council for the paper."), _sentence("Carlos Alberto de la Cruz Jr.")
        (True, False)
    """
    words = text.split()
    if len(words) <= _SENTENCE_WORDS or not text.endswith((".", "!", "?", "؟")) or _ABBREVIATED_END.search(text):
        return False
    if not _cased(text):
        return len(words) > _CASELESS_SENTENCE_WORDS
    return any(word[:1].islower() and word.casefold() not in PATTERNS.name_particles for word in words)


_SENTENCE_WORDS = 4  # words of a name: a longer text that ends a sentence may be one
_CASELESS_SENTENCE_WORDS = 6  # ("ريما حداد صحافية في القسم المحلي، تتابع …": a writer's bio)
_ABBREVIATED_END = re.compile(r"(?:\b[JS]r|\b\w)\.$")  # "… Jr.", "… J.": a name's own last dot


def _company_joined(name: str) -> str:
    """A name without the comma before the legal form that closes it ("Acme Media, Inc." → "Acme Media Inc.").

    Example:
        >>> _company_joined("Ringier Media, a.s."), _company_joined("Jane Roe, Acme Ltd")
        ('Ringier Media a.s.', 'Jane Roe, Acme Ltd')
    """
    form = PATTERNS.company.search(name)
    if form is None or not form.start():
        return name
    before = name[: form.start()].rstrip()
    return f"{before[:-1]} {name[form.start() :]}" if before.endswith(",") else name


_DASH = re.compile(r"\s+[-–—]\s+")
# A place and "=" before a reporter's name, as Korean papers sign ("서울=홍길동 기자").
_PLACE_EQUALS = re.compile(r"^[^\W\d_]{1,10}\s*=\s*(?=\S)")


def _without_desk(name: str) -> str:
    """A name in a script without spaces after its desk and a space or a middle dot: the name alone.

    "大曲支局 高橋真理子", "社会部・森下彩" (a katakana name's dot parts no desk: "ジョン・スミス").

    Example:
        >>> _without_desk("大曲支局 高橋真理子"), _without_desk("社会部・森下彩"), _without_desk("Acme News Jane")
        ('高橋真理子', '森下彩', 'Acme News Jane')
        >>> _without_desk("湖西支局・山口 真由美")
        '山口 真由美'
    """
    if not _CJK_TEXT.search(name):
        return name
    desk, dot, person = name.strip().partition("・")
    if not dot or " " in desk:  # "大曲支局 高橋真理子", "湖西支局 山口 真由美": the desk, then the name (spaced or not)
        desk, _, person = name.strip().partition(" ")
    person = person.strip()
    if not person or len(person.split()) > 2 or PATTERNS.org_suffix.search(desk) is None:
        return name
    return name if PATTERNS.org_suffix.search(person) is not None else person


_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


# A name, a slash without spaces, the desk's city in capitals, maybe an agency: "Elif KARACA/İZMİR, (DHA)"
_TIGHT_PLACE = re.compile(
    r"(?P<name>[^/]+?[^\W\d_]{2})/(?P<place>[^\W\d_]{2,})(?P<rest>,?\s*\([^()]+\))?"
)  # (a company's "A/S" is no name and place: its name ends in a letter alone)


def _without_place(name: str) -> str:
    """A byline without the one word a dash or a slash sets beside its names: the desk's city ("Amman - Leila Khatib").

    Either side may be the place ("Mert Yıldız - İZMİR", "Selin AKTAŞ / GEMLİK"); a side of one word beside a
    side of two to four words is it (or an agency's name, which is no person either).

    Example:
        >>> _without_place("Jane Roe - LONDON"), _without_place("Paris - Claire Martin")
        ('Jane Roe', 'Claire Martin')
        >>> _without_place("Selin AKTAŞ / GEMLİK"), _without_place("Jane Roe / Al Li")
        ('Selin AKTAŞ', 'Jane Roe / Al Li')
        >>> _without_place("Elif KARACA/İZMİR, (DHA)")  # a slash without spaces, the place in capitals
        'Elif KARACA, (DHA)'
        >>> _without_place("Redacción - EFE")  # the site's desk and an agency: no person
        ''

        >>> _without_place("Ana - Bea Cruz Dias Lima Rey")  # no name of two to four words beside the one
        'Ana - Bea Cruz Dias Lima Rey'
    """
    tight = _TIGHT_PLACE.fullmatch(name)
    if tight is not None and tight.group("place").isupper() and 2 <= len(tight.group("name").split()) <= 4:
        return tight.group("name") + (tight.group("rest") or "")  # "Elif KARACA/İZMİR, (DHA)": the agency stays
    before, dash, after = _at_dash(name)
    slash = not dash and name.count(" / ") == 1
    if slash:
        before, dash, after = name.partition(" / ")
    if not dash:
        return name
    parts = [before, after]
    sizes = [len(part.split()) for part in parts]
    fewer, more = sorted(sizes)
    if fewer == more == 1 and any(_is_org(part.strip()) for part in parts) and not _has_byline_word(name):
        return ""  # "المدار - واس", "Redacción - EFE": the site's desk and an agency, no person ("By Jane - AP" is)
    if fewer == 1 and 2 <= more <= 4:
        kept = parts[0] if sizes[1] == 1 else parts[1]
        if not (slash and PATTERNS.credit.search(kept)):  # "AFP / Getty Images": a photo credit, no name
            return kept
    return name


def _han_byline_word(name: str) -> bool:
    """Whether a byline opens with a byline word in Chinese characters ("记者", "記者")."""
    by = PATTERNS.by.match(name)
    return by is not None and _HAN.search(name[: by.end()]) is not None


_HAN = re.compile(r"[\u3400-\u9fff]")
_DASHES = frozenset("-–—―")


def _one_byline_word(name: str) -> str:
    """A byline without the label before its byline word ("作者：记者 王磊" is "记者 王磊")."""
    by = PATTERNS.by.match(name)
    while by is not None and PATTERNS.by.match(name[by.end() :].lstrip()) is not None:
        name = name[by.end() :].lstrip()
        by = PATTERNS.by.match(name)
    return name


def _place_after(tail: str) -> bool:
    """Whether a place preposition and what follows it after the names are a place, not more of a name.

    Never a name's particle ("da" in "Luiz Inácio da Silva", Italian's "from"), a surname's joiner before one
    word (the surname it joins: "Puig i Soler"), nor a tail that names someone else ("in Washington and Tom Lee");
    after a comma, any of them ("…, de Belém": no name holds a comma).
    """
    words = tail.lstrip(" ,").split()
    if tail.lstrip().startswith(","):  # ", de Belém": a comma never sits inside a name
        return PATTERNS.name_separator.search(" " + " ".join(words[1:])) is None
    if len(words) == 2 and words[0] in PATTERNS.surname_joiners:
        return False  # "Marta Puig i Soler": Catalan's "and" joins a surname (as Scandinavian "in" would a place)
    # (a preposition that is also a conjunction opens another writer: "… i Ana Jovanović")
    return words[0] not in PATTERNS.name_particles and PATTERNS.name_separator.search(tail) is None


_TAIL_APART = re.compile(r"\s[-–—/|]\s")  # a spaced dash, slash or bar before a byline's role or handle


def _role_or_handle(text: str) -> bool:
    """Whether a byline's part after a name is a job ("Reporter", "Reporters") or a handle ("@NewsDesk")."""
    text = text.strip()
    return text.startswith("@") or any(PATTERNS.job_titles.search(word) for word in (text, text.removesuffix("s")))


def _listed_names(text: str) -> list[str]:
    """The names a byline lists that its reader could not parse: up to the first part that reads as no name.

    "Luana Ferreira e Tiago Barros, Portal Mata Atlântica — Eldorado (SP)" lists two people, then the outlet
    and its place; a list of one part is that part ("admin", left to the checks that follow). A desk after a
    comma closing the list, an outlet's initials and a hyphen opening it, is no co-writer ("Katharina Albers,
    LWR-Landespolitik", "Jana Roth, BR-Redaktion Politik").
    """
    parts = [part.strip() for part in PATTERNS.name_separator.split(text) if part.strip()]
    if len(parts) >= 2 and _DESK_AFTER.search(text):
        text, parts = text[: text.rindex(",")], parts[:-1]
    if len(parts) < 2:
        return list(split_names(text))
    last, *tail = _TAIL_APART.split(parts[-1], maxsplit=1)  # "Rodel Magbanua - Reporters / @MDSnewsinfo"
    if tail and all(map(_role_or_handle, _TAIL_APART.split(tail[0]))) and _looks_like_name(last):
        parts[-1] = last.strip()  # (a role or a handle after the last name; an outlet's name stays, and ends the list)
    return list(itertools.takewhile(_looks_like_name, parts)) or list(split_names(text))


# a desk closing a byline after a comma: an outlet's initials, a hyphen and the desk ("…, LWR-Landespolitik")
_DESK_AFTER = re.compile(r",\s*[A-ZÄÖÜ]{2,6}-[^\W\d_][\w-]*(?:\s+[^\W\d_]+)?\s*$")


def _without_label(value: str) -> str:
    """A byline without the one word and colon that label it ("Höfundar: …"), when names follow and no credit.

    A label the vocabularies know is read as a byline word or a credit's before this; one they do not know
    (a language without a vocabulary: a word with a letter beyond ASCII, as English's unknown labels,
    "Translator:", "Guest:", are not) stays otherwise in the first name, where no colon belongs.

    Example:
        >>> _without_label("Höfundar: Jón Jónsson, Guðrún Helgadóttir"), _without_label("Foto: Jo Roe")
        ('Jón Jónsson, Guðrún Helgadóttir', 'Foto: Jo Roe')
        >>> _without_label("Translator: Jo Roe")
        'Translator: Jo Roe'
    """
    label, colon, rest = value.partition(":")
    names = rest.strip()
    if not colon or not label.isalpha() or label.isascii() or PATTERNS.job_titles.search(label):
        return value
    if PATTERNS.tail_credit.match(value) or is_end_note(value):
        return value
    first = PATTERNS.name_separator.split(names)[0].strip()
    return names if 2 <= len(first.split()) <= 4 and _looks_like_name(first) else value


def _without_credits(value: str) -> str:
    """A byline of parts apart by ``|``, ``•`` or ``·`` (or a dot before a credit) without its photo credit and dates.

    "Piše: Tomislav Jurin | Foto: Ivana Perica | 03.12.2026." names one writer: a part that opens with a
    credit's word names a photographer, an editor's part ("Edited by …") no writer, a part with a date is the
    byline's date, and a part that neither has a
    byline word nor reads as a name is an outlet ("Jane Roe | NJ Advance Media for NJ.com").
    """
    parts = [piece for part in _SEPARATED.split(_credits_apart(value)) for piece in _credit_after_dot(part)]
    if len(parts) < 2:
        return value
    kept = [part.strip() for part in parts if part.strip()]
    kept = [
        part
        for part in kept
        if PATTERNS.tail_credit.match(part) is None and not _is_date_part(part) and not is_end_note(part)
    ]  # (an end note's part: "Edited By: Ritu Sharma" names an editor)
    named = [part for part in kept if _has_byline_word(_without_kind(part)) or _reads_as_names(part)]
    return ", ".join(named) if named else value


def _reads_as_names(part: str) -> bool:
    """Whether a byline's part reads as names: one, or several apart by commas and conjunctions ("A and B").

    Each of several is a name of two words or more ("Arts and Culture", "Staff and Wire Reports" name no one).
    """
    names = [name for name in PATTERNS.name_separator.split(part) if name.strip()]
    if len(names) == 1:
        return _looks_like_name(names[0])
    return bool(names) and all(
        _looks_like_name(name) and len(name.split()) >= 2 and not PATTERNS.job_titles.search(name) for name in names
    )  # ("Times Staff and Wire Reports": a desk)


def _credits_apart(value: str) -> str:
    """A byline with a photo credit run on after the writer's name set apart by " | ".

    "Tekst: Kari Nordmann Foto: Ola Hansen" (the labels in elements of their own), "By Jane Roe Photos by Al Li"
    (a line break between them): a credit's word after a space, then a colon or a byline word, opens a credit.

    Example:
        >>> _credits_apart("Tekst: Kari Nordmann Foto: Ola Hansen")
        'Tekst: Kari Nordmann | Foto: Ola Hansen'
        >>> _credits_apart("By Jane Roe Photos by Al Li"), _credits_apart("By Jane Photographer")
        ('By Jane Roe | Photos by Al Li', 'By Jane Photographer')
    """
    for found in PATTERNS.tail_credit.finditer(value):
        start = found.start()
        if start < 2 or value[start - 1] != " " or value[start - 2] in "|•·":
            continue
        if _opens_credit(value, found):
            head = _JOINED_BY.sub("", value[: start - 1])  # "Von Jane Roe und Foto: …": the "und" joins no name
            head = _CLOSING_DOT.sub("", head)  # "Текст: Анна Кравец. Фото: …" (an initial keeps its dot: "Jane R.")
            return f"{head} | {value[start:]}"
    return value


_CLOSING_DOT = re.compile(r"(?:(?<=[^\W\d_A-Z])|\s)\.$")
_JOINED_BY = re.compile(r"\s+(?:[&+]|[^\W\d_A-Z]{1,3})$")  # a conjunction closing a byline's part


def _opens_credit(value: str, found: re.Match[str]) -> bool:
    """Whether a credit's word found in a byline opens a credit: a colon or a byline word follows it ("Fotos by")."""
    after = _WORD_END.match(value, found.end())
    rest = value[after.end() if after else found.end() :]
    return rest.lstrip().startswith((":", "：")) or (rest[:1] == " " and PATTERNS.by.match(rest.lstrip()) is not None)


def _joint_credit(value: str) -> str:
    """A byline that credits one person for the text and the pictures, as a writer's byline ("By Anna Müller").

    Example:
        >>> _joint_credit("Text und Foto: Anna Müller"), _joint_credit("Text and photos by Jane Roe")
        ('By Anna Müller', 'By Jane Roe')
        >>> _joint_credit("Text: Anna Müller")
        'Text: Anna Müller'
    """
    joint = _JOINT.match(value)
    if joint is None or PATTERNS.by.match(f"{joint.group('text')}: ") is None:
        return value
    found = PATTERNS.tail_credit.match(value, joint.end())
    if found is None:
        return value
    after = _WORD_END.match(value, found.end())
    rest = value[after.end() if after else found.end() :].lstrip()
    if rest.startswith((":", "：")):
        return f"By {rest[1:].strip()}"
    by = PATTERNS.by.match(rest)
    return f"By {rest[by.end() :].strip()}" if by is not None else value


# A byline's writer's credit word, then a conjunction (a word, "&", "+" or "/") before a photo credit's word.
_JOINT = re.compile(r"(?P<text>[^\W\d_]+)\s*(?:[&+/]|\s[^\W\d_]{1,3}\s)\s*")


def _credit_alone(value: str) -> bool:
    """Whether a byline is a photo credit alone ("Photos by Al Li", "Foto: Ola Hansen"): it names no writer.

    Example:
        >>> _credit_alone("Photos by Al Li"), _credit_alone("Text und Foto: Anna Müller")
        (True, False)
    """
    found = PATTERNS.tail_credit.match(value)
    return found is not None and _opens_credit(value, found)


_WORD_END = re.compile(r"[^\W\d_]*")  # the rest of a credit's word ("Photo" of "Photos", "Foto" of "Fotos")


def _credit_after_dot(part: str) -> list[str]:
    """A byline's part cut where a sentence's dot ends the writer's credit before a photo credit.

    "Текст: Анна Кравец. Фото: Дмитрий Ежов" is two credits; "Jane Roe. Ph.D." stays one.
    """
    for dot in _DOT_BREAK.finditer(part):
        if PATTERNS.tail_credit.match(part, dot.end()):  # only the dot before the credit ("By Md. Rafiqul Islam. …")
            return [part[: dot.start()], part[dot.end() :]]
    return [part]


_DOT_BREAK = re.compile(r"(?<=\w\w)\s?\.\s+(?=\w)")


def _desk_first(byline: str) -> bool:
    """Whether a byline opens with a job title alone before a comma ("Staff Reporter, Kurigram").

    A name of the job's part is the desk's, and the one word after it its city; a job after a name ("Jane
    Roe, Staff Writer") or written into it ("김철수 기자") says nothing of the words beside it.
    """
    parts = [part.strip() for part in re.split(r"[,،]", PATTERNS.by.sub("", byline, count=1))]
    if len(parts) < 2 or not parts[0]:
        return False
    return PATTERNS.job_titles.search(parts[0]) is not None and not PATTERNS.job_titles.sub("", parts[0]).strip(" -–—")


def _user_name(name: str) -> bool:
    """Whether a name is a site's user name: one word in small letters ("neemamwakalinga", "admin", "jroe88")."""
    return " " not in name and name.islower() and _cased(name)


def _words_in_small_letters(name: str) -> bool:
    """Whether a name is a phrase: four words or more in small letters ("cobre cafeicultura e cooperativismo").

    Or words in small letters that are no name's particles ("van", "de", "y") for more than half of its words
    ("View my complete profile", a blog's profile link to its writer's page).

    Example:
        >>> _words_in_small_letters("View my complete profile"), _words_in_small_letters("Ludwig van der Rohe")
        (True, False)
    """
    if not _cased(name):
        return False
    words = name.split()
    if name.islower():
        return len(words) >= _PHRASE_WORDS
    small = [word for word in words if word.islower() and word not in PATTERNS.name_particles]
    small = [word for word in small if word not in PATTERNS.surname_joiners]
    return len(small) >= 2 and 2 * len(small) > len(words)


_PHRASE_WORDS = 4


def _capitals_alone(name: str) -> bool:
    """Whether a name is one word in capitals ("SHIHATA", "AFP"): an agency's or a desk's, no person's."""
    return " " not in name and len(name) >= 2 and name.isupper()


def _is_date_part(part: str) -> bool:
    return may_hold_date(part) and read_date(part) is not None


def _is_org(name: str) -> bool:
    """Whether a name is a news agency's or a known publisher's (``known_orgs``), spacing and case aside."""
    return " ".join(name.split()).casefold() in PATTERNS.known_orgs


_EMAIL = re.compile(rf"\s*[(<\[]?{EMAIL}[)>\]]?")  # with the brackets around it
# a role or desk in brackets after a name: "정민서 (수필가)", "Jane Roe (Washington Bureau)"
_ROLE = re.compile(r"(?<=\S)\s*[(（][^()（）]{1,24}[)）]$")


def _without_kind(name: str) -> str:
    """A byline without the one capitalised word before its byline word ("Story by …", "Texte par …").

    Not a credit's word ("Photo by …" names a photographer), nor a contributor
    line's ("Reporting by …"), and not before a byline word that is also a
    name's particle ("Ludwig von …").
    """
    kind, _, rest = name.partition(" ")
    if not rest or not kind[:1].isupper() or _has_byline_word(name) or PATTERNS.tail_credit.search(kind):
        return name
    if PATTERNS.reporting.match(name):
        return name  # a contributor line ("Reporting by …; Editing by …") is read as one elsewhere
    by = PATTERNS.by.match(rest)
    if by is None or " ".join(rest[: by.end()].split()).casefold() in PATTERNS.name_particles:
        return name
    return rest if _has_byline_word(rest) else name


def authors(sources: Iterable[str | list[str]], publishers: list[str]) -> list[str]:
    """The authors of the first source that names some, de-duplicated.

    A source is one value (a meta tag, a byline element) or a list of values
    that name the authors together (JSON-LD ``author`` objects, several
    ``rel=author`` links): every author of that list is kept. Once a source
    has named a news agency ("Reuters, Washington"), a one-word name in it or in
    a later one is the agency's city, printed apart ("Washington,").
    """
    agency = False
    for source in sources:
        found, named = _source_names(source, publishers, agency)
        if found:
            return list(dict.fromkeys(found))
        agency = agency or named
    return []


def _source_names(source: str | list[str], publishers: list[str], agency: bool) -> tuple[list[str], bool]:
    """The names one author source gives, and whether it names an agency or a publisher."""
    values = [source] if isinstance(source, str) else source
    found = [name for value in values for name in clean_author(value, publishers)]
    named = any(
        _is_org(" ".join(part.split()).strip(" ,"))
        for value in values
        for part in re.split(r"[,/]", PATTERNS.by.sub("", value, count=1))
    )
    if agency or (named and len(values) > 1):  # (one value's own city is left out by clean_author)
        found = [name for name in found if " " in name.strip()]
    return found, named
