"""The Korean vocabulary (ko): the phrases of Korean-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["KOREAN"]

_BODY_CHROME = ("광고", "관련기사", "관련 기사", "기사 더보기", "이 기사를 추천합니다")

KOREAN = Vocabulary(
    language="ko",
    chrome=(
        "공유", "공유하기", "구독", "구독하기", "인쇄", "댓글", "단축 URL", "단축URL", "URL 복사", "링크 복사", "저장",
        "기사 저장", "듣기", "기사 듣기", "본문 바로가기",
        "맨 위로", "글자크기", "글자 크기", "더보기", "포토", "스크랩",
        "페이스북", "트위터", "카카오톡", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("단축 URL",),
    labels=("속보", "단독", "오피니언", "분석", "라이브", "영상",
            "인터뷰", "사설", "칼럼", "정치", "경제", "사회", "국제",
            "문화", "스포츠", "종합"),
    story_lists=(
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "인기 기사", "인기기사",
        "추천 기사", "추천기사", "최신 뉴스", "함께 보면 좋은 기사",
    ),
    tag_labels=(
        "태그", "키워드",
    ),
    minute_words=("분",),
    reading_words=("읽기", "읽는 시간"),
    sign_up_words=("기자 구독", "구독", "구독하기"),  # "기자 구독": a button's "subscribe to the reporter"
    published_words=("입력", "입력일", "등록", "등록일", "게재", "기사입력", "발행일", "작성"),
    updated_words=("수정", "수정일", "업데이트", "최종수정", "기사수정"),
    publish_stems=("입력", "게재"),
    source_words=("출처",),
    views_before=("조회수", "조회", "읽음"),
    views_after=("회 조회", "명 읽음"),
    by=("글", "글·사진", "글/사진"),
    by_after=("기자", "특파원", "선임기자", "객원기자"),
    titles_after=(
        "교수", "소장", "위원", "위원장", "칼럼니스트", "대표", "원장", "회장", "연구원", "연구위원", "박사", "작가",
        "변호사", "국장", "부장", "센터장", "이사장", "평론가", "전문위원", "논설위원", "명예교수", "겸임교수",
    ),
    conjunctions=("및",),
    agencies=("연합뉴스", "뉴시스", "뉴스1", "연합"),
    credit_words=("사진", "사진제공", "제공", "영상취재", "영상편집", "촬영", "편집"),
    caption_labels=("사진", "자료사진"),
    rights_words=("무단 전재", "무단전재", "저작권자", "재배포 금지"),
    weekdays=("(월)", "(화)", "(수)", "(목)", "(금)", "(토)", "(일)", "월요일", "화요일", "수요일", "목요일", "금요일",
              "토요일", "일요일"),
    relative_dates=("분 전", "시간 전", "일 전", "어제", "오늘", "방금"),
    am_words=("오전",),
    pm_words=("오후",),
    date_marks=("년", "월", "일"),
    time_marks=("시", "분"),
    numeric_order="ymd",
    names=("korean", "한국어", "kor"),
    company_forms=("주식회사", "(주)", "㈜"),
    company_openers=("주식회사", "(주)", "㈜"),
)  # fmt: skip
