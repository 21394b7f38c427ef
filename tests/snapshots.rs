//! What the screen shows, drawn with ratatui's TestBackend and compared with insta snapshots.
//! Colour is off (the NO_COLOR theme) so the snapshots hold whatever the theme.

#[path = "common/drive.rs"]
mod drive;

use drive::{app_at, text_of};
use yijian::app::{Action, App};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{Display, Glyphs};

/// Monochrome, so that the snapshots hold whatever the theme.
fn display(ui_lang: UiLang) -> Display {
    drive::display(ThemeName::Default, true, ui_lang)
}

/// The screen after the two frames the event loop draws, as text.
fn screen(app: &mut App, d: &Display, w: u16, h: u16) -> String {
    text_of(&drive::frame(app, d, w, h))
}

#[test]
fn start_screen_at_each_size_in_each_language_mode() {
    let d = display(UiLang::En);
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        for (lang, mode) in [
            (LangMode::Both, "both"),
            (LangMode::Zh, "zh"),
            (LangMode::En, "en"),
        ] {
            let mut app = app_at("opinions", lang);
            insta::assert_snapshot!(format!("start_{w}x{h}_{mode}"), screen(&mut app, &d, w, h));
        }
    }
}

#[test]
fn cluster_with_group_facts_80x24() {
    let mut app = app_at("clusters.emerging.7", LangMode::Both);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 80, 24));
}

#[test]
fn long_chinese_paragraph_wraps_at_the_border_80x24() {
    let mut app = app_at("goals.1", LangMode::Zh);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 80, 24));
}

#[test]
fn side_by_side_languages_when_wide_160x40() {
    let mut app = app_at("clusters.pillar", LangMode::Both);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 160, 40));
}

#[test]
fn small_terminal_stacks_panes_40x12() {
    let mut app = app_at("measures.4.3", LangMode::En);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 40, 12));
}

#[test]
fn search_box_while_typing_80x24() {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::SearchOpen);
    for c in "隐形冠军".chars() {
        app.apply(Action::Input(c));
    }
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 80, 24));
}

#[test]
fn filtered_tree_after_search_120x40() {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::SearchOpen);
    for c in "robot".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Submit);
    app.apply(Action::ToggleFilter);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 120, 40));
}

#[test]
fn help_overlay_in_chinese_80x24() {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::ToggleHelp);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 80, 24));
}

#[test]
fn help_overlay_over_wide_text_120x40() {
    // The overlay's left border lands on the right half of tree labels' Chinese characters.
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::ToggleHelp);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 120, 40));
}

#[test]
fn help_overlay_wraps_and_scrolls_at_40x12() {
    let d = display(UiLang::Zh);
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::ToggleHelp);
    let top = screen(&mut app, &d, 40, 12);
    app.apply(Action::PageDown);
    let paged = screen(&mut app, &d, 40, 12);
    assert_ne!(top, paged, "PageDown scrolls the overlay");
    app.apply(Action::Last);
    let last = screen(&mut app, &d, 40, 12);
    assert!(
        last.contains("Ctrl+C"),
        "the last key is reachable:\n{last}"
    );
    app.apply(Action::First);
    assert_eq!(screen(&mut app, &d, 40, 12), top);
    insta::assert_snapshot!(top);
}

#[test]
fn compare_view_of_the_cluster_groups_120x40() {
    let mut app = app_at("clusters.pillar", LangMode::Both);
    app.apply(Action::ToggleCompare);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 120, 40));
}

#[test]
fn compare_view_scrolls_to_the_clusters_80x24_zh() {
    let mut app = app_at("clusters.emerging", LangMode::Zh);
    app.apply(Action::ToggleCompare);
    let d = display(UiLang::Zh);
    screen(&mut app, &d, 80, 24);
    app.apply(Action::Last);
    insta::assert_snapshot!(screen(&mut app, &d, 80, 24));
}

#[test]
fn compare_view_wraps_a_long_fact_name_and_lines_up_the_growth_rates_80x24() {
    let mut app = app_at("clusters.pillar", LangMode::Both);
    app.apply(Action::ToggleCompare);
    let d = display(UiLang::En);
    // Scroll line by line so that every row of the table is seen whole on some screen.
    let mut rows: Vec<String> = Vec::new();
    for _ in 0..120 {
        for line in screen(&mut app, &d, 80, 24).lines().skip(2).take(20) {
            // Without the right border, where the scrollbar moves as the view scrolls.
            let line = &line[..line.char_indices().last().map_or(0, |(i, _)| i)];
            if !rows.iter().any(|r| r == line) {
                rows.push(line.to_string());
            }
        }
        app.apply(Action::Down);
    }
    let at = |needle: &str| {
        rows.iter()
            .position(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not shown:\n{}", rows.join("\n")))
    };
    // The name is wider than the view: its end comes on the next line rather than being cut off.
    let name = at("到2025年营业收入年均增速目标 / Average annual growth target");
    assert_eq!(at("revenue up to 2025"), name + 1);
    // Both groups' rates sit on the same row, under the one name.
    let row = &rows[name + 2];
    assert!(
        row.contains("“十大”战略性支柱产业集群营业收入年均"),
        "{row}"
    );
    assert!(
        row.contains("“十大”战略性新兴产业集群营业收入年均"),
        "{row}"
    );
}

#[test]
fn presentation_slide_80x24() {
    let mut app = app_at("goals.4", LangMode::Both);
    app.apply(Action::TogglePresent);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 80, 24));
}

