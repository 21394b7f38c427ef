//! The help screen's table in each language: every key, grouped by mode, with what it does.
//! Kept apart from the rest of each language's words because it is long; the two tables are
//! row for row the same keys, which the i18n tests check.

use super::KeyLabel::{Cmd, Fixed};
use super::Keys;
use crate::app::Command as C;

/// The help in English.
pub static EN: Keys = &[
    (
        Fixed("Up/Down  j/k"),
        "move in the outline; scroll in the detail pane",
    ),
    (
        Fixed("Right  l"),
        "expand, then go to the first entry below",
    ),
    (Fixed("Left  h"), "collapse, then go to the entry above"),
    (
        Fixed("Enter"),
        "expand and go in; on a last-level entry, go to the detail pane",
    ),
    (Fixed("Space"), "expand or collapse"),
    (Fixed("g / G  Home / End"), "first / last entry"),
    (Fixed("PgUp / PgDn"), "a page up / down"),
    (Fixed("1-9"), "go to part I, II, … of the document shown"),
    (Cmd(C::Focus), "switch between outline and detail"),
    (
        Fixed("Left/Right, Enter"),
        "in the detail pane: choose and open an entry",
    ),
    (Cmd(C::Language), "languages: both, Chinese, English"),
    (
        Cmd(C::Search),
        "search: Chinese, English, pinyin, traditional characters",
    ),
    (Fixed("Enter / Esc"), "in search: go to the result / cancel"),
    (Fixed("Up/Down"), "in search: earlier queries"),
    (
        Fixed("Tab, Ctrl+N / Ctrl+P"),
        "in search: next / previous result",
    ),
    (
        Fixed("Left/Right  Home/End"),
        "in the search and go-to boxes: move the cursor (Alt+B / Alt+F by word)",
    ),
    (
        Fixed("Ctrl+W  Ctrl+U  Ctrl+K"),
        "in the boxes: delete the word before / the line / the rest",
    ),
    (
        Fixed("Paste"),
        "into the open search or go-to box; ignored when none is open",
    ),
    (Cmd(C::NextHit), "after a search: next result"),
    (Cmd(C::PrevHit), "after a search: previous result"),
    (
        Cmd(C::Filter),
        "show only the matching entries in the outline (Ctrl+F in search)",
    ),
    (
        Cmd(C::Results),
        "after a search: list every result; Up/Down choose, Enter goes, Esc returns",
    ),
    (
        Cmd(C::HitOrder),
        "results best first or in document order (n / N follow it)",
    ),
    (Cmd(C::ExpandAll), "expand the whole outline"),
    (Cmd(C::CollapseAll), "collapse the whole outline"),
    (
        Cmd(C::ExpandSubtree),
        "expand this entry and everything below it",
    ),
    (
        Cmd(C::CollapseToLevel),
        "collapse the outline to the level of this entry",
    ),
    (
        Cmd(C::NarrowOutline),
        "narrow the outline (or drag the border between the panes; kept for next time)",
    ),
    (Cmd(C::WidenOutline), "widen the outline"),
    (
        Cmd(C::Files),
        "list the files that could not be opened, or opened with warnings, and why",
    ),
    (
        Cmd(C::Fold),
        "then R / M / O / C: the four keys above, as in vim; a: expand or collapse",
    ),
    (Cmd(C::GoTo), "go to an id or title (Tab completes)"),
    (Cmd(C::Mark), "then a letter: set a mark here"),
    (Cmd(C::JumpToMark), "then a letter: go to that mark"),
    (
        Cmd(C::JumpToMark),
        "twice, or :marks: the list of marks (Enter or the letter goes, Delete removes)",
    ),
    (Cmd(C::Back), "back to where you were before the last jump"),
    (
        Cmd(C::Copy),
        "copy the text (shown languages) to the clipboard",
    ),
    (
        Cmd(C::CopyMarkdown),
        "copy as Markdown with breadcrumb and citation",
    ),
    (
        Cmd(C::Compare),
        "compare the two cluster groups side by side",
    ),
    (Cmd(C::Present), "presentation mode: one slide per node"),
    (
        Fixed("Space/Right/Down  Left/Up"),
        "in presentation: next / previous page (a long node goes on over several pages)",
    ),
    (
        Fixed("Home/End, number+Enter"),
        "in presentation: first / last slide, go to that slide",
    ),
    (
        Fixed("b .  w"),
        "in presentation: blank the screen black / white (any key brings it back)",
    ),
    (
        Fixed("o"),
        "in presentation: an overview of the parts of the document",
    ),
    (Fixed("/ :"), "in presentation: go to a slide by its title"),
    (
        Fixed("q Esc"),
        "in presentation: back to the browser at the node shown",
    ),
    (
        Fixed("Mouse"),
        "click an entry to select it; the wheel scrolls",
    ),
    (
        Fixed("Mouse"),
        "click an entry in the detail pane or a cluster in the compare view to go there; click a result or mark to choose it, again to go",
    ),
    (Fixed("Esc"), "close what is open (never quits)"),
    (Cmd(C::Quit), "quit (also Ctrl+C)"),
];

