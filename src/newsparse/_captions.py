"""Photo captions: telling a credit from a caption, and collapsing repeated captions."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from itertools import compress

import attrs

from newsparse._model import Article, Caption, Dropped
from newsparse._prefixtree import PrefixTree
from newsparse._problems import Problem
from newsparse.vocabulary import PATTERNS

__all__ = [
    "KEY_START",
    "SHORTER",
    "dedupe_captions",
    "dedupe_paragraphs",
    "is_credit",
    "key_start",
    "key_starts",
    "looks_like_caption",
    "lost_lines",
    "merge_captions",
    "split_credit",
]

_END = r"[.!?”\"’)\]]"
# "... Belgium. (File/AFP)" / "... 2024. (Reuters)"
_PAREN_CREDIT = re.compile(r"(?<=" + _END + r")\s+\((?P<credit>[^()]{1,80})\)$")
# "... Ukraine. STR / KCNA VIA KNS/AFP" / "... Monday. AP Photo/Jane Doe"
_TAIL_CREDIT = re.compile(r"(?<=" + _END + r")\s++(?P<credit>[^.!?]{2,90})$")  # \s++: see split_credit
SHORTER = "duplicate caption (shorter version)"
"""The reason for a caption line whose text was merged into a longer version of it."""
_OTHER_CREDIT = "duplicate caption (other credit)"
_TRUNCATION_MIN = 40  # two caption keys at least this long where one starts the other are one caption


def _key(text: str) -> str:
    # Whitespace collapsed, case folded; split() allocates every word, the checks of _collapsed allocate nothing.
    if not _collapsed(text):
        text = " ".join(text.split())
    return text.casefold()


def _collapsed(text: str) -> bool:
    """Whether ``text`` has its white space collapsed already (``" ".join(text.split()) == text``).

    A printable string has no white space but " " (str.isprintable() is False for every other character
    str.split() splits on), so it needs no collapsing unless it has a run of spaces or a space at an end.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


KEY_START = 8
"""How many first characters :func:`key_start` reads."""
_FIRST_CHARACTERS = operator.itemgetter(slice(0, KEY_START))
_FIRST_CHARACTER = operator.itemgetter(slice(0, 1))


def key_start(text: str, size: int = KEY_START) -> str | None:
    """The start of :func:`_key` of ``text``, read from its first ``size`` characters alone (:data:`KEY_START`).

    None when they cannot tell: when they hold whitespace other than single spaces inside, or start with a
    space. ``casefold`` maps each character on its own, and collapsing whitespace leaves the characters before
    the first run of it as they are (a last space cut from the next word is left out: the key may end there).

    Example:
        >>> key_start("Kim Jong Un at a rally."), key_start("Short"), key_start("  Indented") is None
        ('kim jong', 'short', True)
    """
    head = text[:size]
    if "  " in head or head[:1] == " ":
        return None
    if head[-1:] == " ":
        head = head[:-1]
    return head.casefold() if head.isprintable() else None


def key_starts(texts: Sequence[str]) -> list[str]:
    """:func:`key_start` of each text, ``""`` where it cannot tell (a start of every key).

    The starts are checked and folded in one pass over them joined, when none of them breaks a rule
    ``key_start`` checks (``casefold`` maps each character on its own); else one text at a time.

    Example:
        >>> key_starts(["Kim Jong Un at a rally.", "  Indented", "Ab"])
        ['kim jong', '', 'ab']
    """
    starts = list(map(_FIRST_CHARACTERS, texts))
    raw = "\n".join(starts)
    if raw.count("\n") == len(starts) - 1 and "  " not in raw and "\n " not in raw and raw[:1] != " ":
        joined = raw.replace(" \n", "\n")  # a last space cut from the next word, left out as key_start does
        if joined[-1:] == " ":
            joined = joined[:-1]
        if joined.replace("\n", "").isprintable():
            return joined.casefold().split("\n")
    return [key_start(text) or "" for text in texts]


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
    return "/" in line or PATTERNS.credit.search(line) is not None  # a slash makes a short line a credit


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
    match = _paren_credit(line) if line[-1:] == ")" else None  # it ends the line with ")"
    if match and is_credit(match.group("credit")):
        return line[: match.start()].rstrip(), match.group("credit").strip()
    match = _TAIL_CREDIT.search(line, _last_sentence_end(line))
    if match:
        credit = match.group("credit").strip()
        if _is_tail_credit(credit):
            return line[: match.start()].rstrip(), credit
    return line, None


