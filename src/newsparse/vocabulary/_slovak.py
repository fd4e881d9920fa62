"""The Slovak vocabulary (sk): the phrases of Slovak-language news scrapes.

Words Slovak shares with Czech or Polish are theirs ("marca", "augusta", "sobota", "reportér", "komentátor",
"redaktor", "autor:", "včera", "dnes", the conjunction "a"). Slovak sites write "pred 3 hodinami" with the
number inside: "pred" (ago, also "before" and "in front of") is left out, and the instrumental units it takes
("hodinami", "minútami") are the relative words.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["SLOVAK"]

_BODY_CHROME = ("Čítajte aj", "Čítajte tiež", "Prečítajte si aj", "Článok pokračuje pod reklamou")

SLOVAK = Vocabulary(
    language="sk",
    chrome=(
        "Zdieľať", "Zdieľať článok", "Sledovať", "Tlačiť", "Vytlačiť", "Diskusia", "Komentáre", "Kopírovať odkaz",
        "Skopírovať odkaz", "Odoberať", "Uložiť", "Vypočuť si článok", "Prejsť na obsah", "Späť hore", "Zobraziť viac",
        "Viac", "Fotogaléria", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=("Exkluzívne", "Naživo", "Komentár", "Domov", "Zahraničie", "Správy", "Aktuálne"),
    story_lists=(
        "Čítajte aj", "Čítajte tiež", "Prečítajte si aj", "Prečítajte si", "Súvisiace články", "Súvisiace",
        "Najčítanejšie", "Najčítanejšie články", "Odporúčame", "Mohlo by vás zaujímať", "Ďalšie správy",
        "Najnovšie správy", "Viac k téme", "K téme",
    ),
    tag_labels=("Témy", "Kľúčové slová"),
    minute_words=("minúta", "minúty", "minút"),
    reading_words=("čítania", "čas čítania", "na čítanie"),
    not_places=("ČÍTAJTE", "AKTUALIZÁCIA"),
    published_words=("publikované", "zverejnené", "uverejnené"),
    updated_words=("aktualizované", "posledná aktualizácia", "upravené"),
    publish_stems=("zverejn", "uverejn"),
    views_after=("prečítaní",),
    job_titles=("spravodajca", "spravodajkyňa", "novinár", "novinárka", "redakcia", "moderátor", "moderátorka"),
    agencies=("TASR", "SITA"),
    agency_names=("Tlačová agentúra Slovenskej republiky",),
    credit_words=("snímka",),
    caption_labels=("snímka", "ilustračné foto", "ilustračná snímka"),
    end_note_patterns=(r"všetky práva vyhradené",),
    rights_words=("všetky práva vyhradené",),
    months={
        "januára": 1, "februára": 2, "marec": 3, "apríl": 4, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
        "októbra": 10,
    },
    weekdays=("pondelok", "utorok", "streda", "štvrtok", "piatok", "nedeľa"),
    relative_dates=("hodinami", "minútami"),
    numeric_order="dmy",
    names=("slovak", "slk", "slo", "slovenčina", "slovensky"),
    stopwords=(
        "sa", "sú", "aj", "ako", "ktorý", "ktorá", "ktoré", "ktorí", "tiež", "podľa", "bolo", "bol", "bola", "pre",
        "pri", "som", "medzi", "len", "alebo", "keď", "ešte", "však", "už", "je", "že", "ich", "jej", "toho", "roku",
        "môže", "kde", "iba", "mal", "mala", "a", "v", "na", "do",
    ),
    company_forms=("s.r.o.", "spol. s r.o.", "a.s.", "v.o.s.", "k.s."),
)  # fmt: skip
