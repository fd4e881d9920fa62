"""The Japanese vocabulary (ja): the phrases of Japanese-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["JAPANESE"]

_BODY_CHROME = ("広告", "関連記事", "続きを読む", "この記事の続きを読む")

JAPANESE = Vocabulary(
    language="ja",
    chrome=(
        "シェア", "シェアする", "フォロー", "印刷", "コメント",
        "短縮URL", "リンクをコピー", "URLをコピー", "購読", "保存",
        "記事を保存", "音声で聞く", "ページの先頭へ", "文字サイズ",
        "もっと見る", "ツイート", "ブックマーク", "写真一覧",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("短縮URL",),
    labels=("速報", "独自", "オピニオン", "解説", "ライブ",
            "動画", "インタビュー", "社説", "特集", "国際", "経済", "政治",
            "社会", "スポーツ", "文化"),
    story_lists=(
        "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
        "人気記事", "アクセスランキング", "よく読まれている記事", "最新ニュース", "注目記事",
    ),
    tag_labels=(
        "タグ", "キーワード",
    ),
    minute_words=("分",),
    reading_words=("読了時間", "で読めます", "で読める", "読了"),
    published_words=("公開日", "公開", "配信日", "配信", "掲載日", "投稿日", "更新日時"),
    updated_words=("更新日", "更新", "最終更新", "最終更新日"),
    publish_stems=("公開", "配信", "掲載"),
    source_words=("出典", "提供", "ソース"),
    views_before=("閲覧数", "閲覧", "PV", "ビュー"),
    views_after=("回閲覧", "閲覧", "ビュー", "PV"),
    by=("記者：", "記者:", "文：", "文・", "筆者：", "執筆："),
    by_after=("記者", "特派員", "撮影"),
    agencies=("共同", "共同通信", "時事", "時事通信", "ロイター", "AFP時事", "AFP=時事"),
    credit_words=("写真", "撮影", "提供"),
    caption_labels=("写真", "画像", "資料写真"),
    rights_words=("無断転載", "無断複製", "著作権"),
    weekdays=("(月)", "(火)", "(水)", "(木)", "(金)", "(土)",
              "(日)", "（月）", "（火）", "（水）", "（木）", "（金）", "（土）",
              "（日）", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    relative_dates=("分前", "時間前", "日前", "昨日", "今日", "たった今", "さっき"),
    am_words=("午前",),
    pm_words=("午後",),
    date_marks=("年", "月", "日"),
    time_marks=("時", "分"),
    numeric_order="ymd",
    zones={"日本時間": "+09:00"},
    names=("japanese", "日本語", "jpn"),
    company_forms=("株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱"),
    company_openers=("株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱"),
)  # fmt: skip
