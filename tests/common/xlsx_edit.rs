//! Filling in a workbook the way a spreadsheet program saves it: cells of its first sheet
//! rewritten as inline strings inside the zip, for tests that need a filled questionnaire.

use std::io::{Cursor, Read, Write};

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `xml` with the cell `cell` (such as "E7") holding `text` as an inline string, keeping its
/// style; a cell the sheet lacks is added at the end of its row, a row it lacks at the end of
/// the sheet (so add rows in order).
fn put_inline(xml: &str, cell: &str, text: &str) -> String {
    let inline = |style: &str| {
        format!(
            "<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            xml_escape(text)
        )
    };
    if let Some(start) = xml.find(&format!("<c r=\"{cell}\"")) {
        let tag_end = start + xml[start..].find('>').unwrap();
        let end = if xml[..tag_end].ends_with('/') {
            tag_end + 1
        } else {
            start + xml[start..].find("</c>").unwrap() + "</c>".len()
        };
        let tag = &xml[start..tag_end];
        let style = tag
            .find(" s=\"")
            .map(|s| {
                let rest = &tag[s + 4..];
                format!(" s=\"{}\"", &rest[..rest.find('"').unwrap()])
            })
            .unwrap_or_default();
        return format!("{}{}{}", &xml[..start], inline(&style), &xml[end..]);
    }
    let row = cell.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if let Some(at) = xml.find(&format!("<row r=\"{row}\"")) {
        let close = at + xml[at..].find("</row>").unwrap();
        return format!("{}{}{}", &xml[..close], inline(""), &xml[close..]);
    }
    let close = xml.find("</sheetData>").unwrap();
    format!(
        "{}<row r=\"{row}\">{}</row>{}",
        &xml[..close],
        inline(""),
        &xml[close..]
    )
}

/// The workbook `book` with `cells` (reference, text) filled in on its first sheet.
pub fn edit_xlsx(book: &[u8], cells: &[(&str, &str)]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (cell, text) in cells {
                xml = put_inline(&xml, cell, text);
            }
            bytes = xml.into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}
