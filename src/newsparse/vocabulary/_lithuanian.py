"""The Lithuanian vocabulary (lt): the phrases of Lithuanian-language news scrapes.

Lithuanian dates are written year first, "2024 m. kovo 14 d." (the fillers "m." and "d."), or as ISO numbers
("2024-03-14 14:05"): both are read. Months in the nominative and the genitive dates use. "prieš" (ago, also
"against") is left out of the relative words: sites write "prieš 3 valandas", and the units "valandas",
"valandą", "minučių" are the relative words; "val." and "min." are left out ("val" is Catalan and French).
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["LITHUANIAN"]

_BODY_CHROME = ("Taip pat skaitykite", "Skaitykite taip pat", "Straipsnis tęsiasi po reklama")

LITHUANIAN = Vocabulary(
    language="lt",
    chrome=(
        "Dalintis", "Dalinkitės", "Pasidalinti", "Sekti", "Spausdinti", "Komentarai", "Komentuoti", "Kopijuoti nuorodą",
        "Išsaugoti", "Prenumeruoti", "Klausyti", "Pereiti prie turinio", "Į viršų", "Rodyti daugiau", "Daugiau",
        "Nuotraukų galerija", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Skubiai", "Išskirtinai", "Nuomonė", "Analizė", "Tiesiogiai", "Komentaras", "Reportažas", "Lietuvoje",
        "Pasaulyje", "Verslas", "Naujienos",
    ),
    story_lists=(
        "Taip pat skaitykite", "Skaitykite taip pat", "Susiję straipsniai", "Susijusios naujienos", "Daugiau naujienų",
        "Skaitomiausi", "Skaitomiausios naujienos", "Populiariausi", "Naujausi", "Naujausios naujienos",
        "Rekomenduojame", "Daugiau šia tema",
    ),
    tag_labels=("Žymės", "Temos", "Raktažodžiai"),
    minute_words=("minutės", "minučių", "minutė"),
    reading_words=("skaitymo laikas", "skaitymo"),
    not_places=("SKUBIAI", "SVARBU", "ATNAUJINTA"),
    published_words=("paskelbta", "publikuota", "paskelbimo data"),
    updated_words=("atnaujinta", "atnaujinimas", "paskutinį kartą atnaujinta"),
    publish_stems=("paskelb", "publikuot"),
    source_words=("šaltinis",),
    views_after=("peržiūros", "peržiūrų", "peržiūrėjo"),
    by=("autorius:", "autorė:", "autoriai:"),
    job_titles=(
        "žurnalistas", "žurnalistė", "korespondentas", "korespondentė", "redaktorius", "redaktorė", "apžvalgininkas",
        "apžvalgininkė",
    ),
    conjunctions=("ir",),
    agencies=("ELTA", "BNS"),
    credit_words=("nuotr.", "nuotrauka", "nuotraukos"),
    caption_labels=("nuotr.", "nuotrauka", "asociatyvi nuotr.", "asociatyvi nuotrauka"),
    end_note_patterns=(r"visos teisės saugomos",),
    end_note_words=("teisės",),
    rights_words=("visos teisės saugomos",),
    months={
        "sausis": 1, "sausio": 1, "vasaris": 2, "vasario": 2, "kovas": 3, "kovo": 3, "balandis": 4, "balandžio": 4,
        "gegužė": 5, "gegužės": 5, "birželis": 6, "birželio": 6, "liepa": 7, "liepos": 7, "rugpjūtis": 8,
        "rugpjūčio": 8, "rugsėjis": 9, "rugsėjo": 9, "spalis": 10, "spalio": 10, "lapkritis": 11, "lapkričio": 11,
        "gruodis": 12, "gruodžio": 12,
    },
    weekdays=(
        "pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis",
    ),
    relative_dates=("valandas", "valandą", "minučių", "vakar", "šiandien"),
    date_fillers=("m.", "d."),
    names=("lithuanian", "lit", "lietuvių", "lietuviu"),
    stopwords=(
        "ir", "yra", "kad", "iš", "į", "buvo", "bus", "tai", "kaip", "kuris", "kuri", "kurie", "taip", "pat", "jau",
        "tik", "prie", "apie", "nuo", "savo", "nes", "arba", "kai", "metų", "jo", "jos", "dėl", "bei", "tačiau",
        "teigė", "šių", "buvo", "dar",
    ),
    company_openers=("UAB",),
)  # fmt: skip
