"""Whole HTML pages: one article per page, from meta tags, JSON-LD and the main content."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsparse import _htmldates, _htmlmeta, _htmlstate
from newsparse._html import PageInfo, Story, _gc_paused, html_to_text, parse_page
from newsparse._htmlblocks import better_json_body
from newsparse._htmllines import EMAIL_ADDRESS
from newsparse._meta import is_press_role
from newsparse._model import Dropped
from newsparse._problems import Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import spans_between
from newsparse.detectors._sniff import content_start
from newsparse.vocabulary import PATTERNS, identify, normalise_language

__all__ = ["HtmlPageDetector"]

_PAGE_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
# A later page must start a line; "<html>" inside scripts (ad frames, templates) does not.
# A doctype at the start of a line always opens a new document, also after a page cut short before its </html>.
# A page opening; it counts only at the start of a line (checked by ``_at_line_start``). The pattern starts with a
# literal "<", which the regex engine scans for quickly; "^[ \t]*" in MULTILINE mode would be tried at every offset.
_NEXT_PAGE = re.compile(r"<(?:(!doctype\s+html)|html[\s>])", re.IGNORECASE)
_LEAD = re.compile(r"[ \t]*")
_PAGE_END = re.compile(r"</html\s*>", re.IGNORECASE)
_SNIFF_HTML = re.compile("<html", re.IGNORECASE)
_TAGS = re.compile(r"<(?:p|div|article|h[1-6]|span|a|br|li)[\s>/]", re.IGNORECASE)
# JSON-LD types of an article (any type whose name ends in "article" counts too: TechArticle, ScholarlyArticle...),
# and of a page, which describes the article only when no object of an article type does.
_ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle blogposting opinionnewsarticle "
    "backgroundnewsarticle report liveblogposting socialmediaposting".split()
)
# (a fact-check's ClaimReview and a critic's Review describe the page's own piece: its date, its writer)
_PAGE_TYPES = frozenset("webpage itempage claimreview review".split())


class HtmlPageDetector:
    """Saved web pages, one or several concatenated, one article each.

    The title comes from ``og:title``, JSON-LD ``headline``, or ``<title>``; dates,
    authors, publisher, URL and tags from meta tags and JSON-LD; the body from
    the page's ``<article>`` (else ``<main>``, else ``<body>``) without
    navigation, headers, footers, asides and forms.
    """

    name = "html-page"
    description = "Whole HTML pages (one or several concatenated), one article per page."
    language_from_text = True
    """A page that declares no language is told one from its text (with the bundled identifier when the
    optional one is not installed), recorded as a ``language-detected`` repair: a page is one story in one
    language, long enough to tell."""

    def sniff(self, head: str) -> float:
        """Near-certain for a doctype or <html> at the start; lower for bare HTML fragments."""
        content = content_start(head)
        start = head[content : content + 300].lower()  # head.lstrip()[:300], without copying the head
        # "<html" in head[:5000].lower(): no other character lower-cases or case-folds to one of these letters
        if start.startswith(("<!doctype html", "<html", "<?xml")) and _SNIFF_HTML.search(head, 0, 5000):
            return 0.95
        if _PAGE_START.search(head, 0, 5000):
            return 0.8
        if start.startswith("<") and len(_TAGS.findall(head, 0, 20000)) >= 3:
            return 0.4  # an HTML fragment: we can still read it as one page
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield the raw articles of each page; a page starts a line with a doctype or after an </html>."""
        for start, end in spans_between(text, _page_starts(text)):
            yield from _page_articles(text[start:end], start)

    def safe_cut(self, text: str) -> int:
        """Streaming: at the start of the last page that follows a complete page."""
        starts = _page_starts(text)
        return starts[-1] if starts else 0

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)