/// The help in Chinese.
pub static ZH: Keys = &[
    (Fixed("上/下  j/k"), "在目录中移动；在详情中滚动"),
    (Fixed("右  l"), "展开，再进入第一个下级条目"),
    (Fixed("左  h"), "收起，再回到上级条目"),
    (Fixed("Enter"), "展开并进入；在末级条目上转到详情"),
    (Fixed("空格"), "展开或收起"),
    (Fixed("g / G  Home / End"), "第一个 / 最后一个条目"),
    (Fixed("PgUp / PgDn"), "上翻一页 / 下翻一页"),
    (Fixed("1-9"), "转到当前文件的第一、第二……部分"),
    (Cmd(C::Focus), "在目录和详情之间切换"),
    (Fixed("左/右、Enter"), "在详情中：选择并打开条目"),
    (Cmd(C::Language), "切换语言：中英对照、中文、英文"),
    (Cmd(C::Search), "搜索：中文、英文、拼音、繁体字"),
    (Fixed("Enter / Esc"), "搜索时：转到结果 / 取消"),
    (Fixed("上/下"), "搜索时：调出之前的搜索词"),
    (Fixed("Tab、Ctrl+N / Ctrl+P"), "搜索时：下一个 / 上一个结果"),
    (
        Fixed("←/→  Home/End"),
        "搜索框和转到框中：移动光标（Alt+B / Alt+F 按词移动）",
    ),
    (
        Fixed("Ctrl+W  Ctrl+U  Ctrl+K"),
        "搜索框和转到框中：删除前一个词 / 整行 / 光标后内容",
    ),
    (Fixed("粘贴"), "粘贴到打开的搜索框或转到框；未打开时忽略"),
    (Cmd(C::NextHit), "搜索后：下一个结果"),
    (Cmd(C::PrevHit), "搜索后：上一个结果"),
    (Cmd(C::Filter), "目录中只显示匹配的条目（搜索时按 Ctrl+F）"),
    (
        Cmd(C::Results),
        "搜索后：列出全部结果；上/下选择，Enter 转到，Esc 返回",
    ),
    (
        Cmd(C::HitOrder),
        "结果按匹配程度或按原文顺序排列（n / N 随之）",
    ),
    (Cmd(C::ExpandAll), "展开整个目录"),
    (Cmd(C::CollapseAll), "收起整个目录"),
    (Cmd(C::ExpandSubtree), "展开本条目及其全部下级"),
    (Cmd(C::CollapseToLevel), "把目录收起到本条目所在的层级"),
    (
        Cmd(C::NarrowOutline),
        "目录变窄（也可拖动两栏之间的边框；下次打开时保持）",
    ),
    (Cmd(C::WidenOutline), "目录变宽"),
    (Cmd(C::Files), "列出未能打开或打开时有警告的文件及原因"),
    (
        Cmd(C::Fold),
        "再按 R / M / O / C：同上面四个键（同 vim）；a：展开或收起",
    ),
    (Cmd(C::GoTo), "按编号或标题转到（按 Tab 补全）"),
    (Cmd(C::Mark), "再按字母键：在当前位置添加书签"),
    (Cmd(C::JumpToMark), "再按字母键：转到对应书签"),
    (
        Cmd(C::JumpToMark),
        "连按两次，或输入 :marks：书签列表（按 Enter 或字母键转到，按 Delete 删除）",
    ),
    (Cmd(C::Back), "返回上次跳转前的位置"),
    (Cmd(C::Copy), "将正文（当前显示的语言）复制到剪贴板"),
    (Cmd(C::CopyMarkdown), "复制为 Markdown（含所在位置和出处）"),
    (Cmd(C::Compare), "并排对比两类产业集群"),
    (Cmd(C::Present), "演示模式：每个条目一页"),
    (
        Fixed("空格/右/下  左/上"),
        "演示时：下一页 / 上一页（长条目分几页显示）",
    ),
    (
        Fixed("Home/End、数字+Enter"),
        "演示时：第一页 / 最后一页、跳到指定页",
    ),
    (Fixed("b .  w"), "演示时：黑屏 / 白屏（按任意键恢复）"),
    (Fixed("o"), "演示时：全文结构总览"),
    (Fixed("/ :"), "演示时：按标题转到某页"),
    (Fixed("q Esc"), "演示时：返回浏览，停在当前条目"),
    (Fixed("鼠标"), "单击选择条目；滚动滚轮翻看"),
    (
        Fixed("鼠标"),
        "单击详情中的条目或对比视图中的集群即转到该处；单击结果或书签选中，再单击一次转到",
    ),
    (Fixed("Esc"), "关闭当前打开的窗口（不会退出程序）"),
    (Cmd(C::Quit), "退出（也可按 Ctrl+C）"),
];
