//! Reading a bidder's filled response form (XLSX or CSV) back into a [`BidResponse`]. Both
//! formats become one grid of cell texts, checked by one function against the layout the form
//! was written with. Every problem is collected and located (sheet and cell, or line and field);
//! a form with any problem is refused whole, so an evaluation never rests on half a form.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use sha2::{Digest, Sha256};

use crate::catalog::{Library, position_of};
use crate::spreadsheet::looks_like_formula;

use super::form::FormFormat;
use super::layout::{
    BIDDER_LABEL, BIDDER_ROW, COMMENT_COLUMN, EVIDENCE_COLUMN, FORM_COLUMNS, HEADER_ROW,
    REFERENCE_ROW, RESPONSE_COLUMN, RESPONSE_SHEET, column_letter, description_cells,
};
use super::model::Tender;
use super::response::{BidResponse, ItemResponse, ResponseCode};
use crate::spreadsheet::fit;

/// One thing wrong with a filled form, located so that the bidder or the evaluator can go
/// straight to the cell: in an XLSX by sheet and cell, in a CSV by line and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    /// The file as the user named it.
    pub path: String,
    /// The sheet, for an XLSX form; none for a CSV or for a problem with the whole file.
    pub sheet: Option<String>,
    /// The 1-based row in the sheet, or for a CSV the line where the record starts; none when
    /// the whole file is concerned.
    pub row: Option<u32>,
    /// The 0-based column (0 = A, the first field); none when a whole row is concerned.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What was expected instead.
    pub expected: String,
}

impl FormProblem {
    /// The name of the cell's column or field, when the place is in the item table or is the
    /// bidder-name cell, for messages such as "cell H12 (Response)".
    fn column_name(&self) -> Option<&'static str> {
        let (row, col) = (self.row?, self.column?);
        if row >= HEADER_ROW {
            FORM_COLUMNS.get(col).map(|c| c.title)
        } else if row == BIDDER_ROW && col == 1 {
            Some(BIDDER_LABEL)
        } else {
            None
        }
    }
}

impl fmt::Display for FormProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        match &self.sheet {
            Some(sheet) => {
                write!(f, ": sheet “{sheet}”")?;
                match (self.row, self.column) {
                    (Some(row), Some(col)) => write!(f, ", cell {}{row}", column_letter(col))?,
                    (Some(row), None) => write!(f, ", row {row}")?,
                    (None, Some(col)) => write!(f, ", column {}", column_letter(col))?,
                    (None, None) => {}
                }
            }
            None => {
                if let Some(row) = self.row {
                    write!(f, ":{row}")?;
                    if let Some(col) = self.column {
                        write!(f, ":{}", col + 1)?;
                    }
                }
            }
        }
        if let Some(name) = self.column_name() {
            write!(f, " ({name})")?;
        }
        write!(f, ": {}", self.message)?;
        if !self.expected.is_empty() {
            write!(f, "; expected {}", self.expected)?;
        }
        Ok(())
    }
}

/// Why a filled form was refused: every problem found in it. Nothing of the form is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The file as the user named it.
    pub path: String,
    /// Every problem, in the order of the file (whole-file problems first).
    pub problems: Vec<FormProblem>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.problems.is_empty() {
            return write!(f, "{}: the response form could not be read", self.path);
        }
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// The form's columns, A to J.
const COLUMNS: usize = FORM_COLUMNS.len();

/// A filled form as cell texts, whatever the format: numbers as their shortest text (7, 7.5),
/// CSV cells without the apostrophe that marks formula-like text.
struct Grid {
    /// The sheet name for an XLSX form, none for a CSV.
    sheet: Option<String>,
    /// Rows by 1-based row number (for a CSV, the line where the record starts).
    rows: BTreeMap<u32, Vec<String>>,
    /// Formulas found: 1-based row, 0-based column, the formula.
    formulas: Vec<(u32, usize, String)>,
}