def _page_starts(text: str) -> list[int]:
    """Offsets where a later page starts: a line with a doctype, or one that opens a page after an </html>.

    One pass over the page openings and one over the end tags, merged in order:
    the text is never searched again from each opening (a truncated page with no
    ``</html>`` followed by thousands of page openings stays linear).
    """
    ends: Iterator[re.Match[str]] | None = None  # the end tags, looked for once an opening starts a line
    end = None
    cuts: list[int] = []
    last = 0
    closed = False  # whether an </html> lies between ``last`` and the current opening
    # Where the line of the last opening starts, where its first non-blank character is, and where the search for
    # line ends stopped: each character is looked at a bounded number of times, however many openings a line holds.
    line, first, seen = 0, _first_visible(text, 0), 0
    for match in _NEXT_PAGE.finditer(text):
        position = match.start()
        newline = text.rfind("\n", seen, position)
        seen = position
        if newline >= 0:
            line = newline + 1
            first = _first_visible(text, line)
        if first != position:
            continue  # not the first thing on its line
        start = line
        if start <= last:
            continue  # the first page's own opening (every end tag before it lies before ``last`` too)
        if ends is None:  # a later opening starts a line: only then are the end tags looked for (one page has none)
            ends = _PAGE_END.finditer(text)
            end = next(ends, None)
        while end is not None and end.end() <= start:
            closed = closed or end.start() >= last
            end = next(ends, None)
        if closed or match.group(1) is not None:
            cuts.append(start)
            last = start
            closed = False
    return cuts


def _first_visible(text: str, line: int) -> int:
    """Where the first character that is not a space or a tab lies on the line starting at ``line``."""
    blank = _LEAD.match(text, line)
    return blank.end() if blank else line


def _page_articles(page: str, offset: int) -> Iterator[RawArticle]:
    """The raw articles of one page at ``offset``: one, or one per full ``<article>`` of a page that holds several."""
    with _gc_paused():  # the page's tree is freed before the collector runs again: it never has to walk it
        info = parse_page(page)
    if not info.stories:
        body, source, state = _body(info)
        fields = _page_fields(info, body, info.time)
        if state is not None:
            _with_state(fields, state)
        fields["dropped"] = [
            *fields.get("dropped", []),
            *(Dropped(text, reason) for text, reason in info.left_out),
            *(Dropped(text, "teaser article") for text in info.teasers),
        ]
        empty = not fields.get("title") and not fields.get("body")
        problems = [*info.problems, *([Problem("page-empty", "the page has no title and no text")] if empty else [])]
        problems.extend(_dated_by_update(fields))
        if source is not None:
            problems.append(source)
        yield RawArticle(offset, offset + len(page), _present(fields), problems)
        return
    target = _page_story(info)
    page_title = _page_title(info)
    spans = _story_spans(page, info)
    for index, (story, (start, end)) in enumerate(zip(info.stories, spans, strict=True)):
        own: list[Problem] = list(info.problems) if story.is_main else []
        if story is target:
            fields = _page_fields(info, story.main.text, info.time or story.time)
            own.extend(_dated_by_update(fields))
            if not story.is_main:
                fields.pop("subtitle", None)
                fields.pop("captions", None)
        else:
            fields = {"title": story.heading, "body": story.main.text, "source": _source(info)}
            fields["language"] = _language(info.meta, _article_ld(info.json_ld))
            # its own header lines: the main story's are those taken from the top of the main text (the lines near
            # the page's headline belong to the page's own story, another one)
            lines = info.header if story.main is info.main else story.header
            fields["published"] = story.time or _htmldates.first_date(_htmldates.visible_stamps(lines)[0])
            bylines = _htmlmeta.visible_bylines(lines, _htmlmeta.site_names(info.meta, {}, None))
            if bylines:
                fields["authors"] = bylines[0]
        dropped: list[Dropped] = [Dropped(text, reason) for text, reason in story.left_out]
        if index == 0 and target is None and page_title:
            dropped.append(Dropped(page_title, "page title"))
        if story.is_main:
            if story is not target:
                fields["captions"] = list(info.captions)
            dropped.extend(Dropped(text, reason) for text, reason in info.left_out)
            dropped.extend(Dropped(text, "outside the articles") for text in info.outside)
            dropped.extend(Dropped(text, "teaser article") for text in info.teasers)
        fields["dropped"] = [*fields.get("dropped", []), *dropped]
        yield RawArticle(offset + start, offset + end, _present(fields), own)


_BIO_SIZE = 300  # characters: a longer paragraph that opens with a writer's name is the story's
_BIO_LINES = 3  # the story's last paragraphs looked at


