//! Presentation mode, the go-to box, marks and Back, and copying — driven by keys and actions,
//! without a terminal.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use drive::{app, id, key, typed as keys};
use yijian::app::{Action, App, Effect, Notice, Overlay, Screen, Slide, keymap};

fn slide(app: &App) -> &str {
    match app.overlay() {
        Overlay::Present(p) => &app.doc().node(p.slide()).id,
        other => panic!("not presenting: {other:?}"),
    }
}

/// What a frame of the given slide height would report back.
fn measured(rows: usize, max_scroll: usize) -> Action {
    Action::Measured {
        tree_rows: 20,
        detail_rows: 20,
        detail_max_scroll: 0,
        detail_shown: 0,
        overlay_rows: rows,
        overlay_max_scroll: max_scroll,
    }
}

#[test]
fn slides_step_in_document_order_and_stop_at_the_ends() {
    let mut a = app();
    let first = a.doc().find("clusters.pillar").unwrap();
    let last = a
        .doc()
        .subtree_end(a.doc().find("clusters.emerging").unwrap());
    a.set_slides(first, last);
    a.start_presenting();
    // The selection (the root) is outside the talk, so it starts at the talk's first slide.
    assert_eq!(slide(&a), "clusters.pillar");
    assert_eq!(a.slide_position(), Some((1, 22)));
    a.apply(measured(10, 0));
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(slide(&a), "clusters.pillar.1");
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::PageDown);
    assert_eq!(slide(&a), "clusters.pillar.3");
    key(&mut a, KeyCode::Left);
    assert_eq!(slide(&a), "clusters.pillar.2");
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::Left);
    assert_eq!(
        slide(&a),
        "clusters.pillar",
        "no step before the first slide"
    );
    key(&mut a, KeyCode::End);
    assert_eq!(slide(&a), "clusters.emerging.10");
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(
        slide(&a),
        "clusters.emerging.10",
        "no step after the last slide"
    );
    assert_eq!(a.slide_position(), Some((22, 22)));
}

#[test]
fn a_long_slide_shows_its_continuation_pages_before_the_next_one_comes() {
    let mut a = app();
    a.open_at(a.doc().find("goals.1").unwrap());
    a.start_presenting();
    // The frame found three pages.
    a.apply(measured(10, 2));
    key(&mut a, KeyCode::Char(' '));
    assert_eq!((slide(&a), a.slide_page()), ("goals.1", (1, 3)));
    key(&mut a, KeyCode::Down);
    assert_eq!((slide(&a), a.slide_page()), ("goals.1", (2, 3)));
    key(&mut a, KeyCode::Enter);
    assert_eq!((slide(&a), a.overlay_scroll()), ("goals.2", 0));
    // Back from a slide's first page goes to the previous slide's last page.
    a.apply(measured(10, 0));
    key(&mut a, KeyCode::Up);
    a.apply(measured(10, 2));
    assert_eq!((slide(&a), a.slide_page()), ("goals.1", (2, 3)));
    key(&mut a, KeyCode::Backspace);
    assert_eq!((slide(&a), a.slide_page()), ("goals.1", (1, 3)));
}

#[test]
fn each_section_opens_with_the_overview_and_q_leaves_for_the_browser() {
    let mut a = app();
    a.open_at(a.doc().find("goals").unwrap());
    a.start_presenting();
    let Overlay::Present(p) = a.overlay() else {
        panic!("not presenting")
    };
    assert_eq!(p.current(), Slide::Overview(a.doc().find("goals").unwrap()));
    assert_eq!(
        a.slide_position(),
        Some((28, 96)),
        "92 nodes and 4 overviews"
    );
    key(&mut a, KeyCode::Right);
    assert_eq!(slide(&a), "goals");
    key(&mut a, KeyCode::Char('o'));
    assert!(matches!(a.overlay(), Overlay::Present(p) if p.screen == Screen::Overview));
    key(&mut a, KeyCode::Char('o'));
    key(&mut a, KeyCode::Char('b'));
    assert!(matches!(a.overlay(), Overlay::Present(p) if p.screen == Screen::Black));
    key(&mut a, KeyCode::Char('x'));
    assert!(matches!(a.overlay(), Overlay::Present(p) if p.screen == Screen::Slide));
    key(&mut a, KeyCode::Char('w'));
    key(&mut a, KeyCode::Char('q'));
    assert_eq!(
        slide(&a),
        "goals",
        "any key, q too, only brings the slide back"
    );
    key(&mut a, KeyCode::Char('q'));
    assert_eq!(*a.overlay(), Overlay::None);
    assert!(
        !a.quit_requested(),
        "q leaves the slides, never the program"
    );
    assert_eq!(id(&a), "goals");
}