def _paren_credit(line: str) -> re.Match[str] | None:
    """``_PAREN_CREDIT.search(line)``, tried only where a match can start.

    A match's "(" is the line's last one (its credit has none, and a ")" ends the line), and it starts where the
    white space before that "(" starts, just after a sentence's end (which is not white space): one place. The
    search starts one character before it, so the lookbehind sees inside the searched range (the pattern opens
    with a lookbehind, which the regex engine cannot scan for: searched from the start, every position of the
    line is tried).
    """
    paren = line.rfind("(")
    if paren < 0:
        return None
    return _PAREN_CREDIT.search(line, max(len(line[:paren].rstrip()) - 1, 0))


def _last_sentence_end(line: str) -> int:
    """Where a ``_TAIL_CREDIT`` match may start at the earliest: at the last ".", "!" or "?" (or 0).

    Its credit has none of them and only whitespace comes between the credit and the sentence end before
    it, so no match starts before the last one: the search from there finds the same match, without trying
    every position of a long line (the pattern opens with a lookbehind, which the regex engine cannot scan for).
    """
    return max(line.rfind("."), line.rfind("!"), line.rfind("?"), 0)


def _is_tail_credit(credit: str) -> bool:
    letters = [ch for ch in credit if ch.isalpha()]
    if len(letters) < 2:
        return False
    if credit.startswith("("):
        return False
    if not any(ch.islower() for ch in letters):  # "STR / KCNA VIA KNS/AFP"
        return is_credit(credit)
    return is_credit(credit) and ("/" in credit or PATTERNS.tail_credit.search(credit) is not None)


def looks_like_caption(line: str) -> bool:
    """Whether a line reads like a photo caption on its own (it names a photo, or ends in a credit).

    Example:
        >>> looks_like_caption("In this photo provided by the government, a parade.")
        True
    """
    return PATTERNS.caption_start.match(line) is not None or split_credit(line)[1] is not None


