"""Whether an element's class, id, role or style marks it as page chrome, in many languages.

Related and trending lists, share bars, newsletter and subscription boxes,
comments, author boxes, galleries, ads... are named by class and id words in
every language a page is written in: ``_CHROME_WORDS`` and the active
vocabularies' ``chrome_classes``, matched at the start of a word
("related-posts", "relacionadas", "kommentare"). A class that names the story's
own container ("article-body", "entry-content") overrides them. Each class name
and each class list is judged once and remembered, and judged again when a
vocabulary is registered.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from newsparse._html import _PAGE_CHROME
from newsparse._pagetree import Node, class_names, walk
from newsparse.vocabulary import PATTERNS, active
from newsparse.vocabulary._patterns import changes

__all__ = [
    "in_comments", "is_chrome_mark", "is_paywall_box", "is_player_box", "is_sign_up_box", "marks", "names_comments",
    "own_chrome",
]  # fmt: skip

# Class and id words of blocks that are not the story, beyond the vocabularies' ``chrome_classes`` (which are
# added when the pattern is built): other languages' forms and English stems. Matched at the start of a word of
# the class/id (split on anything but letters, digits and "-"), so "related-posts" and "relacionadas" match.
_CHROME_WORDS = (
    "relacionad", "relacionat", "correlat", "verwandt", "similar", "recommend", "empfehl", "recomend", "mostread",
    "most-read", "tendencia", "ticker", "inscri", "sign-up", "donat", "sociais",
    "kommentar", "comentari", "commentaire", "discussion", "disqus", "diskus", "dyskusj", "keskustelu", "yorumlar",
    "komentare", "komentarze", "komentari", "reaction", "anzeige", "werbung", "publicidad",
    "publicite", "pubblicita", "outbrain", "taboola", "footer", "author-bio", "authorbio", "author-box",
    "about-author", "bio-box", "tag-list", "taglist", "tags", "keywords", "gallery", "galeri",
    "slideshow", "carousel", "teaser", "more-from", "morefrom", "read-more", "readmore", "leia-tambem",
    "leiatambem", "veja-tambem", "lire-aussi", "articles-lies", "a-lire", "mehr-zum", "weitere", "modal", "popup",
    "login", "deal", "masthead", "toolbar", "skip-link", "sr-only", "visually-hidden", "byline", "dateline",
    "timestamp", "caption", "credit", "banner", "nav", "menu", "print", "rating", "pagination", "cta",
    "call-to-action", "support-us", "contributions", "rodape", "pie-de-pagina", "pied-de-page", "fusszeile",
    "stopka", "disclaimer", "playlist", "article-info", "pathway", "morelink", "more-link", "morenews", "more-news",
    "morehead", "app-download", "appdownload", "download-app",
    # a blog post's line of details under it: when and where it was filed ("This entry was posted on … and is filed
    # under …"); an entry's own "entry-meta" over it is its header, read as such
    "postmetadata", "entry-utility", "entry-footer", "post-footer",
)  # fmt: skip
_CHROME_EXACT = frozenset("ad ads adv meta rail share tag social date time author bio follow tools".split())
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Class and id words of the story's own container: such a block is kept even when another of its words is chrome.
_STORY = re.compile(
    r"article[-_]?(?:body|content|text)|entry[-_]?content|post[-_]?(?:body|content)|story[-_]?(?:body|content)"
    r"|body[-_]?text|main[-_]?content|content[-_]?body|articlebody|rich[-_]?text|artikel|contenido|conteudo"
    r"|materia|corpo|texte"
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Class and id words of a section of readers' comments, as whole words ("comment-list", "comments-area",
# "kommentare", "disqus_thread", Czech "diskuse", Polish "komentarze"; not "commentary", an article's genre).
_COMMENT_SECTION = re.compile(
    r"(?:^|[^a-z0-9])(?:comments?|commentlist|kommentare?|comentarios?|commentaires?|commenti|disqus|respond"
    r"|diskuse|diskusia|diskussion|diskusjon|dyskusja|keskustelu|yorumlar|komentare|komentarze|komentari"
    r"|reply-list|replylist)"
    r"(?![a-z])"
)


def names_comments(tag: Node) -> bool:
    """Whether an element's own class or id names a section of readers' comments ("comment-list", "reply-list")."""
    return bool(tag.attrs) and _COMMENT_SECTION.search(marks(tag)) is not None


def in_comments(tag: Node, known: dict[int, bool] | None = None) -> bool:
    """Whether an element is (or is inside) a section of readers' comments, by its own or an ancestor's class or id.

    A commenter's name there is marked up as an author ("comment-author", ``fn``), and is none of the story's.
    ``known`` remembers the verdicts of the elements walked (by ``id``), for a caller that asks of many elements
    of one page.
    """
    walked: list[int] = []
    node: Node | None = tag
    found = False
    while node is not None:
        key = id(node)
        if known is not None and key in known:
            found = known[key]
            break
        walked.append(key)
        if node.attrs and _COMMENT_SECTION.search(marks(node)):
            found = True
            break
        node = node.parent
    if known is not None:
        known.update(dict.fromkeys(walked, found))
    return found


def marks(tag: Node) -> str:
    """The tag's class and id words, lower-cased."""
    attrs = tag.attrs
    if not attrs:
        return " "  # no class, id nor role: the two empty words joined
    return _joined(class_names(attrs), str(attrs.get("id") or ""), str(attrs.get("role") or ""))


