"""The Icelandic vocabulary (is): the phrases of Icelandic-language news scrapes.

Icelandic dates are written day first with a dot after the day and the month in small letters ("27. nóvember
2026"), and "kl." (Danish's and Swedish's) or "klukkan" before a time. "mars" is French's, "apríl" Slovak's, "september"
English's, "október" Hungarian's, "desember" Norwegian's.
Words Icelandic shares with a language bundled before it are that language's: "og" (Danish's, as a byline's
"and"). The month abbreviations are left out ("des" is Indonesian December and French "des"), and so is "eftir"
(by, also "after") as a byline word. Relative times are read by their unit ("fyrir 3 klukkustundum": "fyrir" is
also "for", "before"). The stopwords hold the words Icelandic writes as the Nordic languages and German do
("og", "til", "var", "sig", "er", "um": the identifier counts them for both) and those only Icelandic writes
("að", "það", "ekki", "við", "hefur", "sagði").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ICELANDIC"]

_BODY_CHROME = ("Auglýsing", "Sjá einnig", "Tengdar fréttir")

ICELANDIC = Vocabulary(
    language="is",
    chrome=("Deila", "Deila frétt", "Athugasemdir", "Prenta", "Hlusta", "Sjá meira", *_BODY_CHROME),
    body_chrome=_BODY_CHROME,
    labels=(
        "Fréttir", "Innlent", "Erlent", "Viðskipti", "Íþróttir", "Menning", "Skoðun", "Pistill", "Leiðari",
        "Viðtal", "Bein útsending",
    ),
    story_lists=("Sjá einnig", "Tengdar fréttir", "Fleiri fréttir", "Mest lesið", "Nýjustu fréttir"),
    tag_labels=("Efnisorð",),
    minute_words=("mínútur", "mín"),
    reading_words=("lestrartími",),
    published_words=("birt",),
    updated_words=("uppfært", "síðast uppfært"),
    publish_stems=("birt",),
    source_words=("heimild",),
    by=("höfundur:", "höfundar:"),
    job_titles=("blaðamaður", "fréttamaður", "ritstjóri", "fréttastjóri", "fréttaritari", "ljósmyndari"),
    caption_labels=("mynd", "ljósmynd"),
    rights_words=("öll réttindi áskilin",),
    newsletter_words=("fréttabréf",),
    sign_up_words=("skráðu þig",),
    months={"janúar": 1, "febrúar": 2, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8, "nóvember": 11},
    weekdays=("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"),
    relative_dates=("klukkustundum", "mínútum", "í gær", "í dag"),
    time_joiners=("klukkan",),
    numeric_order="dmy",
    names=("icelandic", "isl", "ice", "íslenska"),
    stopwords=(
        "og", "að", "er", "í", "á", "sem", "til", "um", "við", "með", "ekki", "það", "var", "hann", "hún", "en",
        "fyrir", "frá", "eftir", "hefur", "verið", "sagði", "eru", "þegar", "einnig", "þetta", "vegna", "hafa", "mun",
        "segir", "þá", "sig", "úr", "þar", "hafi", "hjá", "sé",
    ),
    company_forms=("ehf.", "hf."),
)  # fmt: skip
