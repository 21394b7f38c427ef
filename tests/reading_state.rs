//! App state for the reading-comfort actions (issue 20): the results list, the order of hits,
//! and whole-tree folding, driven by actions and keys without a terminal.

#[path = "common/drive.rs"]
mod drive;

use std::collections::HashSet;

use crossterm::event::KeyCode;
use drive::{app, key, typed};
use yijian::app::{Action, App, HitOrder, Overlay, Search};
use yijian::model::{Kind, NodeId};

/// Searches `query` with the keys a reader presses and keeps the results.
fn searched(query: &str) -> App {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, query);
    key(&mut a, KeyCode::Enter);
    assert!(
        matches!(a.search(), Search::Showing(_)),
        "{query} finds something"
    );
    a
}

fn hit_nodes_shown(a: &App) -> Vec<NodeId> {
    let r = a.search().results().unwrap();
    r.shown().into_iter().map(|i| r.hits[i].node).collect()
}

#[test]
fn r_opens_the_list_and_up_down_preview_each_hit_in_the_detail_pane() {
    let mut a = searched("创新");
    let before = a.selected();
    let origin = a.back_stack().last().copied();
    key(&mut a, KeyCode::Char('r'));
    assert!(matches!(a.overlay(), Overlay::Results { .. }));
    let shown = hit_nodes_shown(&a);
    assert!(shown.len() > 3);
    assert_eq!(a.selected(), shown[0]);
    assert_eq!(a.selected(), before, "the list opens on the current hit");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    assert_eq!(
        a.selected(),
        shown[2],
        "the detail pane previews the chosen hit"
    );
    key(&mut a, KeyCode::Up);
    assert_eq!(a.selected(), shown[1]);
    // Up from the first wraps to the last, as `N` does.
    key(&mut a, KeyCode::Char('g'));
    assert_eq!(a.selected(), shown[0]);
    key(&mut a, KeyCode::Up);
    assert_eq!(a.selected(), *shown.last().unwrap());
    key(&mut a, KeyCode::Char('G'));
    assert_eq!(a.selected(), *shown.last().unwrap());
    // Esc returns to where the reader was when the list opened.
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(a.selected(), before);
    assert_eq!(a.back_stack().last().copied(), origin);
    assert!(matches!(a.search(), Search::Showing(_)), "the search stays");
}

#[test]
fn enter_in_the_list_goes_to_the_hit_and_back_returns() {
    let mut a = searched("创新");
    let before = a.selected();
    key(&mut a, KeyCode::Char('r'));
    key(&mut a, KeyCode::Down);
    let chosen = a.selected();
    assert_ne!(chosen, before);
    key(&mut a, KeyCode::Enter);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(a.selected(), chosen);
    let ancestors = a.doc().ancestors(chosen);
    assert!(ancestors.iter().all(|p| a.opened().contains(p)), "revealed");
    key(&mut a, KeyCode::Backspace);
    assert_eq!(
        a.selected(),
        before,
        "Back returns to where the list opened"
    );
}

#[test]
fn a_click_chooses_a_hit_and_a_second_click_goes() {
    let mut a = searched("集群");
    a.apply(Action::ResultsOpen);
    let shown = hit_nodes_shown(&a);
    a.apply(Action::ClickRow(3));
    assert_eq!(a.selected(), shown[3]);
    assert!(matches!(a.overlay(), Overlay::Results { .. }));
    a.apply(Action::ClickRow(3));
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(a.selected(), shown[3]);
}

#[test]
fn the_order_key_switches_to_document_order_and_n_follows_it() {
    let mut a = searched("创新");
    let rank = hit_nodes_shown(&a);
    key(&mut a, KeyCode::Char('o'));
    let r = a.search().results().unwrap();
    assert_eq!(r.order, HitOrder::Document);
    let doc_order = hit_nodes_shown(&a);
    assert_ne!(
        rank, doc_order,
        "this query's ranking is not document order"
    );
    let mut sorted = doc_order.clone();
    sorted.sort();
    assert_eq!(doc_order, sorted, "document order is the nodes' order");
    // The current hit stays current through the switch; n then walks the document.
    let start = a.selected();
    assert_eq!(doc_order[r.current_place()], start);
    let mut seen = vec![start];
    for _ in 1..doc_order.len() {
        key(&mut a, KeyCode::Char('n'));
        seen.push(a.selected());
    }
    let place = doc_order.iter().position(|&n| n == start).unwrap();
    let mut want = doc_order[place..].to_vec();
    want.extend_from_slice(&doc_order[..place]);
    assert_eq!(seen, want);
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(a.selected(), start, "n wraps at the end");
    key(&mut a, KeyCode::Char('N'));
    assert_eq!(
        a.selected(),
        *seen.last().unwrap(),
        "N steps back in the same order"
    );
    // Back to rank order, in the list too.
    key(&mut a, KeyCode::Char('r'));
    key(&mut a, KeyCode::Char('o'));
    assert_eq!(a.search().results().unwrap().order, HitOrder::Rank);
    assert_eq!(hit_nodes_shown(&a), rank);
}

