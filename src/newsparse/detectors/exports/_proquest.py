"""ProQuest's labelled documents: the label table and the reading of one document's paragraphs into fields.

Every ProQuest export (the e-mailed HTML, the saved HTML, the plain-text
"Full text" export) writes a document the same way: the title, perhaps a
citation line, then paragraphs that start with a fixed label ("Author:",
"Publication title:", "Full text:"...). The exports layer turns its input into
those paragraphs; this module knows the labels (English and the interface
languages ProQuest offers) and maps them onto the field contract.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsparse._html import unescape_inline
from newsparse._model import Dropped
from newsparse._problems import Problem

__all__ = ["LABEL", "Document", "declared_count", "read_document"]

# label as written (lower case) -> what it is. Keys with a field of their own are mapped in _fields();
# the others are kept in ``notes`` under their English name.
_LABELS: Mapping[str, str] = {
    # English, the default interface
    "title": "title",
    "author": "author",
    "authors": "author",
    "publication title": "source",
    "publication date": "published",
    "section": "section",
    "language of publication": "language",
    "language": "language",
    "proquest document id": "id",
    "document url": "url",
    "subject": "tags",
    "abstract": "abstract",
    "full text": "body",
    "pages": "Pages",
    "publisher": "Publisher",
    "place of publication": "Place of publication",
    "country of publication": "Country of publication",
    "issn": "ISSN",
    "isbn": "ISBN",
    "source type": "Source type",
    "document type": "Document type",
    "copyright": "Copyright",
    "last updated": "Last updated",
    "database": "Database",
    "location": "Location",
    "people": "People",
    "company / organization": "Company / organization",
    "identifier / keyword": "Identifier / keyword",
    "publication year": "Publication year",
    "publication info": "Publication info",
    "publication subject": "Publication subject",
    "dateline": "Dateline",
    "links": "Links",
    "volume": "Volume",
    "issue": "Issue",
    "edition": "Edition",
    "column": "Column",
    "credit": "Credit",
    "illustration": "Illustration",
    "correction": "Correction",
    "number of pages": "Number of pages",
    "corporate author": "Corporate author",
    "first page": "First page",
    "accession number": "Accession number",
    "document feature": "Document feature",
    "update": "Update",
    # Deutsch
    "titel": "title",
    "autor": "author",
    "titel der publikation": "source",
    "publikationsdatum": "published",
    "erscheinungsdatum": "published",
    "bereich": "section",
    "publikationssprache": "language",
    "sprache": "language",
    "proquest-dokument-id": "id",
    "proquest-dokumentid": "id",
    "dokument-url": "url",
    "thema": "tags",
    "schlagwort": "tags",
    "volltext": "body",
    "zusammenfassung": "abstract",
    "seiten": "Pages",
    "herausgeber": "Publisher",
    "verlagsort": "Place of publication",
    "publikationsland": "Country of publication",
    "quellentyp": "Source type",
    "dokumententyp": "Document type",
    "datenbank": "Database",
    "erscheinungsjahr": "Publication year",
    # Français
    "titre": "title",
    "auteur": "author",
    "titre de la publication": "source",
    "date de publication": "published",
    "date du diplôme": "published",
    "langue de publication": "language",
    "langue": "language",
    "id. du document proquest": "id",
    "id du document proquest": "id",
    "url du document": "url",
    "sujet": "tags",
    "texte intégral": "body",
    "résumé": "abstract",
    "éditeur": "Publisher",
    "lieu de publication": "Place of publication",
    "pays de publication": "Country of publication",
    "type de source": "Source type",
    "type de document": "Document type",
    "base de données": "Database",
    "année de publication": "Publication year",
    # Español
    "título": "title",
    "título de publicación": "source",
    "título de la publicación": "source",
    "fecha de publicación": "published",
    "fecha de titulación": "published",
    "sección": "section",
    "idioma de la publicación": "language",
    "idioma": "language",
    "id. de documento de proquest": "id",
    "url del documento": "url",
    "materia": "tags",
    "texto completo": "body",
    "resumen": "abstract",
    "editorial": "Publisher",
    "lugar de publicación": "Place of publication",
    "país de publicación": "Country of publication",
    "tipo de fuente": "Source type",
    "tipo de documento": "Document type",
    "base de datos": "Database",
    "año de publicación": "Publication year",
    # Italiano
    "titolo": "title",
    "autore": "author",
    "titolo pubblicazione": "source",
    "data di pubblicazione": "published",
    "sezione": "section",
    "lingua di pubblicazione": "language",
    "soggetto": "tags",
    "testo completo": "body",
    "riassunto": "abstract",
    # Português
    "título da publicação": "source",
    "data de publicação": "published",
    "data da publicação": "published",
    "seção": "section",
    "secção": "section",
    "idioma de publicação": "language",
    "assunto": "tags",
    "resumo": "abstract",
}

LABEL: re.Pattern[str] = re.compile(
    r"(?P<label>"
    + "|".join(re.escape(label) for label in sorted(_LABELS, key=len, reverse=True))
    + r")[ \t\u00a0]*:(?:[ \t\u00a0]+|$)",
    re.IGNORECASE,
)
"""A paragraph that starts with a ProQuest label and its colon ("Publication title: ")."""

# language names as ProQuest writes them (English and the interface languages) -> BCP 47
_LANGUAGES: Mapping[str, str] = {
    "english": "en", "englisch": "en", "anglais": "en", "inglés": "en", "inglese": "en", "inglês": "en",
    "french": "fr", "französisch": "fr", "français": "fr", "francés": "fr", "francese": "fr", "francês": "fr",
    "german": "de", "deutsch": "de", "allemand": "de", "alemán": "de", "tedesco": "de", "alemão": "de",
    "spanish": "es", "spanisch": "es", "espagnol": "es", "español": "es", "spagnolo": "es", "espanhol": "es",
    "italian": "it", "italienisch": "it", "italien": "it", "italiano": "it",
    "portuguese": "pt", "portugiesisch": "pt", "portugais": "pt", "portugués": "pt", "português": "pt",
    "dutch": "nl", "russian": "ru", "chinese": "zh", "japanese": "ja", "korean": "ko", "arabic": "ar",
    "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi", "polish": "pl", "czech": "cs",
    "hungarian": "hu", "turkish": "tr", "greek": "el", "hebrew": "he", "catalan": "ca", "welsh": "cy",
    "irish": "ga", "afrikaans": "af", "indonesian": "id", "malay": "ms", "hindi": "hi", "urdu": "ur",
    "persian": "fa", "romanian": "ro", "ukrainian": "uk", "croatian": "hr", "serbian": "sr", "slovak": "sk",
    "slovenian": "sl", "bulgarian": "bg", "lithuanian": "lt", "latvian": "lv", "estonian": "et",
    "icelandic": "is", "vietnamese": "vi", "thai": "th", "tagalog": "tl", "basque": "eu", "galician": "gl",
}  # fmt: skip

_NO_AUTHOR = frozenset(("anonymous", "anon", "anonyme", "anónimo", "anonym", "n/a"))
_NONE_AVAILABLE = re.compile(r"^(?:none available|keine verfügbar|aucun disponible|ninguno disponible)\.?$", re.I)
_SPLIT_YEAR = re.compile(r"(?<![\d])(\d{1,3}) (\d{1,3})(?![\d])(?!.*\d)")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,200}>|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_COUNT = re.compile(r"^(?:Document|Dokument|Documento)\s+(\d{1,7})\s+(?:of|von|de|di)\s+(\d{1,7})$", re.IGNORECASE)
_LINK_TEXT = frozenset(("proquest document link", "enlarge this image.", "full text pdf", "abstract/details"))
_NAME_PARTS = re.compile(r"^([^,\d]{2,60}),\s*([^,\d]{1,60})$")


@attrs.define
class Document:
    """One ProQuest document as read: its fields, its problems, what was left out, and a declared count."""

    fields: dict[str, Any] = attrs.field(factory=dict)
    problems: list[Problem] = attrs.field(factory=list)
    declared: int | None = None


def declared_count(paragraph: str) -> int | None:
    """The M of a "Document N of M" line, else None.

    Example:
        >>> declared_count("Document 3 of 120"), declared_count("Dokument 1 von 5"), declared_count("Document")
        (120, 5, None)
    """
    match = _COUNT.match(paragraph.strip())
    return int(match.group(2)) if match else None


def read_document(
    paragraphs: Sequence[str], *, number: int, body: Sequence[str] | None = None, extra_labels: Iterable[str] = ()
) -> Document:
    """Read the paragraphs of document ``number`` into fields of the contract.

    ``body`` is the full text when the caller found it apart (the ``<Text>``
    element of the HTML exports); otherwise the paragraphs after "Full text:" up
    to the next label are the body. ``extra_labels`` are labels the HTML marks
    as labels (``<strong>Label:</strong>``) that the table does not know: their
    values go to ``notes``.

    Example:
        >>> doc = read_document(
        ...     ["Harbour lights", "Author: Lund, Ada", "Publication date: Feb 26, 2 009", "Full text: Lit again."],
        ...     number=1,
        ... )
        >>> doc.fields["title"], doc.fields["authors"], doc.fields["published"], doc.fields["body"]
        ('Harbour lights', ['Ada Lund'], 'Feb 26, 2009', 'Lit again.')
    """
    doc = Document()
    extra = re.compile(
        "(?P<label>" + "|".join(re.escape(label) for label in extra_labels) + r")[ \t\u00a0]*:(?:[ \t\u00a0]+|$)"
    ) if extra_labels else None  # fmt: skip
    values: dict[str, list[str]] = {}
    order: list[tuple[str, str]] = []  # (key, label as written), for notes in document order
    before: list[str] = []
    body_lines: list[str] = list(body or ())
    dropped: list[Dropped] = []
    current: str | None = None
    in_body = False
    for paragraph in paragraphs:
        match = LABEL.match(paragraph) or (extra.match(paragraph) if extra else None)
        if match is not None:
            written = match.group("label")
            key = _LABELS.get(written.lower(), written)
            value = paragraph[match.end() :].strip()
            in_body = key == "body"
            current = None if in_body else key
            if in_body:
                if value:
                    body_lines.append(value)
                continue
            if key not in values:
                order.append((key, written))
            values.setdefault(key, []).append(value)
            continue
        if in_body:
            if body is None:
                body_lines.append(paragraph)
            else:
                dropped.append(Dropped(paragraph, "unlabelled text"))
        elif current is None:
            before.append(paragraph)
        elif values[current][-1] == "" or current == "abstract":  # a label whose value is the next paragraph
            values[current][-1] = (values[current][-1] + "\n\n" + paragraph).strip()
        elif paragraph.strip().lower() not in _LINK_TEXT:
            dropped.append(Dropped(paragraph, "unlabelled text"))
    _title(doc, before, values, dropped)
    _fields(doc, values, order, number, dropped)
    doc.fields["body"] = "\n\n".join(line for line in body_lines if line.strip())
    if not doc.fields["body"]:
        doc.problems.append(Problem("export-field-missing", f"document {number} has no full text"))
    doc.fields["dropped"] = dropped
    doc.fields = {k: v for k, v in doc.fields.items() if v not in (None, "", [])}
    return doc


def _title(doc: Document, before: list[str], values: dict[str, list[str]], dropped: list[Dropped]) -> None:
    """The title: a "Title:" label, else the first paragraph before any label; the rest of those are dropped."""
    rest = []
    for paragraph in before:
        count = declared_count(paragraph)
        if count is not None:
            doc.declared = count
        elif paragraph.strip().lower() not in _LINK_TEXT:
            rest.append(paragraph)
    labelled = next((v for v in values.pop("title", []) if v), None)
    title = labelled or (rest.pop(0) if rest else None)
    if title:
        doc.fields["title"] = " ".join(title.split())
    dropped.extend(Dropped(text, "citation line") for text in rest if " ".join(text.split()) != title)


def _fields(
    doc: Document, values: dict[str, list[str]], order: list[tuple[str, str]], number: int, dropped: list[Dropped]
) -> None:
    """Map the labelled values onto the contract; what has no field of its own goes to notes."""
    fields = doc.fields
    first = {key: next((v for v in found if v), "") for key, found in values.items()}
    if not fields.get("title"):
        doc.problems.append(Problem("export-field-missing", f"document {number} has no title"))
    author = first.get("author", "")
    if author and author.strip(" .").lower() not in _NO_AUTHOR:
        fields["byline"] = author
        fields["authors"] = [_name(name) for name in re.split(r";|\n", author) if name.strip(" .")]
    fields["source"] = _source(first.get("source", ""), first.get("Place of publication", ""))
    fields["published"] = _SPLIT_YEAR.sub(_joined_year, first.get("published", "")) or None
    fields["section"] = first.get("section") or None
    fields["id"] = first.get("id") or None
    fields["url"] = first.get("url") or None
    fields["tags"] = [tag.strip() for tag in first.get("tags", "").split(";") if tag.strip()]
    notes: list[str] = []
    language = first.get("language", "")
    code = _LANGUAGES.get(re.split(r"[;,]", language)[0].strip().lower()) if language else None
    fields["language"] = code
    if language and (code is None or re.search(r"[;,]", language)):
        notes.append(f"Language of publication: {language}")
    abstract = first.get("abstract", "")
    if abstract and not _NONE_AVAILABLE.match(abstract):
        notes.append("Abstract: " + _plain(abstract, number, doc.problems))
    for key, written in order:
        if key == "Links":
            dropped.extend(Dropped(f"{written}: {value}", "export chrome") for value in values[key] if value)
        elif key[0].isupper() and first.get(key):
            notes.append(f"{written}: {first[key]}")
    fields["notes"] = notes


def _plain(text: str, number: int, problems: list[Problem]) -> str:
    """An abstract as text: stray markup (tags, entities) inside it becomes text, with a problem."""
    if not _MARKUP.search(text):
        return text
    problems.append(Problem("export-markup-in-text", f"the abstract of document {number} holds markup; read as text"))
    return "\n\n".join(unescape_inline(part) for part in text.split("\n\n"))


def _name(name: str) -> str:
    """A name written "Lund, Ada" as "Ada Lund"; a name in any other shape as written.

    Example:
        >>> _name("Lund, Ada"), _name("Ada Lund"), _name("Lund, Ada, Jr")
        ('Ada Lund', 'Ada Lund', 'Lund, Ada, Jr')
    """
    name = " ".join(name.split()).strip(" .;")
    match = _NAME_PARTS.match(name)
    return f"{match.group(2).strip()} {match.group(1).strip()}" if match else name


def _source(title: str, place: str) -> str | None:
    """The publication title without the place ProQuest appends ("Los Angeles Times; Los Angeles, Calif.")."""
    name, _, rest = title.partition(";")
    if rest and place and rest.strip(" .").lower() in place.lower():
        return " ".join(name.split()) or None
    return " ".join(title.split()) or None


def _joined_year(match: re.Match[str]) -> str:
    """A year written with a space inside it ("2 009") joined back; other numbers untouched."""
    left, right = match.groups()
    return left + right if len(left) + len(right) == 4 else match.group()
