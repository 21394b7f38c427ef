//! The interface's own words in Chinese and English, chosen by `--ui-lang` or the locale.

use crate::cli::{LangMode, UiLang};

pub struct Words {
    pub app: &'static str,
    pub lang_both: &'static str,
    pub lang_zh: &'static str,
    pub lang_en: &'static str,
    pub tree: &'static str,
    pub detail: &'static str,
    pub children: &'static str,
    pub related: &'static str,
    pub facts: &'static str,
    pub part_of: &'static str,
    pub issuer: &'static str,
    pub issued: &'static str,
    pub source: &'static str,
    pub published: &'static str,
    pub search_prompt: &'static str,
    pub no_match: &'static str,
    pub filter_on: &'static str,
    pub too_small: &'static str,
    pub help_title: &'static str,
    pub footer_tree: &'static [(&'static str, &'static str)],
    pub footer_detail: &'static [(&'static str, &'static str)],
    pub footer_typing: &'static [(&'static str, &'static str)],
    pub footer_showing: &'static [(&'static str, &'static str)],
    pub help: &'static [(&'static str, &'static str)],
}

impl Words {
    pub fn lang_mode(&self, m: LangMode) -> &'static str {
        match m {
            LangMode::Both => self.lang_both,
            LangMode::Zh => self.lang_zh,
            LangMode::En => self.lang_en,
        }
    }
}

pub fn words(lang: UiLang) -> &'static Words {
    match lang {
        UiLang::Zh => &ZH,
        UiLang::En => &EN,
    }
}

/// The interface language from the environment: Chinese when the locale says `zh`.
pub fn ui_lang_from_env(get: impl Fn(&str) -> Option<String>) -> UiLang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            return if v.to_ascii_lowercase().starts_with("zh") {
                UiLang::Zh
            } else {
                UiLang::En
            };
        }
    }
    UiLang::En
}

static EN: Words = Words {
    app: "yijian",
    lang_both: "中文 + English",
    lang_zh: "中文",
    lang_en: "English",
    tree: "Outline",
    detail: "Detail",
    children: "Contents",
    related: "Related",
    facts: "Key facts",
    part_of: "Part of",
    issuer: "Issued by",
    issued: "Issued on",
    source: "Source",
    published: "Published",
    search_prompt: "Search",
    no_match: "no match",
    filter_on: "filter",
    too_small: "Please enlarge the window",
    help_title: "Keys (Esc closes)",
    footer_tree: &[
        ("Up/Down", "move"),
        ("Enter", "open"),
        ("/", "search"),
        ("Tab", "detail"),
        ("t", "language"),
        ("?", "help"),
        ("q", "quit"),
    ],
    footer_detail: &[
        ("Up/Down", "scroll"),
        ("Left/Right", "choose link"),
        ("Enter", "follow"),
        ("Tab", "outline"),
        ("?", "help"),
    ],
    footer_typing: &[
        ("Enter", "go"),
        ("Tab", "next"),
        ("Up/Down", "history"),
        ("Ctrl-F", "filter"),
        ("Esc", "cancel"),
    ],
    footer_showing: &[
        ("n/N", "next/prev hit"),
        ("f", "filter"),
        ("/", "new search"),
        ("Esc", "clear"),
        ("?", "help"),
    ],
    help: &[
        (
            "Up/Down  j/k",
            "move in the outline; scroll in the detail pane",
        ),
        ("Right  l", "expand, then go to the first child"),
        ("Left  h", "collapse, then go to the parent"),
        ("Enter", "expand and go in; on a leaf, to the detail pane"),
        ("Space", "expand or collapse"),
        ("g / G  Home / End", "first / last"),
        ("PgUp / PgDn", "a page up / down"),
        ("1 - 4", "jump to sections one to four"),
        ("Tab", "switch between outline and detail"),
        (
            "Left/Right, Enter",
            "in the detail pane: choose and follow a link",
        ),
        ("t", "languages: both, Chinese, English"),
        ("/", "search: Chinese, English, pinyin, traditional"),
        ("Enter / Esc", "in search: go to the hit / cancel"),
        ("Up/Down", "in search: earlier queries"),
        ("Tab, Ctrl-N / Ctrl-P", "in search: next / previous hit"),
        ("n / N", "after a search: next / previous hit"),
        ("f  (Ctrl-F)", "show only the matches in the outline"),
        ("Mouse", "click a row to select; wheel scrolls"),
        ("Esc", "close what is open (never quits)"),
        ("q  Ctrl-C", "quit"),
    ],
};

static ZH: Words = Words {
    app: "意见浏览",
    lang_both: "中英对照",
    lang_zh: "中文",
    lang_en: "English",
    tree: "目录",
    detail: "详情",
    children: "下级内容",
    related: "相关条目",
    facts: "要点",
    part_of: "所属",
    issuer: "发文机关",
    issued: "印发日期",
    source: "来源",
    published: "发布日期",
    search_prompt: "搜索",
    no_match: "无结果",
    filter_on: "筛选",
    too_small: "窗口太小，请放大",
    help_title: "按键说明（Esc 关闭）",
    footer_tree: &[
        ("上/下", "移动"),
        ("Enter", "展开"),
        ("/", "搜索"),
        ("Tab", "详情"),
        ("t", "语言"),
        ("?", "帮助"),
        ("q", "退出"),
    ],
    footer_detail: &[
        ("上/下", "滚动"),
        ("左/右", "选择链接"),
        ("Enter", "跳转"),
        ("Tab", "目录"),
        ("?", "帮助"),
    ],
    footer_typing: &[
        ("Enter", "前往"),
        ("Tab", "下一个"),
        ("上/下", "历史"),
        ("Ctrl-F", "筛选"),
        ("Esc", "取消"),
    ],
    footer_showing: &[
        ("n/N", "下一个/上一个"),
        ("f", "筛选"),
        ("/", "新搜索"),
        ("Esc", "清除"),
        ("?", "帮助"),
    ],
    help: &[
        ("上/下  j/k", "在目录中移动；在详情中滚动"),
        ("右  l", "展开，再进入第一个下级"),
        ("左  h", "收起，再回到上级"),
        ("Enter", "展开并进入；在末级节点上转到详情"),
        ("空格", "展开或收起"),
        ("g / G  Home / End", "第一项 / 最后一项"),
        ("PgUp / PgDn", "上一页 / 下一页"),
        ("1 - 4", "跳到第一至第四部分"),
        ("Tab", "在目录和详情之间切换"),
        ("左/右、Enter", "在详情中：选择并打开链接"),
        ("t", "语言：中英对照、中文、英文"),
        ("/", "搜索：中文、英文、拼音、繁体字"),
        ("Enter / Esc", "搜索时：前往结果 / 取消"),
        ("上/下", "搜索时：之前的搜索词"),
        ("Tab、Ctrl-N / Ctrl-P", "搜索时：下一个 / 上一个结果"),
        ("n / N", "搜索后：下一个 / 上一个结果"),
        ("f（Ctrl-F）", "目录中只显示匹配项"),
        ("鼠标", "点击选择；滚轮滚动"),
        ("Esc", "关闭已打开的内容（不会退出）"),
        ("q  Ctrl-C", "退出"),
    ],
};
