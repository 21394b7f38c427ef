//! `yijian import FILE [-o OUT.yaml] [--encoding NAME] [--dry-run]`: a document → a policy file,
//! or with `--dry-run` the outline it would give. Numbering mistakes go to stderr as warnings
//! (`FILE:LINE: warning: …`) and do not fail the import.

use std::io::Write;
use std::path::Path;

use super::exit;
use crate::import;
use crate::model::{Limits, load_str};
use crate::text::visible;

/// Runs the import, writing the policy file (or the outline) to `output` or `out`, and the
/// warnings to `err`. `Err` holds the message for a file that cannot be imported or written.
pub fn import(
    file: &Path,
    output: Option<&Path>,
    encoding: Option<&str>,
    dry_run: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, String> {
    let name = file.display().to_string();
    let shown = visible(&name).into_owned();
    let limits = Limits::default();
    let imported =
        import::import_path(file, encoding, &limits).map_err(|m| format!("{shown}: {m}"))?;
    for w in &imported.warnings {
        let _ = writeln!(err, "{shown}:{}: warning: {}", w.line, w.message);
    }
    if dry_run {
        return written(out.write_all(import::outline(&imported).as_bytes()));
    }
    let yaml = import::to_yaml(&imported, &name);
    // Read back as any policy file is: an import that the loader refused would be a bug here,
    // and is said as such rather than written.
    let doc = load_str(&yaml, &name, &limits)
        .map_err(|e| format!("the import of {shown} is not a valid policy file (a bug): {e}"))?;
    match output {
        None => written(out.write_all(yaml.as_bytes())),
        Some(path) => {
            std::fs::write(path, &yaml)
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
            let _ = writeln!(
                err,
                "{}: {} nodes from {shown}",
                visible(&path.display().to_string()),
                doc.nodes().len()
            );
            Ok(exit::OK)
        }
    }
}

fn written(r: std::io::Result<()>) -> Result<i32, String> {
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(exit::OK),
    }
}
