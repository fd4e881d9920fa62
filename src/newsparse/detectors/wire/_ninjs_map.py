"""One IPTC ninjs item (1.x or 2.x) mapped onto the field contract.

ninjs 1.x writes single values (``headline``, ``body_text``, ``body_html``,
``description_text``, ``byline``) and keyed objects (``renditions`` and
``associations`` by name); ninjs 2.x writes lists of ``{value, role,
contenttype}`` (``headlines``, ``bodies``, ``descriptions``), ``by``, and lists
of named renditions and associations. Both are read here, field by field, and
what an item says about itself that is not an article field (urgency, the
publication status, an embargo, an editorial note) goes to ``notes``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newsparse._meta import parse_byline
from newsparse._problems import Location, Problem
from newsparse.detectors.markup._wxr_content import inline_text

__all__ = ["NOT_TEXT", "is_ninjs", "item_fields", "unwrap"]

# Keys only ninjs uses among the article formats newsparse reads (not "headline", "language", "type"...).
NINJS_KEYS = frozenset(
    (
        "versioncreated", "firstcreated", "contentcreated", "pubstatus", "body_text", "body_html", "body_xhtml",
        "bodies", "headlines", "representationtype", "description_text", "description_html", "descriptions",
        "renditions", "associations", "urgency", "copyrightnotice", "byline", "by", "located", "profile",
    )
)  # fmt: skip
NOT_TEXT = frozenset(("picture", "graphic", "video", "audio", "component"))
"""ninjs ``type`` values of items that are media, not text articles: reported and skipped."""
_WRAPPERS = ("item", "ninjs", "data", "_source", "content")  # API envelopes around one item ({"item": {...}})
_MAIN_ROLES = ("", "main", "headline", "default", "body", "summary", "abstract", "description")
_SUB_ROLES = ("sub", "subheadline", "subtitle", "sub-headline", "deck", "standfirst")
_AUTHOR_RELS = ("author", "creator", "by", "byline", "writer", "contributor")
_RENDITION_NAMES = ("original", "baseimage", "main", "default", "large", "highres", "viewimage", "preview")
_TAG_KEYS = ("subject", "subjects", "keywords", "people", "person", "organisation", "organisations", "place",
             "places", "event", "events")  # fmt: skip
_WITHDRAWN = ("canceled", "cancelled", "withheld")
_NOT_WRITERS = ("editor", "subeditor", "photographer", "producer", "camera", "translator")


def is_ninjs(value: object) -> bool:
    """Whether a decoded JSON value is a ninjs item: an identifier and ninjs's own keys, or a ninjs ``standard``."""
    if not isinstance(value, Mapping):
        return False
    standard = value.get("standard")
    if isinstance(standard, Mapping) and str(standard.get("name", "")).lower() == "ninjs":
        return True
    own = len(NINJS_KEYS.intersection(value))
    return own >= 2 or (own >= 1 and ("uri" in value or "guid" in value))


def unwrap(value: object) -> Mapping[str, Any] | None:
    """The ninjs item in ``value``: the value itself, or the item an API envelope holds (``{"item": {...}}``)."""
    if is_ninjs(value):
        assert isinstance(value, Mapping)
        return value
    if isinstance(value, Mapping):
        for key in _WRAPPERS:
            inner = value.get(key)
            if is_ninjs(inner):
                assert isinstance(inner, Mapping)
                return inner
    return None


def item_fields(item: Mapping[str, Any], where: str, at: Location) -> tuple[dict[str, Any], list[Problem]]:
    """The article fields of one ninjs item, and its problems.

    A media item (``type`` picture, graphic, video, audio, component) gives no
    fields and an ``item-not-article`` problem; a canceled or withheld item is read
    with a note and an ``item-withdrawn`` problem.
    """
    kind = _str(item.get("type")).lower()
    if kind in NOT_TEXT:
        message = f"{where} is a ninjs {kind} item, not a text article; skipped"
        return {}, [Problem("item-not-article", message, at)]
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    _identity(item, fields)
    _texts(item, fields)
    _people(item, fields)
    _dates(item, fields)
    tags = list(dict.fromkeys(_tags(item)))
    if tags:
        fields["tags"] = tags
    _media(item, fields)
    notes = _notes(item)
    status = _str(item.get("pubstatus")).lower()
    if status in _WITHDRAWN:
        problems.append(Problem("item-withdrawn", f"{where} has pubstatus {status}: the agency withdrew it", at))
    if notes:
        fields["notes"] = notes
    if not any(fields.get(key) for key in ("title", "body", "body_html")):
        problems.append(Problem("record-unmapped", f"{where} has no headline and no body", at))
        return {}, problems
    return {key: value for key, value in fields.items() if value not in (None, "", [])}, problems


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else str(value) if isinstance(value, int | float) else ""


