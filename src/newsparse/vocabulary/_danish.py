"""The Danish vocabulary (da): the phrases of Danish-language news scrapes.

Words Danish shares with a language bundled before it are that language's: "januar", "juni", "oktober" (German),
"maj" (Polish), "april", "december", "jan", "dec" (English), "Foto:" (German), "journalist" (English).
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["DANISH"]

_BODY_CHROME = ("Annonce", "Reklame", "Læs også", "Læs mere", "Artiklen fortsætter under annoncen")

DANISH = Vocabulary(
    language="da",
    chrome=(
        "Der er lukket for kommentarer",
        "Del", "Del artikel", "Del artiklen", "Følg", "Udskriv", "Kommentarer", "Kommenter", "Gem", "Gem artikel",
        "Lyt", "Lyt til artiklen", "Kopier link", "Kopiér link", "Abonner", "Tilmeld", "Gå til indhold",
        "Til toppen", "Vis mere", "Se mere", "Billedgalleri", "Nyeste først", "Ældste først", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Seneste nyt", "Eksklusivt", "Direkte", "Debat", "Leder", "Kronik", "Indland", "Udland", "Økonomi",
        "Baggrund", "Nyheder",
    ),
    story_lists=(
        "Læs også", "Læs mere", "Mest læste", "Mest læst", "Relaterede artikler", "Relateret", "Seneste nyheder",
        "Andre læser også", "Flere nyheder", "Se også", "Mere om emnet", "Anbefalet til dig",
    ),
    tag_labels=("Emner", "Nøgleord"),
    minute_words=("minutter",),
    reading_words=("læsetid", "læsning"),
    not_places=("LÆS", "OGSÅ", "LÆS OGSÅ", "OPDATERING"),
    published_words=("publiceret",),
    updated_words=("opdateret", "sidst opdateret"),
    publish_stems=("publicere",),
    source_words=("kilde",),
    by=("af", "skrevet af"),
    job_titles=(
        "pressemeddelelse", "redaktør", "chefredaktør", "udlandskorrespondent", "journalistpraktikant", "praktikant",
        "fotograf",
        "journalister",
    ),
    conjunctions=("og",),
    tip_words=("tips",),
    about_headings=("om",),
    contact_headings=(
        "yderligere oplysninger", "for yderligere information", "yderligere information", "pressekontakt", "kontakt",
    ),
    place_prepositions=("i",),
    agencies=("Ritzau",),
    agency_names=("Ritzaus Bureau",),
    photo_agencies=("Ritzau Scanpix",),
    credit_words=("billede", "billeder"),
    caption_labels=("arkivfoto", "billede"),
    end_note_patterns=(r"alle rettigheder forbeholdes|alle rettigheder forbeholdt",),
    end_note_words=("rettigheder",),
    rights_words=("alle rettigheder forbeholdes", "alle rettigheder forbeholdt"),
    months={"marts": 3},
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    # phrases, not "siden" (ago, since) alone: "siden 14. marts 2024" is a date
    relative_dates=("timer siden", "time siden", "minutter siden", "dage siden", "i går", "i dag"),
    time_joiners=("kl.", "klokken"),
    numeric_order="dmy",
    names=("danish", "dan", "dansk"),
    stopwords=(
        "og", "det", "til", "som", "på", "med", "han", "af", "ikke", "var", "har", "sig", "men", "efter", "hun",
        "også", "fra", "blev", "kan", "ved", "nu", "meget", "noget", "mod", "hvor", "hvad", "skal", "vil", "være",
        "bliver", "eller", "mig",
    ),
    company_forms=("A/S", "ApS", "I/S", "P/S"),
)  # fmt: skip
