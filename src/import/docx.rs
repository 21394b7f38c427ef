//! A Word `.docx` file → its paragraphs as lines of text, in document order (tables cell by cell),
//! read with docx-rs. Numbering that Word draws itself (list numbering) is not part of the text
//! and so is not seen; numbering typed into the text is.

use docx_rs::{DocumentChild, Paragraph, Table, TableCellContent, TableChild, TableRowChild};

/// The text of the Word file, one paragraph a line.
///
/// # Errors
/// Bytes that are not a Word file docx-rs can read, in its words.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    let docx = docx_rs::read_docx(bytes).map_err(|e| format!("not a readable Word file: {e}"))?;
    let mut lines = Vec::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => lines.push(paragraph(p)),
            DocumentChild::Table(t) => table(t, &mut lines),
            _ => {}
        }
    }
    Ok(lines.join("\n"))
}

fn paragraph(p: &Paragraph) -> String {
    p.raw_text()
}

fn table(t: &Table, lines: &mut Vec<String>) {
    for TableChild::TableRow(row) in &t.rows {
        for TableRowChild::TableCell(cell) in &row.cells {
            for content in &cell.children {
                match content {
                    TableCellContent::Paragraph(p) => lines.push(paragraph(p)),
                    TableCellContent::Table(t) => table(t, lines),
                    _ => {}
                }
            }
        }
    }
}
