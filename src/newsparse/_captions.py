"""Photo captions: telling a credit from a caption, and collapsing repeated captions."""

from __future__ import annotations

import re

import attrs

from newsparse._model import Article, Caption, Dropped

__all__ = ["dedupe_captions", "is_credit", "looks_like_caption", "split_credit"]

_AGENCY = (
    r"(?:AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|EFE|Getty Images|GETTY IMAGES|Xinhua|XINHUA|KCNA|Yonhap|YONHAP"
    r"|Anadolu|ANADOLU|Bloomberg|Shutterstock|SHUTTERSTOCK|dpa|DPA|Sipa|SIPA|Pool|POOL|TASS|Sputnik|SPUTNIK"
    r"|Kyodo|KYODO|UPI|PA|NurPhoto|AAP|ANI|PTI|Handout|HANDOUT|File|FILE|Supplied|SUPPLIED|Courtesy)"
)
_END = r"[.!?”\"’)\]]"
# "... Belgium. (File/AFP)" / "... 2024. (Reuters)"
_PAREN_CREDIT = re.compile(r"(?<=" + _END + r")\s+\((?P<credit>[^()]{1,80})\)$")
# "... Ukraine. STR / KCNA VIA KNS/AFP" / "... Monday. AP Photo/Jane Doe"
_TAIL_CREDIT = re.compile(r"(?<=" + _END + r")\s+(?P<credit>[^.!?]{2,90})$")
_CREDITISH = re.compile(
    r"(?:^|[\s/(-])" + _AGENCY + r"(?:$|[\s/)-])|\bphoto(?:graph)?s?\b|\bvia\s+\S+$|/|\bimages?\b|\bcredits?\b",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:in this (?:photo|image|picture|handout|file)|file(?: photo)?\s*[:-]|photo\s*:|pictured\s*:"
    r"|this (?:photo|image) )",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    # Whitespace collapsed, case folded. A printable string has no whitespace but " " (str.isprintable() is
    # False for every other character str.split() splits on), so it needs no collapsing unless it has a run
    # of spaces or a space at an end; split() allocates every word, the checks allocate nothing.
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text.casefold()


def is_credit(line: str) -> bool:
    """Whether a whole line is a photo credit, with no caption text.

    Example:
        >>> is_credit("Korean Central News Agency/Korea News Service via AP")
        True
        >>> is_credit("Kim said the troops would stay.")
        False
    """
    line = line.strip()
    if not line or len(line) > 100 or len(line.split()) > 12:
        return False
    if line.endswith(".") and not re.search(r"\b[A-Z]\.$", line):
        return False
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    return _CREDITISH.search(line) is not None


def split_credit(line: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption line.

    Example:
        >>> split_credit("Rutte in Brussels, Belgium. (File/AFP)")
        ('Rutte in Brussels, Belgium.', 'File/AFP')
        >>> split_credit("Kim Jong Un at a rally. STR / KCNA VIA KNS/AFP")
        ('Kim Jong Un at a rally.', 'STR / KCNA VIA KNS/AFP')
        >>> split_credit("No credit here.")
        ('No credit here.', None)
    """
    line = line.strip()
    match = _PAREN_CREDIT.search(line)
    if match and is_credit(match.group("credit")):
        return line[: match.start()].rstrip(), match.group("credit").strip()
    match = _TAIL_CREDIT.search(line)
    if match:
        credit = match.group("credit").strip()
        if _is_tail_credit(credit):
            return line[: match.start()].rstrip(), credit
    return line, None


def _is_tail_credit(credit: str) -> bool:
    letters = [ch for ch in credit if ch.isalpha()]
    if len(letters) < 2:
        return False
    if credit.startswith("("):
        return False
    if not any(ch.islower() for ch in letters):  # "STR / KCNA VIA KNS/AFP"
        return is_credit(credit)
    return is_credit(credit) and ("/" in credit or bool(re.search(r"\bvia\b|photo", credit, re.IGNORECASE)))


def looks_like_caption(line: str) -> bool:
    """Whether a line reads like a photo caption on its own (it names a photo, or ends in a credit).

    Example:
        >>> looks_like_caption("In this photo provided by the government, a parade.")
        True
    """
    return bool(_CAPTION_START.match(line)) or split_credit(line)[1] is not None


def dedupe_captions(article: Article) -> Article:
    """Collapse repeated captions into one :class:`Caption` each and keep captions out of the body.

    A trailing photo credit ("STR / KCNA VIA KNS/AFP", "(Reuters)", "(File/AFP)")
    is split into ``Caption.credit``; body paragraphs that repeat a caption (with
    or without its credit) are removed and recorded in ``Article.dropped``. The
    function is idempotent.

    Example:
        >>> from newsparse import Article, Caption
        >>> a = Article(
        ...     body="Kim at a rally. (Reuters)\\n\\nThe story.",
        ...     captions=[Caption("Kim at a rally. (Reuters)"), Caption("Kim at a rally.", "Reuters")],
        ... )
        >>> b = dedupe_captions(a)
        >>> b.captions, b.body
        ((Caption(text='Kim at a rally.', credit='Reuters'),), 'The story.')
        >>> dedupe_captions(b) == b
        True
    """
    if not article.captions:
        return article  # nothing to collapse, and no caption for a paragraph to repeat
    merged: list[Caption] = []
    index: dict[str, int] = {}
    for caption in article.captions:
        text, credit = (caption.text.strip(), caption.credit)
        if credit is None:
            text, credit = split_credit(text)
        key = _key(text)
        if not key and credit is None:
            continue
        found = _find(index, key)
        if found is None:
            index[key] = len(merged)
            merged.append(Caption(text, credit))
            continue
        old = merged[found]
        longer = text if len(text) > len(old.text) else old.text
        merged[found] = Caption(longer, old.credit or credit)
        if longer is text:
            index[key] = found
    forms: dict[str, Caption] = {}
    for caption in (*merged, *article.captions):  # the input's forms too: a credit lost in a merge still counts
        forms[_key(caption.text)] = caption
        if caption.credit:
            forms[_key(f"{caption.text} {caption.credit}")] = caption
            forms[_key(f"{caption.text} ({caption.credit})")] = caption
    kept: list[str] = []
    dropped = list(article.dropped)
    removed_any = False
    previous_removed = False
    for paragraph in article.paragraphs:
        key = _key(paragraph)
        if key in forms:
            dropped.append(Dropped(paragraph, "duplicate caption"))
            removed_any = previous_removed = True
            continue
        if previous_removed and is_credit(paragraph) and any(c.credit == paragraph.strip() for c in merged):
            dropped.append(Dropped(paragraph, "duplicate caption"))
            removed_any = True
            continue
        previous_removed = False
        kept.append(paragraph)
    captions = tuple(merged)
    if captions == article.captions and not removed_any:
        return article
    body = "\n\n".join(kept) if removed_any else article.body
    return attrs.evolve(article, captions=captions, body=body, dropped=tuple(dropped))


def _find(index: dict[str, int], key: str) -> int | None:
    """Find a caption with the same text, or one that is a truncation of the other."""
    if key in index:
        return index[key]
    if len(key) < 40:
        return None
    for other, position in index.items():
        if len(other) >= 40 and (other.startswith(key) or key.startswith(other)):
            return position
    return None
