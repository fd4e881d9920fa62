"""Reuters-21578 ``.sgm`` files: one article per ``<REUTERS>`` element.

The files are SGML, not XML (no quoting rules to rely on, control characters
written as ``&#3;``, a stray byte here and there), so they are read with string
scans: each ``<REUTERS ...>`` start tag, up to its ``</REUTERS>`` (or to the next
start tag when the end tag is missing), then the few tags inside it. Time is
linear in the text, and a stream can be cut after any ``</REUTERS>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from newsparse._meta import parse_byline
from newsparse._model import Dropped
from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors.wire._anpa_message import join_wrapped

__all__ = ["ReutersSgmlDetector"]

_OPEN = "<REUTERS"
_CLOSE = "</REUTERS>"
_DOCTYPE = re.compile(r"<!DOCTYPE\s+lewis\b", re.IGNORECASE)
_START = re.compile(r"<REUTERS\s[^<>]{0,400}NEWID\s*=", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_ITEM = re.compile(r"<D>(.*?)</D>", re.DOTALL)
_REFERENCE = re.compile(r"&#(\d{1,7});|&(lt|gt|amp|quot|apos);")
_DATE = re.compile(r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2})(:\d{2}:\d{2}(?:\.\d+)?)")
_MONTHS = {m: n for n, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
_CATEGORIES = ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")
_SIGNATURE = re.compile(r"\n\s*(Reuters?)\s*\Z", re.IGNORECASE)
_PLACEHOLDER = "Blah blah blah."  # the body of every BRIEF record
_NOTED_ATTRIBUTES = ("OLDID", "LEWISSPLIT", "CGISPLIT", "TOPICS")


class ReutersSgmlDetector:
    """Reuters-21578 SGML: DATE, TOPICS/PLACES/PEOPLE/ORGS/EXCHANGES, TITLE, DATELINE, AUTHOR, BODY.

    ``NEWID`` is the article's ``id``; the category items (``<D>``) are its tags;
    a ``BRIEF`` record (a title, no story) and an ``UNPROC`` one (raw text) are
    read as they are, with a ``brief-record`` problem.
    """

    name = "reuters-sgml"
    description = "Reuters-21578 SGML files: one article per <REUTERS> element."

    def sniff(self, head: str) -> float:
        """Near-certain on the ``lewis`` DOCTYPE or a ``<REUTERS ... NEWID=`` start tag at the top."""
        stripped = head.lstrip()
        if _DOCTYPE.match(stripped):
            return 0.98
        return 0.95 if _START.match(stripped) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per ``<REUTERS>`` element."""
        return self.split_block(text, first_line=1)

    def safe_cut(self, text: str) -> int:
        """Streaming: just after the last ``</REUTERS>`` (0 when there is none)."""
        close = text.rfind(_CLOSE)
        return close + len(_CLOSE) if close >= 0 else 0

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """``split`` for a block of the whole text (records are named by NEWID, not by line)."""
        start = text.find(_OPEN)
        while start >= 0:
            following = text.find(_OPEN, start + len(_OPEN))
            limit = following if following >= 0 else len(text)
            close = text.find(_CLOSE, start, limit)
            end = close + len(_CLOSE) if close >= 0 else limit
            yield _record(text, start, end, closed=close >= 0)
            start = following


def _plain(value: str) -> str:
    """SGML text with its references read: ``&lt;`` and friends, ``&#N;`` (control characters dropped)."""

    def read(match: re.Match[str]) -> str:
        if match.group(2):
            return html.unescape(f"&{match.group(2)};")
        code = int(match.group(1))
        return chr(code) if code in (9, 10) or (32 <= code < 0x110000 and not 0xD800 <= code <= 0xDFFF) else ""

    return _REFERENCE.sub(read, value) if "&" in value else value


def _inside(record: str, tag: str) -> tuple[str, str] | None:
    """(the attributes, the raw text) of the first ``<TAG ...>...</TAG>`` in the record; None if absent."""
    match = re.search(rf"<{tag}(\s[^<>]*)?>", record)
    if match is None:
        return None
    close = record.find(f"</{tag}>", match.end())
    return match.group(1) or "", record[match.end() : close if close >= 0 else len(record)]


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1).upper(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTRIBUTE.finditer(tag)}


