//! A sheet's cells streamed one at a time in the order of the file, each with its place, its
//! value and its formula: nothing of the sheet is kept but the cell being read, so a sheet
//! claiming a cell at its far corner costs no more than one at A1.

use quick_xml::events::{BytesStart, Event};

use super::archive::Archive;
use super::dates::ExcelDateTime;
use super::error::{Problem, XlsxError};
use super::formula::SharedFormulas;
use super::reference::{parse_cell, parse_row};
use super::strings::{SharedStrings, rich_text};
use super::styles::CellFormats;
use super::xml::PartXml;
use super::{Data, MAX_CELL_CHARS, MAX_LARGE_PART_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROW};

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// 1-based row.
    pub row: u32,
    /// 0-based column (0 = A).
    pub column: u32,
    /// Its value (for a formula, the result the writer saved).
    pub value: Data,
    /// Its formula without the leading `=`, when it has one.
    pub formula: Option<String>,
}

/// What reading a sheet's cells needs from the workbook.
pub(super) struct Context<'w> {
    pub(super) sheet: String,
    pub(super) part: String,
    pub(super) strings: &'w SharedStrings,
    pub(super) formats: &'w CellFormats,
    pub(super) date1904: bool,
}

/// The cells of one sheet, read as they come; an iterator of cells or of the first problem
/// (after which it ends).
pub struct SheetCells<'w, 'a> {
    xml: PartXml<'w, 'a>,
    context: Context<'w>,
    shared: SharedFormulas,
    /// The row being read, and the column after the last cell read in it (for cells that do
    /// not say where they are).
    row: u32,
    next_column: u32,
    buf: Vec<u8>,
    /// The buffer for the events inside a cell.
    cell_buf: Vec<u8>,
    done: bool,
}

/// A cell's attributes and the elements inside it, before its value is made.
struct RawCell {
    reference: Option<String>,
    kind: Option<String>,
    style: Option<String>,
    value: Option<String>,
    inline: Option<String>,
    formula: Option<(String, Option<String>)>,
}

impl<'w, 'a> SheetCells<'w, 'a> {
    /// Starts reading the sheet part of `context` (a missing part is a damaged workbook).
    pub(super) fn new(
        archive: &'w mut Archive<'a>,
        context: Context<'w>,
    ) -> Result<SheetCells<'w, 'a>, XlsxError> {
        let Some(xml) = PartXml::open(archive, &context.part, MAX_LARGE_PART_BYTES)? else {
            return Err(XlsxError::file(Problem::MissingPart {
                part: context.part.clone(),
                what: "the cells of a sheet",
            }));
        };
        Ok(SheetCells {
            xml,
            context,
            shared: SharedFormulas::default(),
            row: 0,
            next_column: 0,
            buf: Vec::new(),
            cell_buf: Vec::new(),
            done: false,
        })
    }

    /// The next cell with a value or a formula; none at the end of the sheet.
    fn next_cell(&mut self) -> Result<Option<Cell>, XlsxError> {
        // The event buffer is lent out while an event borrows it, so that no element is copied.
        let mut buf = std::mem::take(&mut self.buf);
        let next = self.next_cell_into(&mut buf);
        self.buf = buf;
        next
    }

    /// [`Self::next_cell`], reading events into `buf`.
    fn next_cell_into(&mut self, buf: &mut Vec<u8>) -> Result<Option<Cell>, XlsxError> {
        loop {
            let start = match self.xml.next(buf)? {
                Event::Start(start) => start,
                Event::Eof => return Ok(None),
                _ => continue,
            };
            match start.local_name().as_ref() {
                "row" => self.start_row(&start)?,
                "c" => {
                    let raw = self.raw_cell(&start)?;
                    if let Some(cell) = self.cell(raw)? {
                        return Ok(Some(cell));
                    }
                }
                // Everything else of a sheet (its views, columns, merged cells, validations…)
                // holds no cell; inside the sheet data it is a row's or cell's extension.
                "sheetData" | "worksheet" => {}
                _ => self.xml.skip()?,
            }
        }
    }

    /// A `<row>`: its number, or the one after the previous row when it does not say.
    fn start_row(&mut self, start: &BytesStart<'_>) -> Result<(), XlsxError> {
        self.row = match self.xml.attribute(start, "r")? {
            Some(written) => parse_row(&written).map_err(|bad| {
                self.xml
                    .problem_here(Problem::Reference(bad.words(&written)))
            })?,
            None if self.row < MAX_SHEET_ROW => self.row + 1,
            None => {
                return Err(self.xml.problem_here(Problem::Reference(format!(
                    "a row after the sheet's last ({MAX_SHEET_ROW})"
                ))));
            }
        };
        self.next_column = 0;
        Ok(())
    }

    /// Reads a `<c>` up to its end: its attributes, value, inline text and formula.
    fn raw_cell(&mut self, start: &BytesStart<'_>) -> Result<RawCell, XlsxError> {
        let [reference, kind, style] = self.xml.attributes(start, ["r", "t", "s"])?;
        let mut raw = RawCell {
            reference,
            kind,
            style,
            value: None,
            inline: None,
            formula: None,
        };
        let mut buf = std::mem::take(&mut self.cell_buf);
        let read = self.cell_parts(&mut buf, &mut raw);
        self.cell_buf = buf;
        read.map(|()| raw)
    }

