"""A bundled language read end to end: its plain-text scrape and its saved page, built from its furniture.

The vocabulary tests of the languages bundled after ``tests/languages.py`` was frozen
(``test_vocabulary_more_b.py``, ``_c``, ``_d``) each describe a language by its furniture and the two paragraphs
of its story; the inputs are built here, and what each must give is taken from how it was built.
"""

from __future__ import annotations

from typing import Protocol

import newsparse

_RIGHT_TO_LEFT = frozenset(("ar", "fa", "he", "ur"))


class Language(Protocol):
    """One language's furniture lines and the two paragraphs of its story (a test file's own dataclass)."""

    @property
    def tag(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def byline(self) -> str: ...
    @property
    def authors(self) -> tuple[str, ...]: ...
    @property
    def stamp(self) -> str: ...
    @property
    def published(self) -> str: ...
    @property
    def share(self) -> str: ...
    @property
    def paragraphs(self) -> tuple[str, str]: ...
    @property
    def read_also(self) -> str: ...
    @property
    def headlines(self) -> tuple[str, str]: ...
    @property
    def rights(self) -> str: ...
    @property
    def ago(self) -> str: ...


def ends(lang: Language) -> tuple[str, ...]:
    """The lines after a language's story that leave it as chrome (an agency's end line), when it has any."""
    return tuple(getattr(lang, "end", ()))


def scrape(lang: Language) -> str:
    """A plain-text scrape: a label, the title, the byline and timestamp, a share button, the story around a
    "read also" heading, the end lines and a copyright line."""
    one, two = lang.paragraphs
    lines = [
        lang.label, "", lang.title, "", lang.byline, lang.stamp, "", lang.share, "", one, "", lang.read_also, "",
        two, "", *(line for end in ends(lang) for line in (end, "")), lang.rights,
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def page(lang: Language) -> bytes:
    """A small saved page whose byline and date are only in its text, with a relative time above the story, a
    "read also" list and a copyright line after it."""
    one, two = lang.paragraphs
    direction = ' dir="rtl"' if lang.tag in _RIGHT_TO_LEFT else ""
    items = "".join(f'<li><a href="/news/{i}">{headline}</a></li>' for i, headline in enumerate(lang.headlines))
    after = "".join(f"<p>{end}</p>" for end in ends(lang))
    markup = f"""<!doctype html>
<html lang="{lang.tag}"{direction}><head><meta charset="utf-8"><title>{lang.title}</title></head><body>
<nav><a href="/">{lang.label}</a></nav>
<main><article><h1>{lang.title}</h1>
<p>{lang.byline}</p><p>{lang.stamp}</p><p>{lang.ago}</p>
<p>{one}</p><p>{two}</p>{after}
<h3>{lang.read_also}</h3><ul>{items}</ul>
<p>{lang.rights}</p>
</article></main>
<footer><p>{lang.rights}</p></footer></body></html>"""
    return markup.encode()


def check_scrape(lang: Language) -> None:
    """The scrape's label, byline, timestamp, share button, "read also" heading, end lines and copyright line
    leave the body, into the fields, ``dropped`` and ``notes``."""
    (article,) = newsparse.load(scrape(lang).encode())
    assert article.title == lang.title
    assert article.authors == lang.authors
    assert article.published == lang.published
    assert article.body == "\n\n".join(lang.paragraphs)
    dropped = [(d.text, d.reason) for d in article.dropped]
    assert dropped[:3] == [(lang.label, "label"), (lang.stamp, "timestamp"), (lang.share, "site chrome")]
    assert sorted(dropped[3:]) == sorted((line, "site chrome") for line in (lang.read_also, *ends(lang)))
    assert article.notes == (lang.rights,)


def check_page(lang: Language) -> None:
    """The page's byline and date come from its text; its relative time, list and copyright line leave it."""
    (article,) = newsparse.load(page(lang))
    assert article.title == lang.title
    assert article.authors == lang.authors
    assert (article.published or "")[:10] == lang.published[:10]
    assert article.body == "\n\n".join(lang.paragraphs)
    assert article.language == lang.tag
