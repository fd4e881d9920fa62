"""The Swedish vocabulary (sv): the phrases of Swedish-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["SWEDISH"]

_BODY_CHROME = ("Annons", "Läs också", "Läs även", "Artikeln fortsätter under annonsen", "Annonsen fortsätter")

SWEDISH = Vocabulary(
    language="sv",
    chrome=(
        "Kommentarsfunktionen är stängd",
        "Dela", "Dela artikeln", "Följ", "Skriv ut", "Kommentarer", "Kommentera", "Kopiera länk", "Kopiera länken",
        "Prenumerera", "Spara", "Lyssna", "Lyssna på artikeln", "Hoppa till innehållet", "Till toppen",
        "Textstorlek", "Visa mer", "Bildspel", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Just nu", "Senaste nytt", "Exklusivt", "Ledare", "Debatt", "Analys", "Krönika", "Intervju", "Inrikes",
        "Utrikes", "Nyheter", "Granskning",
    ),
    story_lists=(
        "Läs också", "Läs även", "Läs mer", "Mest läst", "Mest lästa", "Mest delade", "Relaterade artiklar",
        "Relaterat", "Fler artiklar", "Senaste nytt", "Mer om ämnet", "Rekommenderat", "Andra läser",
    ),
    tag_labels=("Taggar", "Ämnen", "Nyckelord"),
    minute_words=("minuter",),
    reading_words=("lästid", "läsning", "läsningstid"),
    not_places=("LÄS", "OCKSÅ", "LÄS OCKSÅ", "JUST NU"),
    published_words=("publicerad", "publicerat", "publicerades"),
    updated_words=("uppdaterad", "uppdaterat", "uppdaterades", "senast uppdaterad"),
    timestamp_joiners=("den",),
    publish_stems=("publicera",),
    source_words=("källa", "källor"),
    views_after=("visningar",),
    by=("av",),
    job_titles=(
        "pressmeddelande", "redaktör", "chefredaktör", "krönikör", "utrikeskorrespondent", "reportern", "nyhetschef",
    ),
    conjunctions=("och",),
    tip_words=("tips",),
    about_headings=("om",),
    contact_headings=("för mer information", "för ytterligare information", "presskontakt", "kontakt"),
    # "TT" alone on a line is English's chrome marker: a signature of bylines and datelines, never a photo credit
    agency_names=("TT", "Tidningarnas Telegrambyrå"),
    caption_labels=("arkivbild",),
    end_note_patterns=(r"^alla rättigheter (?:förbehållna|reserverade)",),
    end_note_words=("rättigheter",),
    rights_words=("alla rättigheter förbehållna", "alla rättigheter reserverade"),
    months={"augusti": 8},
    weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    relative_dates=("timmar sedan", "timme sedan", "minuter sedan", "dagar sedan", "igår", "idag", "nyss"),
    time_joiners=("kl.", "kl", "klockan"),
    numeric_order="dmy",
    names=("swedish", "swe", "svenska"),
    stopwords=(
        "och", "att", "det", "som", "på", "är", "av", "för", "med", "till", "har", "inte", "ett", "men", "från",
        "också", "enligt", "efter", "när", "kan", "skulle", "sig", "mot", "hade", "blev", "säger", "sade", "vid",
        "eller", "även",
    ),
)  # fmt: skip
