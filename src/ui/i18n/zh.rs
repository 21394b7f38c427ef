//! 中文界面：读者看到的每一句话。标点随中文用全角（：（），、），日期写作 2020年5月18日。

use super::KeyLabel::{Cmd, Fixed};
use super::Words;
use super::slides::SlideWords;
use crate::app::Command as C;
use crate::clipboard::ClipboardError;
use crate::model::Lang;
use crate::state::Warning;
use crate::terminal::Unusable;
use crate::text::visible;

pub static ZH: Words = Words {
    app: "政策阅读器",
    lang_both: "中英对照",
    lang_zh: "中文",
    lang_en: "英文",
    lang_only_zh: "仅中文",
    lang_only_en: "仅英文",
    tree: "目录",
    detail: "详情",
    children: "下级条目",
    related: "相关条目",
    facts: "要点",
    part_of: "所属",
    colon: "：",
    open_paren: "（",
    close_paren: "）",
    list_sep: "、",
    search_prompt: "搜索",
    no_match: "未找到",
    filter_on: "仅显示匹配条目",
    help_title: "快捷键（按 Esc 关闭）",
    match_why: &[
        ("exact", "完全匹配"),
        ("prefix", "开头匹配"),
        ("contains", "包含"),
        ("pinyin initials (other reading)", "拼音首字母（其他读音）"),
        ("pinyin initials", "拼音首字母"),
        ("pinyin (other reading)", "拼音（其他读音）"),
        ("pinyin", "拼音"),
        ("traditional", "繁体"),
        ("variant", "异体字"),
        ("regional wording", "港台用语"),
        ("word form", "词形"),
        ("derived word", "派生词"),
        ("spelling", "英美拼写"),
        ("numeral", "数字写法"),
        ("synonym", "同义词"),
        ("typo", "纠错"),
        ("apart", "分开匹配"),
        ("partial", "部分匹配"),
    ],
    goto_prompt: "转到",
    goto_none: "未找到匹配的编号或标题",
    not_a_policy_file: "这是文件夹，不是政策文件",
    compare_title: "两类产业集群对比",
    compare_clusters: "所含集群",
    copied: "已复制到剪贴板",
    copied_markdown: "已复制为 Markdown",
    history_empty: "没有可返回的位置",
    nothing_to_compare: "本文件没有可对比的两类产业集群",
    pending_mark: "添加书签：请按字母键",
    pending_jump: "转到书签：请按该书签的字母键",
    files_title: "文件",
    files_not_opened: "未能打开（其余文件已打开）",
    files_warned: "已打开，但编号有误（目录结构可能与原文不同）",
    no_file_notes: "所有文件均已正常打开",
    import_warning: "警告",
    paste_ignored: "已忽略粘贴的文字：请先按 / 开始搜索，或按 : 转到条目",
    no_match_for: "未找到：",
    no_search: "尚未搜索：按 / 开始搜索",
    esc_closes: "按 Esc 关闭",
    warning_title: "书签与上次阅读位置",
    no_presenter_view: "无法启用演讲者视图",
    no_policy_files: "文件夹中没有政策文件（*.yaml、*.yml）或文档（*.txt、*.md、*.docx）",
    kind_document: "文件",
    kind_section: "部分",
    kind_part: "方面",
    kind_cluster_group: "集群类别",
    kind_cluster: "产业集群",
    kind_goal: "发展目标",
    kind_principle: "基本原则",
    kind_measure_group: "重点任务",
    kind_measure: "举措",
    kind_glossary: "术语表",
    kind_term: "术语",
    key_space: "空格",
    // 第 20 号议题（阅读体验）：结果列表与整棵目录的展开收起。
    pending_fold: "折叠：R 全部展开，M 全部收起，O 展开下级，C 收起到本级",
    results_title: "搜索结果",
    order_rank: "按匹配程度",
    order_document: "按原文顺序",
    field_title: "标题",
    field_label: "简称",
    field_alias: "别称",
    field_fact: "要点",
    field_text: "正文",
    footer_results: &[
        (Fixed("上/下"), "选择"),
        (Fixed("Enter"), "转到"),
        (Cmd(C::HitOrder), "排序"),
        (Fixed("Esc"), "返回"),
    ],
    marks_title: "书签",
    no_marks: "还没有书签：按 m 再按一个字母即可添加",
    footer_marks: &[
        (Fixed("上/下"), "选择"),
        (Fixed("Enter/字母"), "转到"),
        (Fixed("Delete"), "删除"),
        (Fixed("Esc"), "关闭"),
    ],
    footer_tree: &[
        (Fixed("上/下"), "移动"),
        (Fixed("Enter"), "展开"),
        (Cmd(C::Search), "搜索"),
        (Cmd(C::Help), "快捷键"),
        (Cmd(C::Quit), "退出"),
        (Cmd(C::GoTo), "转到"),
        (Cmd(C::Language), "语言"),
        (Cmd(C::Present), "演示"),
    ],
    footer_detail: &[
        (Fixed("上/下"), "滚动"),
        (Fixed("左/右"), "选择条目"),
        (Fixed("Enter"), "打开"),
        (Cmd(C::Focus), "返回目录"),
        (Cmd(C::Help), "快捷键"),
    ],
    footer_typing: &[
        (Fixed("Enter"), "转到"),
        (Fixed("Tab"), "下一个"),
        (Fixed("上/下"), "搜索历史"),
        (Fixed("Ctrl+F"), "筛选"),
        (Fixed("Esc"), "取消"),
    ],
    footer_showing: &[
        (Cmd(C::NextHit), "下一个"),
        (Cmd(C::PrevHit), "上一个"),
        (Cmd(C::Results), "列表"),
        (Cmd(C::Filter), "筛选"),
        (Fixed("Esc"), "清除"),
        (Cmd(C::Help), "快捷键"),
    ],
    footer_goto: &[
        (Fixed("上/下"), "选择"),
        (Fixed("Tab"), "补全"),
        (Fixed("Enter"), "转到"),
        (Fixed("Esc"), "取消"),
    ],
    footer_page: &[
        (Fixed("上/下 PgUp/PgDn"), "滚动"),
        (Cmd(C::Language), "语言"),
        (Fixed("Esc"), "关闭"),
    ],
    footer_present: &[
        (Fixed("空格/右"), "下一页"),
        (Fixed("左"), "上一页"),
        (Fixed("数字+Enter"), "跳页"),
        (Fixed("Esc"), "退出演示"),
    ],
    help: super::help::ZH,
    lang: Lang::Zh,
    issuer_line: |name, date| format!("发文机关：{name}（印发日期：{date}）"),
    source_line: |name, date| format!("来源：{name}（发布日期：{date}）"),
    too_small: |(cw, ch), (w, h)| {
        format!("窗口过小：当前为 {cw} 列 × {ch} 行，请将窗口调整为至少 {w} 列 × {h} 行")
    },
    chars: |n| format!("（{n} 字）"),
    slide_of: |i, n| format!("第 {i}/{n} 页"),
    compare_hint: |key| format!("按 {key} 并排对比两类产业集群"),
    mark_set: |c| format!("已添加书签 {c}"),
    no_mark: |c| format!("尚未添加书签 {c}"),
    cannot_copy: |e| match e {
        ClipboardError::NoClipboard { term } => {
            format!("无法复制：当前终端（TERM={term}）不支持剪贴板")
        }
        ClipboardError::TooLarge { bytes } => {
            format!("无法复制：内容有 {bytes} 字节，超出终端一次能接收的上限")
        }
    },
    io_reason: |kind, text| {
        use std::io::ErrorKind as K;
        match kind {
            K::NotFound => "文件不存在".into(),
            K::PermissionDenied => "没有访问权限".into(),
            K::IsADirectory => "这是文件夹，不是文件".into(),
            K::NotADirectory => "路径中有一项不是文件夹".into(),
            K::ReadOnlyFilesystem => "文件系统为只读".into(),
            K::StorageFull => "磁盘空间已满".into(),
            _ => text.to_string(),
        }
    },
    warning: |w| match w {
        Warning::Unreadable { path, kind, error } => format!(
            "无法读取阅读记录文件 {}（{}），本次不载入书签和上次阅读位置",
            shown(path),
            (ZH.io_reason)(*kind, error)
        ),
        Warning::Damaged {
            path,
            line,
            aside: Ok(aside),
            ..
        } => format!(
            "阅读记录文件 {} 已损坏（第 {line} 行），已另存为 {}；书签和上次阅读位置已重置",
            shown(path),
            shown(aside)
        ),
        Warning::Damaged {
            path,
            line,
            aside: Err(why),
            ..
        } => format!(
            "阅读记录文件 {} 已损坏（第 {line} 行），且无法另存（{}）；书签和上次阅读位置已重置",
            shown(path),
            visible(why)
        ),
        Warning::Unwritable { path, kind, error } => format!(
            "无法保存书签和上次阅读位置：无法写入 {}（{}）",
            shown(path),
            (ZH.io_reason)(*kind, error)
        ),
    },
    unknown_id: |id, hint| {
        format!("没有编号为“{id}”的条目（可运行 yijian tree 查看全部编号）{hint}")
    },
    did_you_mean: |ids| {
        let quoted: Vec<String> = ids.iter().map(|i| format!("“{}”", visible(i))).collect();
        format!("；是否要找{}？", either(&quoted))
    },
    ambiguous_id: |id, choices| {
        let quoted: Vec<String> = choices
            .iter()
            .map(|c| format!("“{}”", visible(c)))
            .collect();
        format!(
            "多份文件中都有编号“{id}”，请注明是哪一份文件，如{}",
            either(&quoted)
        )
    },
    to_before_from: |to, from| format!("--to 指定的“{to}”在文中位于 --from 指定的“{from}”之前"),
    file_problem: |path, why| format!("无法打开 {path}：{why}"),
    folder_too_large: |n| format!("其中的文件和文件夹超过 {n} 个，请直接指定存放政策文件的文件夹"),
    files_notice: |not_opened, warned, key| {
        let what = match (not_opened, warned) {
            (0, w) => format!("{w} 个文件已打开但编号有误"),
            (n, 0) => format!("{n} 个文件未能打开"),
            (n, w) => format!("{n} 个文件未能打开，{w} 个文件已打开但编号有误"),
        };
        format!("{what}：按 {key} 查看")
    },
    files_hint: |not_opened, warned| match (not_opened, warned) {
        (0, w) => format!("{w} 个有警告"),
        (n, _) => format!("{n} 个未打开"),
    },
    warned_hint: |n| {
        format!("{n} 个导入的文件编号有误：用 `yijian check` 加上同样的路径可查看详情")
    },
    place: |line, column| match (line, column) {
        (Some(l), Some(c)) => format!("第 {l} 行第 {c} 列："),
        (Some(l), None) => format!("第 {l} 行："),
        _ => String::new(),
    },
    config_problem: |detail| format!("配置文件有误：{detail}"),
    terminal_problem: |detail| format!("无法启动终端界面：{detail}"),
    unusable: |u| {
        let why = match u {
            Unusable::NotATerminal => "交互式浏览需要在终端中运行，但当前的输入或输出不是终端",
            Unusable::Dumb => "TERM=dumb 的终端无法显示交互式浏览界面",
        };
        format!(
            "{why}；请改用子命令：yijian tree、yijian show 编号、yijian search 搜索词、yijian export（详见 yijian --help）"
        )
    },
};

