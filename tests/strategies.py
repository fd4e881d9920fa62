"""Hypothesis strategies that build new dumps out of the real sample dumps.

The samples in ``tests/data/samples`` are cut into per-article raw chunks with
the spans newsparse itself reports (``Article.provenance.start/end``) on the
untouched sample, and each chunk is remembered with the article parsed from it.
A generated dump is a list of chunks of one layout joined with that layout's
separator, so the articles it must give are known in advance: the reference
articles of its chunks, in order.

On top of that the strategies add what real dumps suffer from: whitespace
noise, re-encodings, mojibake, WordPress arrays and HTML fragments.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import newsparse

from .conftest import SAMPLES

__all__ = [
    "ENCODINGS",
    "LAYOUTS",
    "PLAIN_LAYOUTS",
    "SENTENCES",
    "WORDPRESS",
    "Dump",
    "Fragment",
    "Layout",
    "concatenate",
    "dumps",
    "encode",
    "encoded_dumps",
    "html_fragments",
    "mojibake",
    "mojibaked_dumps",
    "noisy_dumps",
    "plain_texts",
    "representable",
    "sentences",
    "without_provenance",
]


@dataclass(frozen=True, repr=False)
class Layout:
    """One sample's layout: its detector, separator, raw article chunks and the articles read from them."""

    name: str
    detector: str
    separator: str
    chunks: tuple[str, ...]
    articles: tuple[newsparse.Article, ...]
    json: bool = False

    def __repr__(self) -> str:
        return f"Layout({self.name}, {self.detector})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))

    def join(self, chunks: Sequence[str]) -> str:
        """A dump of this layout made of ``chunks``."""
        return self.separator.join(chunks)


@dataclass(frozen=True, repr=False)
class Dump:
    """A generated dump: its text, the layout, and the articles it must give (provenance aside).

    ``encoding`` is the encoding a test should write it in; ``broken`` is a damaged
    (mojibaked) form of ``text`` when a strategy made one. The repr is short on
    purpose: hypothesis prints it for every failing example.
    """

    layout: Layout
    text: str
    expected: tuple[newsparse.Article, ...]
    chunks: tuple[str, ...] = field(default=())
    encoding: str = "utf-8"
    broken: str = ""

    def __repr__(self) -> str:
        titles = [(a.title or "")[:24] for a in self.expected]
        extra = f", broken={len(self.broken)} chars" if self.broken else ""
        return f"Dump(layout={self.layout.name}, {len(self.text)} chars, encoding={self.encoding}{extra}, {titles})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # what hypothesis prints for a failing example
        printer.text(repr(self))


def _load_layout(path: Path) -> Layout:
    result = newsparse.parse(path)
    text = result.text
    spans = [(a.provenance.start, a.provenance.end) for a in result.articles if a.provenance]
    chunks = tuple(text[start:end] for start, end in spans)
    gaps = {text[a[1] : b[0]] for a, b in itertools.pairwise(spans)}
    detector = result.detection.chosen
    is_json = detector == "wordpress"
    if is_json:
        separator = ",\n"
    elif gaps:
        # The layout's own separator: the (single) gap the sample uses between articles.
        (separator,) = gaps
    elif detector == "page-text":
        separator = "\n\n"  # a page-text article ends at its "via <date>" footer line
    else:  # pragma: no cover - every sample has a known layout
        raise AssertionError(f"no separator known for {path.name}")
    return Layout(path.name[:3], detector, separator, chunks, result.articles, is_json)


LAYOUTS: tuple[Layout, ...] = tuple(_load_layout(p) for p in sorted(SAMPLES.glob("*.txt")))
"""One layout per sample dump, in file order (000 ... 004)."""

PLAIN_LAYOUTS: tuple[Layout, ...] = tuple(layout for layout in LAYOUTS if not layout.json)
WORDPRESS: Layout = next(layout for layout in LAYOUTS if layout.json)


def without_provenance(article: newsparse.Article) -> dict[str, object]:
    """An article's fields as data, without where it was found: provenance, and the id hashed from it when the
    input gives none (both differ between dumps by design)."""
    data = article.to_dict()
    del data["provenance"]
    del data["id"]
    return data


# --------------------------------------------------------------------------- dumps of one layout


def _json_post(chunk: str, style: int) -> str:
    """The same post, formatted in one of a few ways a JSON writer may use."""
    if style == 0:
        return chunk
    value = json.loads(chunk)
    if style == 1:
        return json.dumps(value, ensure_ascii=False)
    if style == 2:
        return json.dumps(value, indent=2)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@st.composite