impl Grid {
    fn cell(&self, row: u32, col: usize) -> &str {
        self.rows
            .get(&row)
            .and_then(|cells| cells.get(col))
            .map_or("", String::as_str)
    }

    /// "row" in a sheet, "line" in a CSV.
    fn row_word(&self) -> &'static str {
        if self.sheet.is_some() { "row" } else { "line" }
    }
}

/// Reads the filled form at `path` (XLSX or CSV, by its ending) and checks it against `tender`:
/// the layout, the unchanged descriptions, a known answer for every item. Returns the bid with
/// one answer per item in tender order, or every problem found.
pub fn import_response(
    path: &Path,
    tender: &Tender,
    library: &Library,
) -> Result<BidResponse, ImportError> {
    let shown = path.display().to_string();
    let fail = |problem: FormProblem| ImportError {
        path: shown.clone(),
        problems: vec![problem],
    };
    let Some(format) = FormFormat::from_path(path) else {
        return Err(fail(whole_file(
            &shown,
            "the file name ends neither in .xlsx nor in .csv",
            "a response form saved as .xlsx (Excel workbook) or .csv (CSV UTF-8)",
        )));
    };
    let bytes = std::fs::read(path).map_err(|e| {
        fail(whole_file(
            &shown,
            format!("cannot read the file: {e}"),
            "a readable file",
        ))
    })?;
    import_response_bytes(&bytes, format, &shown, tender, library)
}

/// Reads a filled form from its bytes, as [`import_response`] does once the file is read:
/// `shown` names the file in problems. For readers of bytes that are not in a file (the fuzz
/// harnesses feed it millions of inputs without touching the disk).
pub fn import_response_bytes(
    bytes: &[u8],
    format: FormFormat,
    shown: &str,
    tender: &Tender,
    library: &Library,
) -> Result<BidResponse, ImportError> {
    let fail = |problem: FormProblem| ImportError {
        path: shown.to_owned(),
        problems: vec![problem],
    };
    if bytes.is_empty() {
        return Err(fail(whole_file(
            shown,
            "the file is empty (0 bytes)",
            "a filled response form",
        )));
    }
    let grid = match format {
        FormFormat::Xlsx => read_xlsx(bytes, shown),
        FormFormat::Csv => read_csv(bytes, shown),
    }
    .map_err(fail)?;
    let (bidder, answers) =
        check(&grid, shown, tender, library).map_err(|problems| ImportError {
            path: shown.to_owned(),
            problems,
        })?;
    let digest = Sha256::digest(bytes);
    Ok(BidResponse {
        bidder,
        source: shown.to_owned(),
        fingerprint: digest.iter().map(|b| format!("{b:02x}")).collect(),
        answers,
    })
}

fn whole_file(path: &str, message: impl Into<String>, expected: impl Into<String>) -> FormProblem {
    FormProblem {
        path: path.to_owned(),
        sheet: None,
        row: None,
        column: None,
        message: message.into(),
        expected: expected.into(),
    }
}

