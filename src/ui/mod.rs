//! Drawing: reads the app state and paints one frame. Nothing here changes the app; what a frame
//! measures (pane heights, how far the detail can scroll) is returned for `main` to feed back as an
//! action.

pub(crate) mod chrome;
mod compare;
pub mod detail;
mod ellipsis;
mod files;
mod goto;
mod help;
mod hints;
mod i18n;
pub mod layout;
mod marks_list;
mod mouse;
mod popup;
mod present;
mod results;
mod scrollbar;
pub mod styled;
mod theme;
mod tree_view;
mod warning;

pub use help::rows as key_rows;
pub use i18n::{KeyLabel, Words, colon, ui_lang_from_env, words};
pub use mouse::mouse_action;
pub use styled::Glyphs;
pub use theme::Theme;
pub use tree_view::TreeView;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{Action, App, Overlay};

/// How things look: colours, interface words, and glyph choices for the terminal.
pub struct Display {
    /// Colours and text styles.
    pub theme: Theme,
    /// The interface's words in the chosen language.
    pub words: &'static Words,
    /// How text is adapted to the terminal's glyph widths.
    pub glyphs: Glyphs,
}

impl Display {
    /// Rounded box drawing normally; plain ASCII for terminals that draw box drawing two cells wide.
    pub fn border_set(&self) -> border::Set<'static> {
        if self.glyphs.ambiguous_wide {
            border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            border::ROUNDED
        }
    }
}

/// What the renderer keeps between frames: the tree widget's scroll state and where panes were.
#[derive(Default)]
pub struct ViewState {
    /// The outline widget's state.
    pub tree: TreeView,
    /// Where the outline pane was drawn, for clicks and the mouse wheel.
    pub tree_area: Rect,
    /// Where the detail pane was drawn, for clicks and the mouse wheel.
    pub detail_area: Rect,
    /// Where the open list (results or marks) was drawn, for clicks.
    pub list: Option<mouse::ListArea>,
    /// The outline and detail panes together, which the split divides.
    pub body: Rect,
    /// Links on screen (detail pane entries, compare view clusters) and the nodes they go to.
    pub links: Vec<(Rect, crate::model::NodeId)>,
}

/// Paints one frame of `app` over the whole of `frame`, in `d`'s theme, words and glyphs:
/// header, outline and detail panes (split as `app.split()` says), footer, then whatever overlay
/// is open; in presentation mode the slide screen instead; below the minimum size
/// ([`layout::MIN_WIDTH`] × [`layout::MIN_HEIGHT`] cells) only a message saying so. It only
/// reads `app`. It records in `view` what the next frame and the mouse need (the outline's
/// scroll, where panes, lists and links were drawn), and returns what it measured as an
/// [`Action::Measured`] (rows of each pane, how far the detail pane and overlay can scroll)
/// for `main` to give to [`App::apply`].
pub fn draw(frame: &mut Frame, app: &App, d: &Display, view: &mut ViewState) -> Action {
    let measured = draw_screen(frame, app, d, view);
    if d.glyphs.ambiguous_wide {
        // The text's own ambiguous-width characters were swapped as it was laid out (`Glyphs`);
        // yijian's own marks (the `…` of a cut, `·` between items, arrows) are swapped here,
        // cell for cell, so that every border stays where it was measured.
        for cell in frame.buffer_mut().content.iter_mut() {
            let mut chars = cell.symbol().chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && let Some(one) = styled::one_cell(c)
            {
                cell.set_char(one);
            }
        }
    }
    measured
}

fn draw_screen(frame: &mut Frame, app: &App, d: &Display, view: &mut ViewState) -> Action {
    let area = frame.area();
    frame.render_widget(Paragraph::new("").style(d.theme.base), area);
    if layout::too_small(area) {
        let msg = (d.words.too_small)(
            (area.width, area.height),
            (layout::MIN_WIDTH, layout::MIN_HEIGHT),
        );
        let p =
            Paragraph::new(Line::from(Span::styled(msg, d.theme.warn))).wrap(Wrap { trim: true });
        frame.render_widget(p, area);
        view.tree_area = Rect::ZERO;
        view.detail_area = Rect::ZERO;
        return Action::Measured {
            tree_rows: 1,
            detail_rows: 1,
            detail_max_scroll: 0,
            detail_shown: 0,
            overlay_rows: 1,
            overlay_max_scroll: 0,
        };
    }
    if let Overlay::Present(_) = app.overlay() {
        view.tree_area = Rect::ZERO;
        view.detail_area = Rect::ZERO;
        let (overlay_rows, overlay_max_scroll) = present::draw(frame, area, app, d);
        warning::draw(frame, area, app, d);
        return Action::Measured {
            tree_rows: 1,
            detail_rows: 1,
            detail_max_scroll: 0,
            detail_shown: 0,
            overlay_rows,
            overlay_max_scroll,
        };
    }
    let a = layout::areas(area, app.split());
    view.tree_area = a.tree;
    view.detail_area = a.detail;
    view.body = a.tree.union(a.detail);
    chrome::header(frame, a.header, app, d);
    view.list = None;
    if let Overlay::Results { .. } = app.overlay() {
        view.list = Some(results::draw(frame, a.tree, app, d));
    } else {
        tree_view::draw(frame, a.tree, app, d, &mut view.tree);
    }
    view.links.clear();
    let (detail_rows, detail_max_scroll, detail_shown) =
        detail::draw(frame, a.detail, app, d, &mut view.links);
    chrome::footer(frame, a.footer, app, d);
    let panes = Rect {
        y: a.header.bottom(),
        height: a.footer.y.saturating_sub(a.header.bottom()),
        ..area
    };
    let (overlay_rows, overlay_max_scroll) = match app.overlay() {
        Overlay::Help => help::draw(frame, area, app, d),
        Overlay::Files => files::draw(frame, panes, app, d),
        Overlay::Compare => {
            // The compare view covers the detail pane: only its own clusters take clicks.
            view.links.clear();
            compare::draw(frame, panes, app, d, &mut view.links)
        }
        Overlay::GoTo(_) => {
            goto::draw(frame, panes, app, d);
            (1, 0)
        }
        Overlay::Marks { .. } => {
            view.list = Some(marks_list::draw(frame, panes, app, d));
            (1, 0)
        }
        Overlay::None | Overlay::Present(_) | Overlay::Results { .. } => (1, 0),
    };
    warning::draw(frame, panes, app, d);
    Action::Measured {
        tree_rows: a.tree.height.saturating_sub(2) as usize,
        detail_rows,
        detail_max_scroll,
        detail_shown,
        overlay_rows,
        overlay_max_scroll,
    }
}