@functools.lru_cache(maxsize=65536)
def _joined(classes: tuple[str, ...], ident: str, role: str) -> str:
    return " ".join([*classes, ident, role]).lower()


@attrs.frozen(eq=False)
class _Starts:
    """The chrome words grouped by their first character: a word is tried only against those that can start it."""

    by_first: dict[str, re.Pattern[str]]

    def match(self, text: str) -> bool:
        """Whether one of the chrome words starts ``text``."""
        pattern = self.by_first.get(text[:1])
        return pattern is not None and pattern.match(text) is not None


def _chrome_start() -> _Starts:
    """The chrome words as patterns: the active vocabularies' ``chrome_classes`` and ``_CHROME_WORDS``.

    Built again, and the verdicts remembered for class names forgotten, when the
    registered vocabularies changed since the last call.
    """
    if _BUILT.changes == changes() and _BUILT.starts is not None:
        return _BUILT.starts
    vocabularies = active()
    words = {word.lower() for word in (*(w for v in vocabularies for w in v.chrome_classes), *_CHROME_WORDS)}
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[:1], []).append(re.escape(word))
    _judged.cache_clear()  # (verdicts of _marked are keyed by the changes count, and age out)
    _BUILT.starts = _Starts({first: re.compile("|".join(group)) for first, group in groups.items()})
    _BUILT.changes = changes()
    return _BUILT.starts


@attrs.define
class _Built:
    """The chrome word patterns built last, and the vocabularies' :func:`changes` count they were built at."""

    starts: _Starts | None = None
    changes: int = -1


_BUILT = _Built()


def is_chrome_mark(words: str) -> bool:
    """Whether class/id words mark a block that is not the story ("related-posts", "share-bar", "kommentare").

    Neither a story mark nor a chrome word spans a space, so each class name is
    judged once (and remembered) however many class lists it appears in.
    """
    return _judged(words, _chrome_start())


@functools.lru_cache(maxsize=32768)
def _judged(words: str, start: _Starts) -> bool:
    chrome = False
    for name in words.split():
        story, marked = _class_name(name, start)
        if story:
            return False  # the story's own container, whatever else its classes say
        chrome = chrome or marked
    return chrome


@functools.lru_cache(maxsize=65536)
def _class_name(name: str, start: _Starts) -> tuple[bool, bool]:
    """Whether one class name (no spaces) marks the story's container, and whether it holds a chrome word."""
    if _STORY.search(name):
        return True, False
    return False, any(_chrome_word(word, start) for word in _WORD.findall(name))


@functools.lru_cache(maxsize=32768)
def _chrome_word(word: str, start: _Starts) -> bool:
    """Whether one class/id word ("related-posts") is a chrome word, given the pattern of chrome word starts."""
    parts = word.split("-")
    if parts[-1] in _STATES and len(parts) > 1:
        return False  # "modal-enabled", "comments-open": a state of the page, not a block
    if word in _CHROME_EXACT or start.match(word):
        return True
    # from each part on ("b-author-bio": a block's prefix before a chrome word of two parts), unless after a layout word
    return any(parts[at - 1] not in _LAYOUT and start.match("-".join(parts[at:])) for at in range(1, len(parts)))


# A class word part after these names a layout ("content-with-sidebar", "has-comments", the header's
# "article-hero-banner"), not a block of chrome.
_STATES = frozenset("enabled disabled open closed active visible loaded on off".split())
_LAYOUT = frozenset("with has no without content main enable enabled show is hero".split())


# Class and id words of a paywall's box ("paywall", "paywall__title", "regwall"): a small block so marked is the
# offer, not the story; a large one may be the story's own wrapper (its text behind the wall).
# (also the vendors' and the meters' names: Piano's "piano-inline" and Tinypass's "tp-" boxes, "offer-box", "meter")
_PAYWALL = re.compile(r"(?:^|[^a-z0-9])(?:paywall|regwall|subscri|suscri|abonn|piano|tinypass|poool|offer|meter)")
# Class and id words of the story's text shown faded or cut over a paywall.
_FADED = re.compile(r"(?:^|[^a-z0-9])(?:fade|faded|fadeout|fade-out|blur|blurred|preview|truncated)(?![a-z])")


# A link to the site's sign-up page: a subscription's ("/portal/signup", "/abonnement"); a newsletter's is told by
# the vocabularies' newsletter words ("/newsletters/", "/nieuwsbrief").
_SIGN_UP_HREF = re.compile(r"sign-?up|subscri|suscri|abonn|inscri", re.IGNORECASE)


def is_sign_up_box(tag: Node) -> bool:
    """Whether a block holds a link to the site's sign-up page (the caller weighs its size: an offer is small)."""
    for node in tag.descendants():
        if node.name == "a":
            href = node.attrs.get("href")
            if isinstance(href, str) and (_SIGN_UP_HREF.search(href) or PATTERNS.newsletter.search(href)):
                return True
    return False


