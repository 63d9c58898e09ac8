//! A filled form read into a grid of cell texts with their places, whatever the format: the
//! sheet "Response" (in the tender's language or in English) of an XLSX workbook (values and
//! formulas), or a CSV in UTF-8 separated by commas, semicolons or tabs, each record at the
//! line where it starts.

mod xlsx_form;

use std::collections::BTreeMap;

use crate::catalog::position_of;
use crate::spreadsheet::looks_like_formula;

use super::super::layout::{FORM_COLUMNS, HEADER_ROW};
use super::FormProblem;
use crate::wording::Wording;

pub(super) use xlsx_form::read_xlsx;

/// The form's columns, A to J.
pub(super) const COLUMNS: usize = FORM_COLUMNS.len();

/// A filled form as cell texts, whatever the format: numbers as their shortest text (7, 7.5),
/// CSV cells without the apostrophe that marks formula-like text.
pub(super) struct Grid {
    /// The sheet name for an XLSX form, none for a CSV.
    pub(super) sheet: Option<String>,
    /// Rows by 1-based row number (for a CSV, the line where the record starts).
    pub(super) rows: BTreeMap<u32, Vec<String>>,
    /// Formulas found: 1-based row, 0-based column, the formula.
    pub(super) formulas: Vec<(u32, usize, String)>,
}

impl Grid {
    /// The text of the cell at 1-based `row`, 0-based `col`; empty when there is none.
    pub(super) fn cell(&self, row: u32, col: usize) -> &str {
        self.rows
            .get(&row)
            .and_then(|cells| cells.get(col))
            .map_or("", String::as_str)
    }

    /// "row" in a sheet, "line" in a CSV.
    pub(super) fn row_word(&self) -> &'static str {
        if self.sheet.is_some() { "row" } else { "line" }
    }
}

/// The field separators a CSV form may come with: the comma, the semicolon (as spreadsheets in
/// many European locales save), the tab (a "tab-separated" save). On a tie, the earlier wins.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// A CSV form: UTF-8 with or without a byte-order mark, separated by commas, semicolons or tabs.
pub(super) fn read_csv(bytes: &[u8], path: &str) -> Result<Grid, FormProblem> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err(encoding_problem(bytes, e.valid_up_to(), path)),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_csv(text, delimiter_of(text), path)
}

/// The separator the file is written with, from its structure alone — never from whether its
/// headings are right, so that a wrong heading is reported as that heading and not as a flood
/// of problems read from a wrongly split file. The separator wins under which the heading row
/// has the form's ten fields; then the one under which the most records have ten fields; then
/// the one that splits the records into the most fields (a form with a column added or
/// removed). Fields are counted by the csv reader, so separators inside quotes do not count.
fn delimiter_of(text: &str) -> u8 {
    let mut best = (DELIMITERS[0], (false, 0, 0));
    for delimiter in DELIMITERS {
        let mut score = (false, 0, 0);
        let mut lines = LineCounter::new(text);
        for record in csv_reader(text.as_bytes(), delimiter).records() {
            // Only a read error (none for UTF-8 text in memory) ends the count early.
            let Ok(record) = record else { break };
            let fields = record.len();
            if fields == COLUMNS {
                score.1 += 1;
                let start = record.position().map_or(text.len(), |p| p.byte() as usize);
                score.0 |= lines.line_at(start) == HEADER_ROW;
            }
            score.2 += fields;
        }
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The csv reader for a form: no header record, records of any length (a missing or added
/// field is reported against the form, not refused by the reader).
fn csv_reader(bytes: &[u8], delimiter: u8) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes)
}

/// The records of `text` separated by `delimiter`, by the line where each starts.
fn parse_csv(text: &str, delimiter: u8, path: &str) -> Result<Grid, FormProblem> {
    let mut reader = csv_reader(text.as_bytes(), delimiter);
    let mut rows = BTreeMap::new();
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| FormProblem {
            path: path.to_owned(),
            sheet: None,
            row: e.position().map(|p| lines.line_at(p.byte() as usize)),
            column: None,
            message: Wording::new("form-csv-unreadable").text("reason", e.to_string()),
            expected: Some(Wording::new("form-csv-unreadable-expected")),
            language: "en".to_owned(),
        })?;
        let start = record.position().map_or(text.len(), |p| p.byte() as usize);
        rows.insert(lines.line_at(start), record.iter().map(unguard).collect());
    }
    Ok(Grid {
        sheet: None,
        rows,
        formulas: Vec::new(),
    })
}

