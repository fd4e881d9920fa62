"""The Indonesian vocabulary (id): the phrases of Indonesian-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["INDONESIAN"]

_BODY_CHROME = (
    "Iklan", "Baca juga", "Baca selengkapnya", "Scroll untuk melanjutkan", "Lanjutkan membaca", "Gulir ke bawah",
)  # fmt: skip

INDONESIAN = Vocabulary(
    language="id",
    chrome=(
        "Bagikan", "Bagikan artikel", "Ikuti", "Ikuti kami", "Cetak", "Komentar", "Salin tautan", "Salin link",
        "Tautan disalin", "Berlangganan", "Simpan", "Dengarkan", "Dengarkan berita", "Langsung ke konten",
        "Kembali ke atas", "Ukuran teks", "Lebih banyak", "Selengkapnya", "Lihat selengkapnya", "Galeri foto",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Berita terkini", "Eksklusif", "Opini", "Analisis", "Wawancara", "Nasional", "Internasional", "Olahraga",
        "Tajuk rencana", "Sorotan", "Langsung",
    ),
    story_lists=(
        "Baca juga", "Baca selengkapnya", "Berita terkait", "Artikel terkait", "Terpopuler", "Paling banyak dibaca",
        "Berita lainnya", "Berita terbaru", "Rekomendasi", "Pilihan editor", "Pilihan redaksi", "Lihat juga",
        "Simak juga", "Populer", "Terkini", "Artikel lainnya",
    ),
    tag_labels=("Topik", "Kata kunci"),
    minute_words=("menit",),
    reading_words=("waktu baca", "baca", "membaca"),
    not_places=("BACA", "JUGA", "BACA JUGA", "SIMAK"),
    published_words=("diterbitkan", "dipublikasikan", "diposting", "dipublikasi", "terbit"),
    updated_words=("diperbarui", "terakhir diperbarui", "pembaruan terakhir"),
    timestamp_joiners=("pada",),
    publish_stems=("diterbitkan", "dipublikasi", "terbit"),
    source_words=("sumber",),
    views_after=("kali dibaca", "kali dilihat", "pembaca"),
    writer_paths=("penulis", "wartawan"),
    by=("penulis:", "oleh", "oleh:", "pewarta:", "reporter:", "kontributor:"),
    job_titles=("wartawan", "wartawati", "jurnalis", "koresponden", "kontributor", "redaksi", "pewarta"),
    conjunctions=("dan",),
    agencies=("ANTARA", "Antara"),
    caption_labels=("ilustrasi", "foto ilustrasi"),
    end_note_patterns=(r"^hak cipta dilindungi",),
    end_note_words=("cipta",),
    rights_words=("hak cipta dilindungi",),
    sign_up_words=("gabung", "bergabung", "ikuti kami", "ikuti saluran", "langganan", "simak", "pilih saluran"),
    months={
        "maret": 3, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "desember": 12, "des": 12,
    },
    weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"),
    relative_dates=("lalu", "kemarin"),
    time_joiners=("pukul", "jam"),
    numeric_order="dmy",
    zones={"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"},
    names=("indonesian", "ind", "bahasa indonesia"),
    stopwords=(
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga",
        "ke", "karena", "oleh", "ada", "adalah", "tersebut", "bahwa", "atau", "sebagai", "mereka", "kami",
        "telah", "sudah", "bisa", "saat", "lebih", "para",
    ),
    company_forms=("Tbk", "Tbk."),
)  # fmt: skip