def _date(value: str) -> str:
    """``26-FEB-1987 15:01:01.79`` as ISO 8601 (the same instant, no zone); any other form as written."""
    match = _DATE.match(value)
    month = _MONTHS.get(match.group(2).upper(), 0) if match else 0
    if match is None or not month:
        return value.strip()
    day, year, hour, rest = int(match.group(1)), match.group(3), int(match.group(4)), match.group(5)
    return f"{year}-{month:02d}-{day:02d}T{hour:02d}{rest}"


def _record(text: str, start: int, end: int, *, closed: bool) -> RawArticle:
    record = text[start:end]
    tag_end = record.find(">")
    attributes = _attributes(record[len(_OPEN) : tag_end if tag_end >= 0 else 0])
    ident = attributes.get("NEWID")
    where = f"record NEWID={ident}" if ident else f"the record at offset {start}"
    at = Location(start=start, end=end)
    problems: list[Problem] = []
    if not closed:
        problems.append(Problem("record-broken", f"{where} has no </REUTERS> end tag; read what it has", at))
    fields: dict[str, Any] = {"id": ident, "notes": [], "dropped": []}
    date = _inside(record, "DATE")
    if date is not None and date[1].strip():
        fields["published"] = _date(_plain(date[1]))
    tags: list[str] = []
    for category in _CATEGORIES:
        found = _inside(record, category)
        items = [_plain(item).strip() for item in _ITEM.findall(found[1])] if found else []
        items = [item for item in items if item]
        tags.extend(items)
        if items:
            fields["notes"].append(f"{category}: {', '.join(items)}")
    fields["tags"] = list(dict.fromkeys(tags))
    fields["notes"].extend(f"{name} {attributes[name]}" for name in _NOTED_ATTRIBUTES if attributes.get(name))
    for name, reason in (("UNKNOWN", "wire routing codes"), ("MKNOTE", "corpus maker's note")):
        found = _inside(record, name)
        if found is not None and _plain(found[1]).strip():
            fields["dropped"].append(Dropped(" ".join(_plain(found[1]).split()), reason))
    _text(record, fields, problems, where, at)
    if not any(fields.get(key) for key in ("title", "body")):
        problems.append(Problem("record-unmapped", f"{where} has no title and no text", at))
        return RawArticle(start, end, {}, tuple(problems))
    return RawArticle(start, end, {k: v for k, v in fields.items() if v not in (None, "", [])}, tuple(problems))


def _text(record: str, fields: dict[str, Any], problems: list[Problem], where: str, at: Location) -> None:
    """TITLE, DATELINE, AUTHOR and BODY of the record's TEXT (a BRIEF or UNPROC one as it is)."""
    found = _inside(record, "TEXT")
    if found is None:
        return
    kind = _attributes(found[0]).get("TYPE", "NORM").upper()
    inner = found[1]
    title = _inside(inner, "TITLE")
    if title is not None:
        fields["title"] = " ".join(_plain(title[1]).split())
    dateline = _inside(inner, "DATELINE")
    if dateline is not None:
        fields["dateline"] = _plain(dateline[1]).strip().rstrip("-").strip() or None
    author = _inside(inner, "AUTHOR")
    if author is not None:
        fields["byline"] = " ".join(_plain(author[1]).split()) or None
        parsed = parse_byline(fields["byline"] or "")
        if parsed is not None:
            fields["authors"] = parsed[0]
    body = _inside(inner, "BODY")
    if kind == "BRIEF":
        rest = _plain(re.sub(r"<TITLE>.*?</TITLE>", "", inner, flags=re.DOTALL)).strip().strip("*").strip()
        if rest:
            fields["dropped"].append(Dropped(rest, "placeholder text of a brief record" if rest == _PLACEHOLDER
                                             else "text of a brief record"))  # fmt: skip
        problems.append(Problem("brief-record", f"{where} is a BRIEF record: a title and no story", at))
        fields["notes"].append("brief record (TYPE=BRIEF): title only")
        return
    raw = body[1] if body is not None else inner if kind == "UNPROC" else ""
    text = _plain(raw).replace("\r", "")
    signature = _SIGNATURE.search(text)
    if signature is not None:
        fields["dropped"].append(Dropped(signature.group(1), "agency signature"))
        fields["source"] = "Reuters"
        text = text[: signature.start()]
    fields["body"] = "\n\n".join(join_wrapped(text.split("\n")))
    if kind == "UNPROC":
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        fields.setdefault("title", lines[0] if lines else None)
        problems.append(
            Problem("brief-record", f"{where} is an UNPROC record: raw text with no title or body tags", at)
        )
        fields["notes"].append("unprocessed record (TYPE=UNPROC)")