#[test]
fn slash_finds_a_slide_by_its_title_in_pinyin() {
    let mut a = app();
    a.apply(Action::TogglePresent);
    key(&mut a, KeyCode::Char('/'));
    keys(&mut a, "bandaoti");
    key(&mut a, KeyCode::Enter);
    assert_eq!(slide(&a), "clusters.emerging.1");
    key(&mut a, KeyCode::Char(':'));
    keys(&mut a, "無人");
    key(&mut a, KeyCode::Esc);
    assert_eq!(
        slide(&a),
        "clusters.emerging.1",
        "Esc closes the search only"
    );
}

#[test]
fn digits_and_enter_jump_to_a_slide_and_leaving_returns_to_the_tree() {
    let mut a = app();
    a.apply(Action::TogglePresent);
    keys(&mut a, "18");
    key(&mut a, KeyCode::Enter);
    assert_eq!(slide(&a), "clusters.emerging.1");
    keys(&mut a, "999");
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        slide(&a),
        &*a.doc().nodes().last().unwrap().id,
        "clamped to the last"
    );
    keys(&mut a, "0");
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.slide_position().unwrap().0,
        96,
        "slide 0 does not exist; nothing moves"
    );
    key(&mut a, KeyCode::Home);
    keys(&mut a, "24");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(
        id(&a),
        "clusters.emerging.7",
        "the tree is at the node last shown"
    );
    assert!(a.rows().contains(&a.selected()), "and it is visible");
}

#[test]
fn goto_completes_ids_titles_pinyin_and_traditional() {
    let mut a = app();
    key(&mut a, KeyCode::Char(':'));
    let cands = |a: &App| -> Vec<String> {
        match a.overlay() {
            Overlay::GoTo(g) => g
                .candidates
                .iter()
                .map(|&c| a.doc().node(c).id.to_string())
                .collect(),
            other => panic!("no go-to box: {other:?}"),
        }
    };
    keys(&mut a, "goals.4");
    assert_eq!(cands(&a)[0], "goals.4", "the exact id first");
    key(&mut a, KeyCode::Backspace);
    assert_eq!(
        cands(&a)[..5],
        ["goals.1", "goals.2", "goals.3", "goals.4", "goals.5"]
    );
    a.apply(Action::ClearInput);
    keys(&mut a, "激光");
    assert_eq!(cands(&a), ["clusters.emerging.7"]);
    a.apply(Action::ClearInput);
    keys(&mut a, "Robots");
    assert!(cands(&a).contains(&"clusters.emerging.3".to_string()));
    a.apply(Action::ClearInput);
    keys(&mut a, "bdt");
    assert_eq!(cands(&a)[0], "clusters.emerging.1");
    a.apply(Action::ClearInput);
    keys(&mut a, "機器人");
    assert_eq!(cands(&a)[0], "clusters.emerging.3");
    // Tab completes the input to the chosen id; Enter goes there.
    a.apply(Action::ClearInput);
    keys(&mut a, "emerging.1");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Tab);
    match a.overlay() {
        Overlay::GoTo(g) => assert_eq!(g.input.value(), "clusters.emerging.10"),
        other => panic!("{other:?}"),
    }
    key(&mut a, KeyCode::Enter);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(id(&a), "clusters.emerging.10");
    // Nothing matching: Enter does nothing, Esc closes without moving.
    key(&mut a, KeyCode::Char(':'));
    keys(&mut a, "zzzz");
    assert!(cands(&a).is_empty());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(id(&a), "clusters.emerging.10");
}

