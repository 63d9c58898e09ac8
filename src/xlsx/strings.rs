//! Texts of a workbook: the shared strings part (the table of texts that cells refer to by
//! number), and the rich text that both it and a cell's inline string are written as — runs of
//! text concatenated, phonetic guides left out. Every text is capped at Excel's cell limit, and
//! the table in number and in total size.

use quick_xml::events::Event;

use super::archive::Archive;
use super::error::{Problem, XlsxError};
use super::xml::PartXml;
use super::{MAX_CELL_CHARS, MAX_LARGE_PART_BYTES, MAX_SHARED_STRINGS, MAX_SHARED_TEXT_BYTES};

/// The shared strings, all in one buffer (a hostile table of a million short texts costs
/// four bytes of bookkeeping each, not a `String` each).
#[derive(Debug, Default)]
pub(super) struct SharedStrings {
    text: String,
    /// Where each text ends in `text`.
    ends: Vec<u32>,
}

impl SharedStrings {
    /// Text number `index` (0-based), if the table holds it.
    pub(super) fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = match index {
            0 => 0,
            _ => self.ends[index - 1] as usize,
        };
        self.text.get(start..end)
    }

    /// How many texts the table holds.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    fn push(&mut self, text: &str) {
        self.text.push_str(text);
        // The total is capped far below 4 GiB before anything is pushed.
        self.ends.push(self.text.len() as u32);
    }
}

/// Reads the shared strings part `name` within its caps; none is an empty table.
pub(super) fn read_shared(
    archive: &mut Archive<'_>,
    name: &str,
) -> Result<SharedStrings, XlsxError> {
    let mut strings = SharedStrings::default();
    let Some(mut xml) = PartXml::open(archive, name, MAX_LARGE_PART_BYTES)? else {
        return Ok(strings);
    };
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "si" => {
                if strings.len() >= MAX_SHARED_STRINGS {
                    return Err(XlsxError::part(
                        name,
                        Problem::TooManyStrings {
                            max: MAX_SHARED_STRINGS,
                        },
                    ));
                }
                let text = rich_text(&mut xml, shared_too_long)?;
                if strings.text.len() + text.len() > MAX_SHARED_TEXT_BYTES {
                    return Err(XlsxError::part(
                        name,
                        Problem::TooMuchText {
                            max_mib: MAX_SHARED_TEXT_BYTES >> 20,
                        },
                    ));
                }
                strings.push(&text);
            }
            Event::Eof => return Ok(strings),
            _ => {}
        }
    }
}

/// The text of the rich-text element just started (`<si>` or `<is>`): its `<t>`, or the `<t>`
/// of each of its runs `<r>`, concatenated; phonetic guides (`<rPh>`) and run properties are
/// left out. At most [`MAX_CELL_CHARS`] characters (UTF-16 units, as Excel counts them), beyond
/// which it is the caller's problem `too_long`.
pub(super) fn rich_text(
    xml: &mut PartXml<'_, '_>,
    too_long: impl Fn(&PartXml<'_, '_>) -> XlsxError + Copy,
) -> Result<String, XlsxError> {
    let mut text = String::new();
    let mut units = 0usize;
    let mut buf = Vec::new();
    // 0 inside the element itself, 1 inside a run.
    let mut depth = 0u8;
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "t" => {
                let part = xml.text_of(&e, MAX_CELL_CHARS - units, too_long)?;
                units += utf16_len(&part);
                if units > MAX_CELL_CHARS {
                    return Err(too_long(xml));
                }
                text.push_str(&part);
            }
            Event::Start(e) if depth == 0 && e.local_name().as_ref() == "r" => depth = 1,
            Event::Start(_) => xml.skip()?,
            Event::End(_) if depth == 1 => depth = 0,
            Event::End(_) => return Ok(text),
            Event::Eof => return Err(xml.xml_problem("the part ends inside a text")),
            _ => {}
        }
    }
}

/// The length of `text` in UTF-16 units, as Excel counts a cell's characters.
pub(super) fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The problem of a shared text longer than a cell holds.
fn shared_too_long(xml: &PartXml<'_, '_>) -> XlsxError {
    xml.problem_here(Problem::Content(format!(
        "a shared text is longer than a cell holds ({MAX_CELL_CHARS} characters)"
    )))
}
