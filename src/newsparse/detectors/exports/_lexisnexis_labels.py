"""What LexisNexis and Nexis Uni exports write, as data: document markers, field labels, headings, languages.

One table per kind of marker, shared by the ``lexisnexis``, ``lexisnexis-html``
and ``nexis-uni`` detectors. The labels are written in the language of the
interface the export was made from (``LENGTH:``, ``LÄNGE:``, ``LONGUEUR:``...);
the dates and the text are in the language of the article. Labels are looked
up upper-cased, with runs of spaces and no-break spaces as one space, so the
same table serves the capitalised plain-text labels (``LOAD-DATE:``) and Nexis
Uni's (``Load-Date:``).

Sources: the layouts described by the public R packages LexisNexisTools and
tm.plugin.lexisnexis (labels in English, German and French) and public
descriptions of Nexis Uni Word exports; the Spanish, Italian, Dutch and
Portuguese spellings are the vendor's usual translations and less certain.
An unknown label is never lost: it is kept in ``notes`` with a problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = [
    "BODY_HEADINGS",
    "CLASSIFICATION_HEADINGS",
    "COPYRIGHT",
    "END_OF_DOCUMENT",
    "GRAPHIC_HEADINGS",
    "LABELS",
    "LANGUAGES",
    "MARKER",
    "NOTE_LABELS",
    "label_key",
    "language_code",
]

# "1 of 161 DOCUMENTS", "Dokument 1 von 161", "Document 1 de 161", "Documento 1 de 161", "1 di 161 DOCUMENTI"...
_DOC_WORD = r"(?:DOCUMENTS?|DOCUMENTI|DOCUMENTOS?|DOCUMENTEN|DOKUMENT(?:E|EN|ER)?)"
_OF = r"(?:of|von|de|di|van|sur|af|av|z|del)"
MARKER: re.Pattern[str] = re.compile(
    rf"^[ \t\u00a0]*(?:(\d{{1,7}})[ \t]+{_OF}[ \t]+(\d{{1,7}})[ \t]+{_DOC_WORD}"
    rf"|{_DOC_WORD}[ \t]+(\d{{1,7}})[ \t]+{_OF}[ \t]+(\d{{1,7}}))[ \t\u00a0]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A document marker line of the plain-text (and HTML) exports: the document's number and the declared total.

Groups 1-2 hold "N of M" for the number-first forms, groups 3-4 for the word-first forms.

Example:
    >>> [m.group(0).strip() for m in MARKER.finditer("  1 of 3 DOCUMENTS\\nx\\n  Dokument 2 von 3\\n")]
    ['1 of 3 DOCUMENTS', 'Dokument 2 von 3']
"""

COPYRIGHT: re.Pattern[str] = re.compile(r"(?:Copyright\b|\(c\)|©|Copyright:)\s*", re.IGNORECASE)
"""A copyright line's start ("Copyright 2024 ...", "(c) 2024 ...", "© 2024 ...")."""

END_OF_DOCUMENT: frozenset[str] = frozenset(
    {
        "END OF DOCUMENT",
        "ENDE DES DOKUMENTS",
        "DOKUMENTENDE",
        "FIN DU DOCUMENT",
        "FIN DEL DOCUMENTO",
        "FINE DEL DOCUMENTO",
        "EINDE VAN DOCUMENT",
        "EINDE DOCUMENT",
        "FIM DO DOCUMENTO",
    }
)
"""The line that ends each document of a Nexis Uni Word export, upper-cased."""

BODY_HEADINGS: frozenset[str] = frozenset({"BODY", "TEXT", "TEXTE", "CORPS", "CUERPO", "TEXTO", "TESTO", "CORPO"})
"""The heading line before the text of a Nexis Uni document, upper-cased."""

CLASSIFICATION_HEADINGS: frozenset[str] = frozenset(
    {"CLASSIFICATION", "KLASSIFIKATION", "KLASSIFIZIERUNG", "CLASIFICACIÓN", "CLASSIFICAZIONE", "CLASSIFICATIE"}
)
"""The heading of the labelled section after the text of a Nexis Uni document, upper-cased."""