def _without_bios(body: str, authors: list[str]) -> tuple[str, list[str]]:
    """The story without the writers' bios closing it, and what was cut.

    A bio is one of the last ``_BIO_LINES`` paragraphs that opens with the full
    name of one of the article's authors and is short ("Marcus Bell covers City
    Hall for the Tribune. Reach him at …", "Françoise Lemaire est maire de …"),
    or that is the name alone over a short bio (an author's box, one per writer);
    it goes with what follows it (other bios, a disclaimer) and a short label just
    before it ("About the author", "L'autrice").
    """
    paragraphs = body.split("\n\n")
    names = [name for name in authors if " " in name.strip()]
    first = max(len(paragraphs) - _BIO_LINES, 1)  # never the story's first paragraph
    cut = next(
        (
            index
            for index in range(first, len(paragraphs))
            if len(paragraphs[index]) <= _BIO_SIZE
            and any(
                _opens_bio(paragraphs[index], name)
                or _boxed(paragraphs, index, name)
                or _contact(paragraphs[index], name)
                for name in names
            )
        ),
        None,
    )
    if cut is None:
        return body, []
    for _ in names[1:]:  # another writer's box over it (each writer's name over a short bio), one per writer
        if cut > 2 and paragraphs[cut - 2].strip() in names and len(paragraphs[cut - 1]) <= _BIO_SIZE:
            cut -= 2
    label = paragraphs[cut - 1]
    if cut > 1 and len(label) <= 40 and label.count(" ") <= 4 and not label.rstrip().endswith((".", "!", "?", ":")):
        cut -= 1
    return "\n\n".join(paragraphs[:cut]), paragraphs[cut:]


def _without_entry_bylines(body: str, authors: list[str]) -> tuple[str, list[str]]:
    """The story without the writers' names printed alone over each of its entries, and those lines.

    A live blog or a running story signs each entry ("Jana Behrendt" over one, "Tobias Krämer" over the next):
    a line that is one of the article's authors' full names alone, when such lines are ``_ENTRY_NAMES`` or more
    (an author's box closing the story names each writer once). They go before the bios are looked for, which
    would read the last entry as a bio under its writer's name. Beside another name alone printed more than once
    (an interview's guest, a transcript's speaker) the writer's name labels the writer's turns, and stays.
    """
    names = {name.strip() for name in authors if " " in name.strip()}
    paragraphs = body.split("\n\n")
    signing = [paragraph for paragraph in paragraphs if paragraph.strip() in names]
    speakers = Counter(line for paragraph in paragraphs if _speaker(line := paragraph.strip(), names))
    if len(signing) < _ENTRY_NAMES or any(count > 1 for count in speakers.values()):
        return body, []  # (a speaker's name comes back at each turn; a heading such as "Guten Morgen" once)
    return "\n\n".join(p for p in paragraphs if p.strip() not in names), signing


_ENTRY_NAMES = 3


def _speaker(line: str, authors: set[str]) -> bool:
    """Whether a line is someone else's name alone: an interview's or a transcript's speaker.

    Such turns alternate with the writer's; then the writer's name alone labels the questions, and stays.
    """
    return line not in authors and len(line) <= _SPEAKER_SIZE and PATTERNS.name.match(line) is not None


_SPEAKER_SIZE = 40


def _without_signature(body: str, authors: list[str]) -> tuple[str, list[str]]:
    """The story without its last line when that signs it with the article's authors' names alone ("Võ Hải").

    A Japanese paper's name in brackets ("（高橋真理子）") signs it too. The line goes only when its names are
    among the authors read (from it or from elsewhere): a place or a team alone ("Kuala Lumpur") stays.
    """
    head, _, last = body.rpartition("\n\n")
    names = (_htmlmeta.signature(last) or _htmlmeta.bracketed_names(last)) if head and authors else []
    if not names or not set(names) <= set(authors):
        return body, []
    return head, [last]