/// A slide of each kind — the title slide, section, group, cluster, goal, measure, term — and
/// the overview, at 80x24 and 40x12 in both interface languages.
#[test]
fn slides_of_each_kind() {
    for (id, lang) in [
        ("opinions", LangMode::Both),
        ("goals", LangMode::Both),
        ("clusters.pillar", LangMode::Zh),
        ("clusters.emerging.7", LangMode::Both),
        ("goals.4", LangMode::En),
        ("measures.2.1", LangMode::Both),
        ("glossary.chokepoint", LangMode::Both),
    ] {
        for (w, h, ui_lang) in [(80, 24, UiLang::En), (40, 12, UiLang::Zh)] {
            let mut app = app_at(id, lang);
            app.apply(Action::TogglePresent);
            if app.slide_position().is_some_and(|(n, _)| n > 1)
                && matches!(app.overlay(), yijian::app::Overlay::Present(p) if matches!(p.current(), yijian::app::Slide::Overview(_)))
            {
                app.apply(Action::PageDown);
            }
            let name = format!("slide_{id}_{w}x{h}");
            insta::assert_snapshot!(name, screen(&mut app, &display(ui_lang), w, h));
        }
    }
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let mut app = app_at("clusters.emerging.7", LangMode::Both);
        app.apply(Action::TogglePresent);
        app.apply(Action::ToggleOverview);
        let name = format!("slide_overview_{w}x{h}");
        insta::assert_snapshot!(name, screen(&mut app, &display(UiLang::Zh), w, h));
    }
}

#[test]
fn goto_box_with_completions_80x24() {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::GoToOpen);
    for c in "goals".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Down);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 80, 24));
}

#[test]
fn too_small_shows_a_notice() {
    let mut app = app_at("opinions", LangMode::Both);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 30, 8));
}

/// The screen's characters in reading order, without spaces and line ends.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Below 40×10 the screen holds the notice and nothing else, in the interface's language: all of
/// it where it fits, its beginning where it does not (a single row, two columns). At 40×10 the
/// browser is drawn instead.
#[test]
fn a_screen_below_40_by_10_shows_the_notice_or_as_much_of_it_as_fits() {
    for ui_lang in [UiLang::En, UiLang::Zh] {
        let d = display(ui_lang);
        let mut app = app_at("opinions", LangMode::Both);
        for (w, h) in [
            (1, 1),
            (2, 1),
            (1, 5),
            (2, 5),
            (12, 3),
            (39, 10),
            (40, 9),
            (39, 40),
        ] {
            let shown = squeezed(&screen(&mut app, &d, w, h));
            let notice = squeezed(&(d.words.too_small)((w, h), (40, 10)));
            // One column holds no Chinese character: what it shows is the notice's, in order.
            let mut rest = notice.chars();
            assert!(
                shown.chars().all(|c| rest.any(|n| n == c)),
                "{ui_lang:?} {w}x{h}: {shown:?} is not drawn from {notice:?}"
            );
            // Two columns hold a character in either language: the notice from its start.
            if w >= 2 {
                assert!(!shown.is_empty(), "{ui_lang:?} {w}x{h}: a blank screen");
                assert!(
                    notice.starts_with(&shown),
                    "{ui_lang:?} {w}x{h}: {shown:?} is not the start of {notice:?}"
                );
            }
            // Where the notice fits, it is whole: with the current and the needed size.
            if w >= 39 {
                assert_eq!(shown, notice, "{ui_lang:?} {w}x{h}");
            }
        }
        let browser = screen(&mut app, &d, 40, 10);
        let too_small = squeezed(&(d.words.too_small)((40, 10), (40, 10)));
        assert!(!squeezed(&browser).contains(&too_small), "{browser}");
        assert!(
            browser.contains('╭') && browser.contains("意见"),
            "{browser}"
        );
    }
}

