//! Bytes of a document → its text: plain text in UTF-8 (with or without a byte-order mark), in
//! UTF-16 with a mark, or in GB18030 (which reads GBK and GB2312 too) when the bytes are not
//! UTF-8 — or in any encoding the reader names (`--encoding big5`). Word files are read by
//! [`super::docx`]; decoding itself is encoding_rs's.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// The text of `bytes` and the name of the encoding it was read in.
///
/// # Errors
/// An encoding label encoding_rs does not know, or bytes that are not valid in the named (or
/// detected) encoding; the message names the line of the first bad byte.
pub fn decode(bytes: &[u8], label: Option<&str>) -> Result<(String, &'static str), String> {
    let encoding = match label {
        Some(l) => Encoding::for_label(l.trim().as_bytes())
            .ok_or_else(|| format!("unknown encoding `{l}` (try utf-8, gb18030, gbk, big5)"))?,
        None => detect(bytes),
    };
    let (text, used, bad) = encoding.decode(bytes);
    if bad {
        let line = first_bad_line(bytes, used);
        return Err(format!(
            "line {line}: not valid {} text{}",
            used.name(),
            if label.is_none() {
                " (name the encoding with --encoding)"
            } else {
                ""
            }
        ));
    }
    Ok((text.into_owned(), used.name()))
}

/// UTF-8 when the bytes are valid UTF-8 (or carry any byte-order mark), else GB18030: the two
/// encodings Chinese government files come in.
fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some((e, _)) = Encoding::for_bom(bytes) {
        return e;
    }
    if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        GB18030
    }
}

/// The line of the first character `encoding` cannot read (1-based).
fn first_bad_line(bytes: &[u8], encoding: &'static Encoding) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3);
    let (_, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    let line = |upto: usize| bytes[..upto].iter().filter(|b| **b == b'\n').count() + 1;
    match read {
        n if n < bytes.len() => line(n),
        _ => line(bytes.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gbk_and_named_encodings_are_read() {
        let text = "一、总体要求\n（一）指导思想。";
        assert_eq!(decode(text.as_bytes(), None).unwrap().0, text);
        let (gbk, _, _) = GB18030.encode(text);
        assert_eq!(decode(&gbk, None).unwrap(), (text.to_string(), "gb18030"));
        assert_eq!(decode(&gbk, Some("GBK")).unwrap().0, text);
        let (big5, _, _) = encoding_rs::BIG5.encode("第一條　為規範管理");
        assert_eq!(decode(&big5, Some("big5")).unwrap().0, "第一條　為規範管理");
        assert!(
            decode(b"a", Some("klingon"))
                .unwrap_err()
                .contains("unknown encoding")
        );
        let bad = decode(b"ok\nok\n\xff\xff", Some("utf-8")).unwrap_err();
        assert!(bad.starts_with("line 3:"), "{bad}");
    }
}
