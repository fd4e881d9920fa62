"""The Latvian vocabulary (lv): the phrases of Latvian-language news scrapes.

Latvian dates are written day first with a dot after the day ("27. novembris 2026"), or year first with "gada"
(of the year) before the day and the month ("2026. gada 27. novembrī"), the month in the locative ("novembrī":
on), the genitive ("novembra") or the nominative ("novembris"): all three are read, and "plkst." (o'clock)
before a time. Words Latvian shares with a language bundled before it are that language's: "Autors:"
(Catalan's), "Autore:" (Italian's), "Autori:" (Romanian's), "vakar" (yesterday) and "BNS" (Lithuanian's),
"Foto" (German's), "Ekonomika" (Czech's), "marts" (Danish's), the genitives "marta", "septembra", "oktobra",
"novembra", "decembra" (Serbian's). "pirms" (ago,
also "before") is left out of the relative words: sites write "pirms 3 stundām", and the units "stundām",
"minūtēm", "dienām" are the relative words. The stopwords hold the words Latvian writes as Lithuanian does
("ir", "jau", "pat", "kad", "kuri": the identifier counts them for both) and those only Latvian writes ("un",
"ar", "uz", "arī", "lai", "tika", "bija", "nav").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["LATVIAN"]

_BODY_CHROME = ("Reklāma", "Lasi arī", "Lasiet arī")

LATVIAN = Vocabulary(
    language="lv",
    chrome=(
        "Dalīties", "Komentāri", "Komentēt", "Drukāt", "Kopēt saiti", "Saglabāt", "Abonēt", "Klausīties",
        "Rādīt vairāk", "Lasīt vairāk", "Uz augšu", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Ziņas", "Latvijā", "Pasaulē", "Viedoklis", "Analīze", "Komentārs", "Intervija", "Tiešraide",
        "Ekskluzīvi", "Kultūra",
    ),
    story_lists=(
        "Lasi arī", "Lasiet arī", "Saistītās ziņas", "Saistītie raksti", "Jaunākās ziņas", "Citas ziņas",
        "Visvairāk lasītie", "Lasītākie",
    ),
    tag_labels=("Tēmas", "Atslēgvārdi"),
    minute_words=("minūtes", "minūte", "min"),  # "min" as English writes it: the reading times are named whole
    reading_words=("lasīšanas laiks",),
    published_words=("publicēts", "publicēšanas datums"),
    updated_words=("atjaunināts", "atjaunots", "pēdējoreiz atjaunināts"),
    publish_stems=("publicē",),
    source_words=("avots",),
    by=("teksts:",),
    job_titles=(
        "žurnālists", "žurnāliste", "korespondents", "korespondente", "redaktors", "redaktore", "galvenais redaktors",
        "ziņu redaktors",
    ),
    conjunctions=("un",),
    agencies=("LETA",),
    caption_labels=("ilustratīvs foto", "arhīva foto"),
    rights_words=("visas tiesības aizsargātas",),
    months={
        "janvāris": 1, "janvāra": 1, "janvārī": 1, "februāris": 2, "februāra": 2, "februārī": 2, "martā": 3,
        "aprīlis": 4, "aprīļa": 4, "aprīlī": 4, "maijs": 5, "maija": 5, "maijā": 5, "jūnijs": 6, "jūnija": 6,
        "jūnijā": 6, "jūlijs": 7, "jūlija": 7, "jūlijā": 7, "augusts": 8, "augusta": 8, "augustā": 8,
        "septembris": 9, "septembrī": 9, "oktobris": 10, "oktobrī": 10, "novembris": 11, "novembrī": 11,
        "decembris": 12, "decembrī": 12,
    },
    weekdays=("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"),
    relative_dates=("stundām", "minūtēm", "dienām", "šodien"),
    time_joiners=("plkst.", "plkst"),
    date_fillers=("gada",),
    numeric_order="dmy",
    names=("latvian", "lav", "latviešu", "latviski"),
    stopwords=(
        "un", "ir", "ka", "uz", "ar", "par", "no", "kas", "lai", "bet", "arī", "vai", "tas", "tā", "to", "kā", "pēc",
        "līdz", "gada", "gadā", "kurš", "kura", "kuri", "viņš", "viņa", "viņi", "tika", "tiek", "būs", "bija",
        "nav", "vēl", "šo", "tomēr", "pret", "jau", "pat", "kad", "sacīja", "teica", "tikai", "ļoti",
    ),
    company_openers=("SIA",),
)  # fmt: skip