/// The 1-based line where a record starts. The csv crate's own line count is of no use here:
/// after a CRLF it places the next record on the line before, so lines are counted from the
/// record's byte offset, past the line break that may precede it (empty lines hold no record).
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `offset` that is not a line break; offsets
    /// must not decrease between calls.
    fn line_at(&mut self, offset: usize) -> u32 {
        let mut start = offset.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start >= self.offset {
            let breaks = self.text[self.offset..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.line += breaks as u32;
            self.offset = start;
        }
        self.line
    }
}

/// A CSV cell without the apostrophe our CSV puts before formula-like text.
fn unguard(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) && rest.parse::<f64>().is_err() => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// The problem for a CSV that is not UTF-8: at the line and field of the first bad byte.
fn encoding_problem(bytes: &[u8], valid: usize, path: &str) -> FormProblem {
    let prefix = String::from_utf8_lossy(&bytes[..valid]);
    let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(&prefix);
    let position = position_of(prefix, prefix.len());
    let line_text = prefix.rsplit('\n').next().unwrap_or("");
    // The separator from the structure of the whole file, as for a readable one; the bad bytes
    // stand in as replacement characters.
    let whole = String::from_utf8_lossy(bytes);
    let delimiter = delimiter_of(whole.strip_prefix('\u{feff}').unwrap_or(&whole));
    // The field the bad byte is in: the number of fields of the unfinished last record.
    let field = if line_text.is_empty() {
        1
    } else {
        csv_reader(prefix.as_bytes(), delimiter)
            .records()
            .filter_map(Result::ok)
            .last()
            .map_or(1, |r| r.len().max(1))
    };
    FormProblem {
        path: path.to_owned(),
        sheet: None,
        row: Some(position.line as u32),
        column: Some(field - 1),
        message: Wording::new("form-not-utf8")
            .text("byte", format!("0x{:02X}", bytes[valid]))
            .number("character", position.col as u64),
        expected: Some(Wording::new("form-not-utf8-expected")),
        language: "en".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophe_is_dropped_only_before_formula_text() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("'-5"), "'-5");
        assert_eq!(unguard("'quoted'"), "'quoted'");
    }

    #[test]
    fn csv_lines_are_counted_after_crlf_and_empty_lines() {
        let text = "a,b\r\n\r\nc,d\r\n\"two\nlines\",e\nf\n";
        let grid = parse_csv(text, b',', "f.csv").unwrap();
        let lines: Vec<u32> = grid.rows.keys().copied().collect();
        assert_eq!(lines, [1, 3, 4, 6]);
        assert_eq!(grid.cell(4, 0), "two\nlines");
    }

    #[test]
    fn the_separator_comes_from_the_structure_not_the_headings() {
        let form = |sep: &str, heading: &str| {
            let row = |cells: [&str; 10]| cells.join(sep);
            let mut lines = vec![
                "Title".to_owned(),
                format!("Bidder name{sep}\"Acme, Inc.; Ltd\""),
                String::new(),
                String::new(),
                String::new(),
            ];
            lines.push(row([
                "No.",
                "Item id",
                "Title",
                "Requirement",
                "MUST/SHOULD",
                "Weight",
                "Proof",
                heading,
                "Evidence reference",
                "Comment",
            ]));
            lines.push(row([
                "1",
                "a:R1",
                "T",
                "x, y; z",
                "MUST",
                "pass/fail",
                "p",
                "",
                "",
                "",
            ]));
            lines.join("\r\n")
        };
        for sep in [",", ";", "\t"] {
            for heading in ["Response", "Answer"] {
                let text = form(sep, heading);
                assert_eq!(delimiter_of(&text), sep.as_bytes()[0], "{text:?}");
            }
        }
        // Quoted separators do not count: one field per record under the semicolon.
        assert_eq!(delimiter_of("\"a;b;c;d;e;f;g;h;i;j\"\n"), b',');
        // A form with a column too many still splits at its own separator.
        assert_eq!(delimiter_of(&"a;b;c;d;e;f;g;h;i;j;k, l\n".repeat(8)), b';');
        assert_eq!(delimiter_of(""), b',');
    }

    #[test]
    fn encoding_problem_names_line_and_field() {
        let bytes = b"a,b\nx,Malm\xF6,y\n";
        let valid = 10;
        assert_eq!(bytes[valid], 0xF6);
        let p = encoding_problem(bytes, valid, "f.csv");
        assert_eq!((p.row, p.column), (Some(2), Some(1)));
        assert!(p.message.to_string().contains("0xF6"), "{}", p.message);

        let bytes = b"a;b\nx;y, z;Malm\xF6;w\n";
        assert_eq!(bytes[15], 0xF6);
        let p = encoding_problem(bytes, 15, "f.csv");
        assert_eq!(
            (p.row, p.column),
            (Some(2), Some(2)),
            "semicolons, a comma in text"
        );
    }
}