GRAPHIC_HEADINGS: frozenset[str] = frozenset({"GRAPHIC", "GRAFIK", "GRAPHIQUE", "GRÁFICO", "GRAFICO"})
"""The heading of a Nexis Uni document's graphic (photo captions) section, upper-cased."""

# Each field key with the labels that fill it. "note" labels are known and kept in notes verbatim.
_TABLE: dict[str, tuple[str, ...]] = {
    "title": ("HEADLINE", "TITLE", "TITEL", "TITRE", "TITULAR", "TITOLO", "TITULO", "TÍTULO"),
    "body": ("BODY", "TEXT", "TEXTE", "CORPS", "CUERPO", "TEXTO", "TESTO"),
    "byline": ("BYLINE", "AUTHOR", "AUTHORS", "AUTOR", "AUTOREN", "AUTEUR", "AUTEURS", "AUTORE", "AUTEUR(S)"),
    "section": ("SECTION", "RUBRIK", "RUBRIQUE", "SECCION", "SECCIÓN", "SEZIONE", "RUBRIEK", "SEÇÃO", "SECAO"),
    "dateline": ("DATELINE", "ORTSZEILE", "LIEU"),
    "subtitle": ("HIGHLIGHT", "HIGHLIGHTS", "ENCART", "INSERT", "ABSTRACT", "RÉSUMÉ", "RESUME", "UNTERZEILE"),
    "language": ("LANGUAGE", "SPRACHE", "LANGUE", "IDIOMA", "LINGUA", "TAAL"),
    "url": ("URL",),
    "tags": (
        "SUBJECT",
        "SUJET",
        "THEMA",
        "THEMEN",
        "TEMA",
        "ONDERWERP",
        "GEOGRAPHIC",
        "GEO-LOCALIZATION",
        "LOCALISATION-GEO",
        "GEOGRAFISCH",
        "GÉOGRAPHIQUE",
        "GEOGRAFÍA",
        "ORGANIZATION",
        "ORGANISATION",
        "PERSON",
        "PERSONNE",
        "COMPANY",
        "SOCIETE",
        "SOCIÉTÉ",
        "UNTERNEHMEN",
        "INDUSTRY",
        "ACTIVITY-SECTOR",
        "SECTEUR-ACTIVITE",
        "BRANCHE",
        "TICKER",
        "STOCK-SYMBOL",
        "SYMBOLE-BOURSIER",
        "COUNTRY",
        "CITY",
        "STATE",
        "KEYWORD",
        "KEYWORDS",
        "SCHLAGWORT",
        "SCHLAGWÖRTER",
        "MOTS-CLES",
        "MOTS-CLÉS",
    ),
    "note": (
        "LENGTH",
        "LÄNGE",
        "LAENGE",
        "LONGUEUR",
        "LONGITUD",
        "LUNGHEZZA",
        "LENGTE",
        "COMPRIMENTO",
        "LOAD-DATE",
        "DATE-CHARGEMENT",
        "DATE DE CHARGEMENT",
        "LADEDATUM",
        "UPDATE",
        "FECHA DE CARGA",
        "PUBLICATION-TYPE",
        "TYPE-PUBLICATION",
        "TYPE DE PUBLICATION",
        "PUBLIKATIONSTYP",
        "PUBLIKATIONS-TYP",
        "TIPO DE PUBLICACIÓN",
        "DOCUMENT-TYPE",
        "DOKUMENTTYP",
        "TYPE DE DOCUMENT",
        "TYPE",
        "GRAPHIC",
        "GRAFIK",
        "GRAPHIQUE",
        "JOURNAL-CODE",
        "JOURNAL CODE",
        "CORRECTION",
        "CORRECTION-DATE",
        "DISTRIBUTION",
        "SERIES",
        "NOTES",
        "NOTE",
        "EDITION",
        "AUSGABE",
        "ÉDITION",
        "COLUMN",
        "PAGE",
        "SEITE",
        "ACC-NO",
        "ACC NO",
        "ISSN",
        "DOCUMENT-ID",
    ),
}