#[test]
fn the_list_and_the_order_key_need_a_search() {
    let mut a = app();
    key(&mut a, KeyCode::Char('r'));
    assert_eq!(*a.overlay(), Overlay::None);
    assert!(a.notice().is_some(), "says there is no search");
    key(&mut a, KeyCode::Char('o'));
    assert!(a.notice().is_some());
}

fn with_children(a: &App) -> HashSet<NodeId> {
    a.doc()
        .ids()
        .filter(|&i| !a.doc().node(i).children.is_empty())
        .collect()
}

#[test]
fn star_expands_everything_and_minus_collapses_all_but_the_way_to_the_selection() {
    let mut a = app();
    let m = a.doc().find("measures.4.3").unwrap();
    a.open_at(m);
    key(&mut a, KeyCode::Char('*'));
    assert_eq!(*a.opened(), with_children(&a));
    assert_eq!(a.selected(), m);
    assert_eq!(a.rows().len(), a.doc().len(), "every node is a row");
    key(&mut a, KeyCode::Char('-'));
    assert_eq!(a.selected(), m, "the selection stays on its node");
    let way: HashSet<NodeId> = a.doc().ancestors(m).into_iter().collect();
    assert_eq!(*a.opened(), way);
    assert!(a.rows().contains(&m), "and stays visible");
}

#[test]
fn z_keys_fold_as_in_vim() {
    let mut a = app();
    let m = a.doc().find("measures.4.3").unwrap();
    a.open_at(m);
    typed(&mut a, "zR");
    assert_eq!(*a.opened(), with_children(&a));
    typed(&mut a, "zM");
    let way: HashSet<NodeId> = a.doc().ancestors(m).into_iter().collect();
    assert_eq!(*a.opened(), way);
    assert_eq!(a.selected(), m);
    assert!(a.pending().is_none());
}

#[test]
fn capital_o_expands_the_subtree_and_capital_c_collapses_to_the_level() {
    let mut a = app();
    let root = a.doc().first_root();
    let section = a.doc().node(root).children[1];
    a.open_at(section);
    a.apply(Action::CollapseAll);
    assert_eq!(
        *a.opened(),
        HashSet::from([root]),
        "only the way down to the section"
    );
    key(&mut a, KeyCode::Char('O'));
    let end = a.doc().subtree_end(section);
    for i in section.0..=end.0 {
        let n = NodeId(i);
        if !a.doc().node(n).children.is_empty() {
            assert!(a.opened().contains(&n), "{} opened", a.doc().node(n).id);
        }
    }
    assert!(a.rows().contains(&end), "the subtree's last node is a row");
    assert_eq!(a.selected(), section);
    // Down into a cluster group, then C closes every node at its depth or deeper.
    let group = a
        .doc()
        .ids()
        .find(|&i| a.doc().node(i).kind == Kind::ClusterGroup)
        .unwrap();
    a.open_at(group);
    key(&mut a, KeyCode::Char('*'));
    key(&mut a, KeyCode::Char('C'));
    let depth = a.doc().node(group).depth;
    assert!(a.opened().iter().all(|&n| a.doc().node(n).depth < depth));
    assert!(a.rows().contains(&group));
    assert_eq!(a.selected(), group);
    let siblings = &a.doc().node(a.doc().node(group).parent.unwrap()).children;
    assert!(
        siblings.iter().all(|s| a.rows().contains(s)),
        "its level is shown"
    );
}

#[test]
fn the_outline_scrollbar_place_is_the_row_number() {
    use yijian::app::visible_place;
    let mut a = app();
    // As it opens, everything open, everything closed (the root selected).
    for opening in [None, Some(Action::ExpandAll), Some(Action::CollapseAll)] {
        opening.into_iter().for_each(|o| a.apply(o));
        let rows = a.rows();
        for (i, &r) in rows.iter().enumerate() {
            assert_eq!(visible_place(a.doc(), a.opened(), r), (i, rows.len()));
        }
    }
}