def dedupe_captions(article: Article) -> Article:
    """Collapse repeated captions into one :class:`Caption` each and keep captions out of the body.

    A trailing photo credit ("STR / KCNA VIA KNS/AFP", "(Reuters)", "(File/AFP)")
    is split into ``Caption.credit``; body paragraphs that repeat a caption (with
    or without its credit) are removed and recorded in ``Article.dropped``. A
    caption merged into a longer version of it is recorded in ``Article.dropped``
    too, and a credit that lost to another copy's in ``Article.problems``, unless
    a line in ``dropped`` before the call holds it. The function is idempotent.

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
    return dedupe_paragraphs(article, article.paragraphs)


def dedupe_paragraphs(article: Article, paragraphs: Sequence[str]) -> Article:
    """:func:`dedupe_captions` of an article whose paragraphs (``article.paragraphs``) the caller has at hand."""
    if not article.captions:
        return article  # nothing to collapse, and no caption for a paragraph to repeat
    merged, groups = merge_captions(article.captions)
    forms = _forms(merged, article.captions, groups)
    credits = {caption.credit for caption in merged if caption.credit}
    dropped = list(article.dropped)
    # a paragraph whose key starts as no form does is none of them: most body paragraphs, whose key need not be
    # made (and with none that may be a form, nothing is removed: the loop is not needed); told first by the
    # first letter, then by the start of the key
    candidates = _same_first(paragraphs, {form[:1] for form in forms})
    starts = key_starts([paragraphs[index] for index in candidates])
    sizes = set(map(len, starts))  # "" too (size 0): a start not told, a start of every form
    prefixes = {form[:size] for form in forms for size in sizes}
    maybe = [False] * len(paragraphs)
    for index, start in zip(candidates, starts, strict=True):
        maybe[index] = start in prefixes
    # a paragraph is removed when its key is a form, or when it is a credit right after one so removed: when no
    # candidate's key is a form, nothing is (and the paragraphs need no loop)
    repeats = any(_key(paragraphs[index]) in forms for index in compress(range(len(paragraphs)), maybe))
    kept, removed_any = _without_forms(paragraphs, maybe, forms, credits, dropped) if repeats else ([], False)
    # each caption in a merged caption of its own (the groups are then distinct, none -1): none lost anything
    alone = len(merged) == len(article.captions)
    lost, problems = ([], []) if alone else _losses(article.captions, merged, groups, article.dropped)
    captions = tuple(merged)
    if captions == article.captions and not removed_any:
        return article
    body = "\n\n".join(kept) if removed_any else article.body
    return attrs.evolve(
        article,
        captions=captions,
        body=body,
        dropped=(*dropped, *lost),
        problems=(*article.problems, *problems) if problems else article.problems,
    )


def _same_first(texts: Sequence[str], firsts: set[str]) -> list[int]:
    """The indices of the texts whose key (:func:`_key`) may start with one of ``firsts`` (one character each).

    A text that opens with a printable character other than a space has a key that opens with it folded; the
    first characters of all the texts are folded in one call and looked for with ``str.find``. When one of
    them cannot tell (a text empty, or opening with white space or with a character that folds to more than
    one), every text is returned.
    """
    heads = "".join(map(_FIRST_CHARACTER, texts))
    folded = heads.casefold()
    if len(heads) != len(texts) or len(folded) != len(heads) or " " in heads or not heads.isprintable():
        return list(range(len(texts)))
    found: list[int] = []
    for first in firsts:
        at = folded.find(first) if first else -1
        while at >= 0:
            found.append(at)
            at = folded.find(first, at + 1)
    return sorted(found)


def _forms(merged: Sequence[Caption], captions: Sequence[Caption], groups: Sequence[int]) -> set[str]:
    """The keys a body paragraph repeating a caption has: each caption's text, alone and with its credit.

    Of the merged captions and of the input's too (a credit lost in a merge still counts); an input caption
    that is its merged caption (the same, or equal) adds nothing new.
    """
    forms: set[str] = set()
    extra = [c for c, g in zip(captions, groups, strict=True) if g < 0 or not (c is merged[g] or c == merged[g])]
    for caption in (*merged, *extra):
        text, credit = caption.text, caption.credit
        if credit and text and _collapsed(text) and _collapsed(credit):
            # text and credit joined by " " or " (" are collapsed too (neither has a space at its ends), and
            # casefold() maps each character on its own: the keys of the joined forms are the keys joined
            text, credit = text.casefold(), credit.casefold()
            forms.update((text, f"{text} {credit}", f"{text} ({credit})"))
            continue
        forms.add(_key(text))
        if credit:
            forms.add(_key(f"{text} {credit}"))
            forms.add(_key(f"{text} ({credit})"))
    return forms


def _without_forms(
    paragraphs: Sequence[str], maybe: list[bool], forms: set[str], credits: set[str], dropped: list[Dropped]
) -> tuple[list[str], bool]:
    """The paragraphs that repeat no caption (``maybe``: whose key may be a form), and whether any was removed.

    A removed one goes to ``dropped``, and so does a credit line right after it.
    """
    kept: list[str] = []
    removed_any = previous_removed = False
    for paragraph, may_be_form in zip(paragraphs, maybe, strict=True):
        if may_be_form and _key(paragraph) in forms:
            dropped.append(Dropped(paragraph, "duplicate caption"))
            removed_any = previous_removed = True
            continue
        if previous_removed and is_credit(paragraph) and paragraph.strip() in credits:
            dropped.append(Dropped(paragraph, "duplicate caption"))
            removed_any = True
            continue
        previous_removed = False
        kept.append(paragraph)
    return kept, removed_any


def merge_captions(captions: Iterable[Caption]) -> tuple[list[Caption], list[int]]:
    """Merge repeated captions and truncated copies into one each, credits split off.

    Returns the merged captions and, for each input caption, the index of the
    merged caption it went into (-1 for an empty caption, which is skipped).
    Linear in the total length of the captions.

    Example:
        >>> long = "Troops march in the capital during the parade on Monday morning."
        >>> merge_captions([Caption(long[:50]), Caption(long + " (AFP)"), Caption("Other.")])
        ([Caption(text='Troops march in the capital during the parade on Monday morning.', credit='AFP'), \
Caption(text='Other.', credit=None)], [0, 0, 1])
    """
    merged: list[Caption] = []
    groups: list[int] = []
    index: dict[str, int] = {}
    truncations: PrefixTree | None = None  # made for the first key long enough (most articles have one caption)
    for caption in captions:
        text, credit = _split(caption)
        key = _key(text)
        if not key and credit is None:
            groups.append(-1)
            continue
        found = index.get(key)
        if found is None and truncations is not None and len(key) >= _TRUNCATION_MIN:
            found = truncations.find(key)
        if found is None:
            found = index[key] = len(merged)
            # the caption itself when the split changed nothing (a Caption is immutable): no copy to make or compare
            same = text is caption.text and credit is caption.credit
            merged.append(caption if same else Caption(text, credit))
            if len(key) >= _TRUNCATION_MIN:
                truncations = PrefixTree() if truncations is None else truncations
                truncations.add(key, found)
        else:
            old = merged[found]
            longer = text if len(text) > len(old.text) else old.text
            merged[found] = Caption(longer, old.credit or credit)
            if longer is text and key not in index:
                index[key] = found
                if len(key) >= _TRUNCATION_MIN:
                    truncations = PrefixTree() if truncations is None else truncations
                    truncations.add(key, found)
        groups.append(found)
    return merged, groups


def lost_lines(merged: Sequence[Caption], groups: Sequence[int], sources: Sequence[Sequence[str]]) -> list[Dropped]:
    """The source lines of merged captions that the merged caption no longer holds, each as a :class:`Dropped`.

    ``groups`` is :func:`merge_captions`' second value; ``sources[k]`` are the
    lines input caption ``k`` was read from (its text, or text and credit, on
    one or two lines). A line is held when, whitespace squashed, it is the merged
    caption's text, its credit, or "text credit" / "text (credit)".

    Example:
        >>> long = "Troops march in the capital during the parade on Monday morning."
        >>> merged, groups = merge_captions([Caption(long[:50], "AFP"), Caption(long, "AFP")])
        >>> lost_lines(merged, groups, [[long[:50] + " (AFP)"], [long, "AFP"]])
        [Dropped(text='Troops march in the capital during the parade on M (AFP)', \
reason='duplicate caption (shorter version)')]
    """
    sizes = _sizes(groups)
    held: dict[int, set[str]] = {}
    out: list[Dropped] = []
    for group, lines in zip(groups, sources, strict=True):
        if group < 0 or sizes[group] < 2:
            continue  # a caption merged with nothing keeps all its lines
        if group not in held:
            held[group] = _held(merged[group])
        lost = [line for line in lines if _squash(line) not in held[group]]
        if lost:  # the first line holds the caption's text: the reason says whether the text or the credit lost
            shorter = _key(split_credit(lines[0])[0]) != _key(merged[group].text)
            out.extend(Dropped(line, SHORTER if shorter else _OTHER_CREDIT) for line in lost)
    return out


def _sizes(groups: Sequence[int]) -> dict[int, int]:
    """How many input captions went into each merged caption (by :func:`merge_captions`' groups)."""
    sizes: dict[int, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    return sizes


def _split(caption: Caption) -> tuple[str, str | None]:
    text, credit = caption.text.strip(), caption.credit
    if credit is None:
        text, credit = split_credit(text)
    return text, credit


def _squash(text: str) -> str:
    return " ".join(text.split())


def _held(caption: Caption) -> set[str]:
    """The lines, whitespace squashed, that a caption holds: its text, its credit, and the two together."""
    forms = {_squash(caption.text)}
    if caption.credit:
        forms |= {_squash(f"{caption.text} {caption.credit}"), _squash(f"{caption.text} ({caption.credit})")}
        forms.add(_squash(caption.credit))
    return forms


def _losses(
    captions: Sequence[Caption], merged: Sequence[Caption], groups: Sequence[int], recorded_before: Sequence[Dropped]
) -> tuple[list[Dropped], list[Problem]]:
    """What a merge lost that no line dropped before this call holds (a reader records lines itself).

    A lost text is a :class:`Dropped`; a lost credit alone (the caption kept with
    another credit) is a problem, because a body line repeating it may already be
    dropped in this call and a caption has room for one credit.
    """
    dropped: list[Dropped] = []
    problems: list[Problem] = []
    recorded: set[str] | None = None
    sizes = _sizes(groups)
    for caption, group in zip(captions, groups, strict=True):
        if group < 0 or sizes[group] < 2:
            continue  # a caption merged with nothing is its merged caption: it lost nothing
        text, credit = _split(caption)
        into = merged[group]
        text_lost = _key(text) != _key(into.text)
        credit_lost = credit is not None and credit != into.credit
        if not (text_lost or credit_lost):
            continue
        if recorded is None:
            recorded = {_key(d.text) for d in recorded_before}
        together = credit is not None and bool({_key(f"{text} {credit}"), _key(f"{text} ({credit})")} & recorded)
        if together or (
            (not text_lost or _key(text) in recorded) and (not credit_lost or _key(credit or "") in recorded)
        ):
            continue
        if text_lost:
            dropped.append(
                Dropped(caption.text if caption.credit is None else f"{caption.text} ({caption.credit})", SHORTER)
            )
        else:
            message = f"caption credit {credit!r} ignored: the same caption is credited {into.credit!r}"
            problems.append(Problem("caption-credit-lost", message))
    return dropped, problems
