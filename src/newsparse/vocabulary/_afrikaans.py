"""The Afrikaans vocabulary (af): the phrases of Afrikaans-language news scrapes.

Afrikaans grew out of Dutch and writes much as Dutch does: what it writes alike ("Lees ook", "Maart", "Mei",
"Oktober", "Maandag", "om", "op", "en", "bron") is Dutch's and not repeated here, "Desember" Indonesian's and
Norwegian's; this vocabulary names only its own ("Deur", "Gepubliseer", "Junie", "Vrydag", "gelede"). The
African News Agency is named in full: its "ANA" is also the name Ana, which bylines compare ignoring case. The
stopwords hold the words both write alike and those only Afrikaans writes ("nie", "vir", "sal", "hulle", "gesê",
"word"): the identifier tells an Afrikaans page from a Dutch one by them, a Dutch one by its own ("de", "een",
"niet", "zijn").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["AFRIKAANS"]

_BODY_CHROME = ("Advertensie", "Verwante artikels", "Lees verder hieronder", "Artikel gaan voort onder die advertensie")

AFRIKAANS = Vocabulary(
    language="af",
    chrome=(
        "Deel", "Deel hierdie artikel", "Kopieer skakel", "Skakel gekopieer", "Kommentaar", "Lewer kommentaar",
        "Teken in", "Druk", "Stoor", "Luister na hierdie artikel", "Wys meer", "Sien meer", "Fotogalery",
        "Gaan na inhoud", "Terug na bo", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Nuus", "Nuusflits", "Sake", "Wêreld", "Plaaslik", "Vermaak", "Mening", "Ontleding", "Eksklusief",
        "Onderhoud", "Rubriek", "Landbou", "Buiteland",
    ),
    story_lists=(
        "Verwante artikels", "Verwante nuus", "Meeste gelees", "Mees gelees", "Nuutste nuus", "Meer nuus",
        "Meer oor hierdie onderwerp", "Aanbeveel", "Ons beveel aan", "Ander nuus",
    ),
    tag_labels=("Etikette", "Sleutelwoorde"),
    minute_words=("minute", "min"),  # as English and Dutch write them: the vocabulary names its reading times whole
    reading_words=("leestyd",),
    published_words=("gepubliseer", "geplaas", "publikasiedatum"),
    updated_words=("bygewerk", "opgedateer", "laas bygewerk", "laaste opdatering"),
    publish_stems=("gepubliseer",),
    views_after=("keer gelees", "lesers"),
    writer_paths=("skrywer", "joernalis"),
    by=("deur", "skrywer:", "teks:", "verslag:"),
    job_titles=(
        "verslaggewer", "joernalis", "nuusredakteur", "politieke redakteur",
        "redaksie", "nuusredaksie", "mediaverklaring",
    ),
    agency_names=("African News Agency",),
    publishers=("Netwerk24", "Maroela Media", "Die Burger"),
    caption_labels=("lêerfoto", "argieffoto"),
    rights_words=("alle regte voorbehou",),
    newsletter_words=("nuusbrief",),
    sign_up_words=("teken in", "sluit aan"),
    contact_headings=("vir meer inligting", "mediakontak", "navrae"),
    months={"januarie": 1, "junie": 6, "julie": 7},
    weekdays=("vrydag", "saterdag", "sondag"),
    relative_dates=("gelede", "gister", "vandag", "eergister", "so pas", "netnou"),
    numeric_order="dmy",
    zones={"SAST": "+02:00"},
    names=("afrikaans", "afr"),
    stopwords=(
        "die", "nie", "van", "en", "in", "is", "het", "dat", "op", "te", "met", "aan", "ook", "om", "maar", "nog",
        "tot", "uit", "vir", "sal", "hulle", "hy", "sy", "gesê", "word", "deur", "oor", "wat", "baie", "ná",
    ),
    company_forms=("(Edms.) Bpk.", "Bpk.", "Bpk"),
)  # fmt: skip
