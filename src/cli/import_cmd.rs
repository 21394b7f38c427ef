//! `yijian import FILE [-o OUT.yaml] [--encoding NAME] [--dry-run]`: a document → a policy file,
//! or with `--dry-run` the outline it would give. Numbering mistakes go to stderr as warnings
//! (`FILE:LINE: warning: …`) and do not fail the import.

use std::io::Write;
use std::path::Path;

use super::exit;
use crate::import;
use crate::model::{Limits, load_str};
use crate::text::visible;

/// Where `-o` writes the policy file, and whether it may replace a file that exists.
pub struct Output<'a> {
    /// The file to write.
    pub path: &'a Path,
    /// Whether an existing file may be replaced (`--force`); the document itself never is.
    pub force: bool,
}

/// Runs the import, writing the policy file (or the outline) to `output` or `out`, and the
/// warnings to `err`. `Err` holds the message for a file that cannot be imported or written,
/// or for an output that is the document itself or (without `force`) a file that exists; such
/// a refusal comes before anything is read, and nothing is written.
pub fn import(
    file: &Path,
    output: Option<Output>,
    encoding: Option<&str>,
    dry_run: bool,
    w: &crate::ui::Words,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, String> {
    let name = file.display().to_string();
    let shown = visible(&name).into_owned();
    let limits = Limits::default();
    // A policy file is not a document to import: read as plain text it would become a tree of
    // YAML lines.
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("yaml" | "yml")) {
        return Err(format!(
            "{shown}: is a policy file already: open it with `yijian {shown}`, or validate it \
             with `yijian check {shown}`"
        ));
    }
    if let (Some(o), false) = (&output, dry_run) {
        refuse_overwrite(file, o)?;
    }
    let imported =
        import::import_path(file, encoding, &limits).map_err(|m| format!("{shown}: {m}"))?;
    for warning in &imported.warnings {
        let (line, said) = (warning.line, warning.said_in(w.lang));
        let _ = writeln!(err, "{shown}:{line}: {}: {said}", w.import_warning);
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
        Some(Output { path, .. }) => {
            write_whole(path, &yaml).map_err(|e| {
                format!(
                    "{}: cannot write: {e}",
                    visible(&path.display().to_string())
                )
            })?;
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

/// Refuses an output that is the document being imported (a slip of tab completion would
/// replace the source with its import) or, without `--force`, any file that exists.
fn refuse_overwrite(file: &Path, o: &Output) -> Result<(), String> {
    let shown = visible(&o.path.display().to_string()).into_owned();
    let same = match (std::fs::canonicalize(file), std::fs::canonicalize(o.path)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(format!(
            "{shown}: is the document being imported; write the policy file under another name"
        ));
    }
    if !o.force && std::fs::symlink_metadata(o.path).is_ok() {
        return Err(format!(
            "{shown}: exists; add --force to replace it, or choose another name"
        ));
    }
    Ok(())
}

/// Writes `text` to `path` whole or not at all: to a file beside it first, then renamed over
/// it, so that a failed write (a full disk) leaves what was there.
fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    std::fs::write(&part, text)
        .and_then(|()| std::fs::rename(&part, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&part);
        })
}

fn written(r: std::io::Result<()>) -> Result<i32, String> {
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(exit::OK),
    }
}
