"""The Croatian vocabulary (hr): the phrases of Croatian-language news scrapes.

Words Croatian shares with Serbian are Serbian's ("Pročitajte i", "Najčitanije", "Objavljeno", "Piše:",
"novinar", "utorak", "petak", "subota", the time joiner "u"); this vocabulary names the Croatian ones
(ijekavian "Povezane vijesti", "jučer", "prije"; the Croatian months). October, "listopad"/"listopada", is
Polish and Czech "listopad", November: it is left out, and a Croatian date in October with the month's name is
read as a November date (the date reader's month names are one table for all languages); an all-number date
("14.10.2024.") is read right.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["CROATIAN"]

_BODY_CHROME = ("Vezane vijesti", "Članak se nastavlja ispod oglasa")

CROATIAN = Vocabulary(
    language="hr",
    chrome=(
        "Podijeli", "Podijelite", "Ispiši", "Komentiraj", "Kopiraj poveznicu", "Spremi", "Pretplatite se", "Poslušaj",
        "Prijeđi na sadržaj", "Povratak na vrh", "Fotogalerija", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=("Mišljenje", "Kolumna", "Vijesti", "Hrvatska", "Svijet", "Gospodarstvo", "Crna kronika", "Kronika"),
    story_lists=(
        "Vezane vijesti", "Povezane vijesti", "Najnovije vijesti", "Još vijesti", "Izdvojeno", "Preporučeno",
        "Najčitanije vijesti", "Pročitajte još i",
    ),
    tag_labels=("Oznake", "Ključne riječi"),
    minute_words=("minuta", "minute"),
    reading_words=("vrijeme čitanja", "čitanja"),
    updated_words=("zadnje ažuriranje", "posljednje ažuriranje"),
    by=("pripremio:", "pripremila:"),
    job_titles=("kolumnist", "kolumnistica", "glavni urednik"),
    agencies=("Hina", "HINA"),
    photo_agencies=("Pixsell",),
    end_note_patterns=(r"sva prava (?:su )?pridržana",),
    rights_words=("sva prava pridržana", "sva prava su pridržana"),
    months={
        "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3, "travanj": 4, "travnja": 4,
        "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8,
        "rujan": 9, "rujna": 9, "studeni": 11, "studenoga": 11, "studenog": 11, "prosinac": 12, "prosinca": 12,
    },
    weekdays=("ponedjeljak", "srijeda", "nedjelja"),
    # "prije" (ago, before) alone, as sites write "prije 3 sata" with the number inside
    relative_dates=("prije", "jučer"),
    numeric_order="dmy",
    names=("croatian", "hrv", "hrvatski"),
    stopwords=(
        "je", "u", "da", "će", "su", "sa", "kao", "iz", "koji", "koja", "koje", "nije", "ali", "bio", "bila", "bilo",
        "zbog", "između", "prema", "rekao", "nakon", "još", "već", "prije", "poslije", "također", "tijekom", "gdje",
        "dio", "dvije", "vrijeme", "unatoč", "ovdje", "tko", "svijeta", "vijesti", "mjesto", "tisuća", "i", "se",
        "na", "za", "od",
    ),
    company_forms=("d.o.o.", "d.d.", "j.d.o.o."),
)  # fmt: skip
