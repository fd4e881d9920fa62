"""The Thai vocabulary (th): the phrases of Thai-language news scrapes.

Thai writes no spaces between words, only between phrases and sentences; a phrase here is one a site prints
apart ("ข่าวที่เกี่ยวข้อง", "3 ชั่วโมงที่แล้ว"). Years are mostly of the Buddhist era ("14 มี.ค. 2567", 2024), which
the date reader turns into the Common Era; "พ.ศ." and "ค.ศ." stand between the month and the year. Months are
full and abbreviated ("มีนาคม", "มี.ค.", written here without the last dot, which the date reader
reads after any month). A time after "เวลา" ends with "น." (นาฬิกา). The relative times are
single Thai words: the date reader's one-word test cuts words at vowel signs, so they are read by the relative-time
search alone (a header line's "3 ชั่วโมงที่แล้ว" leaves the story; it holds no year, so no date is read from it).
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["THAI"]

_BODY_CHROME = ("โฆษณา", "อ่านเพิ่มเติม", "อ่านต่อ", "อ่านข่าวเพิ่มเติม", "คลิกอ่าน")

THAI = Vocabulary(
    language="th",
    chrome=(
        "แชร์", "แชร์ข่าว", "แชร์บทความ", "แชร์เลย", "พิมพ์", "คัดลอกลิงก์", "คัดลอกลิงค์", "ติดตามเรา", "ติดตาม",
        "แสดงความคิดเห็น", "ความคิดเห็น", "บันทึก", "ฟังข่าว", "ดูทั้งหมด", "ดูเพิ่มเติม", "แกลเลอรี่", "กลับด้านบน",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "ข่าวด่วน", "ด่วน", "เอ็กซ์คลูซีฟ", "บทวิเคราะห์", "บทความ", "บทบรรณาธิการ", "ความเห็น", "วิดีโอ", "คลิป",
        "ไลฟ์สด", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "ในประเทศ", "กีฬา", "บันเทิง", "สังคม", "ภูมิภาค",
    ),
    story_lists=(
        "ข่าวที่เกี่ยวข้อง", "อ่านข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "ข่าวแนะนำ", "ข่าวล่าสุด",
        "ข่าวยอดนิยม", "ยอดนิยม", "อ่านเพิ่มเติม", "อ่านต่อ", "อ่านข่าวเพิ่มเติม", "ข่าวอื่นๆ", "ข่าวอื่น ๆ",
        "ข่าวเกี่ยวข้อง", "คลิกอ่าน",
    ),
    tag_labels=("แท็ก", "แท็กที่เกี่ยวข้อง", "คำค้น", "คำค้นหา"),
    minute_words=("นาที",),
    reading_words=("เวลาอ่าน", "อ่าน"),
    published_words=("เผยแพร่", "เผยแพร่เมื่อ", "วันที่เผยแพร่", "โพสต์เมื่อ", "ลงข่าวเมื่อ"),
    updated_words=("อัปเดต", "อัพเดต", "อัพเดท", "อัปเดตล่าสุด", "อัพเดตล่าสุด", "อัพเดทล่าสุด", "แก้ไขล่าสุด"),
    timestamp_joiners=("เมื่อ",),
    publish_stems=("เผยแพร่",),
    source_words=("ที่มา", "แหล่งที่มา", "ขอบคุณข้อมูล"),
    by=("โดย", "โดย:", "ผู้เขียน:", "เรื่อง:", "เรื่องโดย", "เขียนโดย", "รายงานโดย", "ข่าวโดย"),
    job_titles=("ผู้สื่อข่าว", "นักข่าว", "บรรณาธิการ", "ผู้เขียน", "ทีมข่าว", "กองบรรณาธิการ", "ผู้ประกาศข่าว"),
    conjunctions=("และ",),
    agency_names=("สำนักข่าวไทย", "สำนักข่าวไทย อสมท"),
    credit_words=("ภาพ", "ภาพจาก", "ภาพประกอบ", "เครดิต"),
    caption_labels=("ภาพ", "ภาพประกอบ", "ภาพจาก", "ภาพจากแฟ้ม"),
    end_note_patterns=("สงวนลิขสิทธิ์",),
    end_note_words=("สงวนลิขสิทธิ์",),
    rights_words=("สงวนลิขสิทธิ์",),
    months={
        "มกราคม": 1, "ม.ค": 1, "กุมภาพันธ์": 2, "ก.พ": 2, "มีนาคม": 3, "มี.ค": 3, "เมษายน": 4, "เม.ย": 4,
        "พฤษภาคม": 5, "พ.ค": 5, "มิถุนายน": 6, "มิ.ย": 6, "กรกฎาคม": 7, "ก.ค": 7, "สิงหาคม": 8, "ส.ค": 8,
        "กันยายน": 9, "ก.ย": 9, "ตุลาคม": 10, "ต.ค": 10, "พฤศจิกายน": 11, "พ.ย": 11, "ธันวาคม": 12, "ธ.ค": 12,
    },
    weekdays=(
        "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์", "จันทร์", "อังคาร", "พุธ",
        "พฤหัสบดี", "พฤหัสฯ", "ศุกร์", "เสาร์", "อาทิตย์",
    ),
    relative_dates=(
        "ชั่วโมงที่แล้ว", "นาทีที่แล้ว", "วันที่แล้ว", "ชม.ที่แล้ว", "ชั่วโมงที่ผ่านมา", "นาทีที่ผ่านมา", "เมื่อวานนี้",
    ),
    time_joiners=("เวลา",),
    date_fillers=("พ.ศ.", "ค.ศ."),
    time_after=("น.",),
    numeric_order="dmy",
    names=("thai", "tha", "ไทย", "ภาษาไทย"),
    # Thai text cut at spaces has few words: the identifier tells Thai by its script, these are for a registered
    # vocabulary of another language written in it
    stopwords=("และ", "ที่", "ของ", "ใน", "ได้", "ว่า", "การ", "เป็น", "มี", "จะ", "ให้", "ไม่", "กับ", "โดย"),
    company_forms=("จำกัด", "จำกัด (มหาชน)"),
    company_openers=("บริษัท",),
)  # fmt: skip
