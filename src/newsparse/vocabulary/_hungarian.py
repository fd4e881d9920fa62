"""The Hungarian vocabulary (hu): the phrases of Hungarian-language news scrapes.

Hungarian writes the year first ("2024. március 14.", "2024. 03. 14."): the date reader reads both.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["HUNGARIAN"]

_BODY_CHROME = ("Hirdetés", "Ezt is ajánljuk", "Olvasson tovább", "Olvass tovább", "Ez is érdekelheti")

HUNGARIAN = Vocabulary(
    language="hu",
    chrome=(
        "Megosztás", "Megosztom", "Követés", "Nyomtatás", "Hozzászólások", "Kommentek", "Link másolása",
        "Feliratkozás", "Mentés", "Meghallgatom", "Ugrás a tartalomra", "Vissza a tetejére", "Betűméret",
        "Mutass többet", "Galéria", "Képgaléria", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Friss", "Exkluzív", "Vélemény", "Elemzés", "Interjú", "Videó", "Belföld", "Külföld", "Gazdaság",
        "Kultúra", "Percről percre", "Rendkívüli", "Publicisztika",
    ),
    story_lists=(
        "Kapcsolódó cikkek", "Kapcsolódó", "Kapcsolódó hírek", "Ajánló", "Ajánlott cikkek", "Legolvasottabb",
        "Legolvasottabb cikkek", "Legfrissebb", "Legfrissebb hírek", "Ezt is ajánljuk", "Ezek is érdekelhetik",
        "Ez is érdekelheti", "Ezt olvasta már?", "További hírek", "Friss hírek", "Olvasson tovább",
    ),
    tag_labels=("Címkék", "Címke", "Témák", "Kulcsszavak"),
    minute_words=("perc", "perces"),
    reading_words=("olvasási idő", "olvasás", "olvasnivaló"),
    not_places=("FRISS", "FIGYELEM", "FRISSÍTÉS"),
    published_words=("közzétéve", "megjelent", "publikálva", "létrehozva", "megjelenés"),
    updated_words=("frissítve", "frissítés", "utolsó frissítés", "módosítva"),
    publish_stems=("megjelent", "közzét"),
    source_words=("forrás",),
    views_after=("megtekintés", "olvasás"),
    by=("szerző:", "írta:", "szöveg:"),
    job_titles=("újságíró", "tudósító", "szerkesztő", "főszerkesztő", "munkatárs", "szerkesztőség", "riporter"),
    conjunctions=("és",),
    agencies=("MTI",),
    credit_words=("fotó", "fénykép"),
    caption_labels=("fotó", "illusztráció", "képünk"),
    end_note_patterns=(r"^minden jog fenntartva",),
    end_note_words=("fenntartva",),
    rights_words=("minden jog fenntartva",),
    months={
        "január": 1, "február": 2, "március": 3, "márc": 3, "április": 4, "ápr": 4, "május": 5,
        "máj": 5, "június": 6, "jún": 6, "július": 7, "júl": 7, "augusztus": 8, "szeptember": 9, "szept": 9,
        "október": 10,
    },
    weekdays=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    relative_dates=("órája", "perce", "napja", "másodperce", "tegnap", "ezelőtt", "tegnapelőtt"),
    numeric_order="ymd",
    names=("hungarian", "hun", "magyar"),
    stopwords=(
        "az", "és", "hogy", "nem", "egy", "meg", "volt", "már", "csak", "mint", "még", "ezt", "azt", "szerint",
        "után", "között", "pedig", "vagy", "lesz", "kell", "által", "mert", "amely", "aki", "ami", "ezért",
        "több", "óta", "majd", "mely",
    ),
    company_forms=("Kft.", "Kft", "Zrt.", "Zrt", "Nyrt.", "Nyrt", "Bt."),
)  # fmt: skip
