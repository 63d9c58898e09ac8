//! Which cell styles show a number as a date, a time or a duration: a workbook stores a date
//! as a plain number and says only through the cell's style (its number format) that it is
//! one.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::MAX_SMALL_PART_BYTES;
use super::archive::Archive;
use super::dates::ExcelDateKind;
use super::error::XlsxError;
use super::xml::PartXml;

/// For each cell style (`s="…"` of a cell, an index into the styles' `cellXfs`), whether its
/// number format is a date or a duration.
#[derive(Debug, Default)]
pub(super) struct CellFormats {
    kinds: Vec<Option<ExcelDateKind>>,
}

impl CellFormats {
    /// What the style `index` makes of a number; none for a plain number (and for a style the
    /// workbook does not hold).
    pub(super) fn date_kind(&self, index: usize) -> Option<ExcelDateKind> {
        self.kinds.get(index).copied().flatten()
    }
}

/// Reads the styles part `name`: its custom number formats, then its cell styles.
pub(super) fn read(archive: &mut Archive<'_>, name: &str) -> Result<CellFormats, XlsxError> {
    let Some(mut xml) = PartXml::open(archive, name, MAX_SMALL_PART_BYTES)? else {
        return Ok(CellFormats::default());
    };
    let mut custom: HashMap<String, Option<ExcelDateKind>> = HashMap::new();
    let mut kinds = Vec::new();
    let mut in_cell_styles = false;
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "numFmt" => {
                let id = xml.attribute(&e, "numFmtId")?;
                let code = xml.attribute(&e, "formatCode")?;
                if let (Some(id), Some(code)) = (id, code) {
                    custom.insert(id, custom_format_kind(&code));
                }
            }
            Event::Start(e) if e.local_name().as_ref() == "cellXfs" => in_cell_styles = true,
            Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_cell_styles = false,
            Event::Start(e) if in_cell_styles && e.local_name().as_ref() == "xf" => {
                let kind = xml
                    .attribute(&e, "numFmtId")?
                    .and_then(|id| match custom.get(&id) {
                        Some(kind) => *kind,
                        None => builtin_format_kind(&id),
                    });
                kinds.push(kind);
            }
            Event::Eof => return Ok(CellFormats { kinds }),
            _ => {}
        }
    }
}

/// Excel's built-in number formats that are dates or times (they have no code in the file).
fn builtin_format_kind(id: &str) -> Option<ExcelDateKind> {
    match id.parse::<u32>().ok()? {
        14..=22 | 27..=36 | 45 | 47 | 50..=58 => Some(ExcelDateKind::DateTime),
        46 => Some(ExcelDateKind::Duration),
        _ => None,
    }
}

/// Whether a custom number format's code (its first section) shows a date or time — a d, m,
/// y, h or s outside quotes, escapes and brackets, or AM/PM — or a duration (`[h]:mm`, hours
/// in brackets).
fn custom_format_kind(code: &str) -> Option<ExcelDateKind> {
    let (mut escaped, mut quoted, mut am_pm) = (false, false, false);
    let mut brackets = 0u8;
    let mut previous = ' ';
    let mut elapsed = false;
    for c in code.chars() {
        match (c, escaped, quoted, am_pm, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, ..) => quoted = false,
            (_, _, true, ..) => {}
            ('"', ..) => quoted = true,
            (';', ..) => return None,
            ('[', ..) => brackets = brackets.saturating_add(1),
            (']', .., 1) if elapsed => return Some(ExcelDateKind::Duration),
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => am_pm = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return Some(ExcelDateKind::DateTime),
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return Some(ExcelDateKind::DateTime);
            }
            _ => {
                if !(elapsed && c.eq_ignore_ascii_case(&previous)) {
                    elapsed = previous == '[' && matches!(c, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        previous = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats_are_told_from_numbers_and_durations() {
        let date = Some(ExcelDateKind::DateTime);
        let duration = Some(ExcelDateKind::Duration);
        assert_eq!(custom_format_kind("yyyy-mm-dd"), date);
        assert_eq!(custom_format_kind("dd/mm/yyyy hh:mm"), date);
        assert_eq!(custom_format_kind("h:mm AM/PM"), date);
        assert_eq!(custom_format_kind("[h]:mm"), duration);
        assert_eq!(custom_format_kind("[hh]:mm:ss"), duration);
        assert_eq!(custom_format_kind("[mm]:ss"), duration);
        assert_eq!(custom_format_kind("0.00"), None);
        assert_eq!(custom_format_kind("#,##0 \"days\""), None, "quoted letters");
        assert_eq!(custom_format_kind("[Red]0.0"), None, "a colour in brackets");
        assert_eq!(
            custom_format_kind("0;[Red]-0;\"d\""),
            None,
            "first section only"
        );
        assert_eq!(custom_format_kind("\\d0"), None, "an escaped letter");
        assert_eq!(builtin_format_kind("14"), date);
        assert_eq!(builtin_format_kind("22"), date);
        assert_eq!(builtin_format_kind("46"), duration);
        assert_eq!(builtin_format_kind("0"), None);
        assert_eq!(builtin_format_kind("49"), None, "text");
        assert_eq!(builtin_format_kind("x"), None);
    }
}
