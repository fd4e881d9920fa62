"""The Finnish vocabulary (fi): the phrases of Finnish-language news scrapes.

Months in the partitive that dates use ("14. maaliskuuta 2024"), the nominative and the abbreviations some sites
print ("maalisk."). Finnish sites write a time after "klo" with a dot ("klo 14.05"): the date reader takes a dot
time only before a word such as "Uhr", so such a line gives its date without the time ("14.3.2024 klo 14:05" and
"14.3.2024 14:05" give both). "eilen" (yesterday) is left out of the relative words, as German "eilen" (to
hurry); the weekday abbreviations ("ma", "ti", "la", "su") are common words of other languages and left out.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["FINNISH"]

_BODY_CHROME = ("Mainos", "Lue myös", "Lue lisää", "Artikkeli jatkuu mainoksen jälkeen")

FINNISH = Vocabulary(
    language="fi",
    chrome=(
        "Tähän juttuun ei voi kommentoida", "Kommentointi on suljettu",
        "Jaa", "Jaa artikkeli", "Jaa juttu", "Seuraa", "Tulosta", "Kommentoi", "Kommentit", "Kopioi linkki",
        "Linkki kopioitu", "Tilaa", "Tallenna", "Kuuntele", "Kuuntele artikkeli", "Siirry sisältöön", "Takaisin ylös",
        "Näytä lisää", "Katso lisää", "Kuvagalleria", "Uusimmat ensin", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Tuoreimmat", "Yksinoikeudella", "Suora lähetys", "Mielipide", "Pääkirjoitus", "Kolumni", "Analyysi", "Kotimaa",
        "Ulkomaat", "Talous", "Politiikka", "Uutiset", "Urheilu", "Kulttuuri",
    ),
    story_lists=(
        "Lue myös", "Lue lisää", "Luetuimmat", "Luetuimmat uutiset", "Luetuimmat jutut", "Uusimmat", "Uusimmat uutiset",
        "Aiheeseen liittyvät", "Aiheeseen liittyvää", "Aiheesta lisää", "Katso myös", "Suosittelemme", "Muut uutiset",
    ),
    tag_labels=("Aiheet", "Avainsanat", "Tunnisteet"),
    minute_words=("minuuttia", "minuutti"),
    reading_words=("lukuaika",),
    not_places=("LUE", "MYÖS", "PÄIVITETTY"),
    published_words=("julkaistu",),
    updated_words=("päivitetty", "päivitetty viimeksi", "viimeksi päivitetty"),
    publish_stems=("julkaist",),
    source_words=("lähde",),
    by=("teksti:", "kirjoittaja:", "kirjoittajat:", "toimittaja:"),
    tip_words=("vinkki", "uutisvinkki"),
    contact_headings=("lisätietoja", "lisätiedot", "yhteystiedot"),
    job_titles=(
        "toimittaja", "uutistoimittaja", "päätoimittaja", "erikoistoimittaja", "ulkomaantoimittaja", "kirjeenvaihtaja",
        "kuvaaja", "toimitus", "taloustoimittaja",
    ),
    conjunctions=("ja",),
    agencies=("STT",),
    agency_names=("Suomen Tietotoimisto",),
    photo_agencies=("Lehtikuva",),
    credit_words=("kuva", "kuvat", "kuvaaja"),
    caption_labels=("kuva", "kuvat", "arkistokuva", "kuvituskuva"),
    end_note_patterns=(r"kaikki oikeudet pidätetään",),
    end_note_words=("oikeudet",),
    rights_words=("kaikki oikeudet pidätetään",),
    months={
        "tammikuu": 1, "tammikuuta": 1, "tammik": 1, "helmikuu": 2, "helmikuuta": 2, "helmik": 2, "maaliskuu": 3,
        "maaliskuuta": 3, "maalisk": 3, "huhtikuu": 4, "huhtikuuta": 4, "huhtik": 4, "toukokuu": 5, "toukokuuta": 5,
        "toukok": 5, "kesäkuu": 6, "kesäkuuta": 6, "kesäk": 6, "heinäkuu": 7, "heinäkuuta": 7, "heinäk": 7, "elokuu": 8,
        "elokuuta": 8, "elok": 8, "syyskuu": 9, "syyskuuta": 9, "syysk": 9, "lokakuu": 10, "lokakuuta": 10, "lokak": 10,
        "marraskuu": 11, "marraskuuta": 11, "marrask": 11, "joulukuu": 12, "joulukuuta": 12, "jouluk": 12,
    },
    weekdays=("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    # phrases, not "sitten" (ago, then) alone: "sitten 14.3.2024" is a date
    relative_dates=("tuntia sitten", "tunti sitten", "minuuttia sitten", "minuutti sitten", "päivää sitten", "tänään"),
    time_joiners=("klo", "kello"),
    numeric_order="dmy",
    names=("finnish", "fin", "suomi", "suomeksi"),
    stopwords=(
        "ja", "että", "oli", "ovat", "myös", "mutta", "kun", "joka", "jonka", "tai", "sekä", "hän", "kanssa", "mukaan",
        "vuonna", "nyt", "ole", "olla", "kuin", "niin", "vain", "jälkeen", "tämä", "tämän", "sen", "ei", "hänen", "jos",
        "eli", "vielä", "mitä", "ettei",
    ),
    company_forms=("Oyj",),
)  # fmt: skip