#[test]
fn marks_set_and_jump_and_back_retraces_jumps() {
    let mut a = app();
    key(&mut a, KeyCode::Char('3'));
    assert_eq!(id(&a), "goals");
    keys(&mut a, "ma");
    assert_eq!(a.notice(), Some(&Notice::MarkSet('a')));
    assert_eq!(a.take_effects(), [Effect::SaveState]);
    key(&mut a, KeyCode::Char('1'));
    assert_eq!(id(&a), "significance");
    keys(&mut a, "'a");
    assert_eq!(id(&a), "goals");
    keys(&mut a, "'z");
    assert_eq!(a.notice(), Some(&Notice::NoSuchMark('z')));
    assert_eq!(id(&a), "goals");
    // Back: goals ← significance ← goals ← opinions.
    key(&mut a, KeyCode::Backspace);
    assert_eq!(id(&a), "significance");
    a.apply(Action::Back);
    assert_eq!(id(&a), "goals");
    let ctrl_o = KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL);
    let back = keymap::action_for(&a, ctrl_o).unwrap();
    a.apply(back);
    assert_eq!(id(&a), "opinions");
    a.apply(Action::Back);
    assert_eq!(a.notice(), Some(&Notice::HistoryEmpty));
    // Marks survive as ids.
    assert_eq!(a.marks_by_id(), [('a', "goals".to_string())]);
    let mut b = app();
    b.restore_marks(&[('a', "goals".into()), ('b', "no.such.node".into())]);
    assert_eq!(b.marks_by_id(), [('a', "goals".to_string())]);
}

#[test]
fn copy_asks_for_the_text_in_the_shown_languages() {
    let mut a = app();
    a.open_at(a.doc().find("goals.4").unwrap());
    a.apply(Action::CycleLang); // Chinese only
    keys(&mut a, "y");
    let [Effect::Copy { text, markdown }] = &a.take_effects()[..] else {
        panic!("one copy expected");
    };
    assert!(!markdown);
    assert!(
        text.starts_with("四、创新能力显著增强\n\n四是创新能力显著增强。"),
        "{text}"
    );
    assert!(
        !text.contains("innovation"),
        "English is not shown, so not copied"
    );
    keys(&mut a, "Y");
    let [
        Effect::Copy {
            text,
            markdown: true,
        },
    ] = &a.take_effects()[..]
    else {
        panic!("one Markdown copy expected");
    };
    assert!(
        text.starts_with("*《意见》 › 发展目标 › 创新能力显著增强*\n\n## 四、创新能力显著增强\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "— 来源：《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》解读，\
             广东省工业和信息化厅网站，2020年6月17日（三、发展目标） · `goals.4`"
        ),
        "{text}"
    );
}

#[test]
fn compare_opens_with_two_groups_and_closes_with_esc() {
    let mut a = app();
    keys(&mut a, "c");
    assert_eq!(*a.overlay(), Overlay::Compare);
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
    let mut one = App::new(
        yijian::model::load_path(
            std::path::Path::new("docs/examples/minimal.yaml"),
            &Default::default(),
        )
        .unwrap(),
        yijian::prefs::LangMode::Both,
    );
    keys(&mut one, "c");
    assert_eq!(*one.overlay(), Overlay::None);
    assert_eq!(one.notice(), Some(&Notice::NothingToCompare));
}

#[test]
fn rebound_keys_take_effect_and_the_old_key_is_free() {
    let mut a = app();
    let mut b = yijian::app::Bindings::default();
    b.rebind(
        yijian::app::Command::Search,
        &[yijian::app::parse_key("s").unwrap()],
    );
    a.set_bindings(b);
    keys(&mut a, "/");
    assert!(!a.search().is_typing(), "`/` no longer searches");
    keys(&mut a, "s");
    assert!(a.search().is_typing(), "`s` does");
}

#[test]
fn copy_in_presentation_takes_the_slide_shown() {
    let mut a = app();
    a.apply(Action::TogglePresent);
    keys(&mut a, "33");
    key(&mut a, KeyCode::Enter);
    assert_eq!(slide(&a), "goals.4");
    assert_eq!(id(&a), "opinions", "the tree's selection has not moved");
    keys(&mut a, "Y");
    let [
        Effect::Copy {
            text,
            markdown: true,
        },
    ] = &a.take_effects()[..]
    else {
        panic!("one Markdown copy expected");
    };
    assert!(text.contains("· `goals.4`"), "{text}");
}

#[test]
fn a_click_is_next_and_a_right_click_back_on_the_slides() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let view = yijian::ui::ViewState::default();
    let at = |kind| MouseEvent {
        kind,
        column: 10,
        row: 5,
        modifiers: KeyModifiers::NONE,
    };
    let mut a = app();
    a.open_at(a.doc().find("goals.1").unwrap());
    a.start_presenting();
    for (kind, want) in [
        (MouseEventKind::Down(MouseButton::Left), "goals.2"),
        (MouseEventKind::ScrollDown, "goals.3"),
        (MouseEventKind::Down(MouseButton::Right), "goals.2"),
    ] {
        let action = yijian::ui::mouse_action(at(kind), &view, true).unwrap();
        a.apply(measured(10, 0));
        a.apply(action);
        assert_eq!(slide(&a), want);
    }
}
