"""The Norwegian Bokmål vocabulary (nb; also what "no" names): the phrases of Norwegian-language news scrapes.

Words Norwegian shares with a language bundled before it are that language's: "og", "i går", "kl.", the weekdays
(Danish), "mars" (French), "mai", "januar", "oktober" (German), "Foto:" (German), "journalist" (English).
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["NORWEGIAN"]

_BODY_CHROME = ("Annonse", "Les også", "Les mer", "Artikkelen fortsetter under annonsen")

NORWEGIAN = Vocabulary(
    language="nb",
    chrome=(
        "Kommentarfeltet er stengt",
        "Del artikkel", "Del artikkelen", "Skriv ut", "Lagre", "Lytt", "Lytt til artikkelen", "Kopier lenke",
        "Kopier lenken", "Gå til innhold", "Vis mer", "Se mer", "Bildegalleri", "Eldste først", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Siste nytt", "Debatt", "Innenriks", "Utenriks", "Bakgrunn", "Intervju",
        "Reportasje", "Nyheter",
    ),
    story_lists=(
        "Les også", "Les mer", "Mest lest", "Mest leste", "Relaterte artikler", "Relatert", "Siste nyheter",
        "Flere nyheter", "Mer om saken", "Anbefalt for deg",
    ),
    tag_labels=("Stikkord", "Emneord"),
    minute_words=("minutt",),
    reading_words=("lesetid", "lesing"),
    not_places=("LES", "LES OGSÅ", "OPPDATERING"),
    published_words=("publisert",),
    updated_words=("oppdatert", "sist oppdatert", "sist endret"),
    publish_stems=("publiser",),
    by=("av", "skrevet av"),
    tip_words=("tips",),
    about_headings=("om",),
    contact_headings=("for mer informasjon", "for ytterligere informasjon", "pressekontakt", "kontakt"),
    job_titles=("pressemelding", "nyhetsredaktør", "kommentator", "utenrikskorrespondent"),
    agencies=("NTB",),
    agency_names=("Norsk Telegrambyrå",),
    photo_agencies=("NTB Scanpix",),
    credit_words=("bilde",),
    caption_labels=("arkivbilde", "bilde"),
    end_note_patterns=(r"alle rettigheter (?:reservert|forbeholdt)",),
    end_note_words=("rettigheter",),
    rights_words=("alle rettigheter reservert", "alle rettigheter forbeholdt"),
    months={"desember": 12},
    relative_dates=("minutt siden", "dager siden"),
    numeric_order="dmy",
    names=(
        "no", "nor", "nob", "norwegian", "norwegian bokmål", "norwegian bokmal", "bokmål", "bokmal", "norsk",
        "norsk bokmål",
    ),
    stopwords=(
        "og", "det", "på", "som", "til", "å", "han", "av", "med", "har", "ikke", "var", "men", "etter", "fra",
        "seg", "også", "vil", "skal", "ble", "hun", "kan", "nå", "mye", "noe", "mot", "hva", "være", "blir",
        "eller", "meg", "hvor",
    ),
    company_forms=("ASA", "A/S"),
)  # fmt: skip
