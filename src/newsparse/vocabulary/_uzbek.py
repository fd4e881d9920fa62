"""The Uzbek vocabulary (uz): the phrases of Uzbek-language news scrapes, in Latin and in Cyrillic letters.

Uzbek sites print either script (often both, the same story in each), so the phrases are here in both. The Latin
letters oʻ and gʻ and the sign ʼ are typed in several ways (ʻ, ʼ, ', ‘, ’): a phrase with one is here in each
spelling. Months the Cyrillic script writes as Russian does ("декабрь", "март", "май") are Russian's, and those
Latin writes as Azerbaijani does ("yanvar", "noyabr", "dekabr", "dekabrda") Azerbaijani's, "avgust" Serbian's:
this vocabulary names the others ("sentabr", "oktabr", the genitive "dekabrning", the Cyrillic "декабр" without
its soft sign and the locative "декабрда"). A day takes a hyphen before its month ("2-dekabr 2025") and a year
its word ("2025-yil 2-dekabr", "2025 йил"). The weekday "juma" ("жума", Friday) is left out: it is also a name
("Juma"), that a weekday before a byline's date would take off it. The bundled identifier tells Latin Uzbek by
its stopwords and Cyrillic Uzbek from Russian and Kazakh by its letters (ў, қ, ғ, ҳ) and stopwords.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["UZBEK"]

_APOSTROPHES = ("'", "ʻ", "ʼ", "‘", "’")  # the ways the Latin sign of oʻ, gʻ and ʼ is typed


def _spelled(*phrases: str) -> tuple[str, ...]:
    """Each phrase in every spelling of its apostrophe ("oʻqing", "o'qing", "o‘qing"...)."""
    return tuple(dict.fromkeys(phrase.replace("'", mark) for phrase in phrases for mark in _APOSTROPHES))


_BODY_CHROME = (
    *_spelled("Shuningdek o'qing", "Yana o'qing", "Batafsil o'qing"), "Шунингдек ўқинг", "Яна ўқинг",
)  # fmt: skip

UZBEK = Vocabulary(
    language="uz",
    chrome=(
        "Ulashish", "Улашиш", *_spelled("Baham ko'rish"), "Баҳам кўриш", "Havolani nusxalash", "Ҳаволани нусхалаш",
        "Izohlar", "Изоҳлар", *_spelled("Izoh qoldirish", "Obuna bo'lish"), "Обуна бўлиш", "Chop etish",
        "Чоп этиш", "Saqlash", "Сақлаш", "Tinglash", "Тинглаш", "Batafsil", "Батафсил", "Fotogalereya", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Tezkor", "Тезкор", "Jamiyat", "Жамият", "Siyosat", "Сиёсат", "Iqtisodiyot", "Иқтисодиёт", "Dunyo", "Дунё",
        "Madaniyat", "Маданият", "Intervyu", "Tahlil", "Таҳлил", "Fikr", "Фикр", "Yangiliklar", "Янгиликлар",
        *_spelled("O'zbekiston"), "Ўзбекистон", "Hududlar", "Ҳудудлар", "Eksklyuziv",
    ),
    story_lists=(
        *_spelled(
            "Shuningdek o'qing", "Yana o'qing", "Mavzuga oid", "Ko'p o'qilganlar", "Ko'p o'qilgan",
            "So'nggi yangiliklar", "Tegishli yangiliklar", "Boshqa yangiliklar", "O'xshash yangiliklar",
            "Tavsiya etamiz",
        ),
        "Шунингдек ўқинг", "Яна ўқинг", "Мавзуга оид", "Кўп ўқилганлар", "Сўнгги янгиликлар", "Тегишли янгиликлар",
        "Бошқа янгиликлар", "Ўхшаш янгиликлар",
    ),
    tag_labels=("Teglar", "Теглар", *_spelled("Kalit so'zlar"), "Калит сўзлар", "Mavzular", "Мавзулар"),
    minute_words=("daqiqa", "дақиқа"),
    reading_words=(*_spelled("o'qish vaqti", "o'qish"), "ўқиш вақти", "ўқиш"),
    not_places=("TEZKOR", "ТЕЗКОР"),
    published_words=(
        *_spelled("e'lon qilindi", "e'lon qilingan"), "chop etildi", "nashr qilindi", "nashr etildi",
        "эълон қилинди", "эълон қилинган", "чоп этилди", "нашр қилинди", "нашр этилди",
    ),
    updated_words=(
        "yangilandi", "yangilangan", *_spelled("so'nggi yangilanish"), "янгиланди", "янгиланган", "сўнгги янгиланиш",
    ),
    publish_stems=("nashr", "нашр", *_spelled("e'lon"), "эълон"),
    source_words=("manba", "манба"),
    views_before=(*_spelled("ko'rishlar"), "кўришлар"),
    views_after=(*_spelled("ko'rishlar", "marta ko'rildi"), "кўришлар", "марта кўрилди"),
    writer_paths=("muallif",),
    by=("muallif:", "муаллиф:", "mualliflar:", "муаллифлар:", "tayyorladi:", "тайёрлади:", "matn:", "матн:"),
    job_titles=(
        "muxbir", "muxbiri", "мухбир", "мухбири", "muharrir", "муҳаррир", "bosh muharrir",
        "бош муҳаррир", "tahririyat", "таҳририят", "axborot xizmati", "ахборот хизмати", "matbuot xizmati",
        "матбуот хизмати",
    ),
    conjunctions=("va", "ва"),
    agencies=("UzA", "ЎзА"),
    credit_words=("surat", "сурат"),
    caption_labels=("surat", "сурат", "arxiv surat", "архив сурат"),
    rights_words=(
        "barcha huquqlar himoyalangan", "barcha huquqlar himoya qilingan", "барча ҳуқуқлар ҳимояланган",
        "барча ҳуқуқлар ҳимоя қилинган",
    ),
    sign_up_words=(*_spelled("obuna bo'ling"), "обуна бўлинг", "kuzatib boring"),
    months={
        "sentabr": 9, "oktabr": 10,
        "yanvarning": 1, "fevralning": 2, "martning": 3, "aprelning": 4, "aprelda": 4, "mayning": 5, "iyunning": 6,
        "iyulning": 7, "avgustning": 8, "avgustda": 8, "sentabrning": 9, "sentabrda": 9, "sentyabrning": 9,
        "oktabrning": 10, "oktabrda": 10, "oktyabrning": 10, "noyabrning": 11, "dekabrning": 12,
        "январ": 1, "январда": 1, "феврал": 2, "февралда": 2, "мартда": 3, "апрел": 4, "апрелда": 4, "майда": 5,
        "июнда": 6, "июлда": 7, "августда": 8, "сентябр": 9, "сентябрда": 9, "октябр": 10, "октябрда": 10,
        "ноябр": 11, "ноябрда": 11, "декабр": 12, "декабрда": 12,
    },
    weekdays=(
        "dushanba", "seshanba", "chorshanba", "payshanba", "shanba", "yakshanba", "душанба", "сешанба", "чоршанба",
        "пайшанба", "шанба", "якшанба",
    ),
    relative_dates=(
        "soat oldin", "daqiqa oldin", "soniya oldin", "kun oldin", "hafta oldin", "soat avval", "daqiqa avval",
        "kun avval", "kecha", "bugun", "hozirgina", "соат олдин", "дақиқа олдин", "сония олдин", "кун олдин",
        "соат аввал", "кеча", "бугун", "ҳозиргина",
    ),
    time_joiners=("soat", "соат"),
    date_fillers=(
        "yil", "-yil", "yilda", "-yilda", "yilning", "-yilning", "y.", "йил", "-йил", "йилда", "-йилда", "й.",
    ),
    day_suffixes=("-",),
    numeric_order="dmy",
    zones={"UZT": "+05:00"},
    names=("uzbek", "uzb", *_spelled("o'zbek", "o'zbekcha", "o'zbek tili"), "ўзбек", "ўзбекча", "узбекский"),
    stopwords=(
        "va", "bu", "bilan", "uchun", "ham", "esa", "deb", "edi", "haqida", "keyin", "lekin", "biroq", "ammo", "shu",
        "bir", "ekan", "kerak", "emas", "qilib", "qilgan", "yil", "yilda", "barcha", "hamda", "mumkin", "ular",
        "uning", "qildi", "etildi", "kuni", "yangi", "aytdi", "boshlab",
        "ва", "бу", "билан", "учун", "ҳам", "эса", "деб", "эди", "ҳақида", "кейин", "лекин", "бироқ", "аммо", "шу",
        "бир", "экан", "керак", "эмас", "қилиб", "йил", "йилда", "барча", "ҳамда", "мумкин", "улар", "унинг", "қилди",
        "куни", "янги", "айтди", "бошлаб",
    ),
    company_forms=("MChJ", "МЧЖ"),
    company_openers=("MChJ", "МЧЖ"),
)  # fmt: skip
