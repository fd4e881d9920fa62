"""The Turkish vocabulary (tr): the phrases of Turkish-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["TURKISH"]

_BODY_CHROME = ("Reklam", "İlginizi çekebilir", "Haberin devamı", "Devamını oku")

TURKISH = Vocabulary(
    language="tr",
    chrome=(
        "Paylaş", "Paylaşın", "Takip et", "Takip Et", "Yazdır", "Yorumlar", "Yorum yap", "Kısa link", "Kısa Link",
        "Linki kopyala", "Bağlantıyı kopyala", "Abone ol", "Kaydet", "Dinle", "Haberi dinle", "İçeriğe geç",
        "Başa dön", "Yazı boyutu", "Daha fazla", "Galeri", "Foto galeri", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    chrome_classes=("reaksiyon", "tepki", "paylas"),
    echo_markers=("Kısa link",),
    labels=(
        "Son dakika", "Özel", "Görüş", "Analiz", "Canlı", "Röportaj", "Yorum", "Gündem", "Dünya", "Ekonomi",
        "Siyaset", "Kültür", "Spor", "Özel haber",
    ),
    story_lists=(
        "İlgili haberler", "İlginizi çekebilir", "Bunlar da ilginizi çekebilir", "En çok okunanlar", "En çok okunan",
        "Çok okunanlar", "Benzer haberler", "Diğer haberler", "Son haberler", "Öne çıkanlar", "Bunu da okuyun",
        "Ayrıca okuyun",
    ),
    tag_labels=(
        "Etiketler", "Anahtar kelimeler",
    ),
    minute_words=("dk", "dakika"),
    reading_words=("okuma", "okuma süresi"),
    not_places=("SON", "DAKİKA", "SON DAKİKA", "ÖZEL", "DİKKAT"),
    published_words=("yayınlanma", "yayınlanma tarihi", "yayın tarihi", "yayımlanma", "eklenme"),
    updated_words=("güncelleme", "güncellenme", "son güncelleme", "güncellenme tarihi"),
    publish_stems=("yayınlan", "yayımlan"),
    source_words=("kaynak",),
    views_before=("okunma", "görüntülenme"),
    views_verbs=("okundu",),
    views_times=("kez", "defa"),
    views_after=("okunma", "görüntülenme", "kez okundu", "kez görüntülendi"),
    writer_paths=("muhabir", "yazar"),
    by=("yazan:", "haber:", "muhabir:", "yazar:"),
    job_titles=("muhabir", "muhabiri", "editör", "editörü", "haber merkezi"),
    conjunctions=("ve",),
    agencies=("AA", "Anadolu Ajansı", "DHA", "İHA", "IHA", "ANKA", "Demirören Haber Ajansı"),
    org_suffixes=("Ajansı", "Gazetesi", "Portalı"),  # "Demirören Haber Ajansı", "Ege Postası Gazetesi"
    credit_words=("fotoğraf", "foto", "görsel"),
    caption_labels=("fotoğraf", "foto", "arşiv"),
    rights_words=("tüm hakları saklıdır", "her hakkı saklıdır"),
    sign_up_words=("takip edin", "katılın", "abone olun"),
    months={
        "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6,
        "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11,
        "aralık": 12, "aralik": 12, "oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9,
        "eki": 10, "kas": 11, "ara": 12,
    },
    weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    relative_dates=("önce", "dün", "bugün", "az önce", "şimdi"),
    time_joiners=("saat",),
    numeric_order="dmy",
    zones={"TSİ": "+03:00", "TSI": "+03:00", "TRT": "+03:00"},
    names=("turkish", "tur", "türkçe", "turkce"),
    stopwords=(
        "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "en", "ne",
        "sonra", "ancak", "kadar", "ise", "değil", "her", "şu", "veya", "göre", "ama", "yeni", "oldu", "dedi",
    ),
    company_forms=("A.Ş.", "Ltd. Şti.", "Ltd. Şti", "Ltd Şti"),
)  # fmt: skip
