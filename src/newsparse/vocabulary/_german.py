"""The German vocabulary (de): the phrases of German-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["GERMAN"]

_BODY_CHROME = ("Anzeige", "Werbung", "Artikel weiterlesen", "Mehr zum Thema")

GERMAN = Vocabulary(
    language="de",
    chrome=(
        "Die Kommentarfunktion ist geschlossen", "Kommentare sind geschlossen",
        "Teilen", "Artikel teilen", "Folgen", "Drucken", "Kommentare", "Kommentieren", "Merken", "Vorlesen",
        "Artikel vorlesen", "Kurzlink", "Link kopieren", "Abonnieren", "Zum Inhalt springen", "Nach oben",
        "Schriftgröße", "Mehr", "Mehr anzeigen", "Galerie", "Bildergalerie", "Artikel merken", "Jetzt teilen",
        "Neueste zuerst", "Älteste zuerst", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Kurzlink",),
    labels=(
        "Eilmeldung", "Exklusiv", "Meinung", "Analyse", "Kommentar", "Liveblog", "Liveticker", "Hintergrund",
        "Gastbeitrag", "Faktencheck", "Erklärt", "Leitartikel", "Reportage", "Politik", "Wirtschaft", "Kultur",
        "Ausland", "Inland", "Panorama", "Wissen", "Topthema", "Aktuell", "Plus",
    ),
    story_lists=(
        "Mehr zum Thema", "Das könnte Sie auch interessieren", "Das könnte dich auch interessieren",
        "Weitere Artikel", "Lesen Sie auch", "Lesen Sie mehr", "Auch interessant", "Meistgelesen",
        "Meistgelesene Artikel", "Am meisten gelesen", "Beliebte Artikel", "Empfehlungen", "Unsere Empfehlungen",
        "Verwandte Artikel", "Ähnliche Artikel", "Weitere Nachrichten", "Neueste Artikel", "Passend zum Thema",
        "Zum Thema",
    ),
    tag_labels=(
        "Schlagwörter", "Schlagworte", "Stichwörter", "Stichworte", "Themen",
    ),
    minute_words=("Min", "Minute", "Minuten"),
    reading_words=("Lesezeit", "Lesedauer", "lesen"),
    not_places=("HINWEIS", "KORREKTUR", "ACHTUNG", "LESEN", "SIE", "AUCH", "LESEN SIE AUCH"),
    published_words=("veröffentlicht", "erschienen", "erstellt", "stand"),
    updated_words=("aktualisiert", "zuletzt aktualisiert", "geändert"),
    timestamp_joiners=("am", "um"),
    publish_stems=("veröffentlicht", "erschienen"),
    source_words=("quelle", "quellen"),
    sourced_from=("mit material von", "mit material der"),
    views_before=("aufrufe",),
    views_verbs=("gelesen",),
    views_times=("mal",),
    views_after=("aufrufe", "mal gelesen", "leser"),
    writer_paths=("autor", "redakteur", "verfasser"),
    by=(
        "von", "text von", "geschrieben von", "ein beitrag von", "ein kommentar von", "eine analyse von", "autor:",
        "autorin:", "text:",
    ),
    job_titles=(
        "Pressemitteilung", "Redakteur", "Redakteurin", "Redaktion", "Korrespondent", "Korrespondentin", "Reporterin",
        "Journalistin",
        "Chefredakteur", "Chefredakteurin", "Pressestelle", "Kommunikation", "Unternehmenskommunikation",
    ),
    reporting=("mit material von", "mitarbeit"),
    conjunctions=("und",),
    tip_words=("hinweis", "tipp"),
    about_headings=("über",),
    contact_headings=(
        "weitere informationen", "für weitere informationen", "pressekontakt", "medienkontakt", "kontakt",
    ),
    outlet_prepositions=("für",),
    place_prepositions=("aus",),
    name_particles=("zu", "vom", "zur"),
    agencies=("KNA", "epd", "sid", "SID", "dts", "APA", "SDA", "Keystone-SDA", "dpa-AFX", "AFP/dpa", "dpa/AFP"),
    credit_words=("foto", "fotos", "bild", "bilder", "quelle"),
    caption_labels=("foto", "bild", "archivbild", "archivfoto"),
    end_note_patterns=(r"^mit material (?:von|der) ",),
    end_note_words=("mit material",),
    rights_words=("alle rechte vorbehalten",),
    sign_up_words=("abonnieren", "abonniere", "anmelden", "melden sie sich", "folgen sie uns", "folge uns"),
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3, "mrz": 3,
        "maerz": 3, "mai": 5, "juni": 6, "juli": 7, "okt": 10, "oktober": 10, "dez": 12, "dezember": 12,
    },
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
              "mo", "di", "mi", "do", "fr", "sa", "so"),
    relative_dates=("vor", "gestern", "heute", "vorgestern", "soeben", "gerade eben"),
    time_joiners=("um",),
    time_after=("uhr",),
    numeric_order="dmy",
    zones={"MEZ": "+01:00", "MESZ": "+02:00"},
    names=("german", "deu", "ger", "deutsch"),
    stopwords=(
        "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im",
        "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie",
        "nach", "wird", "bei", "einer", "um", "noch", "wie", "über", "einen", "so", "zum", "war", "haben", "nur",
    ),
    company_forms=("GmbH", "mbH", "GmbH & Co. KG", "e.V.", "KGaA", "OHG"),
)  # fmt: skip
