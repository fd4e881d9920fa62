"""The Chinese vocabulary (zh): the phrases of Chinese-language news scrapes (simplified and traditional)."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["CHINESE"]

_BODY_CHROME = ("广告", "廣告", "相关阅读", "延伸阅读", "点击阅读全文")

CHINESE = Vocabulary(
    language="zh",
    chrome=(
        "分享", "分享到", "分享到：", "关注", "關注", "打印", "列印", "评论", "評論", "短链接", "短網址", "复制链接",
        "複製連結", "订阅", "訂閱", "收藏", "朗读", "返回顶部", "字号", "字體", "更多", "查看更多", "图集", "阅读全文",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("短链接",),
    labels=("快讯", "快訊", "独家", "獨家", "评论", "分析",
            "直播", "视频", "視頻", "专访", "專訪", "社论", "要闻", "突发",
            "國際", "国际", "财经", "財經", "时政", "社会", "体育", "文化"),
    published_words=("发布时间", "發布時間", "发布于", "發佈時間", "发表于", "发表时间", "时间", "日期"),
    updated_words=("更新时间", "更新時間", "更新于", "最后更新"),
    publish_stems=("发布", "發布"),
    source_words=("来源", "來源", "消息来源"),
    views_before=("阅读", "閱讀", "浏览", "瀏覽", "阅读量", "浏览量", "阅读数", "浏览次数", "点击"),
    views_after=("次阅读", "次浏览", "人阅读", "人浏览", "次閱讀", "次瀏覽", "阅读"),
    by=("记者", "本报记者", "記者", "作者：", "作者:", "文/", "文｜", "撰稿：", "撰文："),
    conjunctions=("和",),
    agencies=("新华社", "新華社", "中新社", "中新网", "中央社", "人民网", "央视新闻", "澎湃新闻"),
    credit_words=("图", "圖", "摄", "攝", "图片", "圖片", "供图"),
    caption_labels=("图", "圖", "资料图", "資料圖"),
    end_note_patterns=(r"^[(（]?(?:责任编辑|責任編輯|编辑|編輯|校对|审核)[:：]",),
    end_note_words=("编辑", "編輯", "校对", "审核"),
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五",
              "星期六", "星期日", "星期天", "周一", "周二", "周三", "周四",
              "周五", "周六", "周日"),
    relative_dates=("分钟前", "小时前", "天前", "刚刚", "昨天", "今天", "前天", "分鐘前", "小時前", "剛剛"),
    am_words=("上午", "早上", "凌晨"),
    pm_words=("下午", "晚上", "中午"),
    date_marks=("年", "月", "日"),
    time_marks=("时", "分"),
    numeric_order="ymd",
    zones={"北京时间": "+08:00", "北京時間": "+08:00",
    "台北时间": "+08:00", "台北時間": "+08:00", "香港时间": "+08:00"},
    names=("chinese", "中文", "汉语", "漢語", "简体中文", "繁體中文", "zho", "chi"),
)  # fmt: skip