LABELS: Mapping[str, str] = {label: key for key, labels in _TABLE.items() for label in labels}
"""Every known label (upper-cased) with the field key it fills: a field name, ``"body"``, ``"tags"`` or ``"note"``.

Example:
    >>> LABELS["RUBRIK"], LABELS["LOAD-DATE"], LABELS["HIGHLIGHT"]
    ('section', 'note', 'subtitle')
"""

NOTE_LABELS: frozenset[str] = frozenset(_TABLE["note"])
"""The known labels whose lines are kept in ``notes`` as written (word counts, load dates, types, codes)."""

_SPACES = re.compile(r"[ \u00a0\t]+")


def label_key(label: str) -> str:
    """A label as the tables write it: upper-cased, spaces and no-break spaces as one space.

    Example:
        >>> label_key("Load-Date"), label_key("Journal\\u00a0 Code")
        ('LOAD-DATE', 'JOURNAL CODE')
    """
    return _SPACES.sub(" ", label).strip().upper()


LANGUAGES: Mapping[str, str] = {
    name: code
    for code, names in {
        "en": ("ENGLISH", "ENGLISCH", "ANGLAIS", "INGLÉS", "INGLES", "INGLESE", "ENGELS", "INGLÊS"),
        "de": ("GERMAN", "DEUTSCH", "ALLEMAND", "ALEMÁN", "ALEMAN", "TEDESCO", "DUITS", "ALEMÃO"),
        "fr": ("FRENCH", "FRANZÖSISCH", "FRANÇAIS", "FRANCAIS", "FRANCÉS", "FRANCES", "FRANCESE", "FRANS", "FRANCÊS"),
        "es": ("SPANISH", "SPANISCH", "ESPAGNOL", "ESPAÑOL", "ESPANOL", "SPAGNOLO", "SPAANS", "ESPANHOL"),
        "it": ("ITALIAN", "ITALIENISCH", "ITALIEN", "ITALIANO", "ITALIAANS"),
        "nl": ("DUTCH", "NIEDERLÄNDISCH", "NÉERLANDAIS", "NEERLANDAIS", "NEERLANDÉS", "NEDERLANDS", "OLANDESE"),
        "pt": ("PORTUGUESE", "PORTUGIESISCH", "PORTUGAIS", "PORTUGUÉS", "PORTUGUÊS", "PORTOGHESE", "PORTUGEES"),
        "ru": ("RUSSIAN", "RUSSISCH", "RUSSE", "RUSO", "RUSSO"),
        "zh": ("CHINESE", "CHINESISCH", "CHINOIS", "CHINO"),
        "ja": ("JAPANESE", "JAPANISCH", "JAPONAIS", "JAPONÉS"),
        "ar": ("ARABIC", "ARABISCH", "ARABE"),
        "sv": ("SWEDISH", "SCHWEDISCH", "SUÉDOIS"),
        "da": ("DANISH", "DÄNISCH", "DANOIS"),
        "no": ("NORWEGIAN", "NORWEGISCH", "NORVÉGIEN"),
        "fi": ("FINNISH", "FINNISCH", "FINNOIS"),
        "pl": ("POLISH", "POLNISCH", "POLONAIS"),
        "tr": ("TURKISH", "TÜRKISCH", "TURC"),
        "el": ("GREEK", "GRIECHISCH", "GREC"),
    }.items()
    for name in names
}
"""Language names as the exports write them (upper-cased), with their BCP 47 codes."""


def language_code(value: str) -> str | None:
    """The BCP 47 code of an export's language value ("ENGLISH", "Deutsch; Englisch"), or None when unknown.

    The first of several languages is taken; a value that is a code already ("de") is kept.

    Example:
        >>> language_code("ENGLISH"), language_code("Deutsch; ENGLISCH"), language_code("pt-BR")
        ('en', 'de', 'pt-BR')
        >>> language_code("Klingon") is None
        True
    """
    first = value.split(";")[0].split(",")[0].strip()
    code = LANGUAGES.get(first.upper())
    if code is not None:
        return code
    if re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", first):
        return first
    return None