def is_player_box(tag: Node) -> bool:
    """Whether an element is an audio or video player's box by its class or id ("ts-mediaplayer", "video-player").

    The caller weighs its size: a player's own text is labels ("Audio 2:11 min", "Video duration: 2 minutes"), and
    a larger box around a player may hold the story's transcript or summary, and so may a paragraph of a sentence
    in a small one (a video page's description may be all its text). A figure is never one: its caption is the
    picture's or the clip's.
    """
    if tag.name == "figure" or not tag.attrs or _PLAYER.search(marks(tag)) is None:
        return False
    if tag.find("figcaption") is not None:
        return False
    return not any(len(_LETTER_WORDS.findall(p.get_text(" "))) >= _SENTENCE_WORDS for p in tag.find_all("p"))


_SENTENCE_WORDS = 6  # words of a paragraph in a player's box that may be the story's summary, no label
_LETTER_WORDS = re.compile(r"[^\W\d_]+")  # words of letters ("Video duration: 2 minutes 14 seconds" has four)


_PLAYER = re.compile(r"(?:media|audio|video)-?player", re.IGNORECASE)


def is_paywall_box(tag: Node) -> bool:
    """Whether an element is a paywall's offer: its class or id names a paywall, and it offers a way through.

    The caller weighs its size (a wrapper may say so too). The offer holds a button or a form, a link to the
    sign-up or log-in page or set as a button, or a short line that calls to subscribe ("Subscribe for $1",
    "Abonnez-vous"). A wall's block without one is the story's text behind the wall ("paywalled": the page hides
    it from those who have not paid; an inline link or "subscribers" in a sentence is the story's), and so are the
    story's last lines the page fades out over the wall ("paywall-fade", "paywall__preview") unless they offer.
    """
    words = marks(tag) if tag.attrs else ""
    if not words or _PAYWALL.search(words) is None:
        return False
    if _FADED.search(words) is not None:
        return _has_buttons(tag)  # the story's faded lines, unless the box over them is the offer
    if _WALL.search(words) is None:
        return True  # a subscription's box ("subscribe-box")
    return _offers_a_way(tag)


def _has_buttons(tag: Node) -> bool:
    """Whether a block holds a button, a form or a link set as a button."""
    return any(
        node.name in _FORM_PARTS or (node.name == "a" and any(_BUTTON.search(name) for name in class_names(node.attrs)))
        for node in tag.descendants()
    )


def _offers_a_way(tag: Node) -> bool:
    """Whether a block offers a way through a wall: a button, a form, a sign-up or log-in link, a short call."""
    for node in tag.descendants():
        if node.name in _FORM_PARTS:
            return True
        if node.name == "a":
            href = node.attrs.get("href")
            if isinstance(href, str) and (_SIGN_UP_HREF.search(href) or _LOG_IN_HREF.search(href)):
                return True
            if any(_BUTTON.search(name) for name in class_names(node.attrs)):
                return True
    lines = walk(tag)
    return any(
        len(line.split()) <= _CALL_WORDS and (PATTERNS.sign_up.search(line) or _PAYWALL_WORDS.search(line))
        for line in lines
    )


_WALL = re.compile(r"(?:^|[^a-z0-9])(?:paywall|regwall)")  # the wall itself: its offer, or the story behind it
_FORM_PARTS = frozenset(("button", "form", "input"))
_LOG_IN_HREF = re.compile(r"log-?in|sign-?in|account|register|connexion|anmelden|acceso|entrar", re.IGNORECASE)
_BUTTON = re.compile(r"btn|button|cta", re.IGNORECASE)
_CALL_WORDS = 15  # words: a longer line with "subscribers" in it is a sentence of the story
_PAYWALL_WORDS = re.compile(r"(?<![^\W\d_])(?:subscri|abonn|suscri|assin[ae]|prenumer|premium)", re.IGNORECASE)


def own_chrome(tag: Node) -> bool:
    """Whether an element is chrome by itself: its name (``nav``, ``aside``...), hidden, or its class, id or role."""
    if tag.name in _PAGE_CHROME:
        return True
    attrs = tag.attrs
    if not attrs:
        return False  # no class, id, role, style or hidden: nothing else can mark it
    get = attrs.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    if style is not None and isinstance(style, str) and _HIDDEN.search(style):
        return True
    ident, role = get("id"), get("role")
    if not (get("class") or ident or role):
        return False
    return _marked(class_names(attrs), ident, role, changes())


@functools.lru_cache(maxsize=65536)
def _marked(classes: tuple[str, ...], ident: Any, role: Any, vocabularies: int) -> bool:
    """Whether class names, an id and a role mark chrome (each combination judged once, as elements repeat them).

    ``vocabularies`` is the count of :func:`~newsparse.vocabulary._patterns.changes`: a verdict is never
    one judged with other vocabularies.
    """
    return is_chrome_mark(" ".join([*classes, str(ident or ""), str(role or "")]).lower())
