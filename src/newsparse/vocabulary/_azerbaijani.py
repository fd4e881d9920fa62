"""The Azerbaijani vocabulary (az): the phrases of Azerbaijani-language news scrapes, in Latin letters.

Azerbaijani shares much with Turkish: what it writes as Turkish does ("Paylaş", "Reklam", "Linki kopyala",
"yazar:", "saat", "mart") is Turkish's and not repeated here, and "may" is English's. Months are here in the
nominative, the genitive and the locative dates use ("25 noyabr 2025", "noyabrın 25-i", "noyabrda"); those Uzbek
writes alike ("yanvar", "iyun", "dekabr", "dekabrda") are Azerbaijani's, the Uzbek vocabulary names only its own.
The year may be followed by its ordinal ending and "il" ("25 noyabr 2025-ci il"), and may come first ("2025-ci il
25 noyabr"). The abbreviation "sen" (September) is left out: it is Turkish "you" and Malay "cent"; so are the
agencies "Report" and "Trend", which are English words, and "Turan", which is also a name. The stopwords are the
words Azerbaijani spells its own way ("və", "ilə", "üçün", "də", "görə"): the identifier tells it from Turkish by
them.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["AZERBAIJANI"]

_BODY_CHROME = ("Həmçinin oxuyun", "Həmçinin oxu", "Ardını oxu", "Davamını oxu")

AZERBAIJANI = Vocabulary(
    language="az",
    chrome=(
        "Paylaşmaq", "Şərhlər", "Şərh yaz", "Abunə ol", "Çap et", "Çap", "Keçidi kopyala", "Linki köçür",
        "Yadda saxla", "Dinlə", "Ətraflı", "Daha ətraflı", "Hamısına bax", "Qalereya", "Foto qalereya", "Fotoqalereya",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Təcili", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman", "Mədəniyyət", "Müsahibə", "Analitika", "Rəy",
        "Eksklüziv", "Hadisə", "Xəbərlər", "Region", "Sosial", "Elm", "Təhsil",
    ),
    story_lists=(
        "Həmçinin oxuyun", "Həmçinin oxu", "Oxşar xəbərlər", "Digər xəbərlər", "Ən çox oxunanlar", "Ən çox oxunan",
        "Son xəbərlər", "Mövzu ilə bağlı", "Bu mövzuda", "Xəbər lenti", "Günün xəbərləri", "Tövsiyə edirik",
    ),
    tag_labels=("Teqlər", "Açar sözlər", "Etiketlər"),
    minute_words=("dəq", "dəqiqə"),
    reading_words=("oxunma müddəti", "oxuma vaxtı"),
    not_places=("TƏCİLİ", "XƏBƏR"),
    published_words=("dərc olunub", "dərc edilib", "dərc olunma tarixi", "yayımlanıb", "yayımlanma tarixi"),
    updated_words=("yenilənib", "yeniləndi", "son yenilənmə", "yenilənmə tarixi"),
    publish_stems=("dərc",),
    source_words=("mənbə",),
    views_before=("baxış", "baxış sayı", "baxışların sayı"),
    views_after=("baxış", "dəfə baxılıb"),
    writer_paths=("muellif",),
    by=("müəllif:", "müəlliflər:", "hazırladı:", "hazırlayan:"),
    job_titles=(
        "müxbir", "müxbiri", "xüsusi müxbir", "jurnalisti", "baş redaktor", "redaksiya",
        "mətbuat xidməti", "xəbər xidməti",
    ),
    conjunctions=("və",),
    agencies=("AZƏRTAC", "Azərtac", "AzərTAc"),
    org_suffixes=("Agentliyi", "Qəzeti", "Portalı"),  # "Xəzər Xəbər Agentliyi": an agency's name, no person
    credit_words=("şəkil", "fotoşəkil"),
    caption_labels=("şəkil", "arxiv şəkli", "arxiv foto"),
    rights_words=("bütün hüquqlar qorunur", "bütün hüquqları qorunur", "bütün hüquqlar qorunmuşdur",
                  "müəllif hüquqları qorunur"),
    newsletter_words=("bülleten",),
    sign_up_words=("abunə olun", "izləyin", "qoşulun"),
    months={
        "yanvar": 1, "yanvarın": 1, "yanvarda": 1, "fevral": 2, "fevralın": 2, "fevralda": 2, "martın": 3,
        "martda": 3, "aprel": 4, "aprelin": 4, "apreldə": 4, "mayın": 5, "mayda": 5, "iyun": 6, "iyunun": 6,
        "iyunda": 6, "iyul": 7, "iyulun": 7, "iyulda": 7, "avqust": 8, "avqustun": 8, "avqustda": 8, "sentyabr": 9,
        "sentyabrın": 9, "sentyabrda": 9, "oktyabr": 10, "oktyabrın": 10, "oktyabrda": 10, "noyabr": 11,
        "noyabrın": 11, "noyabrda": 11, "dekabr": 12, "dekabrın": 12, "dekabrda": 12,
        # abbreviations of a date line ("fev", "mar", "apr", "okt" are other languages' with the same months)
        "yan": 1, "iyn": 6, "iyl": 7, "avq": 8, "noy": 11, "dek": 12,
    },
    weekdays=("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"),
    relative_dates=(
        "saat əvvəl", "dəqiqə əvvəl", "saniyə əvvəl", "gün əvvəl", "həftə əvvəl", "dünən", "bu gün", "indicə",
    ),
    date_fillers=("-ci il", "-cı il", "-cu il", "-cü il"),  # not "il" alone: Italian and French "il"
    # the day's possessive ending after a genitive month ("noyabrın 25-i", "dekabrın 2-si")
    day_suffixes=("-i", "-ı", "-u", "-ü", "-si", "-sı", "-su", "-sü"),
    numeric_order="dmy",
    zones={"AZT": "+04:00"},
    names=("azerbaijani", "aze", "azeri", "azərbaycan", "azərbaycanca", "azərbaycan dili", "azerbaycan dili"),
    stopwords=(
        "və", "ilə", "üçün", "də", "isə", "həm", "həmçinin", "artıq", "lakin", "qədər", "edib", "olub", "bildirib",
        "deyə", "çox", "görə", "hər", "amma", "deyil", "ki", "bu", "bir", "onun", "olaraq", "edilib", "ən", "bütün",
        "etdi", "olan", "sonra", "haqqında", "kimi", "üzrə", "olduğunu", "qeyd", "ölkə",
    ),
    company_forms=("MMC", "ASC", "QSC", "ATSC"),
)  # fmt: skip