def dumps(draw: st.DrawFn, layouts: Sequence[Layout] = LAYOUTS, max_articles: int = 6) -> Dump:
    """A dump of one layout: a subset, reordering and/or repetition of that sample's articles.

    WordPress posts are written alone or wrapped into an array (in one of a few
    JSON styles); plain-text chunks are joined with the sample's separator.
    """
    layout = draw(st.sampled_from(list(layouts)))
    count = len(layout.chunks)
    indices = draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=max_articles))
    expected = tuple(layout.articles[i] for i in indices)
    if layout.json:
        style = draw(st.integers(0, 3))
        posts = [_json_post(layout.chunks[i], style) for i in indices]
        if len(posts) == 1 and draw(st.booleans()):
            return Dump(layout, posts[0], expected, tuple(posts))
        inner = draw(st.sampled_from([",", ",\n", ", ", ",\n  "]))
        text = "[" + inner.lstrip(",") + inner.join(posts) + inner.lstrip(",").rstrip(" ") + "]"
        return Dump(layout, text, expected, tuple(posts))
    chunks = tuple(layout.chunks[i] for i in indices)
    return Dump(layout, layout.join(chunks), expected, chunks)


def concatenate(first: Dump, second: Dump) -> Dump:
    """Two dumps of the same layout one after the other, as ``cat a b`` would write them."""
    assert first.layout is second.layout
    separator = "\n" if first.layout.json else first.layout.separator
    return Dump(
        first.layout,
        first.text + separator + second.text,
        first.expected + second.expected,
        first.chunks + second.chunks,
    )


# --------------------------------------------------------------------------- whitespace noise

_TRAILING = st.text(alphabet=" \t\u00a0", min_size=1, max_size=3)


@st.composite
def noisy_dumps(draw: st.DrawFn, layouts: Sequence[Layout] = PLAIN_LAYOUTS) -> Dump:
    """A plain-text dump with noisy whitespace that must not change any field.

    Line ends become CRLF or CR; some lines get trailing spaces, tabs or
    non-breaking spaces; the gap between articles gets one more blank line and
    some single blank lines inside articles become two (no layout counts those).
    The ``text`` is the noisy one; ``chunks`` stay the clean chunks. JSON dumps get
    other line ends and trailing spaces and tabs between tokens.
    """
    dump = draw(dumps(layouts))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if dump.layout.json:
        # JSON: raw line ends only appear between tokens; NBSP is not JSON whitespace, so spaces and tabs only.
        lines = [line + draw(st.sampled_from(["", " ", "\t", " \t "])) for line in dump.text.split("\n")]
        return Dump(dump.layout, newline.join(lines) + draw(st.sampled_from(["", newline])), dump.expected, dump.chunks)
    noisy_chunks = []
    for chunk in dump.chunks:
        lines = chunk.split("\n")
        out: list[str] = []
        for number, line in enumerate(lines):
            if line and draw(st.integers(0, 3)) == 0:
                line += draw(_TRAILING)
            out.append(line)
            previous_blank = number > 0 and not lines[number - 1]
            next_blank = number + 1 < len(lines) and not lines[number + 1]
            if not line and not previous_blank and not next_blank and draw(st.integers(0, 3)) == 0:
                out.append(draw(_TRAILING) if draw(st.booleans()) else "")
        noisy_chunks.append("\n".join(out))
    separator = dump.layout.separator + "\n" if draw(st.booleans()) else dump.layout.separator
    text = separator.join(noisy_chunks)
    if draw(st.booleans()):
        text += "\n"
    return Dump(dump.layout, text.replace("\n", newline), dump.expected, dump.chunks)


# --------------------------------------------------------------------------- encodings

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1")
"""Every encoding the encoding-invariance property covers (BOM variants spelled out)."""

# What a writer falls back to when a character has no place in a legacy code page.
_ASCII_PUNCTUATION = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "*", "€": "EUR", "™": "(TM)"}
)


def representable(text: str, encoding: str) -> str:
    """``text`` made representable in ``encoding``: punctuation to ASCII where needed, the rest to '?'.

    JSON is changed string by string (a curly quote made straight must not end a JSON string).
    """
    if encoding in ("cp1252", "latin-1") and text.lstrip()[:1] in ("[", "{"):
        try:
            value = json.loads(text)
        except ValueError:
            pass
        else:
            return json.dumps(_map_strings(value, lambda s: representable(s, encoding)), ensure_ascii=False)
    if encoding in ("cp1252", "latin-1"):
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.translate(_ASCII_PUNCTUATION)
        return text.encode(encoding, errors="replace").decode(encoding)
    return text


def _map_strings(value: Any, function: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return function(value)
    if isinstance(value, list):
        return [_map_strings(v, function) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, function) for k, v in value.items()}
    return value


def encode(text: str, encoding: str) -> bytes:
    """``text`` as bytes in one of :data:`ENCODINGS` (the ``-bom`` names prefix the UTF-16 BOM)."""
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


@st.composite
def encoded_dumps(draw: st.DrawFn, layouts: Sequence[Layout] = LAYOUTS) -> Dump:
    """A generated dump made representable in a drawn encoding (``Dump.encoding``)."""
    dump = draw(dumps(layouts))
    encoding = draw(st.sampled_from(ENCODINGS))
    return Dump(dump.layout, representable(dump.text, encoding), dump.expected, dump.chunks, encoding)


# --------------------------------------------------------------------------- mojibake


# The bytes cp1252 leaves undefined; Windows (and most sloppy decoders) map them to the same code point.
_CP1252_HOLES = b"\x81\x8d\x8f\x90\x9d"
_CP1252_TABLE = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_HOLES}