/// The sheet "Response" of an XLSX workbook, values and formulas.
fn read_xlsx(bytes: &[u8], path: &str) -> Result<Grid, FormProblem> {
    let expected = "a workbook saved as .xlsx (Excel 2007 or later)";
    let unreadable = |e: calamine::XlsxError| match e {
        calamine::XlsxError::Zip(_) => whole_file(
            path,
            "the file is not an XLSX workbook (it is not a zip archive)",
            expected,
        ),
        other => whole_file(
            path,
            format!("the workbook cannot be read: {other}"),
            expected,
        ),
    };
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let names = book.sheet_names();
    if !names.iter().any(|n| n == RESPONSE_SHEET) {
        let found = if names.is_empty() {
            "none".to_owned()
        } else {
            names
                .iter()
                .map(|n| format!("“{n}”"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(whole_file(
            path,
            format!("the workbook has no sheet “{RESPONSE_SHEET}” (its sheets: {found})"),
            format!("the sheet “{RESPONSE_SHEET}” of the form as sent out, not renamed"),
        ));
    }
    let values = book.worksheet_range(RESPONSE_SHEET).map_err(unreadable)?;
    let formulas = book.worksheet_formula(RESPONSE_SHEET).map_err(unreadable)?;
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    if let Some((top, left)) = values.start() {
        for (r, c, value) in values.used_cells() {
            let text = data_text(value);
            if text.is_empty() {
                continue;
            }
            let row = top + r as u32 + 1;
            let col = left as usize + c;
            let cells = rows.entry(row).or_default();
            if cells.len() <= col {
                cells.resize(col + 1, String::new());
            }
            cells[col] = text;
        }
    }
    let mut found = Vec::new();
    if let Some((top, left)) = formulas.start() {
        for (r, c, formula) in formulas.used_cells() {
            found.push((top + r as u32 + 1, left as usize + c, formula.clone()));
        }
    }
    Ok(Grid {
        sheet: Some(RESPONSE_SHEET.to_owned()),
        rows,
        formulas: found,
    })
}

/// A cell's value as text: numbers in their shortest form (7, not 7.0), dates as ISO dates.
fn data_text(value: &Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::DateTime(moment) => excel_date_text(moment),
        other => other.to_string(),
    }
}

/// An Excel date or time as a person typed it rather than as its serial number: a date as
/// YYYY-MM-DD, with HH:MM (and :SS when there are seconds) when it has a time of day; a time
/// alone (serial below 1) as HH:MM; a duration as hours:MM, as Excel shows `[h]:mm`. calamine
/// does the calendar: days from 1899-12-30 (Excel's 1900 leap-year bug below serial 61
/// included) or from 1904-01-01 in a 1904-based workbook.
fn excel_date_text(moment: &calamine::ExcelDateTime) -> String {
    let clock = |hour: u64, min: u8, sec: u8| {
        if sec == 0 {
            format!("{hour:02}:{min:02}")
        } else {
            format!("{hour:02}:{min:02}:{sec:02}")
        }
    };
    let serial = moment.as_f64();
    if moment.is_duration() {
        // Whole seconds, rounded, so that 1:30 does not come back as 1:29:59.
        let seconds = (serial.abs() * 86_400.0).round() as u64;
        let sign = if serial < 0.0 && seconds > 0 { "-" } else { "" };
        let text = clock(
            seconds / 3600,
            (seconds / 60 % 60) as u8,
            (seconds % 60) as u8,
        );
        return format!("{sign}{text}");
    }
    let (year, month, day, hour, min, sec, _) = moment.to_ymd_hms_milli();
    let time = clock(u64::from(hour), min, sec);
    if (0.0..1.0).contains(&serial) {
        time
    } else if (hour, min, sec) == (0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02} {time}")
    }
}

/// The field separators a CSV form may come with: the comma, the semicolon (as spreadsheets in
/// many European locales save), the tab (a "tab-separated" save). On a tie, the earlier wins.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// A CSV form: UTF-8 with or without a byte-order mark, separated by commas, semicolons or tabs.
fn read_csv(bytes: &[u8], path: &str) -> Result<Grid, FormProblem> {
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
            message: format!("the CSV cannot be read: {e}"),
            expected: "a CSV saved by a spreadsheet program".to_owned(),
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
        message: format!(
            "the file is not UTF-8 text: byte 0x{:02X} (character {} of the line)",
            bytes[valid], position.col
        ),
        expected: "a CSV saved as UTF-8 (“CSV UTF-8” in the spreadsheet's Save as)".to_owned(),
    }
}

/// Whitespace (line breaks included) collapsed, for comparing descriptions.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when a cell holds `expected`: the same words, or the same number (7, "7", 7.0).
fn same(found: &str, expected: &str) -> bool {
    let (found, expected) = (normalise(found), normalise(expected));
    found == expected
        || matches!(
            (found.parse::<f64>(), expected.parse::<f64>()),
            (Ok(a), Ok(b)) if a == b
        )
}