#[test]
fn quote_twice_lists_the_marks_and_enter_or_a_letter_goes() {
    let mut a = app();
    let m1 = a.doc().find("measures.4.3").unwrap();
    let m2 = a.doc().find("goals.1").unwrap();
    a.open_at(m1);
    typed(&mut a, "mb");
    a.open_at(m2);
    typed(&mut a, "ma");
    a.take_effects();
    typed(&mut a, "''");
    assert_eq!(
        *a.overlay(),
        Overlay::Marks { chosen: 0 },
        "opens on this node's mark"
    );
    key(&mut a, KeyCode::Down);
    assert_eq!(*a.overlay(), Overlay::Marks { chosen: 1 });
    key(&mut a, KeyCode::Down);
    assert_eq!(*a.overlay(), Overlay::Marks { chosen: 0 }, "wraps");
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Enter);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(a.selected(), m1);
    key(&mut a, KeyCode::Backspace);
    assert_eq!(
        a.selected(),
        m2,
        "a jump from the list is a jump: Back returns"
    );
    // `:marks` opens it too; the letter goes at once; an unknown letter says so.
    key(&mut a, KeyCode::Char(':'));
    typed(&mut a, "marks");
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.overlay(), Overlay::Marks { .. }));
    typed(&mut a, "z");
    assert!(a.notice().is_some());
    assert!(matches!(a.overlay(), Overlay::Marks { .. }));
    typed(&mut a, "b");
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(a.selected(), m1);
}

#[test]
fn delete_in_the_marks_list_removes_the_mark_and_saves() {
    let mut a = app();
    let m1 = a.doc().find("measures.4.3").unwrap();
    a.open_at(m1);
    typed(&mut a, "ma");
    a.open_at(a.doc().find("goals.1").unwrap());
    typed(&mut a, "mb");
    a.take_effects();
    typed(&mut a, "''");
    assert_eq!(*a.overlay(), Overlay::Marks { chosen: 1 });
    key(&mut a, KeyCode::Delete);
    assert_eq!(a.marks().keys().copied().collect::<Vec<_>>(), ['a']);
    assert_eq!(*a.overlay(), Overlay::Marks { chosen: 0 });
    assert!(a.take_effects().contains(&yijian::app::Effect::SaveState));
    key(&mut a, KeyCode::Delete);
    assert!(a.marks().is_empty());
    key(&mut a, KeyCode::Enter);
    assert!(
        matches!(a.overlay(), Overlay::Marks { .. }),
        "nothing to go to"
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(*a.overlay(), Overlay::None);
}

#[test]
fn a_click_in_the_marks_list_chooses_and_a_second_goes() {
    let mut a = app();
    let m1 = a.doc().find("measures.4.3").unwrap();
    a.open_at(m1);
    typed(&mut a, "ma");
    a.open_at(a.doc().find("goals.1").unwrap());
    typed(&mut a, "mb''");
    a.apply(Action::ClickRow(0));
    assert_eq!(*a.overlay(), Overlay::Marks { chosen: 0 });
    a.apply(Action::ClickRow(0));
    assert_eq!(a.selected(), m1);
    assert_eq!(*a.overlay(), Overlay::None);
}

#[test]
fn angle_brackets_move_the_split_within_limits_and_a_drag_needs_a_press_on_the_border() {
    let mut a = app();
    typed(&mut a, "<<");
    assert_eq!(a.split(), -2 * yijian::app::SPLIT_STEP);
    typed(&mut a, ">");
    assert_eq!(a.split(), -yijian::app::SPLIT_STEP);
    for _ in 0..40 {
        typed(&mut a, ">");
    }
    assert_eq!(a.split(), yijian::app::SPLIT_LIMIT);
    // A drag that did not start on the border moves nothing.
    a.apply(Action::SplitDragTo(-200));
    assert_eq!(a.split(), yijian::app::SPLIT_LIMIT);
    a.take_effects();
    a.apply(Action::SplitDragStart);
    a.apply(Action::SplitDragTo(-200));
    a.apply(Action::SplitDragTo(-150));
    assert_eq!(a.split(), -150);
    assert!(a.take_effects().is_empty(), "nothing saved mid-drag");
    a.apply(Action::DragEnd);
    assert!(a.take_effects().contains(&yijian::app::Effect::SaveState));
    a.apply(Action::SplitDragTo(0));
    assert_eq!(a.split(), -150, "the drag has ended");
}

/// Following a link (a click in the detail pane) out of the filtered matches shows the whole
/// outline again: the selection is always one of its rows.
#[test]
fn a_jump_out_of_the_filtered_matches_shows_the_whole_tree() {
    use yijian::app::{Action, App, TreeFilter};
    let mut app = App::new(
        yijian::model::load_embedded().unwrap(),
        yijian::prefs::LangMode::Both,
    );
    app.apply(Action::SearchOpen);
    for c in "半导体".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Submit);
    app.apply(Action::ToggleFilter);
    assert_eq!(app.filter(), TreeFilter::Matches);
    let elsewhere = app.doc().find("principles.3").unwrap();
    assert!(!app.rows().contains(&elsewhere), "not a match");
    app.apply(Action::FollowLink(elsewhere));
    assert_eq!(app.selected(), elsewhere);
    assert!(app.rows().contains(&app.selected()));
    assert_eq!(app.filter(), TreeFilter::All);
}