def _without_byline_line(body: str, authors: list[str]) -> tuple[str, list[str]]:
    """The story without a byline line at its top that the header trim could not tell (a name and a word or two).

    "Mert Yıldız - İZMİR", "Leila Khatib, Amman": an author's name and up to three words (the marks between them
    no words), no byline word
    (a word more for each other author's name: "Jane Roe and Al Li, Staff Writers"); a name alone goes with the
    writer's job on the line after it ("Jane Roe" / "Political Correspondent").
    Only the first ``_TOP_LINES`` paragraphs are looked at; a line that ends a sentence or a question
    ("Jane Roe: Why now?") is the story's.
    """
    paragraphs = body.split("\n\n")
    names = [name for name in authors if " " in name.strip()]
    for index, paragraph in enumerate(paragraphs[:_TOP_LINES]):
        line = paragraph.strip()
        if len(line) > _BYLINE_SIZE or line.endswith((".", "!", "?", ":", "…")) or index == len(paragraphs) - 1:
            continue
        rest, found = line, 0
        for name in names:
            if name in rest:
                rest, found = rest.replace(name, " ", 1), found + 1
        words = [word for word in rest.split() if any(map(str.isalnum, word))]  # (a dash or a bar is no word)
        if found and len(words) <= _BYLINE_EXTRA + found - 1:  # a joiner between two names
            role = not rest.strip() and index + 2 < len(paragraphs) and is_press_role(paragraphs[index + 1])
            end = index + 2 if role else index + 1  # the name alone over the writer's job: both lines go
            return "\n\n".join(paragraphs[:index] + paragraphs[end:]), paragraphs[index:end]
    return body, []


_TOP_LINES = 3
_BYLINE_SIZE = 80  # characters
_BYLINE_EXTRA = 3  # words beside the name: a city, an agency ("Vilafranca del Penedès" after a bar)


def _boxed(paragraphs: list[str], index: int, name: str) -> bool:
    """Whether a paragraph is a writer's name alone over a short bio: an author's box ("Jane Roe" / "Reporter …").

    The bio is the last paragraph, or the one before a last short line (a link to the writer's other pieces).
    """
    after = paragraphs[index + 1 :]
    return (
        paragraphs[index].strip() == name
        and 1 <= len(after) <= 2
        and all(len(text) <= _BIO_SIZE for text in after)
        and not after[0].rstrip().endswith(":")
    )


def _opens_bio(paragraph: str, name: str) -> bool:
    """Whether a paragraph opens with a writer's name as a bio does ("Marcus Bell covers …", "Marcus Bell's book …").

    Not as a speaker's label in a transcript or an interview ("Marcus Bell : Vous pensez …").
    """
    if paragraph.startswith((f"{name}'s ", f"{name}’s ")):
        return "@" in paragraph  # "Mike Wall's book … is out now. Follow him @mikewall"; not "Jane Roe's prediction: …"
    return paragraph.startswith(f"{name} ") and not paragraph[len(name) :].lstrip().startswith((":", "："))


def _contact(paragraph: str, name: str) -> bool:
    """Whether a paragraph tells how to reach a writer: it names them and gives their own e-mail address.

    The address is theirs when its user part holds a word of their name ("Have a tip? Amy Kuperinsky may be
    reached at akuperinsky@example.com."); a story's line that names the writer beside someone else's address
    ("… sent to Jane Roe by Dana Kim (dkim@city.example)") is no contact note.

    Example:
        >>> _contact("Email Jane Roe at jroe@example.com.", "Jane Roe")
        True
        >>> _contact("Jane Roe wrote to dkim@example.org.", "Jane Roe")
        False
    """
    if name not in paragraph:
        return False
    words = [_htmlmeta.unaccented(word) for word in name.split() if len(word) > 2]
    return any(
        any(word in _htmlmeta.unaccented(address.group().partition("@")[0]) for word in words if word)
        for address in EMAIL_ADDRESS.finditer(paragraph)
    )


def _dated_by_update(fields: dict[str, Any]) -> list[Problem]:
    """A page dated only by an update ("Updated: 5 January 2026") was published then or before: that is its date.

    Sets ``published`` to ``updated`` when the page has no published date at all, and says so.
    """
    if fields.get("published") is not None or fields.get("updated") is None:
        return []
    fields["published"] = fields["updated"]
    return [Problem("published-from-update", "the page is dated only by an update; published is that time")]


_ARTICLE_OPEN = re.compile(r"<article[\s>/]", re.IGNORECASE)
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|div|br|h[1-6]|span|a|strong|em|img|ul|ol|li)\b", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_FROM_JSON = Problem(
    "page-body-from-json",
    "the page's markup holds little of its article: the body was read from its JSON-LD articleBody, "
    "which agrees with the page",
)


_FROM_STATE = Problem(
    "page-body-from-state",
    "the page's markup holds little of its article: the body was read from its embedded JSON state "
    "(a Next.js, Nuxt or store object), which agrees with the page",
)