#[test]
fn ambiguous_wide_option_uses_ascii_borders_and_plain_quotes() {
    let mut app = app_at("clusters.pillar", LangMode::Zh);
    let d = Display {
        glyphs: Glyphs {
            ambiguous_wide: true,
        },
        ..display(UiLang::En)
    };
    let s = screen(&mut app, &d, 80, 24);
    assert!(
        s.contains("+-") && !s.contains('╭') && !s.contains('“'),
        "{s}"
    );
    assert!(s.contains("「十大」"), "{s}");
}

#[test]
fn a_search_match_below_the_fold_comes_into_view_until_the_reader_scrolls() {
    let d = display(UiLang::En);
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::SearchOpen);
    // Words of the pillar group's growth target (`growth target` alone ranks the emerging
    // group's shorter fact of that name first).
    for c in "broadly in step".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Submit);
    assert_eq!(&*app.doc().node(app.selected()).id, "clusters.pillar");
    // At 80×24 the group's fact on its growth target up to 2025 lies far below the fold.
    let s = screen(&mut app, &d, 80, 24);
    assert!(s.contains("Average annual growth target"), "{s}");
    assert!(!s.contains("Cluster group ∙ clusters.pillar"), "{s}");
    // Ending the search leaves the pane where it was.
    app.apply(Action::Escape);
    let s = screen(&mut app, &d, 80, 24);
    assert!(s.contains("Average annual growth target"), "{s}");
    // The reader scrolls up from there, not from the top, and the pane then stays where put.
    app.apply(Action::SwitchFocus);
    app.apply(Action::First);
    let s = screen(&mut app, &d, 80, 24);
    assert!(s.contains("Cluster group ∙ clusters.pillar"), "{s}");
    assert!(!s.contains("Average annual growth target"), "{s}");
    // A new search whose hit is the node already shown (the same query, recalled whole from the
    // history) brings the match into view again.
    app.apply(Action::SwitchFocus);
    app.apply(Action::SearchOpen);
    app.apply(Action::HistoryPrev);
    app.apply(Action::Submit);
    assert_eq!(&*app.doc().node(app.selected()).id, "clusters.pillar");
    let s = screen(&mut app, &d, 80, 24);
    assert!(s.contains("Average annual growth target"), "{s}");
    // Without a search, a node opens at its top.
    let mut plain = app_at("clusters.pillar", LangMode::Both);
    let s = screen(&mut plain, &d, 80, 24);
    assert!(s.contains("Cluster group ∙ clusters.pillar"), "{s}");
}

/// The results list after searching `query`, at `w`×`h`, with the third hit chosen where there is one.
fn results_list(query: &str, ui_lang: UiLang, w: u16, h: u16) -> String {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::SearchOpen);
    for c in query.chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Submit);
    app.apply(Action::ResultsOpen);
    app.apply(Action::Down);
    app.apply(Action::Down);
    screen(&mut app, &display(ui_lang), w, h)
}

#[test]
fn results_list_120x40_en() {
    let s = results_list("innovation", UiLang::En, 120, 40);
    assert!(s.contains("Results 3/"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn results_list_40x12_zh() {
    let s = results_list("集群", UiLang::Zh, 40, 12);
    assert!(s.contains("搜索结果"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn results_list_in_document_order_80x24_zh() {
    let mut app = app_at("opinions", LangMode::Zh);
    app.apply(Action::SearchOpen);
    for c in "创新".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Submit);
    app.apply(Action::ResultsOpen);
    app.apply(Action::ToggleOrder);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 80, 24));
}

#[test]
fn whole_outline_expanded_80x24() {
    let mut app = app_at("measures.4.3", LangMode::Both);
    app.apply(Action::ExpandAll);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 80, 24));
}

fn with_marks(lang: LangMode) -> App {
    let mut app = app_at("measures.4.3", lang);
    for (c, id) in [
        ('a', "goals.1"),
        ('b', "measures.4.3"),
        ('c', "clusters.emerging.7"),
    ] {
        let node = app.doc().find(id).unwrap();
        app.open_at(node);
        app.apply(Action::MarkPrefix);
        app.apply(Action::Register(c));
    }
    app.apply(Action::JumpPrefix);
    app.apply(Action::Register('\''));
    app.apply(Action::Up);
    app
}

#[test]
fn marks_list_120x40_en() {
    let mut app = with_marks(LangMode::Both);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 120, 40));
}

#[test]
fn marks_list_40x12_zh() {
    let mut app = with_marks(LangMode::Both);
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 40, 12));
}

#[test]
fn marks_list_empty_80x24_zh() {
    let mut app = app_at("opinions", LangMode::Both);
    app.apply(Action::JumpPrefix);
    app.apply(Action::Register('\''));
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 80, 24));
}

