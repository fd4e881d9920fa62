"""The Catalan vocabulary (ca): the phrases of Catalan-language news scrapes.

Months are also written with the elided "de" they take after the day ("14 d'abril de 2024", "d’octubre"):
those forms are months too. Words Catalan shares with Spanish, French, Romanian or English are theirs ("abril",
"octubre", "novembre", "de", "autor:", "periodista", "redactor", "corresponsal", "publicat"). The month
abbreviations "des." and "set." (French "des", English "set") and the byline word "Per" (a first name, and
"for") are left out. "fa" (ago: "fa 3 hores") is Italian's relative word ("2 ore fa").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["CATALAN"]

_BODY_CHROME = ("Publicitat", "Llegeix també", "Llegiu també", "Més informació")

CATALAN = Vocabulary(
    language="ca",
    chrome=(
        "Comparteix", "Segueix-nos", "Imprimeix", "Comentaris", "Comenta", "Copia l'enllaç", "Copiar enllaç", "Desa",
        "Guarda", "Subscriu-te", "Escolta", "Escolta la notícia", "Vés al contingut", "Torna a dalt", "Mostra'n més",
        "Veure més", "Galeria d'imatges", "Fotogaleria", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=("Opinió", "Anàlisi", "En directe", "Crònica", "Reportatge", "Societat", "Internacional", "Esports"),
    story_lists=(
        "Llegeix també", "Llegiu també", "Més informació", "Notícies relacionades", "Relacionades", "El més llegit",
        "Els més llegits", "Les més llegides", "Més llegides", "Més llegit", "Últimes notícies",
        "També et pot interessar", "Et pot interessar", "Més notícies",
    ),
    tag_labels=("Etiquetes", "Temes", "Arxivat a"),
    minute_words=("minuts",),
    reading_words=("de lectura", "temps de lectura"),
    not_places=("DIRECTE",),
    updated_words=("actualitzat", "actualitzada", "actualització", "última actualització"),
    timestamp_joiners=("a les",),
    publish_stems=("publica",),
    source_words=("font",),
    by=("autora:", "autors:"),
    surname_joiners=("i",),
    job_titles=("redacció", "enviat"),
    agencies=("ACN",),
    agency_names=("Agència Catalana de Notícies",),
    credit_words=("imatge", "fotografia"),
    caption_labels=("imatge", "fotografia", "foto d'arxiu", "imatge d'arxiu"),
    end_note_patterns=(r"tots els drets reservats",),
    end_note_words=("drets",),
    rights_words=("tots els drets reservats",),
    months={
        "gener": 1, "febrer": 2, "març": 3, "d'abril": 4, "d’abril": 4, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
        "d'agost": 8, "d’agost": 8, "setembre": 9, "d'octubre": 10, "d’octubre": 10, "desembre": 12,
    },
    weekdays=("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    relative_dates=("ahir", "avui"),
    time_joiners=("a les",),
    numeric_order="dmy",
    names=("catalan", "cat", "català"),
    stopwords=(
        "la", "de", "que", "el", "les", "a", "en", "un", "una", "es", "ha", "del", "i", "els", "amb", "per", "més",
        "però", "també", "són", "seva", "seu", "aquest", "aquesta", "hi", "ho", "li", "perquè", "dels", "pels", "als",
        "va", "van", "han", "com", "quan", "segons", "després", "anys", "molt", "fins", "havia", "aquests", "seus",
    ),
)  # fmt: skip
