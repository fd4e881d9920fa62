"""The Czech vocabulary (cs): the phrases of Czech-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["CZECH"]

_BODY_CHROME = ("Čtěte také", "Čtěte též", "Přečtěte si také", "Pokračování článku pod reklamou")

CZECH = Vocabulary(
    language="cs",
    chrome=(
        "Sdílet", "Sdílet článek", "Sledovat", "Tisk", "Vytisknout", "Diskuse", "Diskuze", "Komentáře",
        "Kopírovat odkaz", "Zkopírovat odkaz", "Odebírat", "Uložit", "Poslechnout", "Poslechněte si článek",
        "Přejít na obsah", "Zpět nahoru", "Velikost písma", "Více", "Zobrazit více", "Fotogalerie", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Exkluzivně", "Názor", "Názory", "Analýza", "Živě", "Rozhovor", "Komentář", "Glosa", "Reportáž", "Domácí",
        "Zahraničí", "Ekonomika", "Zprávy", "Aktuálně",
    ),
    story_lists=(
        "Čtěte také", "Čtěte též", "Přečtěte si také", "Přečtěte si", "Související články", "Související",
        "Nejčtenější", "Nejčtenější články", "Doporučujeme", "Mohlo by vás zajímat", "Další zprávy",
        "Nejnovější zprávy", "Více k tématu", "K tématu",
    ),
    tag_labels=("Štítky", "Témata", "Klíčová slova"),
    minute_words=("minuta", "minuty", "minut"),
    reading_words=("čtení", "doba čtení", "na čtení"),
    not_places=("ČTĚTE", "TAKÉ", "AKTUALIZACE", "POZOR"),
    published_words=("publikováno", "zveřejněno", "vydáno", "vloženo", "datum publikace"),
    updated_words=("aktualizováno", "poslední aktualizace", "upraveno"),
    publish_stems=("publikov", "zveřejn"),
    source_words=("zdroj",),
    views_after=("zobrazení", "přečtení"),
    writer_paths=("autor", "redaktor"),
    by=("autoři:", "připravil:", "připravila:", "text a foto:", "text:"),
    job_titles=(
        "zpravodaj", "zpravodajka", "reportér", "reportérka", "novinář", "novinářka", "komentátor",
        "komentátorka", "šéfredaktor", "šéfredaktorka", "redakce",
    ),
    conjunctions=("a",),
    agencies=("ČTK",),
    credit_words=("snímek", "zdroj"),
    caption_labels=("snímek", "ilustrační foto", "ilustrační snímek"),
    end_note_patterns=(r"^(?:všechna|veškerá) práva (?:jsou )?vyhrazena",),
    end_note_words=("práva ",),
    rights_words=("všechna práva vyhrazena", "veškerá práva vyhrazena", "všechna práva jsou vyhrazena"),
    months={
        "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4,
        "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8, "srpna": 8,
        "září": 9, "říjen": 10, "října": 10, "listopadu": 11, "prosinec": 12, "prosince": 12,
    },
    weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle"),
    relative_dates=("před", "včera", "dnes", "předevčírem"),
    time_joiners=("v",),
    numeric_order="dmy",
    names=("czech", "ces", "cze", "čeština", "cestina", "česky"),
    stopwords=(
        "a", "v", "se", "je", "že", "s", "ve", "jsou", "jako", "ale", "jeho", "který", "která", "které", "také",
        "podle", "bylo", "byl", "byla", "už", "než", "při", "pro", "jak", "k", "by", "jsem", "tak", "této",
        "jejich", "mezi", "však",
    ),
    company_forms=("s.r.o.", "spol. s r.o.", "a.s.", "v.o.s.", "k.s."),
)  # fmt: skip