def _body(info: PageInfo) -> tuple[str, Problem | None, _htmlstate.StateStory | None]:
    """The page's body: its main text, or its JSON-LD ``articleBody`` or embedded state when that is the fuller story.

    The embedded state (``_htmlstate``) is looked at only when the markup holds
    little text and JSON-LD gave no better body; the story read from it comes
    too, for the dates and writers its object gives.
    """
    body = info.main.text
    words = " ".join((info.meta.get("description") or "", info.meta.get("og:description") or "", body))
    raw = _article_ld(info.json_ld).get("articleBody")
    if isinstance(raw, str) and "<" not in raw and _ESCAPED_TAG.search(raw):
        raw = html.unescape(raw)  # markup escaped once more ("&lt;p&gt;"): what its writer meant is markup
    elif isinstance(raw, str) and "<" not in raw:
        raw = _unescaped(raw)
    if isinstance(raw, str) and raw.strip():
        json_text = (
            html_to_text(raw).text if "<" in raw else "\n\n".join(p.strip() for p in raw.split("\n") if p.strip())
        )
        if better_json_body(json_text, body, words):
            return json_text, _FROM_JSON, None
    if info.scripts and _htmlstate.is_poor(info.main.paragraphs):
        titles = [info.meta.get("og:title"), _str(_article_ld(info.json_ld).get("headline")), info.title]
        found = _htmlstate.state_story(info.scripts, titles, body, words)
        if found is not None:
            return found.text, _FROM_STATE, found
    return body, None, None


def _with_state(fields: dict[str, Any], story: _htmlstate.StateStory) -> None:
    """Fill a page's missing dates, writers and standfirst from the state's story (an app shell's head says little)."""
    if fields.get("published") is None and story.published is not None:
        fields["published"] = story.published
    if fields.get("updated") is None and story.updated is not None:
        fields["updated"] = story.updated
    if not fields.get("authors") and story.authors:
        fields["authors"] = _htmlmeta.authors([list(story.authors)], [])
    if not fields.get("subtitle") and story.lead is not None:
        fields["subtitle"] = story.lead


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def _unescaped(text: str) -> str:
    """A plain-text ``articleBody`` with its character references resolved, once or twice ("&amp;quot;" is '"').

    JSON-LD text is plain: a reference in it is the CMS escaping for HTML what is no HTML, sometimes twice.
    """
    for _ in range(2):
        if _ENTITY.search(text) is None:
            break
        text = html.unescape(text)
    return text


def _page_title(info: PageInfo) -> str | None:
    """The page's own title: og:title, JSON-LD headline, or <title>."""
    return info.meta.get("og:title") or _str(_article_ld(info.json_ld).get("headline")) or info.title


def _page_story(info: PageInfo) -> Story | None:
    """The story the page's own title, URL and dates belong to.

    The story whose heading is the page's title (or is inside ``<title>``, which
    often adds the site's name); else the main story when it has no heading of
    its own; else none (a listing page: its title names the list, not a story).
    """
    titles = {_key(t) for t in (info.meta.get("og:title"), _str(_article_ld(info.json_ld).get("headline"))) if t}
    whole = _key(info.title or "")
    for story in info.stories:
        heading = _key(story.heading or "")
        if heading and (heading in titles or heading == whole):
            return story
    for story in info.stories:
        heading = _key(story.heading or "")
        if heading and heading in whole:
            return story
    return next((story for story in info.stories if story.is_main and not story.heading), None)


def _story_spans(page: str, info: PageInfo) -> list[tuple[int, int]]:
    """Where each story is in ``page``: from its ``<article`` tag to the next story's.

    The first story starts with the page and the last ends with it. The tags are
    found with one scan of the markup, and trusted only when there are as many as
    the parsed page holds (none inside a comment or a script) and each story is an
    ``<article>``; otherwise the first story spans the whole page and the others are
    marked at its end.
    """
    opens = [match.start() for match in _ARTICLE_OPEN.finditer(page)]
    if len(opens) == info.article_count and all(story.ordinal >= 0 for story in info.stories):
        starts = [0] + [opens[story.ordinal] for story in info.stories[1:]]
    else:
        starts = [0] + [len(page)] * (len(info.stories) - 1)
    return list(zip(starts, [*starts[1:], len(page)], strict=True))


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


def _source(info: PageInfo) -> str | None:
    publishers = _ld_names(_article_ld(info.json_ld).get("publisher"))
    return info.meta.get("og:site_name") or (publishers[0] if publishers else info.main.syndicated_from)


