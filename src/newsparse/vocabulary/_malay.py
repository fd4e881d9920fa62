"""The Malay vocabulary (ms): the phrases of Malay-language news scrapes (Malaysia, Brunei, Singapore).

Malay and Indonesian share much of their furniture: what Malay writes as Indonesian does ("Baca juga", "Iklan",
"Oleh", "dan", "lalu", "Terkini", "Diterbitkan", "Selasa", "Rabu", "Sabtu") is Indonesian's and not repeated here,
and so are months that another language bundled before has ("Januari", "Mei", "Jun", "Oktober"). The stopwords
hold the words both write alike and the words only Malay writes so ("kerana", "bahawa", "selepas"): the identifier
tells the two apart by the words each writes its own way. "Dis" (December) is left out: it is French "dis";
and so are "Khamis" and "Ahad" (Thursday, Sunday), which are also names ("Salim Khamis"), that a weekday before a
byline's date would take off it.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["MALAY"]

_BODY_CHROME = ("Berita berkaitan", "Baca lagi", "Teruskan membaca", "Tatal untuk teruskan")

MALAY = Vocabulary(
    language="ms",
    chrome=(
        "Kongsi", "Kongsi artikel", "Kongsi berita", "Salin pautan", "Pautan disalin", "Cetak artikel", "Ikuti kami di",
        "Langgan", "Komen", "Lihat lagi", "Galeri gambar", "Dengar berita", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Berita semasa", "Semasa", "Dunia", "Sukan", "Hiburan", "Bisnes", "Jenayah", "Rencana", "Pendapat",
        "Wilayah", "Luar negara",
    ),
    story_lists=(
        "Berita berkaitan", "Artikel berkaitan", "Paling popular", "Berita popular", "Berita lain", "Artikel lain",
        "Lagi berita", "Baca lagi", "Disyorkan untuk anda", "Paling dibaca",
    ),
    tag_labels=("Topik berkaitan",),
    minute_words=("minit",),
    reading_words=("bacaan",),
    published_words=("disiarkan",),
    updated_words=("dikemaskini", "dikemas kini", "kemaskini", "kemas kini", "dikemaskini pada", "kemaskini terakhir"),
    publish_stems=("disiarkan",),
    by=("disediakan oleh", "laporan oleh"),
    job_titles=("pemberita", "wartawan kanan", "penulis", "pengarang", "meja berita"),
    agencies=("Bernama", "BERNAMA"),
    credit_words=("gambar",),
    caption_labels=("gambar", "foto hiasan", "gambar hiasan", "gambar fail", "foto fail"),
    end_note_patterns=(r"^hak cipta terpelihara",),
    end_note_words=("cipta",),
    rights_words=("hak cipta terpelihara",),
    months={"mac": 3, "julai": 7, "ogos": 8, "disember": 12},
    weekdays=("isnin", "jumaat"),
    time_joiners=("@",),
    am_words=("pagi",),
    pm_words=("petang", "malam"),
    zones={"MYT": "+08:00"},
    names=("malay", "msa", "zsm", "bahasa melayu", "melayu"),
    stopwords=(
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga",
        "ke", "oleh", "ada", "adalah", "atau", "sebagai", "mereka", "kami", "telah", "sudah", "lebih",
        "kerana", "bahawa", "boleh", "selepas", "sahaja", "iaitu", "ialah", "manakala", "semasa", "kerajaan",
    ),
    company_forms=("Sdn Bhd", "Sdn. Bhd.", "Bhd", "Bhd."),
)  # fmt: skip
