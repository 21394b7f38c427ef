//! 中文界面。

use super::KeyLabel::{Cmd, Fixed};
use super::Words;
use crate::app::Command as C;
use crate::state::Warning;
use crate::text::visible;

pub static ZH: Words = Words {
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
    goto_prompt: "转到",
    goto_none: "没有匹配的编号或标题",
    compare_title: "两类产业集群对比",
    compare_clusters: "所含集群",
    compare_hint: "并排对比两类产业集群",
    slide: "页",
    copied: "已复制到剪贴板",
    copied_markdown: "已复制为 Markdown",
    chars: "字符",
    cannot_copy: "此处无法复制",
    mark_set: "已设书签",
    no_mark: "没有这个书签",
    history_empty: "没有可以返回的位置",
    nothing_to_compare: "本文件没有两类产业集群可供对比",
    state_problem: "书签可能无法保存",
    pending_mark: "设书签：请按一个字母",
    pending_jump: "跳到书签：请按一个字母",
    // 输入与警告（issue 14）。
    paste_ignored: "已忽略粘贴的文字：请先打开搜索框（/）或跳转框（:）",
    no_match_for: "没有匹配：",
    no_search: "尚未搜索：按 / 开始搜索",
    warning,
    esc_closes: "Esc 关闭",
    footer_tree: &[
        (Fixed("上/下"), "移动"),
        (Fixed("Enter"), "展开"),
        (Cmd(C::Search), "搜索"),
        (Cmd(C::Help), "帮助"),
        (Cmd(C::Quit), "退出"),
        (Cmd(C::GoTo), "转到"),
        (Cmd(C::Language), "语言"),
        (Cmd(C::Present), "演示"),
    ],
    footer_detail: &[
        (Fixed("上/下"), "滚动"),
        (Fixed("左/右"), "选择链接"),
        (Fixed("Enter"), "跳转"),
        (Cmd(C::Focus), "目录"),
        (Cmd(C::Help), "帮助"),
    ],
    footer_typing: &[
        (Fixed("Enter"), "前往"),
        (Fixed("Tab"), "下一个"),
        (Fixed("上/下"), "历史"),
        (Fixed("Ctrl-F"), "筛选"),
        (Fixed("Esc"), "取消"),
    ],
    footer_showing: &[
        (Cmd(C::NextHit), "下一个"),
        (Cmd(C::PrevHit), "上一个"),
        (Cmd(C::Filter), "筛选"),
        (Fixed("Esc"), "清除"),
        (Cmd(C::Help), "帮助"),
    ],
    footer_goto: &[
        (Fixed("上/下"), "选择"),
        (Fixed("Tab"), "补全"),
        (Fixed("Enter"), "前往"),
        (Fixed("Esc"), "取消"),
    ],
    footer_page: &[
        (Fixed("上/下 PgUp/PgDn"), "滚动"),
        (Fixed("t"), "语言"),
        (Fixed("Esc"), "关闭"),
    ],
    footer_present: &[
        (Fixed("空格/右"), "下一页"),
        (Fixed("左"), "上一页"),
        (Fixed("7 Enter"), "第 7 页"),
        (Fixed("Esc"), "退出演示"),
    ],
    help: &[
        (Fixed("上/下  j/k"), "在目录中移动；在详情中滚动"),
        (Fixed("右  l"), "展开，再进入第一个下级"),
        (Fixed("左  h"), "收起，再回到上级"),
        (Fixed("Enter"), "展开并进入；在末级节点上转到详情"),
        (Fixed("空格"), "展开或收起"),
        (Fixed("g / G  Home / End"), "第一项 / 最后一项"),
        (Fixed("PgUp / PgDn"), "上一页 / 下一页"),
        (Fixed("1 - 4"), "跳到第一至第四部分"),
        (Cmd(C::Focus), "在目录和详情之间切换"),
        (Fixed("左/右、Enter"), "在详情中：选择并打开链接"),
        (Cmd(C::Language), "语言：中英对照、中文、英文"),
        (Cmd(C::Search), "搜索：中文、英文、拼音、繁体字"),
        (Fixed("Enter / Esc"), "搜索时：前往结果 / 取消"),
        (Fixed("上/下"), "搜索时：之前的搜索词"),
        (Fixed("Tab、Ctrl-N / Ctrl-P"), "搜索时：下一个 / 上一个结果"),
        (
            Fixed("左/右  Home/End"),
            "搜索框和跳转框中：移动光标（Alt-B / Alt-F 按词移动）",
        ),
        (
            Fixed("Ctrl-W  Ctrl-U  Ctrl-K"),
            "搜索框和跳转框中：删除前一个词 / 整行 / 光标后内容",
        ),
        (Fixed("粘贴"), "粘贴到打开的搜索框或跳转框；未打开时忽略"),
        (Cmd(C::NextHit), "搜索后：下一个结果"),
        (Cmd(C::PrevHit), "搜索后：上一个结果"),
        (Cmd(C::Filter), "目录中只显示匹配项（搜索时按 Ctrl-F）"),
        (Cmd(C::GoTo), "按编号或标题转到，可补全（Tab 补全）"),
        (Cmd(C::Mark), "再按一个字母：在此设书签"),
        (Cmd(C::JumpToMark), "再按一个字母：跳到该书签"),
        (Cmd(C::Back), "返回上一次跳转前的位置"),
        (Cmd(C::Copy), "复制正文（当前语言）到剪贴板"),
        (Cmd(C::CopyMarkdown), "复制为 Markdown，含路径和出处"),
        (Cmd(C::Compare), "并排对比两类产业集群"),
        (Cmd(C::Present), "演示模式：每个条目一页"),
        (
            Fixed("空格/右  左"),
            "演示时：下一页 / 上一页（长页先滚动）",
        ),
        (
            Fixed("Home/End、7 Enter"),
            "演示时：第一页 / 最后一页、第 7 页",
        ),
        (Fixed("鼠标"), "点击选择；滚轮滚动"),
        (Fixed("Esc"), "关闭已打开的内容（不会退出）"),
        (Cmd(C::Quit), "退出（也可按 Ctrl-C）"),
    ],
};

/// 状态文件警告（中文）。
fn warning(w: &Warning) -> String {
    match w {
        Warning::Unreadable { path, error } => {
            format!("无法读取 {}：{}。", shown(path), visible(error))
        }
        Warning::Damaged {
            path,
            line,
            column,
            why,
            aside,
        } => {
            let kept = match aside {
                Ok(a) => format!("原文件已另存为 {}。", shown(a)),
                Err(e) => format!("原文件未能另存（{}）。", visible(e)),
            };
            format!(
                "{} 第 {line} 行第 {column} 列：不是有效的状态文件（{}）。{kept}书签和上次位置从空开始。",
                shown(path),
                visible(why)
            )
        }
        Warning::Unwritable { path, error } => format!(
            "无法写入 {}：{}。书签和位置可能无法保存。",
            shown(path),
            visible(error)
        ),
    }
}

fn shown(p: &std::path::Path) -> String {
    visible(&p.display().to_string()).into_owned()
}