def _without_places(authors: list[str], title: str | None, body: str, header: Iterable[str] = ()) -> list[str]:
    """The authors without a word alone after full names that closes the headline or opens the text: a place.

    "Na Asha Mwambene, Kilosa" over a story headlined "Mafuriko yaacha kaya 300 bila makazi Kilosa": the writer's
    town, which a byline's reader cannot tell from a writer of one name ("Rina Agustina, Suparman"). The text's
    dateline is its first ``_DATELINE_WORDS`` words; a name elsewhere in the headline or the story's sentences
    may be a co-writer's. A part of a breadcrumb trail among the ``header`` lines ("Mwanzo » Mikoani » Dodoma")
    is a section of the site, a region's name where a site files its stories by town.

    Example:
        >>> _without_places(["Asha Mwambene", "Kilosa"], "Floods leave 300 homeless in Kilosa", "Rain fell.")
        ['Asha Mwambene']
        >>> _without_places(["Jane Roe", "Rihanna"], "Rihanna's brand expands", "The brand said.")
        ['Jane Roe', 'Rihanna']
        >>> _without_places(["Rina Agustina", "Suparman"], "Harga beras naik", "Harga beras naik lagi.")
        ['Rina Agustina', 'Suparman']
    """
    if len(authors) < 2 or len(authors[0].split()) < 2:
        return authors
    opening = _WORDS.findall(body[:_OPENING])[:_DATELINE_WORDS]
    named = {word.casefold() for word in [*_WORDS.findall(title or "")[-1:], *opening]}
    named.update(part.strip().casefold() for line in header if len(parts := _TRAIL.split(line)) > 2 for part in parts)
    return [name for name in authors if " " in name or name.casefold() not in named]


_TRAIL = re.compile(r"\s[»›>/]\s")  # between the parts of a breadcrumb trail ("Mwanzo » Mikoani » Dodoma")


_WORDS = re.compile(r"[^\W\d_]+")
_OPENING = 200  # characters of the text looked at for its dateline
_DATELINE_WORDS = 3  # words opening the text: its dateline's place ("KILOSA —", "Lubuk Basung (ANTARA) -")


