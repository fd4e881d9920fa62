"""The Serbian vocabulary (sr): the phrases of Serbian-language news scrapes, in Cyrillic and in Latin letters.

Serbian sites print both scripts (often the same page in each), so every phrase is here in both. Months in the
nominative and the genitive dates use ("14. mart 2024.", "14. marta 2024.", "14. март 2024."); "mart", "maj",
"jun", "jul", "januar", "februar", "april" and the Cyrillic "март", "марта", "август", "августа" are other
languages' entries with the same months. Words shared with Croatian are Serbian's (the Croatian vocabulary names
only its own). Latin "pre" (ago, before) is left out of the relative words: it is Slovak "for"; Cyrillic "пре"
is in. The agency Beta is named as written ("Beta", "Бета").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["SERBIAN"]

_BODY_CHROME = ("Pročitajte još", "Pročitajte i", "Прочитајте још", "Прочитајте и", "Оглас", "Oglas")

SERBIAN = Vocabulary(
    language="sr",
    chrome=(
        "Podeli", "Podelite", "Подели", "Поделите", "Prati", "Прати", "Štampaj", "Штампај", "Komentari", "Komentariši",
        "Коментариши", "Kopiraj link", "Копирај линк", "Sačuvaj", "Сачувај", "Pretplati se", "Претплати се", "Slušaj",
        "Слушај", "Idi na sadržaj", "Na vrh", "На врх", "Prikaži više", "Прикажи више", "Foto galerija",
        "Фото галерија", "Galerija", "Галерија", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Ekskluzivno", "Uživo", "Уживо", "Hitno", "Хитно", "Анализа", "Интервју", "Komentar", "Reportaža", "Репортажа",
        "Vesti", "Вести", "Politika", "Ekonomija", "Економија", "Društvo", "Друштво", "Svet", "Свет", "Srbija",
        "Србија", "Hronika", "Хроника",
    ),
    story_lists=(
        "Pročitajte još", "Pročitajte i", "Прочитајте још", "Прочитајте и", "Najčitanije", "Најчитаније",
        "Povezane vesti", "Повезане вести", "Povezani članci", "Повезани чланци", "Najnovije", "Најновије",
        "Najnovije vesti", "Најновије вести", "Preporučujemo", "Препоручујемо", "Još vesti", "Још вести", "Iz rubrike",
        "Из рубрике",
    ),
    tag_labels=("Tagovi", "Тагови", "Teme", "Теме", "Ključne reči", "Кључне речи"),
    minute_words=("minuta", "минута"),
    reading_words=("čitanja", "читања", "vreme čitanja", "време читања"),
    not_places=("HITNO", "ХИТНО", "UŽIVO", "УЖИВО", "FOTO", "ФОТО", "VIDEO", "ВИДЕО"),
    published_words=("objavljeno", "објављено", "datum objave", "датум објаве"),
    updated_words=("ažurirano", "ажурирано", "izmenjeno", "измењено", "poslednja izmena", "последња измена"),
    publish_stems=("objavlj", "објављ"),
    source_words=("izvor", "извор"),
    by=("аутор:", "аутори:", "piše:", "пише:", "pišu:", "пишу:", "priredio:", "приредио:", "priredila:",
        "приредила:"),
    job_titles=(
        "novinar", "новинар", "novinarka", "новинарка", "dopisnik", "дописник", "dopisnica", "дописница", "urednik",
        "уредник", "urednica", "уредница", "redakcija", "редакција", "služba za informisanje",
        "служба за информисање", "pres služba", "прес служба",
    ),
    agencies=("Tanjug", "Танјуг", "TANJUG", "ТАНЈУГ", "FoNet", "Фонет", "Beta", "Бета"),
    caption_labels=("фото архива", "foto arhiva", "илустрација", "ilustracija"),
    end_note_patterns=(r"(?:sva|сва) (?:prava|права) (?:su )?(?:zadržana|задржана)",),
    end_note_words=("prava ",),
    rights_words=("sva prava zadržana", "сва права задржана", "sva prava su zadržana"),
    months={
        "januara": 1, "јануар": 1, "јануара": 1, "februara": 2, "фебруар": 2, "фебруара": 2, "marta": 3, "aprila": 4,
        "априла": 4, "мај": 5, "маја": 5, "juna": 6, "јун": 6, "јуна": 6, "jula": 7, "јул": 7, "јула": 7, "avgust": 8,
        "avgusta": 8, "septembar": 9, "septembra": 9, "септембар": 9, "септембра": 9, "oktobar": 10, "oktobra": 10,
        "октобар": 10, "октобра": 10, "novembar": 11, "novembra": 11, "новембар": 11, "новембра": 11, "decembar": 12,
        "decembra": 12, "децембар": 12, "децембра": 12,
        # the Cyrillic abbreviations of a date line ("недеља, 29. нов 2026"); "мар", "апр", "авг", "окт" and "сеп" are
        # Russian's and Bulgarian's, with the same months
        "јан": 1, "феб": 2, "нов": 11, "дец": 12,
    },
    weekdays=(
        "ponedeljak", "понедељак", "utorak", "уторак", "sreda", "četvrtak", "четвртак", "petak", "петак", "subota",
        "nedelja", "недеља",
    ),
    # "пре" (ago) alone, as sites write "пре 3 сата" with the number inside; Latin "pre" is Slovak "for"
    relative_dates=("пре", "јуче", "juče", "pre nekoliko", "pre sat"),
    time_joiners=("u", "у"),
    numeric_order="dmy",
    names=("serbian", "srp", "srpski", "српски"),
    stopwords=(
        "је", "у", "да", "се", "на", "од", "за", "су", "са", "који", "која", "које", "што", "као", "али", "још", "већ",
        "ће", "из", "након", "према", "због", "између", "био", "била", "било", "године", "или", "није", "je", "u", "da",
        "će", "su", "sa", "kao", "iz", "koji", "koja", "koje", "nije", "ali", "bio", "bila", "bilo", "zbog", "između",
        "prema", "rekao", "nakon", "još", "već", "posle", "takođe", "tokom", "gde", "deo", "dve", "vreme", "biće",
        "uprkos", "veoma", "ovde", "šta", "sveta", "vesti", "mesto", "hiljada", "i", "se", "na", "za", "od",
    ),
    company_forms=("d.o.o.", "a.d.", "д.о.о.", "а.д."),
)  # fmt: skip