#[test]
fn outline_narrowed_by_three_steps_120x40() {
    let mut app = app_at("measures.4.3", LangMode::Both);
    for _ in 0..3 {
        app.apply(Action::MoveSplit(-50));
    }
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::En), 120, 40));
}

#[test]
fn outline_widened_at_40x12() {
    let mut app = app_at("measures.4.3", LangMode::Both);
    app.apply(Action::MoveSplit(150));
    insta::assert_snapshot!(screen(&mut app, &display(UiLang::Zh), 40, 12));
}

/// The header row at 40 columns for a node whose id is longer than the row: the id is cut with
/// `…`, the position and the language mode stay, in every language mode and interface language.
#[test]
fn header_keeps_position_and_language_mode_at_40_columns() {
    use yijian::model::{EMBEDDED, Limits, load_str};
    let long = "goals.1-a-most-remarkably-long-identifier";
    let src = EMBEDDED.replace("goals.1\n", &format!("{long}\n"));
    let doc = load_str(&src, "long ids", &Limits::default()).unwrap();
    let mut rows = String::new();
    for ui_lang in [UiLang::En, UiLang::Zh] {
        for mode in [LangMode::Both, LangMode::Zh, LangMode::En] {
            let mut app = App::new(doc.clone(), mode);
            let node = app.doc().find(long).unwrap();
            app.open_at(node);
            let s = screen(&mut app, &display(ui_lang), 40, 12);
            let header = s.lines().next().unwrap().to_string();
            let (pos, total) = app.position();
            assert!(header.contains(&format!("{pos}/{total}")), "{header}");
            assert!(header.contains('…'), "{header}");
            rows.push_str(&header);
            rows.push('\n');
        }
    }
    insta::assert_snapshot!(rows);
}

#[test]
fn too_small_gives_the_current_and_the_needed_size_zh() {
    let mut app = app_at("opinions", LangMode::Both);
    let s = screen(&mut app, &display(UiLang::Zh), 30, 8);
    assert!(s.contains("30") && s.contains("40"), "{s}");
    insta::assert_snapshot!(s);
}

/// Each hit of the results list says why it matched when the search looked past the words as
/// typed: pinyin, a typo, in the interface's language.
#[test]
fn results_say_why_each_hit_matched() {
    let s = results_list("bandaoti", UiLang::En, 120, 40);
    assert!(s.contains("· pinyin]"), "{s}");
    let s = results_list("semicondutor", UiLang::En, 120, 40);
    // A long reason keeps the row for the place: the tag is the reason alone.
    assert!(s.contains("[typo → semiconductors]"), "{s}");
    let s = results_list("bandaoti", UiLang::Zh, 120, 40);
    assert!(s.contains("· 拼音]"), "{s}");
}

/// With `--ambiguous-wide` no cell holds an East Asian ambiguous-width character — the text's
/// own are swapped, and so are yijian's own marks (the `…` of a cut, separators, arrows) — on
/// every kind of screen, in both interface languages: a terminal that draws them two cells wide
/// would push every border after them out of place.
#[test]
fn ambiguous_wide_leaves_no_ambiguous_character_on_any_screen() {
    use unicode_width::UnicodeWidthChar;
    let ambiguous = |c: char| c.width_cjk() != c.width();
    let screens: [(&str, &[Action]); 7] = [
        ("browser", &[]),
        (
            "search",
            &[
                Action::SearchOpen,
                Action::Input('b'),
                Action::Input('d'),
                Action::Input('t'),
            ],
        ),
        (
            "results",
            &[
                Action::SearchOpen,
                Action::Input('集'),
                Action::Input('群'),
                Action::Submit,
                Action::ResultsOpen,
            ],
        ),
        ("help", &[Action::ToggleHelp]),
        ("compare", &[Action::ToggleCompare]),
        ("slides", &[Action::TogglePresent, Action::Right]),
        ("overview", &[Action::TogglePresent, Action::ToggleOverview]),
    ];
    for ui_lang in [UiLang::En, UiLang::Zh] {
        let d = Display {
            glyphs: Glyphs {
                ambiguous_wide: true,
            },
            ..display(ui_lang)
        };
        for (name, actions) in screens {
            for (w, h) in [(120, 40), (80, 24), (40, 12)] {
                let mut app = app_at("clusters.pillar", LangMode::Both);
                for a in actions {
                    app.apply(a.clone());
                }
                let s = screen(&mut app, &d, w, h);
                let found: String = s.chars().filter(|&c| ambiguous(c)).collect();
                assert!(
                    found.is_empty(),
                    "{ui_lang:?} {name} {w}x{h}: {found:?}\n{s}"
                );
            }
        }
    }
}
