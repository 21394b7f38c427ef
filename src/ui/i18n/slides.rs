//! The slides' and the presenter view's own words. Kept apart from [`super::Words`] so that the
//! presentation's strings live in one block of each language's file.

/// Words of presentation mode and the presenter view.
pub struct SlideWords {
    /// "第 3 / 7 页" in Chinese, "3 / 7" in English: what goes before and after the numbers.
    pub page_before: &'static str,
    pub page_after: &'static str,
    /// Footer keys, most needed first: as many as fit are shown, the way out always.
    pub keys: &'static [(&'static str, &'static str)],
    pub find_prompt: &'static str,
    pub find_none: &'static str,
    pub overview: &'static str,
    /// Presenter view.
    pub presenter: &'static str,
    pub now: &'static str,
    pub next: &'static str,
    pub end: &'static str,
    pub notes: &'static str,
    pub no_notes: &'static str,
    /// Said with `no_notes` when no talk file was given.
    pub notes_hint: &'static str,
    pub elapsed: &'static str,
    pub clock: &'static str,
    pub text: &'static str,
    pub waiting: &'static str,
    pub joined: &'static str,
    /// The presenter view's side of `joined`.
    pub connected: &'static str,
    pub peer_gone: &'static str,
    pub other_talk: &'static str,
    pub screen_blank: &'static str,
}

impl SlideWords {
    /// "第 3 / 7 页" or "3 / 7".
    pub fn progress(&self, n: usize, total: usize) -> String {
        format!("{}{n} / {total}{}", self.page_before, self.page_after)
    }
}
