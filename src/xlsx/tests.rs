//! The reader on small workbooks written here: what each kind of cell reads as, where the
//! sheet is found, and the XML a workbook never holds.

use std::io::{Cursor, Write};

use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::*;

/// A workbook of `parts` (name, XML), with the package and workbook relationships of one sheet
/// "Response" at `xl/worksheets/data.xml` (not `sheet1.xml`), plus styles and shared strings.
fn workbook(workbook_xml: &str, parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let book_rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let all = [
        ("_rels/.rels", rels),
        ("xl/_rels/workbook.xml.rels", book_rels),
        ("xl/workbook.xml", workbook_xml),
    ];
    for (name, xml) in all.iter().chain(parts) {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const BOOK: &str = r#"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Notes" sheetId="2" r:id="rId99"/><sheet name="Response" sheetId="1" r:id="rId7"/></sheets></workbook>"#;

const STYLES: &str = r#"<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>"#;

const STRINGS: &str = r#"<sst><si><t>plain</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text</t></r><rPh><t>ruby</t></rPh></si></sst>"#;

/// The cells of the sheet "Response" holding `rows`, read with the styles and strings above.
fn cells_of(book: &str, rows: &str) -> Result<Vec<Cell>, XlsxError> {
    let sheet = format!("<worksheet><sheetData>{rows}</sheetData></worksheet>");
    let bytes = workbook(
        book,
        &[
            ("xl/worksheets/data.xml", &sheet),
            ("xl/styles.xml", STYLES),
            ("xl/sharedStrings.xml", STRINGS),
        ],
    );
    let mut book = Workbook::open(&bytes)?;
    assert_eq!(
        book.sheet_names().collect::<Vec<_>>(),
        ["Notes", "Response"]
    );
    let cells = book.cells("Response")?.expect("the sheet");
    cells.collect()
}

fn texts(rows: &str) -> Vec<(u32, u32, String)> {
    cells_of(BOOK, rows)
        .unwrap()
        .into_iter()
        .map(|c| (c.row, c.column, c.value.text()))
        .collect()
}

#[test]
fn each_kind_of_cell_reads_as_its_text() {
    let found = texts(
        r#"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>in &amp; line</t></is></c><c r="D2"><v>7</v></c><c r="E2"><v>7.5</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c><c r="H2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="I2" s="1"/></row>"#,
    );
    assert_eq!(
        found,
        [
            (2, 0, "plain".to_owned()),
            (2, 1, "rich text".to_owned()),
            (2, 2, "in & line".to_owned()),
            (2, 3, "7".to_owned()),
            (2, 4, "7.5".to_owned()),
            (2, 5, "TRUE".to_owned()),
            (2, 6, "#N/A".to_owned()),
            (2, 7, "ab".to_owned()),
        ],
        "an empty styled cell is no cell"
    );
}

#[test]
fn dates_follow_the_cell_style_and_the_workbooks_date_system() {
    let rows = r#"<row r="1"><c r="A1" s="1"><v>46082</v></c><c r="B1" s="2"><v>1.5625</v></c><c r="C1" s="3"><v>46082.5</v></c><c r="D1"><v>46082</v></c><c r="E1" s="0"><v>46082</v></c></row>"#;
    let found: Vec<String> = texts(rows).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        found,
        ["2026-03-01", "37:30", "2026-03-01 12:00", "46082", "46082"]
    );
    let in_1904 = BOOK.replace("<sheets>", r#"<workbookPr date1904="1"/><sheets>"#);
    let cells = cells_of(
        &in_1904,
        r#"<row r="1"><c r="A1" s="1"><v>44621</v></c></row>"#,
    );
    assert_eq!(cells.unwrap()[0].value.text(), "2026-03-02");
}

#[test]
fn cells_without_a_reference_follow_the_previous_one() {
    let found = texts(
        r#"<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>"#,
    );
    let places: Vec<(u32, u32)> = found.iter().map(|(r, c, _)| (*r, *c)).collect();
    assert_eq!(places, [(1, 0), (1, 1), (5, 2), (5, 3)]);
}

#[test]
fn formulas_come_with_their_cells_and_shares_are_moved() {
    let cells = cells_of(
        BOOK,
        r#"<row r="3"><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v>2</v></c></row><row r="4"><c r="B4"><f t="shared" si="0"/><v>4</v></c></row>"#,
    )
    .unwrap();
    let formulas: Vec<Option<&str>> = cells.iter().map(|c| c.formula.as_deref()).collect();
    assert_eq!(formulas, [Some("A3*2"), Some("A4*2")]);
}

#[test]
fn bad_values_are_refused_at_their_cell() {
    for (cell, words) in [
        (
            r#"<c r="D4" t="n"><v>seven</v></c>"#,
            "marked as a number but holds “seven”",
        ),
        (
            r#"<c r="D4" t="b"><v>yes</v></c>"#,
            "marked as TRUE or FALSE but holds “yes”",
        ),
        (
            r#"<c r="D4" t="s"><v>x</v></c>"#,
            "refers to shared text “x”, which is not a number",
        ),
        (
            r#"<c r="D4" t="zz"><v>1</v></c>"#,
            "a type “zz” that workbooks do not use",
        ),
    ] {
        let error = cells_of(BOOK, &format!(r#"<row r="4">{cell}</row>"#)).unwrap_err();
        assert_eq!(
            error.place,
            Place::Cell {
                sheet: "Response".to_owned(),
                row: 4,
                column: 3
            }
        );
        assert!(error.to_string().contains(words), "{error}");
        assert!(
            error.to_string().starts_with("sheet “Response”, cell D4: "),
            "{error}"
        );
    }
}

#[test]
fn deep_nesting_and_overlong_texts_are_refused_in_their_part() {
    let deep = format!("{}{}", "<x>".repeat(300), "</x>".repeat(300));
    let error = cells_of(BOOK, &deep).unwrap_err();
    assert!(
        error.to_string().contains("nested more than 256 deep"),
        "{error}"
    );
    let long = "é".repeat(MAX_CELL_CHARS + 1);
    let cell = format!(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{long}</t></is></c></row>"#);
    let error = cells_of(BOOK, &cell).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the part xl/worksheets/data.xml, line 1, column "),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .contains("longer than a cell holds (32767"),
        "{error}"
    );
    let fits = "é".repeat(MAX_CELL_CHARS);
    let cell = format!(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{fits}</t></is></c></row>"#);
    assert_eq!(cells_of(BOOK, &cell).unwrap()[0].value.text(), fits);
}

#[test]
fn a_sheet_without_its_part_is_refused_only_when_read() {
    let broken = BOOK.replace("rId7", "rId70");
    let bytes = workbook(&broken, &[]);
    let mut book = Workbook::open(&bytes).unwrap();
    let error = book.cells("Response").err().expect("no part for the sheet");
    assert!(
        error.to_string().contains(
            "the sheet “Response” refers to the relationship “rId70”, which \
             xl/_rels/workbook.xml.rels does not hold"
        ),
        "{error}"
    );
    assert!(book.cells("Elsewhere").unwrap().is_none());
}

#[test]
fn prefixed_elements_and_extensions_read_as_excel_reads_them() {
    // As the Open XML SDK writes (a namespace prefix on every element), with extensions
    // around the data that hold no cell.
    let rows = r#"<x:row r="1" x14ac:dyDescent="0.25"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:extLst><x:ext><x:c r="B1"><x:v>9</x:v></x:c></x:ext></x:extLst></x:row>"#;
    let sheet = format!(
        r#"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetViews><x:sheetView/></x:sheetViews><x:sheetData>{rows}</x:sheetData><mc:AlternateContent><mc:Choice Requires="x14"><x:c r="C1"><x:v>1</x:v></x:c></mc:Choice></mc:AlternateContent></x:worksheet>"#
    );
    let bytes = workbook(BOOK, &[("xl/worksheets/data.xml", &sheet)]);
    let mut book = Workbook::open(&bytes).unwrap();
    let cells: Vec<Cell> = book
        .cells("Response")
        .unwrap()
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let texts: Vec<(u32, u32, String)> = cells
        .into_iter()
        .map(|c| (c.row, c.column, c.value.text()))
        .collect();
    assert_eq!(texts, [(1, 0, "prefixed".to_owned())]);
}
