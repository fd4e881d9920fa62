"""The Vietnamese vocabulary (vi): the phrases of Vietnamese-language news scrapes.

Vietnamese writes a month as "tháng" and its number ("ngày 14 tháng 3 năm 2024"): the months are listed so, and
with the names some writers use ("tháng Ba"). Its words are syllables apart, so a syllable that is a word of its
own elsewhere ("ảnh", photo, in "ảnh hưởng", influence) is no credit word here.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["VIETNAMESE"]

_BODY_CHROME = ("Quảng cáo", "Đọc thêm", "Xem thêm", "Tin liên quan")

_SPELLED = {
    "tháng giêng": 1, "tháng một": 1, "tháng hai": 2, "tháng ba": 3, "tháng tư": 4, "tháng năm": 5, "tháng sáu": 6,
    "tháng bảy": 7, "tháng tám": 8, "tháng chín": 9, "tháng mười": 10, "tháng mười một": 11, "tháng mười hai": 12,
    "tháng chạp": 12,
}  # fmt: skip

VIETNAMESE = Vocabulary(
    language="vi",
    chrome=(
        "Chia sẻ", "Chia sẻ bài viết", "Theo dõi", "In bài", "In bài viết", "Bình luận", "Sao chép liên kết",
        "Sao chép link", "Đăng ký", "Lưu", "Lưu bài viết", "Nghe bài viết", "Về đầu trang", "Cỡ chữ", "Thư viện ảnh",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Tin nóng", "Độc quyền", "Góc nhìn", "Phân tích", "Trực tiếp", "Phỏng vấn", "Thời sự", "Thế giới",
        "Kinh doanh", "Kinh tế", "Văn hóa", "Văn hoá", "Thể thao", "Xã hội", "Chính trị", "Pháp luật",
    ),
    story_lists=(
        "Tin liên quan", "Bài liên quan", "Bài viết liên quan", "Đọc thêm", "Xem thêm", "Đọc nhiều", "Đọc nhiều nhất",
        "Xem nhiều", "Tin mới nhất", "Tin cùng chuyên mục", "Tin khác", "Có thể bạn quan tâm", "Tin nổi bật",
    ),
    tag_labels=("Từ khóa", "Từ khoá", "Chủ đề", "Thẻ"),
    minute_words=("phút",),
    reading_words=("đọc", "thời gian đọc"),
    not_places=("TIN", "NÓNG", "TIN NÓNG", "ĐỌC", "THÊM", "XEM"),
    published_words=("đăng lúc", "đăng ngày", "ngày đăng", "xuất bản", "thời gian đăng"),
    updated_words=("cập nhật", "cập nhật lúc", "cập nhật lần cuối"),
    timestamp_joiners=("lúc", "ngày"),
    publish_stems=("đăng lúc", "xuất bản"),
    source_words=("nguồn",),
    views_before=("lượt xem",),
    views_after=("lượt xem", "lượt đọc"),
    by=("tác giả:", "bài:", "bài và ảnh:", "bài, ảnh:", "bài và ảnh"),
    job_titles=(
        "phóng viên", "biên tập viên", "cộng tác viên", "nhà báo", "nhóm phóng viên", "ban biên tập", "tòa soạn",
    ),
    conjunctions=("và",),
    agencies=("TTXVN", "VNA"),
    caption_labels=("ảnh", "ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu"),
    end_note_patterns=(r"^bản quyền thuộc về",),
    end_note_words=("quyền",),
    rights_words=("bản quyền thuộc về", "giữ bản quyền"),
    months={
        **{f"tháng {number}": number for number in range(1, 13)},
        **{f"tháng {number:02d}": number for number in range(1, 10)},
        **_SPELLED,
    },
    weekdays=("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    relative_dates=("giờ trước", "phút trước", "ngày trước", "hôm qua"),
    time_joiners=("lúc",),
    date_fillers=("năm",),
    numeric_order="dmy",
    names=("vietnamese", "vie", "tiếng việt", "tieng viet"),
    stopwords=(
        "và", "của", "là", "có", "các", "những", "được", "cho", "trong", "với", "một", "không", "người", "đã",
        "này", "để", "khi", "từ", "theo", "về", "đến", "cũng", "sẽ", "tại", "như", "nhưng", "đó", "vào", "sau",
        "nhiều",
    ),
    company_forms=("TNHH", "JSC"),
    company_openers=("Công ty", "Công Ty", "CÔNG TY"),
)  # fmt: skip