def _line(value: object) -> str:
    """A plain-text value (a 1.x headline, a byline) on one line."""
    return " ".join(_str(value).split())


def _html(value: object) -> str:
    """A value the schema says is HTML (``description_html``) as plain text."""
    return inline_text(_str(value))


def _entry(entry: tuple[str, str, str] | None) -> str:
    """A 2.x ``{value, role, contenttype}`` entry's value as text: HTML only when its contenttype says so."""
    if entry is None:
        return ""
    return _html(entry[2]) if _is_markup(entry[1]) else _line(entry[2])


def _valued(value: object) -> Iterator[tuple[str, str, str]]:
    """(role, contenttype, value) of each entry of a 2.x list of ``{value, role, contenttype}``."""
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, Mapping) and _str(entry.get("value")):
            yield _str(entry.get("role")).lower(), _str(entry.get("contenttype")).lower(), _str(entry.get("value"))


def _pick(entries: list[tuple[str, str, str]], roles: tuple[str, ...]) -> tuple[str, str, str] | None:
    """The first entry whose role is in ``roles``, else the first entry."""
    return next((e for e in entries if e[0] in roles), entries[0] if entries else None)


def _identity(item: Mapping[str, Any], fields: dict[str, Any]) -> None:
    ident = _str(item.get("uri")) or _str(item.get("guid"))
    fields["id"] = ident or None
    if ident.startswith(("http://", "https://")):
        fields["url"] = ident
    fields["language"] = _str(item.get("language")) or None
    fields["dateline"] = _str(item.get("located")) or None
    fields["section"] = next((_str(s.get("name")) for s in _objects(item.get("service"))), "") or None
    source = next((_str(s.get("name")) for s in _objects(item.get("infosources") or item.get("infosource"))), "")
    fields["source"] = source or _str(item.get("copyrightholder")) or None


def _texts(item: Mapping[str, Any], fields: dict[str, Any]) -> None:
    headlines = list(_valued(item.get("headlines")))
    main = _pick([h for h in headlines if h[0] not in _SUB_ROLES], _MAIN_ROLES)
    fields["title"] = _line(item.get("headline")) or _entry(main) or _line(item.get("title"))
    sub = next((h for h in headlines if h[0] in _SUB_ROLES), None)
    descriptions = list(_valued(item.get("descriptions")))
    described = _pick(descriptions, _MAIN_ROLES)
    fields["subtitle"] = (
        _str(item.get("description_text")) or _html(item.get("description_html")) or _entry(described) or _entry(sub)
    )
    for key, html in (("body_html", True), ("body_xhtml", True), ("body_text", False)):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            fields["body_html" if html else "body"] = value
            return
    bodies = list(_valued(item.get("bodies")))
    best = _pick(bodies, _MAIN_ROLES)
    body = next((b for b in bodies if best and b[0] == best[0] and _is_markup(b[1])), best)  # HTML over plain
    if body is not None:
        fields["body_html" if _is_markup(body[1]) else "body"] = body[2]


def _is_markup(contenttype: str) -> bool:
    return "html" in contenttype or "xml" in contenttype


def _objects(value: object) -> Iterator[Mapping[str, Any]]:
    """The objects of a list (2.x) or of an object keyed by name (1.x renditions and associations)."""
    if isinstance(value, Mapping):
        value = [v for v in value.values() if isinstance(v, Mapping)]
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, Mapping):
            yield entry