def _page_fields(info: PageInfo, body: str, time: str | None) -> dict[str, Any]:
    """The fields of the page's article from its meta tags, JSON-LD and tree, with ``body`` as its text."""
    meta = info.meta
    ld = _article_ld(info.json_ld)
    hints = info.hints
    url = next(iter(hints.get("canonical", [])), None) or meta.get("og:url") or _str(ld.get("url"))
    sites = _htmlmeta.site_names(meta, ld, url)
    fields: dict[str, Any] = {}
    titles = [meta.get("og:title"), _str(ld.get("headline")), info.title]
    # an old page's headline in no heading: the part of its <title> it prints near the story
    headline = info.headline or _htmlmeta.printed_part(info.title, [*info.header, *info.near])
    fields["title"] = _htmlmeta.page_title(titles, sites, hints.get("home", []), headline)
    fields["body"] = body
    fields["subtitle"] = info.subtitle
    fields["captions"] = list(info.captions)
    fields["language"] = language = _language(meta, ld)
    # the order of an all-number date: the declared language's, else the one the text's stopwords tell
    told = identify(body[:_ORDER_SAMPLE], fallback=True) if language is None else None
    ordered = language or (told[0] if told else None)
    published, updated = (  # "05/10/2018" on a page in Portuguese is 5 October
        _htmldates.in_order(value, ordered)
        for value in _htmldates.dates(
            meta, ld, hints, info.header, url, info.near, _uploaded(info.json_ld), info.closing
        )
    )
    # the page's own clock over the story, or the day it prints under it
    shown = [*info.header, *info.near, *_htmldates.closing_days(info.closing)]
    published = _htmldates.local_time(published, shown, language)
    fields["published"] = published if published is not None else time  # read by the field contract
    fields["updated"] = updated
    fields["url"] = url or None
    near_bylines = _htmlmeta.visible_bylines([*info.header, *info.near], sites)  # "By Jane Roe" under the headline
    byline_elements = _htmlmeta.byline_sources(hints)
    one_bylines = [source for source in byline_elements if isinstance(source, str)]  # one element's text each
    author_sources: list[str | list[str]] = [
        _ld_names(ld.get("author"), people=True),  # the article's own list: all its authors together
        *_htmlmeta.meta_author_sources(meta, hints),  # a tag repeated for each writer: all of them
        *_htmlmeta.itemprop_sources(hints),  # these may be anywhere on the page (comments too): one element's
        *hints.get("rel-author", []),
        *byline_elements,
        *near_bylines,
        *_htmlmeta.visible_bylines(info.below, sites),  # "Autor: Marek Kasprzak" under the text
        hints.get("story-author-link", []),  # the links to the authors' pages in the story, together
        list(info.signed),  # "Võ Hải", "— Marta Bellei e Luca Ferrante" alone under the story, together
        _htmlmeta.contributor_names(body),  # "(Reporting by Jane Roe; Editing by Al Li)" closing a wire story
        _htmlmeta.contributor_names("\n\n".join(info.below), len(info.below)),  # the line left out as a credit
    ]
    publishers = [*sites, *_htmlmeta.home_names(hints, info.title), *_htmlmeta.title_outlet(info.title)]
    if headline and not info.headline:  # an old page's <title> beside the headline it prints: the site's names
        publishers += _htmlmeta.title_names(info.title, headline)
    found = _htmlmeta.authors(author_sources, publishers)
    texts = [*one_bylines, *hints.get("byline-box", []), *info.header, *info.near]
    links = [*hints.get("story-author-link", []), *hints.get("rel-author", [])]
    # a JSON-LD or meta author may be the first of the byline's writers alone: the byline's text names them together,
    # or the text of the element that holds the byline's parts ("Par" + "Mamadou Diallo" in "Par … et …")
    printed: list[list[str | list[str]]] = [[*one_bylines, *near_bylines]]
    printed += ([box] for box in hints.get("byline-box", []) if found and found[0] in box)  # (it names the first)
    fields["authors"] = next(
        (
            wider
            for names in printed
            if (wider := _htmlmeta.widened(found, _htmlmeta.authors(names, publishers), texts, links)) != found
        ),
        found,
    )
    fields["authors"] = _without_places(fields["authors"], fields["title"], body, info.header)
    body, entries = _without_entry_bylines(body, fields["authors"])
    fields["body"], signed = _without_signature(body, fields["authors"])
    fields["body"], bios = _without_bios(fields["body"], fields["authors"])
    fields["body"], bylines = _without_byline_line(fields["body"], fields["authors"])
    fields["dropped"] = [
        *(Dropped(text, "page header line") for text in bylines),
        *(Dropped(text, "signature") for text in signed),
        *(Dropped(text, "author bio") for text in bios),
        *(Dropped(text, "entry byline") for text in entries),
    ]
    fields["source"] = _source(info)
    section = _section(meta, ld, hints) or _htmlmeta.breadcrumb_section(
        info.json_ld, hints.get("breadcrumb", []), fields["title"]
    )
    fields["section"] = None if section and _htmlmeta.is_site_name(section, sites) else section
    fields["image"] = meta.get("og:image") or meta.get("twitter:image") or _ld_image(ld.get("image"))
    tags = [t for value in hints.get("tags", []) for t in value.split(",") if t.strip()]
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        tags.extend(t for t in keywords.split(",") if t.strip())
    elif isinstance(keywords, list):
        tags.extend(t for t in keywords if isinstance(t, str))
    if not any(t.strip() for t in tags):  # else the tags the story's links name (rel="tag")
        tags = hints.get("rel-tag", [])
    fields["tags"] = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
    return fields


def _section(meta: Mapping[str, str], ld: Mapping[str, Any], hints: Mapping[str, list[str]]) -> str | None:
    """The page's section: article:section and the like, JSON-LD articleSection, microdata."""
    found = next((meta[key] for key in _htmlmeta.SECTION_KEYS if meta.get(key)), None)
    section = ld.get("articleSection")
    if found is None and isinstance(section, list):
        section = next((s for s in section if isinstance(s, str) and s.strip()), None)
    if isinstance(section, str) and ", " in section:
        section = section.split(", ")[0]  # a list of categories written as one string: the first is the section
    return found or _str(section) or next(iter(hints.get("itemprop:articlesection", [])), None)


