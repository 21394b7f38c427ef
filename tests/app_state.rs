//! App state driven by actions and by keys, without a terminal.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::KeyCode;
use drive::{app, go, id, key, typed};
use yijian::app::{Action, Focus, Overlay, Search, TreeFilter};
use yijian::prefs::LangMode;

#[test]
fn starts_at_the_root_with_sections_open_and_glossary_closed() {
    let a = app();
    assert_eq!(id(&a), "opinions");
    let rows: Vec<&str> = a
        .rows()
        .iter()
        .map(|&r| a.doc().node(r).id.as_ref())
        .collect();
    assert_eq!(rows[..3], ["opinions", "significance", "clusters"]);
    assert!(rows.contains(&"goals.5") && rows.contains(&"glossary"));
    assert!(!rows.contains(&"glossary.chokepoint"));
    assert!(!rows.contains(&"clusters.pillar.1"));
}

#[test]
fn expand_then_move_at_once_goes_into_the_children() {
    let mut a = app();
    go(&mut a, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(id(&a), "clusters.pillar");
    go(&mut a, &[Action::Right, Action::Down]);
    assert_eq!(id(&a), "clusters.pillar.1");
    go(&mut a, &[Action::Left]);
    assert_eq!(
        id(&a),
        "clusters.pillar",
        "left on a leaf goes to the parent"
    );
    go(&mut a, &[Action::Left, Action::Down]);
    assert_eq!(
        id(&a),
        "clusters.emerging",
        "collapsed, so down skips the ten clusters"
    );
    go(&mut a, &[Action::Enter]);
    assert_eq!(
        id(&a),
        "clusters.emerging.1",
        "Enter expands and drills down"
    );
    go(&mut a, &[Action::Enter]);
    assert_eq!(
        a.focus(),
        Focus::Detail,
        "Enter on a leaf moves to the detail pane"
    );
}

#[test]
fn space_toggles_and_first_last_and_pages_stay_in_bounds() {
    let mut a = app();
    go(&mut a, &[Action::Last]);
    assert_eq!(id(&a), "glossary");
    go(&mut a, &[Action::ToggleOpen, Action::Last]);
    assert_eq!(a.doc().node(a.selected()).kind, yijian::model::Kind::Term);
    go(&mut a, &[Action::First]);
    assert_eq!(id(&a), "opinions");
    go(
        &mut a,
        &[
            Action::Measured {
                tree_rows: 5,
                detail_rows: 10,
                detail_max_scroll: 0,
                detail_shown: 0,
                overlay_rows: 1,
                overlay_max_scroll: 0,
            },
            Action::PageDown,
        ],
    );
    assert_eq!(a.rows().iter().position(|&r| r == a.selected()), Some(4));
    go(&mut a, &[Action::PageUp, Action::PageUp, Action::Up]);
    assert_eq!(id(&a), "opinions");
}

#[test]
fn digits_jump_to_sections_and_the_language_cycles() {
    let mut a = app();
    go(&mut a, &[Action::Section(3)]);
    assert_eq!(id(&a), "goals");
    go(&mut a, &[Action::Section(9)]);
    assert_eq!(id(&a), "goals", "no ninth section: nothing happens");
    assert_eq!(a.lang(), LangMode::Both);
    go(&mut a, &[Action::CycleLang]);
    assert_eq!(a.lang(), LangMode::Zh);
    go(&mut a, &[Action::CycleLang, Action::CycleLang]);
    assert_eq!(a.lang(), LangMode::Both);
}

#[test]
fn search_follows_the_best_hit_as_you_type_and_esc_returns() {
    let mut a = app();
    go(&mut a, &[Action::Section(2)]);
    let before_rows = a.rows();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "激光");
    assert_eq!(id(&a), "clusters.emerging.7");
    let Search::Typing(t) = a.search() else {
        panic!("not typing")
    };
    assert_eq!(t.results.hits.len(), 2);
    key(&mut a, KeyCode::Esc);
    assert!(matches!(a.search(), Search::Idle));
    assert_eq!(id(&a), "clusters");
    assert_eq!(a.rows(), before_rows, "the tree is back as it was");
}

#[test]
fn enter_jumps_then_n_and_shift_n_step_and_esc_clears() {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "集成电路");
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.search(), Search::Showing(_)));
    let first = a.selected();
    key(&mut a, KeyCode::Char('n'));
    assert_ne!(a.selected(), first);
    key(&mut a, KeyCode::Char('N'));
    assert_eq!(a.selected(), first);
    key(&mut a, KeyCode::Char('N'));
    let Search::Showing(r) = a.search() else {
        panic!()
    };
    assert_eq!(
        r.current,
        r.hits.len() - 1,
        "N from the first hit wraps to the last"
    );
    key(&mut a, KeyCode::Esc);
    assert!(matches!(a.search(), Search::Idle));
    key(&mut a, KeyCode::Esc);
    assert!(!a.quit_requested(), "Esc never quits");
}

