"""The Estonian vocabulary (et): the phrases of Estonian-language news scrapes.

Estonian dates are written day first with a dot after the day and the month in small letters ("27. november
2026"), in the nominative or the adessive ("27. novembril 2026": on), and "kell" (o'clock) before a time.
"november", "september", "august", "okt", "nov" are English's and German's, "mai" German's. The adessive
"mail" (in May) is left out: it is English "mail". Words Estonian shares with a language bundled before it are
that language's: "ja" (Finnish's, as a byline's "and"), "Autor:" (German's), "Tekst:" (Dutch's),
"korrespondent" (German's). The stopwords hold the words Estonian writes as Finnish does ("ja", "ei", "oli",
"ole": the identifier counts them for both) and those only Estonian writes ("on", "et", "see", "ning", "kui",
"aga", "ütles"). "tagasi" (ago, also "back") is a relative word only after its unit ("3 tundi tagasi").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ESTONIAN"]

_BODY_CHROME = ("Reklaam", "Loe ka", "Vaata ka", "Artikkel jätkub pärast reklaami")

ESTONIAN = Vocabulary(
    language="et",
    chrome=(
        "Jaga", "Jaga artiklit", "Kommentaarid", "Kommenteeri", "Prindi", "Kopeeri link", "Salvesta", "Kuula",
        "Kuula artiklit", "Näita rohkem", "Fotogalerii", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Uudised", "Eesti", "Maailm", "Majandus", "Arvamus", "Juhtkiri", "Kultuur", "Intervjuu", "Analüüs",
        "Otseülekanne",
    ),
    story_lists=(
        "Loe ka", "Vaata ka", "Seotud lood", "Seotud artiklid", "Loetuimad", "Enim loetud", "Viimased uudised",
        "Soovitame",
    ),
    tag_labels=("Märksõnad", "Teemad"),
    minute_words=("minutit", "min"),  # "min" as English writes it: the vocabulary names its reading times whole
    reading_words=("lugemisaeg",),
    published_words=("avaldatud",),
    updated_words=("uuendatud", "viimati uuendatud", "muudetud"),
    publish_stems=("avaldat",),
    source_words=("allikas",),
    by=("autorid:",),
    job_titles=("ajakirjanik", "toimetaja", "peatoimetaja", "uudistetoimetaja"),
    caption_labels=("arhiivifoto",),
    rights_words=("kõik õigused kaitstud",),
    newsletter_words=("uudiskir",),
    sign_up_words=("telli", "liitu"),
    months={
        "jaanuar": 1, "jaanuaril": 1, "jaan": 1, "veebruar": 2, "veebruaril": 2, "veebr": 2, "märts": 3,
        "märtsil": 3, "aprill": 4, "aprillil": 4, "juuni": 6, "juunil": 6, "juuli": 7, "juulil": 7, "augustil": 8,
        "septembril": 9, "oktoober": 10, "oktoobril": 10, "novembril": 11, "detsember": 12, "detsembril": 12,
        "dets": 12,
    },
    weekdays=("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    relative_dates=("tundi tagasi", "tund tagasi", "minutit tagasi", "minut tagasi", "päeva tagasi", "eile", "täna"),
    time_joiners=("kell",),
    numeric_order="dmy",
    names=("estonian", "est", "eesti", "eesti keel"),
    stopwords=(
        "on", "ja", "ei", "oli", "ole", "et", "see", "ning", "kui", "ka", "aga", "mis", "või", "seda", "selle",
        "tema", "nad", "oma", "veel", "nüüd", "pärast", "ütles", "sest", "kes", "mida", "juba", "kuid", "üle", "vaid",
        "aastal", "mille", "siis", "olid", "tuleb", "kõik", "samuti", "nii", "eest", "kus",
    ),
    company_forms=("OÜ",),
)  # fmt: skip
