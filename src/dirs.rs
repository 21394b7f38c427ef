//! Where the reader's own files live, by the XDG base directory rules: a variable holding an
//! absolute path, else a folder under the home directory.

use std::path::{Path, PathBuf};

/// `$var/yijian/file`, else `$HOME/fallback/yijian/file`; `None` without either.
pub fn xdg_file(
    env: impl Fn(&str) -> Option<String>,
    var: &str,
    fallback: &str,
    file: &str,
) -> Option<PathBuf> {
    let base = env(var)
        .filter(|v| Path::new(v).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| Path::new(&h).join(fallback)))?;
    Some(base.join("yijian").join(file))
}
