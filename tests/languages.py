"""Plain-text articles in the fifteen bundled languages, each with its furniture and what it must give.

Written for these tests (no real article is copied): each :class:`Case` is one article as a scrape renders it,
with the fields the reader must find, the furniture lines that must leave the body, and the first body paragraph.
``tests/test_languages.py`` runs them; ``benchmarks/dates.py`` reuses :data:`BODIES` for the language identifiers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Case:
    """One article: its language, its text, the fields it must give, and its first body paragraph."""

    language: str
    name: str
    text: str
    expect: dict[str, Any]
    first: str
    furniture: tuple[str, ...] = field(default=())


BODIES: dict[str, str] = {
    "en": "The government said on Monday that the new rules would apply to all companies from next year. "
    "Officials told reporters that the decision had been taken after months of talks with the unions.",
    "de": "Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln ab dem kommenden Jahr für alle "
    "Unternehmen gelten. Nach Angaben eines Sprechers wurde die Entscheidung nach monatelangen Gesprächen "
    "getroffen.",
    "fr": "Le gouvernement a annoncé lundi que les nouvelles règles s'appliqueront à toutes les entreprises dès "
    "l'année prochaine. Selon un porte-parole, la décision a été prise après des mois de discussions avec les "
    "syndicats.",
    "es": "El Gobierno anunció el lunes que las nuevas normas se aplicarán a todas las empresas a partir del próximo "
    "año. Según un portavoz, la decisión se tomó tras meses de negociaciones con los sindicatos.",
    "it": "Il governo ha annunciato lunedì che le nuove regole si applicheranno a tutte le aziende dal prossimo anno. "
    "Secondo un portavoce, la decisione è stata presa dopo mesi di trattative con i sindacati.",
    "pt": "O governo anunciou na segunda-feira que as novas regras serão aplicadas a todas as empresas a partir do "
    "próximo ano. Segundo um porta-voz, a decisão foi tomada após meses de negociações com os sindicatos.",
    "nl": "De regering heeft maandag besloten dat de nieuwe regels vanaf volgend jaar voor alle bedrijven gelden. "
    "Volgens een woordvoerder is het besluit genomen na maanden van overleg met de vakbonden.",
    "pl": "Rząd ogłosił w poniedziałek, że nowe przepisy będą obowiązywać wszystkie firmy od przyszłego roku. "
    "Według rzecznika decyzja została podjęta po wielu miesiącach rozmów ze związkami zawodowymi.",
    "ru": "Правительство в понедельник объявило, что новые правила будут действовать для всех компаний со "
    "следующего года. По словам представителя, решение было принято после нескольких месяцев переговоров.",
    "uk": "Уряд у понеділок оголосив, що нові правила діятимуть для всіх компаній з наступного року. "
    "За словами речника, рішення ухвалили після кількох місяців переговорів із профспілками.",
    "tr": "Hükümet pazartesi günü yeni kuralların gelecek yıldan itibaren tüm şirketler için geçerli olacağını "
    "açıkladı. Bir sözcüye göre karar, sendikalarla aylarca süren görüşmelerin ardından alındı.",
    "ar": "أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستطبق على جميع الشركات اعتبارا من العام المقبل. "
    "وقال متحدث إن القرار اتخذ بعد أشهر من المحادثات مع النقابات.",
    "zh": "政府周一宣布，新规定将从明年起适用于所有企业。一位发言人表示，这一决定是在与工会进行了数月谈判之后作出的。",
    "ja": "政府は月曜日、新しい規則を来年からすべての企業に適用すると発表した。"
    "報道官によると、この決定は労働組合との数か月にわたる協議の末に下された。",
    "ko": "정부는 월요일 새로운 규정을 내년부터 모든 기업에 적용한다고 발표했다. "
    "대변인에 따르면 이번 결정은 노조와 수개월간의 협상 끝에 내려졌다.",
}
"""Two sentences of news prose in each language (the identifiers are measured on these)."""


MORE_BODIES: dict[str, str] = {
    "hi": "सरकार ने सोमवार को कहा कि नए नियम अगले साल से सभी कंपनियों पर लागू होंगे। प्रवक्ता के अनुसार यह फैसला "
    "यूनियनों के साथ कई महीनों की बातचीत के बाद लिया गया।",
    "fa": "دولت روز دوشنبه اعلام کرد که قوانین جدید از سال آینده برای همه شرکت‌ها اجرا می‌شود. به گفته سخنگو، این "
    "تصمیم پس از ماه‌ها مذاکره با اتحادیه‌ها گرفته شد.",
    "da": "Regeringen meddelte mandag, at de nye regler skal gælde for alle virksomheder fra næste år. Ifølge en "
    "talsperson blev beslutningen truffet efter måneders forhandlinger med fagforeningerne.",
    "nb": "Regjeringen sa mandag at de nye reglene skal gjelde for alle bedrifter fra neste år. Ifølge en talsperson "
    "ble beslutningen tatt etter måneder med forhandlinger med fagforeningene.",
    "cs": "Vláda ve čtvrtek rozhodla, že nová pravidla budou platit pro všechny firmy od příštího roku. "
    "Podle mluvčího bylo rozhodnutí přijato po několika měsících jednání s odbory.",
    "ro": "Guvernul a decis joi că noile reguli se vor aplica tuturor firmelor de anul viitor. "
    "Potrivit unui purtător de cuvânt, decizia a fost luată după luni de negocieri cu sindicatele.",
    "el": "Η κυβέρνηση αποφάσισε την Πέμπτη ότι οι νέοι κανόνες θα ισχύσουν για όλες τις εταιρείες από το επόμενο "
    "έτος. Σύμφωνα με εκπρόσωπο, η απόφαση ελήφθη μετά από μήνες διαπραγματεύσεων με τα συνδικάτα.",
    "id": "Pemerintah pada Kamis memutuskan bahwa aturan baru akan berlaku untuk semua perusahaan mulai tahun depan. "
    "Menurut juru bicara, keputusan itu diambil setelah berbulan-bulan perundingan dengan serikat pekerja.",
    "sv": "Regeringen beslutade på torsdagen att de nya reglerna ska gälla för alla företag från nästa år. "
    "Enligt en talesperson fattades beslutet efter månader av förhandlingar med facken.",
    "hu": "A kormány csütörtökön úgy döntött, hogy az új szabályok jövőre minden cégre vonatkoznak. "
    "Egy szóvivő szerint a döntés a szakszervezetekkel folytatott hónapokig tartó tárgyalások után született meg.",
    "vi": "Chính phủ hôm thứ Năm quyết định rằng các quy định mới sẽ áp dụng cho tất cả doanh nghiệp từ năm tới. "
    "Theo người phát ngôn, quyết định được đưa ra sau nhiều tháng đàm phán với công đoàn.",
    "he": "הממשלה החליטה ביום חמישי כי הכללים החדשים יחולו על כל החברות החל מהשנה הבאה. "
    "לדברי דובר, ההחלטה התקבלה לאחר חודשים של משא ומתן עם האיגודים.",
}
"""Two sentences in each language bundled later (not in :data:`BODIES`, on which the identifiers are measured)."""


def _paragraphs(language: str) -> tuple[str, str]:
    text = BODIES.get(language) or MORE_BODIES[language]
    for mark in (". ", "。", "। "):
        head, sep, tail = text.partition(mark)
        if sep and tail:
            return head + sep.strip(), tail
    raise ValueError(language)


def _article(*lines: str) -> str:
    """Lines of an article: "" is a blank line; a body paragraph is written as is."""
    return "\n".join(lines) + "\n"


def _cases() -> list[Case]:
    cases: list[Case] = []

    def add(language: str, name: str, lines: list[str], expect: dict[str, Any], dateline: str = "", **kw: Any) -> None:
        one, two = _paragraphs(language)
        body = [f"{dateline}{one}", "", two]
        index = lines.index("BODY")
        text = _article(*lines[:index], *body, *lines[index + 1 :])
        furniture = tuple(line for line in lines if line and line != "BODY" and line != expect.get("title"))
        cases.append(Case(language, name, text, expect, one, furniture))

    # English: the reader's behaviour before issue 14, as a control.
    add(
        "en",
        "byline-and-stamp",
        [
            "Breaking News",
            "",
            "Rules for every company",
            "",
            "By Jane Doe and John Roe",
            "Published March 14, 2024 2:05 PM EST",
            "",
            "BODY",
            "",
            "View 1,204 times",
        ],
        {
            "title": "Rules for every company",
            "authors": ["Jane Doe", "John Roe"],
            "published": "2024-03-14T14:05:00-05:00",
            "views": 1204,
        },
    )
    add(
        "en",
        "dateline",
        ["Rules for every company", "", "Share", "Updated 15 March 2024", "", "BODY", "", "1,204 views"],
        {"updated": "2024-03-15", "dateline": "WASHINGTON", "views": 1204},
        dateline="WASHINGTON (AP) — ",
    )
    add("en", "via-footer", ["Rules for every company", "", "BODY", "", "via Reuters"], {"source": "Reuters"})

    # German
    add(
        "de",
        "von-und",
        [
            "Eilmeldung",
            "",
            "Neue Regeln für alle Unternehmen",
            "",
            "Von Anna Müller und Jörg Schmidt",
            "Veröffentlicht am 14. März 2024, 14:05 Uhr",
            "",
            "BODY",
            "",
            "1.234 Aufrufe",
        ],
        {
            "authors": ["Anna Müller", "Jörg Schmidt"],
            "published": "2024-03-14T14:05:00",
            "views": 1234,
            "dateline": "BERLIN",
        },
        dateline="BERLIN (dpa) - ",
    )
    add(
        "de",
        "stand-mez",
        [
            "Neue Regeln für alle Unternehmen",
            "",
            "Artikel teilen",
            "Kurzlink",
            "Stand: 14.03.2024 14.05 Uhr MEZ",
            "",
            "BODY",
            "",
            "Quelle: dpa",
        ],
        {"published": "2024-03-14T14:05:00+01:00", "source": "dpa", "dateline": "Berlin"},
        dateline="Berlin (dpa) - ",
    )
    add(
        "de",
        "aktualisiert",
        [
            "Politik",
            "",
            "Neue Regeln für alle Unternehmen",
            "",
            "Text: Anna Müller",
            "Aktualisiert am 15.03.2024",
            "",
            "BODY",
            "",
            "(dpa)",
        ],
        {"authors": ["Anna Müller"], "updated": "2024-03-15", "source": "dpa"},
    )

    # French
    add(
        "fr",
        "par-publie",
        [
            "En direct",
            "",
            "De nouvelles règles pour toutes les entreprises",
            "",
            "Par Claire Dubois",
            "Publié le 3 mars 2024 à 14h05",
            "",
            "BODY",
            "",
            "1 234 vues",
        ],
        {"authors": ["Claire Dubois"], "published": "2024-03-03T14:05:00", "views": 1234, "dateline": "PARIS"},
        dateline="PARIS (AFP) - ",
    )
    add(
        "fr",
        "mis-a-jour",
        [
            "De nouvelles règles pour toutes les entreprises",
            "",
            "Partager",
            "Lien court",
            "Mis à jour le 4 mars 2024 à 9h30",
            "",
            "BODY",
            "",
            "Source : AFP",
        ],
        {"updated": "2024-03-04T09:30:00", "source": "AFP"},
    )
    add(
        "fr",
        "par-et",
        [
            "De nouvelles règles pour toutes les entreprises",
            "",
            "Par Claire Dubois et Marc Petit",
            "Publié le 1er avril 2024",
            "",
            "BODY",
            "",
            "Vu 314 fois",
        ],
        {"authors": ["Claire Dubois", "Marc Petit"], "published": "2024-04-01", "views": 314},
    )

    # Spanish
    add(
        "es",
        "por-y",
        [
            "Última hora",
            "",
            "Nuevas normas para todas las empresas",
            "",
            "Por María López y Juan Pérez",
            "Actualizado el 21 de octubre de 2024 a las 14:05",
            "",
            "BODY",
            "",
            "Visto 314 veces",
        ],
        {
            "authors": ["María López", "Juan Pérez"],
            "updated": "2024-10-21T14:05:00",
            "views": 314,
            "dateline": "MADRID",
        },
        dateline="MADRID, 21 oct (EFE).- ",
    )
    add(
        "es",
        "publicado",
        [
            "Nuevas normas para todas las empresas",
            "",
            "Compartir",
            "Enlace corto",
            "Publicado el 21/10/2024",
            "",
            "BODY",
            "",
            "Fuente: EFE",
        ],
        {"published": "2024-10-21", "source": "EFE"},
    )
    add(
        "es",
        "efe-end",
        [
            "Nuevas normas para todas las empresas",
            "",
            "Por María López",
            "21 de octubre de 2024",
            "",
            "BODY",
            "",
            "(EFE)",
        ],
        {"authors": ["María López"], "published": "2024-10-21", "source": "EFE"},
    )

    # Italian
    add(
        "it",
        "di-e",
        [
            "Ultim'ora",
            "",
            "Nuove regole per tutte le aziende",
            "",
            "Di Mario Rossi e Anna Bianchi",
            "Pubblicato il 14 marzo 2024 alle 14:05",
            "",
            "BODY",
            "",
            "1.234 visualizzazioni",
        ],
        {
            "authors": ["Mario Rossi", "Anna Bianchi"],
            "published": "2024-03-14T14:05:00",
            "views": 1234,
            "dateline": "ROMA",
        },
        dateline="(ANSA) - ROMA, 14 MAR - ",
    )
    add(
        "it",
        "aggiornato",
        [
            "Nuove regole per tutte le aziende",
            "",
            "Condividi",
            "Aggiornato il 15/03/2024",
            "",
            "BODY",
            "",
            "Fonte: ANSA",
        ],
        {"updated": "2024-03-15", "source": "ANSA"},
    )
    add(
        "it",
        "letto",
        ["Nuove regole per tutte le aziende", "", "Di Mario Rossi", "14 marzo 2024", "", "BODY", "", "Letto 523 volte"],
        {"authors": ["Mario Rossi"], "published": "2024-03-14", "views": 523},
    )

    # Portuguese
    add(
        "pt",
        "por-e",
        [
            "Urgente",
            "",
            "Novas regras para todas as empresas",
            "",
            "Por Ana Souza e Pedro Lima",
            "Publicado em 14 de março de 2024 às 14h05",
            "",
            "BODY",
            "",
            "Visto 314 vezes",
        ],
        {
            "authors": ["Ana Souza", "Pedro Lima"],
            "published": "2024-03-14T14:05:00",
            "views": 314,
            "dateline": "Lisboa",
        },
        dateline="Lisboa, 14 mar 2024 (Lusa) - ",
    )
    add(
        "pt",
        "atualizado",
        [
            "Novas regras para todas as empresas",
            "",
            "Compartilhar",
            "Link curto",
            "Atualizado em 15/03/2024 às 09:30",
            "",
            "BODY",
            "",
            "Fonte: Agência Brasil",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "Agência Brasil"},
    )
    add(
        "pt",
        "visualizacoes",
        [
            "Novas regras para todas as empresas",
            "",
            "Por Ana Souza",
            "14/03/2024",
            "",
            "BODY",
            "",
            "2.345 visualizações",
        ],
        {"authors": ["Ana Souza"], "published": "2024-03-14", "views": 2345},
    )

    # Dutch
    add(
        "nl",
        "door-en",
        [
            "Net binnen",
            "",
            "Nieuwe regels voor alle bedrijven",
            "",
            "Door Jan de Vries en Eva Bakker",
            "Gepubliceerd op 14 maart 2024 om 14:05",
            "",
            "BODY",
            "",
            "1.234 weergaven",
        ],
        {
            "authors": ["Jan de Vries", "Eva Bakker"],
            "published": "2024-03-14T14:05:00",
            "views": 1234,
            "dateline": "DEN HAAG",
        },
        dateline="DEN HAAG (ANP) - ",
    )
    add(
        "nl",
        "bijgewerkt",
        [
            "Nieuwe regels voor alle bedrijven",
            "",
            "Delen",
            "Korte link",
            "Bijgewerkt op 15-03-2024",
            "",
            "BODY",
            "",
            "Bron: ANP",
        ],
        {"updated": "2024-03-15", "source": "ANP"},
    )
    add(
        "nl",
        "gelezen",
        [
            "Nieuwe regels voor alle bedrijven",
            "",
            "Door Jan de Vries",
            "14 mrt 2024",
            "",
            "BODY",
            "",
            "523 keer gelezen",
        ],
        {"authors": ["Jan de Vries"], "published": "2024-03-14", "views": 523},
    )

    # Polish
    add(
        "pl",
        "autor-i",
        [
            "Pilne",
            "",
            "Nowe przepisy dla wszystkich firm",
            "",
            "Autor: Jan Kowalski i Anna Nowak",
            "Opublikowano: 14.03.2024, 14:05",
            "",
            "BODY",
            "",
            "1 234 wyświetlenia",
        ],
        {"authors": ["Jan Kowalski", "Anna Nowak"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "pl",
        "aktualizacja",
        [
            "Nowe przepisy dla wszystkich firm",
            "",
            "Udostępnij",
            "Krótki link",
            "Aktualizacja: 15 marca 2024 o 9:30",
            "",
            "BODY",
            "",
            "Źródło: PAP",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "PAP"},
    )
    add(
        "pl",
        "pap",
        ["Nowe przepisy dla wszystkich firm", "", "Autor: Jan Kowalski", "14 marca 2024", "", "BODY", "", "(PAP)"],
        {"authors": ["Jan Kowalski"], "published": "2024-03-14", "source": "PAP"},
    )

    # Russian
    add(
        "ru",
        "avtor",
        [
            "Срочно",
            "",
            "Новые правила для всех компаний",
            "",
            "Автор: Иван Петров",
            "Опубликовано: 14 марта 2024, 14:05 МСК",
            "",
            "BODY",
            "",
            "Просмотров: 1 234",
        ],
        {"authors": ["Иван Петров"], "published": "2024-03-14T14:05:00+03:00", "views": 1234, "dateline": "МОСКВА"},
        dateline="МОСКВА, 14 марта. /ТАСС/. ",
    )
    add(
        "ru",
        "obnovleno",
        [
            "Новые правила для всех компаний",
            "",
            "Поделиться",
            "Короткая ссылка",
            "Обновлено 15.03.2024 09:30",
            "",
            "BODY",
            "",
            "Источник: ТАСС",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "ТАСС"},
    )
    add(
        "ru",
        "i",
        [
            "Новые правила для всех компаний",
            "",
            "Автор: Иван Петров и Анна Смирнова",
            "14 марта 2024",
            "",
            "BODY",
            "",
            "2 345 просмотров",
        ],
        {"authors": ["Иван Петров", "Анна Смирнова"], "published": "2024-03-14", "views": 2345},
    )

    # Ukrainian
    add(
        "uk",
        "avtor",
        [
            "Терміново",
            "",
            "Нові правила для всіх компаній",
            "",
            "Автор: Олена Коваленко",
            "Опубліковано: 14 березня 2024, 14:05",
            "",
            "BODY",
            "",
            "Переглядів: 1 234",
        ],
        {"authors": ["Олена Коваленко"], "published": "2024-03-14T14:05:00", "views": 1234, "dateline": "Київ"},
        dateline="Київ (Укрінформ) - ",
    )
    add(
        "uk",
        "onovleno",
        [
            "Нові правила для всіх компаній",
            "",
            "Поділитися",
            "Коротке посилання",
            "Оновлено 15.03.2024 о 09:30",
            "",
            "BODY",
            "",
            "Джерело: Укрінформ",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "Укрінформ"},
    )
    add(
        "uk",
        "ta",
        [
            "Нові правила для всіх компаній",
            "",
            "Автор: Олена Коваленко та Петро Шевчук",
            "14 березня 2024",
            "",
            "BODY",
            "",
            "2 345 переглядів",
        ],
        {"authors": ["Олена Коваленко", "Петро Шевчук"], "published": "2024-03-14", "views": 2345},
    )

    # Turkish
    add(
        "tr",
        "yayinlanma",
        [
            "Son dakika",
            "",
            "Tüm şirketler için yeni kurallar",
            "",
            "Yazan: Ahmet Yılmaz",
            "Yayınlanma: 14.03.2024 14:05",
            "",
            "BODY",
            "",
            "1.234 okunma",
        ],
        {"authors": ["Ahmet Yılmaz"], "published": "2024-03-14T14:05:00", "views": 1234, "dateline": "ANKARA"},
        dateline="ANKARA (AA) - ",
    )
    add(
        "tr",
        "guncelleme",
        [
            "Tüm şirketler için yeni kurallar",
            "",
            "Paylaş",
            "Kısa link",
            "Güncelleme: 15 Mart 2024 09:30",
            "",
            "BODY",
            "",
            "Kaynak: AA",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "AA"},
    )
    add(
        "tr",
        "ve",
        [
            "Tüm şirketler için yeni kurallar",
            "",
            "Yazan: Ahmet Yılmaz ve Ayşe Demir",
            "14 Mart 2024",
            "",
            "BODY",
            "",
            "2.345 görüntülenme",
        ],
        {"authors": ["Ahmet Yılmaz", "Ayşe Demir"], "published": "2024-03-14", "views": 2345},
    )

    # Arabic
    add(
        "ar",
        "bqalam",
        [
            "عاجل",
            "",
            "قواعد جديدة لجميع الشركات",
            "",
            "بقلم: محمد علي",
            "نشر في 14 مارس 2024",
            "",
            "BODY",
            "",
            "1,234 مشاهدة",
        ],
        {"authors": ["محمد علي"], "published": "2024-03-14", "views": 1234, "dateline": "القاهرة"},
        dateline="القاهرة (رويترز) - ",
    )
    add(
        "ar",
        "tahdith",
        [
            "قواعد جديدة لجميع الشركات",
            "",
            "شارك",
            "رابط مختصر",
            "آخر تحديث: 15/03/2024 09:30",
            "",
            "BODY",
            "",
            "المصدر: رويترز",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "رويترز"},
    )
    add(
        "ar",
        "afp",
        ["قواعد جديدة لجميع الشركات", "", "كتب: أحمد حسن", "14 مارس 2024", "", "BODY", "", "عدد المشاهدات: 523"],
        {"authors": ["أحمد حسن"], "published": "2024-03-14", "views": 523},
    )

    # Chinese
    add(
        "zh",
        "xinhua",
        ["快讯", "", "新规定将适用于所有企业", "", "发布时间：2024-03-14 14:05", "", "BODY", "", "阅读 1234"],
        {"published": "2024-03-14T14:05:00", "views": 1234, "dateline": "北京", "authors": ["张三"]},
        dateline="新华社北京3月14日电（记者 张三）",
    )
    add(
        "zh",
        "author",
        ["新规定将适用于所有企业", "", "分享", "作者：李四", "2024年3月14日 14:05", "", "BODY", "", "来源：新华社"],
        {"authors": ["李四"], "published": "2024-03-14T14:05:00", "source": "新华社"},
    )
    add(
        "zh",
        "updated",
        ["新规定将适用于所有企业", "", "记者 王五", "更新时间：2024年3月15日 09:30", "", "BODY", "", "浏览量：2345"],
        {"authors": ["王五"], "updated": "2024-03-15T09:30:00", "views": 2345},
    )

    # Japanese
    add(
        "ja",
        "kyodo",
        [
            "速報",
            "",
            "新規則、全企業に適用へ",
            "",
            "公開日：2024年3月14日(木) 14時05分",
            "",
            "BODY",
            "",
            "閲覧数：1,234",
        ],
        {"published": "2024-03-14T14:05:00", "views": 1234, "dateline": "ワシントン"},
        dateline="【ワシントン共同】",
    )
    add(
        "ja",
        "kisha",
        [
            "新規則、全企業に適用へ",
            "",
            "シェア",
            "山田太郎記者",
            "更新日：2024年3月15日 9:30",
            "",
            "BODY",
            "",
            "出典：共同通信",
        ],
        {"authors": ["山田太郎"], "updated": "2024-03-15T09:30:00", "source": "共同通信"},
    )
    add(
        "ja",
        "jst",
        ["新規則、全企業に適用へ", "", "記者：佐藤花子", "2024/03/14 14:05 JST", "", "BODY", "", "（共同）"],
        {"authors": ["佐藤花子"], "published": "2024-03-14T14:05:00+09:00", "source": "共同"},
    )

    # Two stamps on one line, and a source after the byline's names
    add(
        "fr",
        "deux-dates",
        [
            "De nouvelles règles pour toutes les entreprises",
            "",
            "Par Claire Dubois (avec AFP)",
            "Publié le 03/03/2024 à 14h05, mis à jour le 04/03/2024 à 15h10",
            "",
            "BODY",
        ],
        {
            "authors": ["Claire Dubois"],
            "source": "AFP",
            "published": "2024-03-03T14:05:00",
            "updated": "2024-03-04T15:10:00",
        },
    )
    add(
        "de",
        "zwei-daten",
        [
            "Neue Regeln für alle Unternehmen",
            "",
            "Von Anna Müller / dpa",
            "Veröffentlicht: 14.03.2024, 14:05 Uhr | Aktualisiert: 15.03.2024, 09:30 Uhr",
            "",
            "BODY",
        ],
        {
            "authors": ["Anna Müller"],
            "source": "dpa",
            "published": "2024-03-14T14:05:00",
            "updated": "2024-03-15T09:30:00",
        },
    )
    add(
        "es",
        "dos-fechas",
        [
            "Nuevas normas para todas las empresas",
            "",
            "Por María López",
            "Madrid - 21 oct 2024 - 14:05 CEST Actualizado: 22 oct 2024 - 09:30 CEST",
            "",
            "BODY",
        ],
        {"authors": ["María López"], "published": "2024-10-21T14:05:00+02:00", "updated": "2024-10-22T09:30:00+02:00"},
    )
    add(
        "it",
        "ansa",
        ["Nuove regole per tutte le aziende", "", "Di Mario Rossi | ANSA", "14/03/2024 14:05", "", "BODY"],
        {"authors": ["Mario Rossi"], "source": "ANSA", "published": "2024-03-14T14:05:00"},
    )

    # Korean
    add(
        "ko",
        "yonhap",
        [
            "속보",
            "",
            "새 규정 모든 기업에 적용",
            "",
            "입력 2024.03.14 14:05",
            "수정 2024.03.14 15:30",
            "",
            "BODY",
            "",
            "조회수 1,234",
        ],
        {
            "published": "2024-03-14T14:05:00",
            "updated": "2024-03-14T15:30:00",
            "views": 1234,
            "dateline": "서울",
            "authors": ["김철수"],
        },
        dateline="(서울=연합뉴스) 김철수 기자 = ",
    )
    add(
        "ko",
        "gija",
        [
            "새 규정 모든 기업에 적용",
            "",
            "공유하기",
            "이영희 기자",
            "2024년 3월 14일 오후 2시 5분",
            "",
            "BODY",
            "",
            "출처: 연합뉴스",
        ],
        {"authors": ["이영희"], "published": "2024-03-14T14:05:00", "source": "연합뉴스"},
    )
    add(
        "ko",
        "email",
        [
            "새 규정 모든 기업에 적용",
            "",
            "박민수 기자 park@example.com",
            "등록 2024-03-14 14:05",
            "",
            "BODY",
            "",
            "조회 523",
        ],
        {"authors": ["박민수"], "published": "2024-03-14T14:05:00", "views": 523},
    )

    # Hindi
    add(
        "hi",
        "lekhak",
        [
            "ब्रेकिंग न्यूज़",
            "",
            "नए नियम सभी कंपनियों पर लागू",
            "",
            "लेखक: अनुराग मिश्रा और प्रिया शर्मा",
            "प्रकाशित: 14 मार्च 2024, 14:05",
            "",
            "BODY",
            "",
            "स्रोत: आईएएनएस",
        ],
        {"authors": ["अनुराग मिश्रा", "प्रिया शर्मा"], "published": "2024-03-14T14:05:00", "source": "आईएएनएस"},
    )
    add(
        "hi",
        "updated",
        ["नए नियम सभी कंपनियों पर लागू", "", "शेयर करें", "अपडेटेड: 15 मार्च 2024, 09:30", "", "BODY", "", "(पीटीआई)"],
        {"updated": "2024-03-15T09:30:00", "source": "पीटीआई"},
    )
    add(
        "hi",
        "devanagari-digits",
        [
            "नए नियम सभी कंपनियों पर लागू",
            "",
            "द्वारा अनुराग मिश्रा, वरिष्ठ संवाददाता",
            "१४ मार्च २०२४",
            "",
            "BODY",
            "",
            "विज्ञापन",
        ],
        {"authors": ["अनुराग मिश्रा"], "published": "2024-03-14"},
    )

    # Persian
    add(
        "fa",
        "nevisande",
        [
            "خبر فوری",
            "",
            "قوانین جدید برای همه شرکت‌ها",
            "",
            "نویسنده: مریم احمدی و رضا کریمی",
            "تاریخ انتشار: ۱۴ مارس ۲۰۲۴، ساعت ۱۴:۰۵",
            "",
            "BODY",
            "",
            "انتهای پیام/",
        ],
        {"authors": ["مریم احمدی", "رضا کریمی"], "published": "2024-03-14T14:05:00"},
    )
    add(
        "fa",
        "updated",
        [
            "قوانین جدید برای همه شرکت‌ها",
            "",
            "اشتراک‌گذاری",
            "لینک کوتاه",
            "آخرین بروزرسانی: ۱۵ مارس ۲۰۲۴ - ۰۹:۳۰",
            "",
            "BODY",
            "",
            "منبع: ایرنا",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "ایرنا"},
    )
    add(
        "fa",
        "isna",
        ["قوانین جدید برای همه شرکت‌ها", "", "به قلم سارا موسوی", "۱۴ مارس ۲۰۲۴", "", "BODY"],
        {"authors": ["سارا موسوی"], "published": "2024-03-14", "dateline": "تهران", "source": "ایسنا"},
        dateline="تهران (ایسنا) - ",
    )

    # Danish
    add(
        "da",
        "af-og",
        [
            "Seneste nyt",
            "",
            "Nye regler for alle virksomheder",
            "",
            "Af Anna Hansen og Mads Jensen",
            "Publiceret 14. marts 2024 kl. 14:05",
            "",
            "BODY",
            "",
            "Kilde: Ritzau",
        ],
        {"authors": ["Anna Hansen", "Mads Jensen"], "published": "2024-03-14T14:05:00", "source": "Ritzau"},
    )
    add(
        "da",
        "opdateret",
        ["Nye regler for alle virksomheder", "", "Del", "Opdateret 15.03.2024 09:30", "", "BODY", "", "Annonce"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "da",
        "ritzau",
        [
            "Nye regler for alle virksomheder",
            "",
            "Skrevet af Anna Hansen, politisk redaktør",
            "14. marts 2024",
            "",
            "BODY",
        ],
        {"authors": ["Anna Hansen"], "published": "2024-03-14", "dateline": "KØBENHAVN", "source": "Ritzau"},
        dateline="KØBENHAVN (Ritzau) - ",
    )

    # Norwegian Bokmål
    add(
        "nb",
        "av-og",
        [
            "Siste nytt",
            "",
            "Nye regler for alle bedrifter",
            "",
            "Av Kari Nordmann og Ola Hansen",
            "Publisert 14. mars 2024 kl. 14:05",
            "",
            "BODY",
            "",
            "(NTB)",
        ],
        {"authors": ["Kari Nordmann", "Ola Hansen"], "published": "2024-03-14T14:05:00", "source": "NTB"},
    )
    add(
        "nb",
        "oppdatert",
        [
            "Nye regler for alle bedrifter",
            "",
            "Del artikkelen",
            "Sist oppdatert 15. desember 2024 09:30",
            "",
            "BODY",
            "",
            "Annonse",
        ],
        {"updated": "2024-12-15T09:30:00"},
    )
    add(
        "nb",
        "ntb",
        ["Nye regler for alle bedrifter", "", "Av Kari Nordmann, journalist", "14. mars 2024", "", "BODY"],
        {"authors": ["Kari Nordmann"], "published": "2024-03-14", "dateline": "OSLO", "source": "NTB"},
        dateline="OSLO (NTB) - ",
    )

    # Czech
    add(
        "cs",
        "autori-a",
        [
            "Exkluzivně",
            "",
            "Nová pravidla pro všechny firmy",
            "",
            "Autoři: Jan Novák a Petra Svobodová",
            "Publikováno 14. března 2024, 14:05",
            "",
            "BODY",
            "",
            "1 234 zobrazení",
        ],
        {"authors": ["Jan Novák", "Petra Svobodová"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "cs",
        "aktualizovano",
        [
            "Nová pravidla pro všechny firmy",
            "",
            "Sdílet",
            "Aktualizováno 15. 3. 2024 9:30",
            "",
            "BODY",
            "",
            "Zdroj: ČTK",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "ČTK", "dateline": "PRAHA"},
        dateline="PRAHA - ",
    )
    add(
        "cs",
        "ctk",
        ["Nová pravidla pro všechny firmy", "", "Připravil: Jan Novák", "14. března 2024", "", "BODY", "", "(ČTK)"],
        {"authors": ["Jan Novák"], "published": "2024-03-14", "source": "ČTK"},
    )

    # Romanian
    add(
        "ro",
        "scris-de",
        [
            "Ultima oră",
            "",
            "Reguli noi pentru toate firmele",
            "",
            "Scris de Ion Popescu și Maria Ionescu",
            "Publicat: 14 martie 2024, ora 14:05",
            "",
            "BODY",
            "",
            "1.234 vizualizări",
        ],
        {"authors": ["Ion Popescu", "Maria Ionescu"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "ro",
        "actualizat",
        [
            "Reguli noi pentru toate firmele",
            "",
            "Distribuie",
            "Actualizat: 15.03.2024 09:30",
            "",
            "BODY",
            "",
            "Sursa: Agerpres",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "Agerpres"},
    )
    add(
        "ro",
        "agerpres",
        ["Reguli noi pentru toate firmele", "", "BODY"],
        {"dateline": "BUCUREȘTI", "source": "Agerpres"},
        dateline="BUCUREȘTI, 14 martie (Agerpres) - ",
    )

    # Greek
    add(
        "el",
        "tou",
        [
            "Αποκλειστικό",
            "",
            "Νέοι κανόνες για όλες τις εταιρείες",
            "",
            "Του Γιώργου Παπαδόπουλου",
            "Δημοσίευση: 14 Μαρτίου 2024, 14:05",
            "",
            "BODY",
            "",
            "1.234 προβολές",
        ],
        {"authors": ["Γιώργου Παπαδόπουλου"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "el",
        "enimerosi",
        [
            "Νέοι κανόνες για όλες τις εταιρείες",
            "",
            "Κοινοποίηση",
            "Ενημέρωση: 15/03/2024 09:30",
            "",
            "BODY",
            "",
            "Πηγή: ΑΠΕ-ΜΠΕ",
        ],
        {"updated": "2024-03-15T09:30:00", "source": "ΑΠΕ-ΜΠΕ"},
    )
    add(
        "el",
        "ape-mpe",
        ["Νέοι κανόνες για όλες τις εταιρείες", "", "Γράφει η Μαρία Νικολάου", "14 ΜΑΡΤΙΟΥ 2024", "", "BODY"],
        {"authors": ["Μαρία Νικολάου"], "published": "2024-03-14", "dateline": "ΑΘΗΝΑ", "source": "ΑΠΕ-ΜΠΕ"},
        dateline="ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - ",
    )

    # Indonesian
    add(
        "id",
        "penulis-dan",
        [
            "Eksklusif",
            "",
            "Aturan baru untuk semua perusahaan",
            "",
            "Penulis: Budi Santoso dan Siti Rahayu",
            "Diterbitkan: Kamis, 14 Maret 2024 pukul 14:05 WIB",
            "",
            "BODY",
            "",
            "1.234 kali dibaca",
        ],
        {"authors": ["Budi Santoso", "Siti Rahayu"], "published": "2024-03-14T14:05:00+07:00", "views": 1234},
    )
    add(
        "id",
        "diperbarui",
        [
            "Aturan baru untuk semua perusahaan",
            "",
            "Bagikan",
            "Diperbarui 15/03/2024, 09:30 WIB",
            "",
            "BODY",
            "",
            "Sumber: ANTARA",
        ],
        {"updated": "2024-03-15T09:30:00+07:00", "source": "ANTARA"},
    )
    add(
        "id",
        "antara",
        ["Aturan baru untuk semua perusahaan", "", "Pewarta: Budi Santoso", "14 Maret 2024", "", "BODY"],
        {"authors": ["Budi Santoso"], "published": "2024-03-14", "dateline": "JAKARTA", "source": "ANTARA"},
        dateline="JAKARTA (ANTARA) - ",
    )

    # Swedish
    add(
        "sv",
        "av-och",
        [
            "Just nu",
            "",
            "Nya regler för alla företag",
            "",
            "Av Anna Andersson och Erik Lindqvist",
            "Publicerad 14 mars 2024 kl. 14:05",
            "",
            "BODY",
            "",
            "1 234 visningar",
        ],
        {"authors": ["Anna Andersson", "Erik Lindqvist"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "sv",
        "uppdaterad",
        ["Nya regler för alla företag", "", "Dela", "Uppdaterad 2024-03-15 09:30", "", "BODY", "", "Källa: TT"],
        {"updated": "2024-03-15T09:30:00", "source": "TT"},
    )
    add(
        "sv",
        "tt",
        ["Nya regler för alla företag", "", "Av Anna Andersson", "14 mars 2024", "", "BODY"],
        {"authors": ["Anna Andersson"], "published": "2024-03-14", "dateline": "STOCKHOLM", "source": "TT"},
        dateline="STOCKHOLM (TT) - ",
    )

    # Hungarian
    add(
        "hu",
        "szerzo-es",
        [
            "Exkluzív",
            "",
            "Új szabályok minden cégnek",
            "",
            "Szerző: Kovács János és Nagy Éva",
            "Közzétéve: 2024. 03. 14. 14:05",
            "",
            "BODY",
            "",
            "1234 megtekintés",
        ],
        {"authors": ["Kovács János", "Nagy Éva"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "hu",
        "frissitve",
        ["Új szabályok minden cégnek", "", "Megosztás", "Frissítve: 2024.03.15. 09:30", "", "BODY", "", "Forrás: MTI"],
        {"updated": "2024-03-15T09:30:00", "source": "MTI"},
    )
    add(
        "hu",
        "mti",
        ["Új szabályok minden cégnek", "", "Írta: Kovács János", "", "BODY"],
        {"authors": ["Kovács János"], "dateline": "BUDAPEST", "source": "MTI"},
        dateline="BUDAPEST (MTI) - ",
    )
    # Vietnamese
    add(
        "vi",
        "tac-gia-va",
        [
            "Tin nóng",
            "",
            "Quy định mới cho mọi doanh nghiệp",
            "",
            "Tác giả: Trần Thị Bình và Lê Văn Cường",
            "Đăng lúc: 14/03/2024 14:05",
            "",
            "BODY",
            "",
            "1.234 lượt xem",
        ],
        {"authors": ["Trần Thị Bình", "Lê Văn Cường"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "vi",
        "cap-nhat",
        [
            "Quy định mới cho mọi doanh nghiệp",
            "",
            "Chia sẻ",
            "Cập nhật: 15/03/2024 09:30 (GMT+7)",
            "",
            "BODY",
            "",
            "Nguồn: TTXVN",
        ],
        {"updated": "2024-03-15T09:30:00+07:00", "source": "TTXVN"},
    )
    add(
        "vi",
        "ttxvn",
        ["Quy định mới cho mọi doanh nghiệp", "", "Bài: Nguyễn Văn An", "ngày 14 tháng 3 năm 2024", "", "BODY"],
        {"authors": ["Nguyễn Văn An"], "published": "2024-03-14", "dateline": "HÀ NỘI", "source": "TTXVN"},
        dateline="HÀ NỘI (TTXVN) - ",
    )
    # Hebrew
    add(
        "he",
        "meet",
        [
            "מבזק",
            "",
            "כללים חדשים לכל החברות",
            "",
            "מאת ישראל ישראלי, משה כהן",
            "פורסם: 14.03.24, 14:05",
            "",
            "BODY",
            "",
            "1,234 צפיות",
        ],
        {"authors": ["ישראל ישראלי", "משה כהן"], "published": "2024-03-14T14:05:00", "views": 1234},
    )
    add(
        "he",
        "udkan",
        ["כללים חדשים לכל החברות", "", "שתף", "עודכן: 15/03/2024 09:30", "", "BODY", "", "מקור: רויטרס"],
        {"updated": "2024-03-15T09:30:00", "source": "רויטרס"},
    )
    add(
        "he",
        "reuters",
        ["כללים חדשים לכל החברות", "", "מאת משה כהן", "14 במרץ 2024", "", "BODY"],
        {"authors": ["משה כהן"], "published": "2024-03-14", "dateline": "ירושלים", "source": "רויטרס"},
        dateline="ירושלים (רויטרס) - ",
    )
    return cases


CASES: list[Case] = _cases()
"""Every article, three or more per language."""


# (text, the ISO 8601 newsparse must give, or None)
DATES: list[tuple[str, str | None]] = [
    # ISO 8601 and RFC 2822 (feeds, JSON, HTML meta)
    ("2024-03-14", "2024-03-14"),
    ("2024-03-14T14:05:00", "2024-03-14T14:05:00"),
    ("2024-03-14T14:05:00Z", "2024-03-14T14:05:00+00:00"),
    ("2024-03-14T14:05:00+01:00", "2024-03-14T14:05:00+01:00"),
    ("2024-03-14T14:05:00.123Z", "2024-03-14T14:05:00.123000+00:00"),
    ("2024-03-14T14:05:00.1234567Z", "2024-03-14T14:05:00.123456+00:00"),
    ("2024-03-14T14:05:00.123456789+09:00", "2024-03-14T14:05:00.123456+09:00"),
    ("2024-03-14 14:05:00", "2024-03-14T14:05:00"),
    ("2024-03-14 14:05", "2024-03-14T14:05:00"),
    ("2024-03-14T14:05:00-0500", "2024-03-14T14:05:00-05:00"),
    ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
    ("20180619T0550Z", "2018-06-19T05:50:00+00:00"),
    ("20240314", "2024-03-14"),
    ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00"),
    ("Tue, 10 Jun 2003 04:00:00 EST", "2003-06-10T04:00:00-05:00"),
    ("Thu, 14 Mar 2024 14:05:00 PDT", "2024-03-14T14:05:00-07:00"),
    ("Thu, 14 Mar 2024 14:05:00 +0100", "2024-03-14T14:05:00+01:00"),
    ("Thu, 14 Mar 2024 14:05:00 -0000", "2024-03-14T14:05:00+00:00"),
    ("Thu, 14 Mar 2024 14:05:00 UT", "2024-03-14T14:05:00+00:00"),
    ("Thu, 14 Mar 2024 14:05 CET", "2024-03-14T14:05:00+01:00"),
    ("14 Mar 2024 14:05:00 CEST", "2024-03-14T14:05:00+02:00"),
    ("Thu, 14 Mar 2024 14:05:00 BST", "2024-03-14T14:05:00+01:00"),
    ("Thu, 14 Mar 2024 23:05:00 JST", "2024-03-14T23:05:00+09:00"),
    ("Thu, 14 Mar 2024 23:05:00 KST", "2024-03-14T23:05:00+09:00"),
    # English
    ("March 14, 2024", "2024-03-14"),
    ("Mar. 14, 2024", "2024-03-14"),
    ("Sept. 4, 2025", "2025-09-04"),
    ("14 March 2024", "2024-03-14"),
    ("Thursday, March 14, 2024", "2024-03-14"),
    ("Thursday 14 March 2024 14.05 GMT", "2024-03-14T14:05:00+00:00"),
    ("March 14, 2024 2:05 PM", "2024-03-14T14:05:00"),
    ("March 14, 2024 at 2:05 p.m. EDT", "2024-03-14T14:05:00-04:00"),
    ("March 14, 2024 12:30 a.m. ET", "2024-03-14T00:30:00"),
    ("Updated 14 March 2024", "2024-03-14"),
    ("February 19th 2025", "2025-02-19"),
    ("the 4th of July 2024", "2024-07-04"),
    ("Published March 14, 2024 2:05pm EST", "2024-03-14T14:05:00-05:00"),
    ("14/03/2024", "2024-03-14"),
    ("03/14/2024", "2024-03-14"),
    ("03/04/2024", "2024-03-04"),
    ("3/14/24", "2024-03-14"),
    ("2024/03/14", "2024-03-14"),
    ("2 hours ago", None),
    ("Yesterday at 2:05 PM", None),
    ("just now", None),
    ("5 min ago", None),
    ("Today, 14:05", None),
    # German
    ("14. März 2024", "2024-03-14"),
    ("14. März 2024, 14:05 Uhr", "2024-03-14T14:05:00"),
    ("Donnerstag, 14. März 2024 um 14:05 Uhr", "2024-03-14T14:05:00"),
    ("14.03.2024", "2024-03-14"),
    ("14.03.2024, 14:05 Uhr", "2024-03-14T14:05:00"),
    ("14.03.2024 14.05 Uhr MEZ", "2024-03-14T14:05:00+01:00"),
    ("14. Juli 2024, 9:30 Uhr MESZ", "2024-07-14T09:30:00+02:00"),
    ("3. Jan. 2024", "2024-01-03"),
    ("14. Jänner 2024", "2024-01-14"),
    ("vor 2 Stunden", None),
    ("gestern, 14:05 Uhr", None),
    # French
    ("3 mars 2024", "2024-03-03"),
    ("3 mars 2024 à 14h05", "2024-03-03T14:05:00"),
    ("jeudi 14 mars 2024 à 14h", "2024-03-14T14:00:00"),
    ("1er avril 2024", "2024-04-01"),
    ("14 févr. 2024", "2024-02-14"),
    ("14 décembre 2024 à 9h30", "2024-12-14T09:30:00"),
    ("14/03/2024 à 14:05", "2024-03-14T14:05:00"),
    ("il y a 3 heures", None),
    ("hier à 14h05", None),
    # Spanish
    ("21 de octubre de 2024", "2024-10-21"),
    ("21 de octubre de 2024 a las 14:05", "2024-10-21T14:05:00"),
    ("lunes, 21 de octubre de 2024, 14:05", "2024-10-21T14:05:00"),
    ("21 oct 2024", "2024-10-21"),
    ("1º de enero de 2024", "2024-01-01"),
    ("21/10/2024 14:05 h", "2024-10-21T14:05:00"),
    ("hace 2 horas", None),
    # Italian
    ("14 marzo 2024", "2024-03-14"),
    ("giovedì 14 marzo 2024 alle 14:05", "2024-03-14T14:05:00"),
    ("14 mar 2024 ore 14:05", "2024-03-14T14:05:00"),
    ("2 ore fa", None),
    # Portuguese
    ("14 de março de 2024", "2024-03-14"),
    ("14 de março de 2024 às 14h05", "2024-03-14T14:05:00"),
    ("14/03/2024 14h05", "2024-03-14T14:05:00"),
    ("há 2 horas", None),
    # Dutch
    ("14 maart 2024", "2024-03-14"),
    ("donderdag 14 maart 2024 om 14:05", "2024-03-14T14:05:00"),
    ("14-03-2024 14:05", "2024-03-14T14:05:00"),
    ("2 uur geleden", None),
    # Polish
    ("14 marca 2024", "2024-03-14"),
    ("14 marca 2024, 14:05", "2024-03-14T14:05:00"),
    ("14 marca 2024 o godz. 14:05", "2024-03-14T14:05:00"),
    ("2 godziny temu", None),
    # Russian and Ukrainian
    ("14 марта 2024", "2024-03-14"),
    ("14 марта 2024 г., 14:05", "2024-03-14T14:05:00"),
    ("14 марта 2024, 14:05 МСК", "2024-03-14T14:05:00+03:00"),
    ("14.03.2024 14:05", "2024-03-14T14:05:00"),
    ("2 часа назад", None),
    ("14 березня 2024", "2024-03-14"),
    ("14 березня 2024 о 14:05", "2024-03-14T14:05:00"),
    ("2 години тому", None),
    # Turkish
    ("14 Mart 2024", "2024-03-14"),
    ("14 Mart 2024 Perşembe 14:05", "2024-03-14"),
    ("14.03.2024 14:05", "2024-03-14T14:05:00"),
    ("2 saat önce", None),
    # Arabic
    ("14 مارس 2024", "2024-03-14"),
    ("14 آذار 2024", "2024-03-14"),
    ("الخميس 14 مارس 2024", "2024-03-14"),
    ("منذ ساعتين", None),
    # Chinese, Japanese, Korean
    ("2024年3月14日", "2024-03-14"),
    ("2024年3月14日 14:05", "2024-03-14T14:05:00"),
    ("2024年03月14日 14时05分", "2024-03-14T14:05:00"),
    ("2024年3月14日 下午2:05", "2024-03-14T14:05:00"),
    ("2024-03-14 14:05 北京时间", "2024-03-14T14:05:00+08:00"),
    ("3小时前", None),
    ("2024年3月14日(木) 14時05分", "2024-03-14T14:05:00"),
    ("2024年3月14日 午後2時5分", "2024-03-14T14:05:00"),
    ("2024/03/14 14:05 JST", "2024-03-14T14:05:00+09:00"),
    ("3時間前", None),
    ("2024년 3월 14일", "2024-03-14"),
    ("2024년 3월 14일 오후 2시 5분", "2024-03-14T14:05:00"),
    ("2024.03.14 14:05", "2024-03-14T14:05:00"),
    ("2024. 3. 14. 14:05", "2024-03-14T14:05:00"),
    ("3시간 전", None),
    # not dates
    ("no date here", None),
    ("Page 3 of 12", None),
    ("February 30th 2025", None),
    ("31/02/2024", None),
]
"""Real-shaped date strings in every bundled language, each with the ISO 8601 it must give (None: not a date)."""
