"""The Dutch vocabulary (nl): the phrases of Dutch-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["DUTCH"]

_BODY_CHROME = ("Advertentie", "Lees ook", "Lees verder", "Lees meer")

DUTCH = Vocabulary(
    language="nl",
    chrome=(
        "Reageren is niet meer mogelijk",
        "Delen", "Deel dit artikel", "Volgen", "Volg", "Printen", "Afdrukken", "Reacties", "Reageer", "Korte link",
        "Kopieer link", "Link kopiëren", "Abonneren", "Bewaren", "Opslaan", "Luister", "Beluister dit artikel",
        "Naar inhoud", "Terug naar boven", "Tekstgrootte", "Meer", "Toon meer", "Galerij", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Korte link",),
    labels=(
        "Exclusief", "Opinie", "Analyse", "Column", "Commentaar", "Achtergrond", "Liveblog", "Net binnen",
        "Binnenland", "Buitenland", "Politiek", "Economie", "Cultuur",
    ),
    story_lists=(
        "Lees ook", "Lees meer", "Meest gelezen", "Gerelateerde artikelen", "Gerelateerd", "Meer nieuws",
        "Ook interessant", "Aanbevolen", "Meer over dit onderwerp", "Laatste nieuws", "Bekijk ook",
    ),
    tag_labels=(
        "Trefwoorden", "Onderwerpen",
    ),
    minute_words=("min", "minuut", "minuten"),
    reading_words=("leestijd", "lezen"),
    not_places=("LEES", "OOK", "NOOT"),
    published_words=("gepubliceerd", "geplaatst"),
    updated_words=("bijgewerkt", "laatste update", "aangepast", "gewijzigd"),
    timestamp_joiners=("op", "om"),
    publish_stems=("gepubliceerd",),
    source_words=("bron", "bronnen"),
    views_before=("weergaven",),
    views_verbs=("gelezen", "bekeken"),
    views_times=("keer",),
    views_after=("weergaven", "keer bekeken", "keer gelezen", "lezers"),
    by=("door", "auteur:", "tekst:"),
    job_titles=(
        "persbericht", "verslaggever", "verslaggeefster", "redacteur", "redactie", "correspondente", "communicatie",
        "voorlichting",
    ),
    conjunctions=("en",),
    tip_words=("tip", "nieuws"),
    about_headings=("over",),
    contact_headings=("voor meer informatie", "noot voor de redactie", "perscontact", "contact"),
    outlet_prepositions=("voor",),
    place_prepositions=("vanuit", "uit"),
    name_particles=("'t",),
    agencies=("ANP", "Belga", "BNR"),
    credit_words=("foto", "beeld"),
    caption_labels=("foto", "beeld", "archiefbeeld"),
    rights_words=("alle rechten voorbehouden",),
    newsletter_words=("nieuwsbrief",),
    sign_up_words=("meld je aan", "schrijf je in", "abonneer", "volg ons"),
    months={
        "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "okt": 10, "oktober": 10,
    },
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
              "ma", "wo", "za", "zo"),
    relative_dates=("geleden", "gisteren", "vandaag", "zojuist", "eergisteren"),
    time_joiners=("om",),
    numeric_order="dmy",
    names=("dutch", "nld", "dut", "nederlands", "vlaams", "flemish"),
    stopwords=(
        "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet", "die",
        "er", "aan", "ook", "als", "bij", "om", "maar", "door", "naar", "heeft", "werd", "nog", "wordt", "zich",
        "hij", "ze", "tot", "uit",
    ),
    company_forms=("B.V.", "N.V.", "V.O.F."),
)  # fmt: skip