def _sloppy_cp1252(data: bytes) -> str:
    """Decode like Windows does: cp1252 where it defines a byte, the same code point where it does not."""
    return data.decode("latin-1").translate(_CP1252_TABLE)


def mojibake(text: str, codec: str, times: int) -> str:
    """``text`` written as UTF-8 and read back as ``codec`` ("cp1252" or "latin-1"), ``times`` times."""
    for _ in range(times):
        data = text.encode("utf-8")
        text = _sloppy_cp1252(data) if codec == "cp1252" else data.decode("latin-1")
    return text


def _mojibake_lines(text: str, codec: str, times: int) -> str:
    # Only the non-ASCII runs change; doing it per line keeps the work small.
    return "\n".join(mojibake(line, codec, times) if not line.isascii() else line for line in text.split("\n"))


@st.composite
def mojibaked_dumps(draw: st.DrawFn, layouts: Sequence[Layout] = LAYOUTS) -> Dump:
    """A clean dump with, in ``broken``, the same dump with some articles mojibaked (once or twice, cp1252 or latin-1).

    For JSON dumps the posts are written without ``\\u`` escapes first, so that
    the mojibake lands in the text as it does when a crawler mis-decodes a feed.
    """
    dump = draw(dumps(layouts))
    codec = draw(st.sampled_from(["cp1252", "latin-1"]))
    times = draw(st.integers(1, 2))
    chunks = list(dump.chunks)
    if dump.layout.json:
        chunks = [_json_post(chunk, 1) for chunk in chunks]
        clean = "[" + ",\n".join(chunks) + "]"
    else:
        clean = dump.text
    hit = draw(st.lists(st.booleans(), min_size=len(chunks), max_size=len(chunks)).filter(any))
    broken = [_mojibake_lines(c, codec, times) if h else c for c, h in zip(chunks, hit, strict=True)]
    text = "[" + ",\n".join(broken) + "]" if dump.layout.json else dump.layout.join(broken)
    return Dump(dump.layout, clean, dump.expected, dump.chunks, encoding=f"{codec} x{times}", broken=text)


# --------------------------------------------------------------------------- HTML and plain text

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def _all_sentences() -> tuple[str, ...]:
    found: list[str] = []
    for layout in LAYOUTS:
        for article in layout.articles:
            for paragraph in article.paragraphs:
                found.extend(s for s in _SENTENCE_SPLIT.split(paragraph) if s.strip())
    # Keep sentences that are plain text to clean_html (no syndication-footer look-alikes, no markup).
    return tuple(dict.fromkeys(s for s in found if "<" not in s and "&" not in s and newsparse.clean_html(s) == s))


SENTENCES = _all_sentences()


def sentences() -> st.SearchStrategy[str]:
    """One real sentence from the sample articles' bodies."""
    return st.sampled_from(SENTENCES)


INLINE_TAGS = ("em", "strong", "b", "i", "span", "a", "u", "small", "mark", "code", "abbr", "sub", "sup", "font")
BLOCK_TAGS = ("p", "div", "section", "article", "blockquote", "li", "ul", "h2", "h3", "header", "figure", "aside")


@dataclass(frozen=True)
class Fragment:
    """An HTML fragment and the sentences it holds, in document order."""

    html: str
    sentences: tuple[str, ...]


def _leaf() -> st.SearchStrategy[Fragment]:
    return sentences().map(lambda s: Fragment(html.escape(s, quote=False) + " ", (s,)))


def _wrap(children: st.SearchStrategy[list[Fragment]]) -> st.SearchStrategy[Fragment]:
    tag = st.sampled_from(INLINE_TAGS + BLOCK_TAGS)
    attributes = st.sampled_from(["", ' class="x"', ' style="color:red"', ' data-n="1 &amp; 2"', ' id="a"'])

    def build(args: tuple[str, str, list[Fragment]]) -> Fragment:
        name, attrs, parts = args
        inner = "".join(p.html for p in parts)
        return Fragment(f"<{name}{attrs}>{inner}</{name}>", tuple(s for p in parts for s in p.sentences))

    return st.tuples(tag, attributes, children).map(build)


def _nest(kids: st.SearchStrategy[Fragment]) -> st.SearchStrategy[Fragment]:
    return _wrap(st.lists(kids, min_size=1, max_size=4))


def html_fragments(max_leaves: int = 12) -> st.SearchStrategy[Fragment]:
    """HTML with random inline and block nesting around real sentences (escaped as HTML text)."""
    return st.recursive(_leaf(), _nest, max_leaves=max_leaves)


@st.composite
def plain_texts(draw: st.DrawFn) -> str:
    """Plain text without markup or entities: real sentences joined by assorted whitespace."""
    parts = draw(st.lists(sentences(), min_size=1, max_size=6))
    gaps = st.text(alphabet=" \t\n\u00a0\u3000\u2009", min_size=1, max_size=4)
    out = draw(st.text(alphabet=" \t\n", max_size=2))
    for part in parts:
        out += part + draw(gaps)
    return out