def _people(item: Mapping[str, Any], fields: dict[str, Any]) -> None:
    listed = next((_line(entry.get("by")) for entry in _objects(item.get("bylines"))), "")  # AP's list of bylines
    byline = _line(item.get("byline")) or _line(item.get("by")) or listed
    authors: list[str] = []
    if byline:
        fields["byline"] = byline
        parsed = parse_byline(byline)
        if parsed is not None:
            authors.extend(parsed[0])
    for person in _objects(item.get("people") or item.get("person")):
        if _is_author(person) and _str(person.get("name")):
            authors.append(_str(person.get("name")))
    listed_authors = item.get("authors")  # Superdesk: [{"name": ..., "role": "writer"}]
    for author in listed_authors if isinstance(listed_authors, list) else []:
        name = _str(author.get("name")) if isinstance(author, Mapping) else _str(author)
        role = _str(author.get("role")).lower() if isinstance(author, Mapping) else ""
        if name and role not in _NOT_WRITERS:
            authors.append(name)
    if authors:
        fields["authors"] = list(dict.fromkeys(authors))


def _is_author(person: Mapping[str, Any]) -> bool:
    """Whether a person's ``rel`` (a word or a URI) says they wrote the item."""
    return _str(person.get("rel")).lower().rsplit("/", 1)[-1] in _AUTHOR_RELS


def _dates(item: Mapping[str, Any], fields: dict[str, Any]) -> None:
    """``firstcreated`` is the published date; ``versioncreated`` the updated one (the published one without it).

    Superdesk's ``firstpublished``, when given, is the published date before ``firstcreated``.
    """
    first = _str(item.get("firstpublished")) or _str(item.get("firstcreated"))
    version = _str(item.get("versioncreated"))
    fields["published"] = first or version or _str(item.get("contentcreated")) or None
    if first and version and version != first:
        fields["updated"] = version


def _tags(item: Mapping[str, Any]) -> Iterator[str]:
    """Names of subjects, keywords, people (not authors), organisations, places and events, in that order."""
    for key in _TAG_KEYS:
        value = item.get(key)
        for entry in value if isinstance(value, list) else []:
            if isinstance(entry, str) and entry.strip():
                yield entry.strip()
            elif isinstance(entry, Mapping) and _str(entry.get("name")):
                if key in ("people", "person") and _is_author(entry):
                    continue
                yield _str(entry.get("name"))


def _media(item: Mapping[str, Any], fields: dict[str, Any]) -> None:
    """Captions (with credits) and the lead image from the associated pictures and graphics."""
    captions: list[dict[str, str | None]] = []
    for associated in _objects(item.get("associations")):
        kind = _str(associated.get("type")).lower()
        if kind not in ("picture", "graphic", "video") and not associated.get("renditions"):
            continue
        if "image" not in fields and kind != "video":
            fields["image"] = _rendition(associated.get("renditions"))
        described = _pick(list(_valued(associated.get("descriptions"))), _MAIN_ROLES)
        text = (
            _str(associated.get("description_text"))
            or _html(associated.get("description_html"))
            or _entry(described)
            or _line(associated.get("headline"))
            or _str(associated.get("body_text"))
        )
        if text:
            credit = next(
                (_line(associated.get(k)) for k in ("byline", "by", "copyrightnotice", "copyrightholder")
                 if _line(associated.get(k))),
                None,
            )  # fmt: skip
            captions.append({"text": text, "credit": credit})
    if captions:
        fields["captions"] = captions


def _rendition(value: object) -> str | None:
    """The href of the preferred rendition: by name (original, baseImage, main...), else the first with one."""
    renditions: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        renditions = [(str(k).lower(), _str(v.get("href"))) for k, v in value.items() if isinstance(v, Mapping)]
    elif isinstance(value, list):
        renditions = [(_str(v.get("name")).lower(), _str(v.get("href"))) for v in _objects(value)]
    renditions = [(name, href) for name, href in renditions if href]
    for wanted in _RENDITION_NAMES:
        for name, href in renditions:
            if name == wanted:
                return href
    return renditions[0][1] if renditions else None


def _notes(item: Mapping[str, Any]) -> list[str]:
    notes: list[str] = []
    for key, label in (
        ("pubstatus", "pubstatus"),
        ("urgency", "urgency"),
        ("embargoed", "embargoed until"),
        ("slugline", "slugline"),
        ("ednote", "ednote"),
        ("copyrightnotice", "copyright"),
        ("usageterms", "usage terms"),
    ):
        value = _str(item.get(key))
        if value and not (key == "pubstatus" and value.lower() == "usable"):
            notes.append(f"{label}: {value}")
    return notes