    /// The value, inline text and formula inside a `<c>`, into `raw`, up to the cell's end.
    fn cell_parts(&mut self, buf: &mut Vec<u8>, raw: &mut RawCell) -> Result<(), XlsxError> {
        loop {
            let inner = match self.xml.next(buf)? {
                Event::Start(inner) => inner,
                Event::End(_) => return Ok(()),
                Event::Eof => return Err(self.xml.xml_problem("the part ends inside a cell")),
                _ => continue,
            };
            let too_long = |xml: &PartXml<'_, '_>| {
                xml.problem_here(Problem::Content(format!(
                    "a cell's value is longer than a cell holds ({MAX_CELL_CHARS} characters)"
                )))
            };
            match inner.local_name().as_ref() {
                "v" => raw.value = Some(self.xml.text_of(&inner, MAX_CELL_CHARS, too_long)?),
                "is" => raw.inline = Some(rich_text(&mut self.xml, too_long)?),
                "f" => {
                    let [kind, index] = self.xml.attributes(&inner, ["t", "si"])?;
                    let shared = index.filter(|_| kind.as_deref() == Some("shared"));
                    let text = self.xml.text_of(&inner, MAX_CELL_CHARS, too_long)?;
                    raw.formula = Some((text, shared));
                }
                _ => self.xml.skip()?,
            }
        }
    }

    /// The cell `raw` at its place with its value; none when it holds neither a value nor a
    /// formula.
    fn cell(&mut self, raw: RawCell) -> Result<Option<Cell>, XlsxError> {
        let (row, column) = match &raw.reference {
            Some(written) => parse_cell(written).map_err(|bad| {
                self.xml
                    .problem_here(Problem::Reference(bad.words(written)))
            })?,
            None if self.row == 0 => {
                return Err(self
                    .xml
                    .problem_here(Problem::Reference("a cell outside any row".to_owned())));
            }
            None if self.next_column >= MAX_SHEET_COLUMNS => {
                return Err(self.xml.problem_here(Problem::Reference(
                    "a cell after the sheet's last column, XFD".to_owned(),
                )));
            }
            None => (self.row, self.next_column),
        };
        self.next_column = column + 1;
        let value = self.value(&raw).map_err(|problem| {
            XlsxError::cell(&self.context.sheet, row, column, Problem::Cell(problem))
        })?;
        let formula = raw
            .formula
            .and_then(|(text, shared)| self.shared.formula_of(text, shared, row, column))
            .filter(|text| !text.is_empty());
        if value == Data::Empty && formula.is_none() {
            return Ok(None);
        }
        Ok(Some(Cell {
            row,
            column,
            value,
            formula,
        }))
    }

    /// The value of `raw` by its type (`t`): a number (a date when its style says so), a
    /// shared or inline text, a formula's text result, a boolean, an error, an ISO date.
    fn value(&self, raw: &RawCell) -> Result<Data, String> {
        let kind = raw.kind.as_deref();
        // An inline text is the cell's value whatever its type says (`<v>` is then redundant).
        if let Some(text) = &raw.inline {
            return Ok(Data::String(text.clone()));
        }
        if kind == Some("inlineStr") {
            return Ok(Data::Empty);
        }
        let Some(v) = raw.value.as_deref().filter(|v| !v.is_empty()) else {
            return Ok(Data::Empty);
        };
        match kind {
            Some("s") => self.shared_text(v),
            Some("str") => Ok(Data::String(v.to_owned())),
            Some("b") => match v.trim() {
                "1" | "true" => Ok(Data::Bool(true)),
                "0" | "false" => Ok(Data::Bool(false)),
                _ => Err(format!(
                    "the cell is marked as TRUE or FALSE but holds “{}”",
                    shown(v)
                )),
            },
            Some("e") => Ok(Data::Error(v.to_owned())),
            Some("d") => Ok(Data::DateTimeIso(v.to_owned())),
            Some("n") | None => match v.trim().parse::<f64>() {
                Ok(number) => Ok(self.number(number, raw.style.as_deref())),
                Err(_) if kind.is_none() => Ok(Data::String(v.to_owned())),
                Err(_) => Err(format!(
                    "the cell is marked as a number but holds “{}”",
                    shown(v)
                )),
            },
            Some(other) => Err(format!(
                "the cell has a type “{}” that workbooks do not use",
                shown(other)
            )),
        }
    }

    /// Shared text number `v`.
    fn shared_text(&self, v: &str) -> Result<Data, String> {
        let held = self.context.strings.len();
        let index = v.trim().parse::<usize>().map_err(|_| {
            format!(
                "the cell refers to shared text “{}”, which is not a number",
                shown(v)
            )
        })?;
        self.context
            .strings
            .get(index)
            .map(|text| Data::String(text.to_owned()))
            .ok_or_else(|| {
                format!(
                    "the cell refers to shared text number {index} but the workbook holds only \
                     {held}"
                )
            })
    }

    /// A number, as a date when the cell's style is a date format (a cell without a style is
    /// a plain number; an unreadable style is the first).
    fn number(&self, number: f64, style: Option<&str>) -> Data {
        let Some(style) = style else {
            return Data::Float(number);
        };
        let index = style.trim().parse::<usize>().unwrap_or(0);
        match self.context.formats.date_kind(index) {
            Some(kind) => Data::DateTime(ExcelDateTime::new(number, kind, self.context.date1904)),
            None => Data::Float(number),
        }
    }
}

/// At most 40 characters of `text`, to quote in a message.
fn shown(text: &str) -> String {
    let mut shown: String = text.chars().take(40).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}

impl Iterator for SheetCells<'_, '_> {
    type Item = Result<Cell, XlsxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_cell() {
            Ok(Some(cell)) => Some(Ok(cell)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(problem) => {
                self.done = true;
                Some(Err(problem))
            }
        }
    }
}