fn shown(p: &std::path::Path) -> String {
    visible(&p.display().to_string()).into_owned()
}

/// 带引号的并列项之间不加顿号，最后两项之间用“或”：“a”“b”或“c”。
fn either(quoted: &[String]) -> String {
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}或{last}", rest.concat()),
        _ => quoted.concat(),
    }
}

/// 演示模式与演讲者视图。
pub static SLIDES: SlideWords = SlideWords {
    page_before: "第 ",
    page_after: " 页",
    keys: &[
        ("Esc", "返回浏览"),
        ("→", "下一页"),
        ("←", "上一页"),
        ("o", "总览"),
        ("/", "查找"),
        ("b", "黑屏"),
    ],
    find_prompt: "按标题转到",
    find_none: "没有这个标题的幻灯片",
    overview: "总览",
    presenter: "演讲者视图",
    now: "当前",
    next: "下一页",
    end: "演示结束",
    notes: "备注",
    no_notes: "本页没有备注。",
    notes_hint: "讲稿文件可提供备注：--talk 文件（见 docs/TALK.md）。",
    elapsed: "已用时",
    clock: "时间",
    text: "全文",
    waiting: "等待幻灯片：请在投影终端运行 `yijian --present`",
    joined: "演讲者视图已连接",
    connected: "已连接到幻灯片",
    peer_gone: "另一终端已关闭，本终端继续独立运行",
    other_talk: "投影终端放映的是另一份演示：两端请使用相同的 --talk、--from 和 --to",
    screen_blank: "投影屏幕当前为黑屏",
};
