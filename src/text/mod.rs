//! Text helpers shared by the loader, the CLI and the views: making file text safe to print, and
//! wrapping Chinese and English for a given display width.

pub mod numbers;
pub mod sanitize;
pub mod wrap;

pub use sanitize::{clean, clean_owned, nfc, shortened, visible};
pub use wrap::{display_width, truncate_to_width, wrap_balanced, wrap_lines, wrap_ranges};