/// `text` quoted for a message, cut to a readable length.
fn quote(text: &str) -> String {
    const LONGEST: usize = 80;
    let text = normalise(text);
    if text.chars().count() > LONGEST {
        let cut: String = text.chars().take(LONGEST).collect();
        format!("“{cut}…”")
    } else {
        format!("“{text}”")
    }
}

/// Checks a grid against the tender: the bidder's name, the reference, the headings, no
/// formulas, nothing right of the form, and every item's row. Returns the bidder and the answers
/// in tender order, or every problem in the order of the file.
fn check(
    grid: &Grid,
    path: &str,
    tender: &Tender,
    library: &Library,
) -> Result<(String, Vec<ItemResponse>), Vec<FormProblem>> {
    let at = |row: u32, column: Option<usize>, message: String, expected: String| FormProblem {
        path: path.to_owned(),
        sheet: grid.sheet.clone(),
        row: Some(row),
        column,
        message,
        expected,
    };
    let mut problems = Vec::new();
    let blank = |cells: &Vec<String>| cells.iter().all(|c| c.trim().is_empty());
    if grid.rows.values().all(blank) {
        let mut problem = whole_file(
            path,
            "the form holds no values",
            "the response form as sent out, filled in",
        );
        problem.sheet = grid.sheet.clone();
        return Err(vec![problem]);
    }

    for (row, col, formula) in &grid.formulas {
        problems.push(at(
            *row,
            Some(*col),
            format!("a formula (={formula})"),
            "a typed value, not a formula".to_owned(),
        ));
    }

    // Anything right of the form: one problem per extra column, at its first value.
    let mut extra: BTreeMap<usize, u32> = BTreeMap::new();
    for (row, cells) in &grid.rows {
        for (col, cell) in cells.iter().enumerate().skip(COLUMNS) {
            if !cell.trim().is_empty() {
                extra.entry(col).or_insert(*row);
            }
        }
    }
    for (col, row) in &extra {
        problems.push(at(
            *row,
            Some(*col),
            format!(
                "a value outside the form's columns A to J: {}",
                quote(grid.cell(*row, *col))
            ),
            format!(
                "nothing right of column {}; remarks belong in Comment",
                column_letter(COLUMNS - 1)
            ),
        ));
    }

    let bidder = grid.cell(BIDDER_ROW, 1).trim().to_owned();
    if bidder.is_empty() {
        problems.push(at(
            BIDDER_ROW,
            Some(1),
            "the bidder name is empty".to_owned(),
            format!("the bidder's name in cell B{BIDDER_ROW}"),
        ));
    }
    let reference = grid.cell(REFERENCE_ROW, 1);
    if !tender.reference.is_empty() && !same(reference, &tender.reference) {
        problems.push(at(
            REFERENCE_ROW,
            Some(1),
            format!("the form is for tender {}", quote(reference)),
            format!(
                "“{}”, this tender's reference (use the form sent out for it)",
                tender.reference
            ),
        ));
    }

    let headings_empty = (0..COLUMNS).all(|col| grid.cell(HEADER_ROW, col).trim().is_empty());
    let mut headings_ok = true;
    if headings_empty {
        headings_ok = false;
        problems.push(at(
            HEADER_ROW,
            None,
            "the column headings are missing".to_owned(),
            format!(
                "the headings {} on {} {HEADER_ROW}, as in the form sent out",
                FORM_COLUMNS
                    .iter()
                    .map(|c| format!("“{}”", c.title))
                    .collect::<Vec<_>>()
                    .join(", "),
                grid.row_word()
            ),
        ));
    } else {
        for (col, column) in FORM_COLUMNS.iter().enumerate() {
            let found = grid.cell(HEADER_ROW, col);
            if !same(found, column.title) {
                headings_ok = false;
                let message = if found.trim().is_empty() {
                    "the heading is missing".to_owned()
                } else {
                    format!("the heading {} is not the form's", quote(found))
                };
                problems.push(at(
                    HEADER_ROW,
                    Some(col),
                    message,
                    format!(
                        "“{}” (columns are not to be added, removed or reordered)",
                        column.title
                    ),
                ));
            }
        }
    }

    // With other columns than the form's, every item cell would be read from the wrong place:
    // the item rows are checked only under the form's own headings.
    let mut answers: Vec<Option<ItemResponse>> = vec![None; tender.items.len()];
    if headings_ok {
        let mut seen: Vec<Option<u32>> = vec![None; tender.items.len()];
        let mut end = HEADER_ROW;
        for (&row, cells) in grid.rows.range(HEADER_ROW + 1..) {
            if cells.iter().take(COLUMNS).all(|c| c.trim().is_empty()) {
                continue;
            }
            end = row;
            let id = grid.cell(row, 1).trim();
            let Some(index) = tender.items.iter().position(|i| i.requirement == id) else {
                problems.push(if id.is_empty() {
                    let first = cells.iter().find(|c| !c.trim().is_empty());
                    at(
                        row,
                        Some(1),
                        format!(
                            "a row with no item id ({})",
                            quote(first.map_or("", String::as_str))
                        ),
                        "only the item rows of the form sent out (remarks belong in Comment)"
                            .to_owned(),
                    )
                } else {
                    at(
                        row,
                        Some(1),
                        format!("unknown item {}: not in this tender", quote(id)),
                        "an item id of this tender, as in the form sent out".to_owned(),
                    )
                });
                continue;
            };
            let number = index + 1;
            if let Some(first) = seen[index] {
                problems.push(at(
                    row,
                    Some(1),
                    format!(
                        "a second row for item {number} ({id}); the first is {} {first}",
                        grid.row_word()
                    ),
                    "one row per item".to_owned(),
                ));
                continue;
            }
            seen[index] = Some(row);
            let description = description_cells(tender, index, library);
            for (col, expected) in description.iter().enumerate() {
                let found = grid.cell(row, col);
                if !same(found, expected) && !same(found, fit(expected)) {
                    problems.push(at(
                        row,
                        Some(col),
                        format!(
                            "the description of item {number} was changed: {}",
                            quote(found)
                        ),
                        format!(
                            "{} as sent out (columns A to G are not to be changed)",
                            quote(expected)
                        ),
                    ));
                }
            }
            let response = grid.cell(row, RESPONSE_COLUMN).trim();
            let evidence = grid.cell(row, EVIDENCE_COLUMN).trim();
            let comment = grid.cell(row, COMMENT_COLUMN).trim();
            let choices = format!("one of {}", ResponseCode::choices());
            let code = if response.is_empty() {
                problems.push(at(
                    row,
                    Some(RESPONSE_COLUMN),
                    format!("no response for item {number}"),
                    choices,
                ));
                None
            } else {
                let code = ResponseCode::parse(response);
                if code.is_none() {
                    problems.push(at(
                        row,
                        Some(RESPONSE_COLUMN),
                        format!("{} is not a response", quote(response)),
                        choices,
                    ));
                }
                code
            };
            let Some(code) = code else { continue };
            if code != ResponseCode::DoesNotMeet && evidence.is_empty() {
                problems.push(at(
                    row,
                    Some(EVIDENCE_COLUMN),
                    format!("“{}” without an evidence reference", code.label()),
                    "where the proof is: a URL, a document with page, a test account".to_owned(),
                ));
            }
            if code == ResponseCode::MeetsEquivalent && comment.is_empty() {
                problems.push(at(
                    row,
                    Some(COMMENT_COLUMN),
                    "“Meets by equivalent” without a comment".to_owned(),
                    "what is offered instead and why it is equivalent".to_owned(),
                ));
            }
            answers[index] = Some(ItemResponse {
                requirement: id.to_owned(),
                code,
                evidence: evidence.to_owned(),
                comment: comment.to_owned(),
            });
        }
        for (index, item) in tender.items.iter().enumerate() {
            if seen[index].is_none() {
                problems.push(at(
                    end + 1,
                    None,
                    format!("missing row for item {} ({})", index + 1, item.requirement),
                    "a row for every item of the tender, as in the form sent out".to_owned(),
                ));
            }
        }
    }

    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.row, p.column));
        return Err(problems);
    }
    // No problem means every item has its answer.
    Ok((bidder, answers.into_iter().flatten().collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(sheet: Option<&str>, row: u32, column: Option<usize>) -> FormProblem {
        FormProblem {
            path: "bids/acme.x".to_owned(),
            sheet: sheet.map(str::to_owned),
            row: Some(row),
            column,
            message: "“Yes” is not a response".to_owned(),
            expected: format!("one of {}", ResponseCode::choices()),
        }
    }

    #[test]
    fn problems_name_the_cell_or_the_line_and_field() {
        assert_eq!(
            problem(Some("Response"), 12, Some(7)).to_string(),
            "bids/acme.x: sheet “Response”, cell H12 (Response): “Yes” is not a response; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”"
        );
        assert_eq!(
            problem(None, 12, Some(7)).to_string(),
            "bids/acme.x:12:8 (Response): “Yes” is not a response; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”"
        );
        assert!(
            problem(Some("Response"), 2, Some(1))
                .to_string()
                .contains("cell B2 (Bidder name): ")
        );
        assert!(
            problem(Some("Response"), 20, None)
                .to_string()
                .starts_with("bids/acme.x: sheet “Response”, row 20: ")
        );
    }

    #[test]
    fn numbers_and_spacing_compare_equal() {
        assert!(same("7", "7"));
        assert!(same("7.0", "7"));
        assert!(same(&data_text(&Data::Float(7.0)), "7"));
        assert!(same(&data_text(&Data::Int(20)), "20"));
        assert!(same(" two\r\nlines  here ", "two lines here"));
        assert!(!same("7.5", "7"));
        assert!(!same("Meets", "meets"));
    }

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
    fn excel_dates_read_as_iso_dates_not_serial_numbers() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        let text = |serial: f64, kind: ExcelDateTimeType, is_1904: bool| {
            data_text(&Data::DateTime(ExcelDateTime::new(serial, kind, is_1904)))
        };
        let date = |serial: f64| text(serial, ExcelDateTimeType::DateTime, false);
        assert_eq!(date(46082.0), "2026-03-01");
        assert_eq!(date(46082.5), "2026-03-01 12:00");
        assert_eq!(
            date(46082.0 + (14.0 * 60.0 + 30.0) / 1440.0),
            "2026-03-01 14:30"
        );
        assert_eq!(date(45943.541), "2025-10-13 12:59:02");
        assert_eq!(date(1.0), "1900-01-01");
        // Excel's 1900 leap-year bug: serial 60 is its 29 February 1900, 61 is 1 March.
        assert_eq!(date(59.0), "1900-02-28");
        assert_eq!(date(61.0), "1900-03-01");
        assert_eq!(date(0.75), "18:00", "a time alone");
        assert_eq!(
            text(44621.0, ExcelDateTimeType::DateTime, true),
            "2026-03-02",
            "1904-based workbook"
        );
        assert_eq!(text(1.5625, ExcelDateTimeType::TimeDelta, false), "37:30");
        assert_eq!(
            data_text(&Data::DateTimeIso("2026-03-01T10:00:00".to_owned())),
            "2026-03-01T10:00:00"
        );
        assert_eq!(data_text(&Data::DurationIso("PT1H".to_owned())), "PT1H");
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
        assert!(p.message.contains("0xF6"), "{}", p.message);

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