def _ld_image(value: object) -> str | None:
    """The first URL of a JSON-LD image: a string, an ImageObject, or a list of those."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("url") or value.get("contentUrl")
    return _str(value)


_ORDER_SAMPLE = 3000  # characters of the text whose stopwords tell the order of an undeclared page's dates


def _language(meta: Mapping[str, str], ld: Mapping[str, Any]) -> str | None:
    """The declared language: JSON-LD ``inLanguage``, ``<html lang>``, content-language, then ``og:locale``."""
    declared = ld.get("inLanguage")
    if isinstance(declared, Mapping):  # {"@type": "Language", "name": "English", "alternateName": "en"}
        declared = declared.get("alternateName") or declared.get("name")
    for value in (declared, meta.get("html:lang"), meta.get("content-language"), meta.get("og:locale")):
        tag = normalise_language(value)
        if tag is not None:
            return tag
    return None


def _ld_kinds(item: Mapping[str, Any]) -> set[str]:
    """A JSON-LD object's types, lower case ("@type" is one name or a list)."""
    kind = item.get("@type")
    return {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}


_MEDIA_TYPES = frozenset("videoobject audioobject mediaobject podcastepisode clip".split())


def _uploaded(items: tuple[dict[str, Any], ...]) -> str | None:
    """The upload date of the first video or audio object in the page's JSON-LD (a video page's only date)."""
    for item in items:
        kinds = _ld_kinds(item)
        if kinds & _MEDIA_TYPES:
            value = item.get("uploadDate") or item.get("datePublished")
            if isinstance(value, str):
                return value
    return None


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _article_ld(items: tuple[dict[str, Any], ...]) -> Mapping[str, Any]:
    """The JSON-LD that describes the article: the first object of an article type, else the first web page.

    A fact-check's ``ClaimReview`` and a critic's ``Review`` count as the web page: they describe the page's
    piece too (its date, its writer) when no object of an article type does. A page often declares a
    ``WebPage`` (its breadcrumb, its site) before its ``NewsArticle``: the article's own object has the
    headline and the authors, and the page object adds what it lacks (its language; a fuller time of the same
    date).
    """
    page: Mapping[str, Any] = {}
    for item in items:
        kinds = _ld_kinds(item)
        if kinds & _ARTICLE_TYPES or any(k.endswith("article") for k in kinds):
            return _with_references(_with_page(item, page) if page else item, items)
        if not page and kinds & _PAGE_TYPES:
            page = item
    return _with_references(page, items) if page else page


_REFERRING_KEYS = ("author", "creator", "publisher")


def _with_references(described: Mapping[str, Any], items: tuple[dict[str, Any], ...]) -> Mapping[str, Any]:
    """``described`` with its author, creator and publisher references resolved.

    ``@graph`` blocks name a person once and refer to it (``{"@id": ...}`` alone):
    such a reference becomes the page's JSON-LD object with that id.
    """
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    if not by_id:
        return described
    resolved = {key: _resolved(described[key], by_id) for key in _REFERRING_KEYS if key in described}
    return {**described, **resolved}


def _resolved(value: Any, by_id: Mapping[str, Mapping[str, Any]]) -> Any:
    """A reference resolved by its id (one level: the object found is not resolved again); lists item by item."""
    if isinstance(value, list):
        return [_resolved(item, by_id) for item in value]
    if isinstance(value, Mapping) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _with_page(article: Mapping[str, Any], page: Mapping[str, Any]) -> Mapping[str, Any]:
    """An article's JSON-LD object, with the keys only its page object has and the page's fuller same-day dates."""
    merged = {**page, **article}
    for key in ("datePublished", "dateModified"):
        own, fuller = article.get(key), page.get(key)
        if isinstance(own, str) and isinstance(fuller, str) and len(fuller) > len(own) and fuller.startswith(own):
            merged[key] = fuller
    return merged


def _ld_names(value: object, *, people: bool = False) -> list[str]:
    """The names of JSON-LD objects (or strings), in order; with ``people``, none of an organization's.

    An ``author`` typed ``Organization`` (a fact-checker, an agency, the paper itself) names no writer.
    """
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Mapping):
        name = value.get("name")
        if people and _ld_kinds(value) & _ORGANIZATIONS:
            return []
        return [name.strip()] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item, people=people)]
    return []


_ORGANIZATIONS = frozenset("organization newsmediaorganization corporation governmentorganization ngo".split())