#[test]
fn empty_and_unmatched_queries_leave_nothing_strange() {
    let mut a = app();
    go(&mut a, &[Action::Down]);
    key(&mut a, KeyCode::Char('/'));
    let Search::Typing(t) = a.search() else {
        panic!()
    };
    assert!(t.results.hits.is_empty(), "an empty query matches nothing");
    typed(&mut a, "xyzzy");
    assert_eq!(
        id(&a),
        "significance",
        "no match: the selection stays where the reader was"
    );
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.search(), Search::Idle));
    assert_eq!(a.filter(), TreeFilter::All);
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "   ");
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.search(), Search::Idle));
}

#[test]
fn typing_q_is_text_not_quit_and_history_recalls() {
    let mut a = app();
    for q in ["robot", "quantum"] {
        key(&mut a, KeyCode::Char('/'));
        typed(&mut a, q);
        key(&mut a, KeyCode::Enter);
    }
    assert!(!a.quit_requested());
    assert_eq!(a.history(), ["robot", "quantum"]);
    key(&mut a, KeyCode::Char('/'));
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Up);
    let Search::Typing(t) = a.search() else {
        panic!()
    };
    assert_eq!(t.input.value(), "robot");
    assert_eq!(id(&a), "clusters.emerging.3");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    let Search::Typing(t) = a.search() else {
        panic!()
    };
    assert_eq!(t.input.value(), "");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('q'));
    assert!(a.quit_requested());
}

#[test]
fn filter_mode_keeps_only_matches_and_their_ancestors() {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "机器人");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('f'));
    assert_eq!(a.filter(), TreeFilter::Matches);
    let rows: Vec<&str> = a
        .rows()
        .iter()
        .map(|&r| a.doc().node(r).id.as_ref())
        .collect();
    assert!(rows.contains(&"clusters.emerging.3"));
    assert!(rows.contains(&"clusters") && rows.contains(&"opinions"));
    assert!(!rows.contains(&"significance") && !rows.contains(&"clusters.emerging.2"));
    key(&mut a, KeyCode::Char('f'));
    assert!(
        a.rows()
            .iter()
            .any(|&r| &*a.doc().node(r).id == "significance")
    );
}

#[test]
fn help_overlay_swallows_keys_until_closed() {
    let mut a = app();
    key(&mut a, KeyCode::Char('?'));
    assert_eq!(*a.overlay(), Overlay::Help);
    key(&mut a, KeyCode::Down);
    assert_eq!(id(&a), "opinions");
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
}

#[test]
fn detail_focus_scrolls_and_follows_links() {
    let mut a = app();
    let emerging = a.doc().find("clusters.emerging").unwrap();
    a.open_at(emerging);
    go(
        &mut a,
        &[Action::Measured {
            tree_rows: 20,
            detail_rows: 10,
            detail_max_scroll: 7,
            detail_shown: 0,
            overlay_rows: 1,
            overlay_max_scroll: 0,
        }],
    );
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Detail);
    for _ in 0..20 {
        key(&mut a, KeyCode::Down);
    }
    assert_eq!(a.detail_scroll(), 7, "scrolling stops at the end");
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Right);
    assert_eq!(a.link(), Some(1));
    key(&mut a, KeyCode::Enter);
    assert_eq!(id(&a), "clusters.emerging.2");
    assert_eq!(a.detail_scroll(), 0);
    // The cluster's related goal, reached by the keyboard.
    key(&mut a, KeyCode::Left);
    key(&mut a, KeyCode::Enter);
    assert_eq!(id(&a), "goals.1");
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.focus(), Focus::Tree);
}

#[test]
fn clicking_selects_and_clicking_again_toggles() {
    let mut a = app();
    let pillar = a.doc().find("clusters.pillar").unwrap();
    go(&mut a, &[Action::Click(pillar)]);
    assert_eq!(a.selected(), pillar);
    assert!(!a.opened().contains(&pillar));
    go(&mut a, &[Action::Click(pillar)]);
    assert!(a.opened().contains(&pillar));
}

#[test]
fn open_at_expands_the_ancestors() {
    let mut a = app();
    let m = a.doc().find("measures.4.3").unwrap();
    a.open_at(m);
    assert!(a.rows().contains(&m));
    assert_eq!(a.rows().iter().filter(|&&r| r == m).count(), 1);
}

#[test]
fn single_steps_agree_with_the_list_of_rows() {
    // Up and Down take a shortcut through the tree; it must land where the row list says.
    let mut a = app();
    a.apply(Action::Section(4));
    a.apply(Action::Right);
    a.apply(Action::Down);
    a.apply(Action::Right);
    let rows = a.rows();
    for (i, &r) in rows.iter().enumerate() {
        a.open_at(r);
        let rows_now = a.rows();
        assert_eq!(rows_now, rows, "selecting a visible row opens nothing");
        a.apply(Action::Down);
        assert_eq!(
            a.selected(),
            rows[(i + 1).min(rows.len() - 1)],
            "down from row {i}"
        );
        a.open_at(r);
        a.apply(Action::Up);
        assert_eq!(a.selected(), rows[i.saturating_sub(1)], "up from row {i}");
    }
}
