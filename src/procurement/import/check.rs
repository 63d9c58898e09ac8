//! A grid checked against the tender: the bidder's name, the reference, the headings, no
//! formulas, nothing right of the form, and every item's row with a known answer. Every
//! problem is located; the answers come back only when there is none. The form's words
//! (headings, descriptions, responses) are read in the tender's language and in English, as
//! forms were written before they were translated.

use std::collections::{BTreeMap, HashMap};

use crate::catalog::Library;
use crate::spreadsheet::{CELL_LIMIT, fit};
use crate::wording::Wording;
use crate::words::Words;

use super::super::layout::{
    BIDDER_ROW, COMMENT_COLUMN, EVIDENCE_COLUMN, FORM_COLUMNS, HEADER_ROW, REFERENCE_ROW,
    REQUIREMENT_COLUMN, RESPONSE_COLUMN, column_letter, description_cells_in,
    item_texts_as_written_before,
};
use super::super::model::Tender;
use super::super::response::{ItemResponse, ResponseCode};
use super::grid::{COLUMNS, Grid};
use super::{FormProblem, whole_file};

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

/// `text` quoted for a message, cut to a readable length, with any control character (a NUL,
/// say) shown by its code, since a terminal or a window would show it as nothing.
fn quote(text: &str) -> String {
    const LONGEST: usize = 80;
    let text: String = normalise(text)
        .chars()
        .map(|c| {
            if c.is_control() {
                format!("<U+{:04X}>", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect();
    if text.chars().count() > LONGEST {
        let cut: String = text.chars().take(LONGEST).collect();
        format!("“{cut}…”")
    } else {
        format!("“{text}”")
    }
}

/// Checks a grid against the tender: the bidder's name, the reference, the headings, no
/// formulas, nothing right of the form, and every item's row. Returns the bidder and the answers
/// in tender order, or every problem in the order of the file. `library` is in the tender's
/// language, `words` are the tender's.
pub(super) fn check(
    grid: &Grid,
    path: &str,
    tender: &Tender,
    library: &Library,
    words: &Words,
) -> Result<(String, Vec<ItemResponse>), Vec<FormProblem>> {
    let blank = |cells: &Vec<String>| cells.iter().all(|c| c.trim().is_empty());
    if grid.rows.values().all(blank) {
        let mut problem = whole_file(
            path,
            Wording::new("form-no-values"),
            Wording::new("form-no-values-expected"),
        );
        problem.sheet = grid.sheet.clone();
        problem.language = words.language().to_owned();
        return Err(vec![problem]);
    }
    let mut checker = Checker {
        grid,
        path,
        words,
        english: Words::english(),
        problems: Vec::new(),
    };
    checker.formulas_and_extra_columns();
    checker.overlong_cells();
    let bidder = checker.bidder_and_reference(tender);
    // With other columns than the form's, every item cell would be read from the wrong place:
    // the item rows are checked only under the form's own headings.
    let mut answers: Vec<Option<ItemResponse>> = vec![None; tender.items.len()];
    if checker.headings() {
        answers = checker.items(tender, library);
    }
    let language = checker.form_language().to_owned();
    let mut problems = checker.problems;
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.row, p.column));
        for problem in &mut problems {
            problem.language.clone_from(&language);
        }
        return Err(problems);
    }
    // No problem means every item has its answer.
    Ok((bidder, answers.into_iter().flatten().collect()))
}

/// The grid being checked, the words it is read in and the problems found so far.
struct Checker<'a> {
    grid: &'a Grid,
    path: &'a str,
    /// The tender's words.
    words: &'a Words,
    /// English words, which forms had before they were translated.
    english: Words,
    problems: Vec<FormProblem>,
}

impl Checker<'_> {
    /// The language of the form's own words: English when its headings are the English ones
    /// and not the tender language's (a form written before forms were translated), else the
    /// tender's.
    fn form_language(&self) -> &str {
        let count = |words: &Words| {
            FORM_COLUMNS
                .iter()
                .enumerate()
                .filter(|(col, c)| same(self.grid.cell(HEADER_ROW, *col), &c.title_in(words)))
                .count()
        };
        if self.words.language() != "en" && count(&self.english) > count(self.words) {
            "en"
        } else {
            self.words.language()
        }
    }

    /// Records a problem at `row` (and `column`, when one cell is concerned).
    fn at(&mut self, row: u32, column: Option<usize>, message: Wording, expected: Wording) {
        self.problems.push(FormProblem {
            path: self.path.to_owned(),
            sheet: self.grid.sheet.clone(),
            row: Some(row),
            column,
            message,
            expected: Some(expected),
            language: self.words.language().to_owned(),
        });
    }

    /// Formulas, and anything right of the form: one problem per extra column, at its first
    /// value.
    fn formulas_and_extra_columns(&mut self) {
        let grid = self.grid;
        for (row, col, formula) in &grid.formulas {
            self.at(
                *row,
                Some(*col),
                Wording::new("form-formula").text("formula", format!("={formula}")),
                Wording::new("form-formula-expected"),
            );
        }
        let mut extra: BTreeMap<usize, u32> = BTreeMap::new();
        for (row, cells) in &grid.rows {
            for (col, cell) in cells.iter().enumerate().skip(COLUMNS) {
                if !cell.trim().is_empty() {
                    extra.entry(col).or_insert(*row);
                }
            }
        }
        for (col, row) in &extra {
            self.at(
                *row,
                Some(*col),
                Wording::new("form-outside-columns").text("value", quote(grid.cell(*row, *col))),
                Wording::new("form-outside-columns-expected")
                    .text("last", column_letter(COLUMNS - 1)),
            );
        }
    }

    /// Cells longer than a spreadsheet cell holds ([`CELL_LIMIT`] UTF-16 units): no form sent
    /// out can come back with one, and laying out megabytes of comment would stall the
    /// evaluation report.
    fn overlong_cells(&mut self) {
        let grid = self.grid;
        for (row, cells) in &grid.rows {
            for (col, cell) in cells.iter().enumerate().take(COLUMNS) {
                if fit(cell).len() < cell.len() {
                    let units: usize = cell.chars().map(char::len_utf16).sum();
                    self.at(
                        *row,
                        Some(col),
                        Wording::new("form-overlong").number("units", units as u64),
                        Wording::new("form-overlong-expected").number("limit", CELL_LIMIT as u64),
                    );
                }
            }
        }
    }

    /// The bidder's name (returned) and the tender's reference.
    fn bidder_and_reference(&mut self, tender: &Tender) -> String {
        let bidder = self.grid.cell(BIDDER_ROW, 1).trim().to_owned();
        if bidder.is_empty() {
            self.at(
                BIDDER_ROW,
                Some(1),
                Wording::new("form-no-bidder"),
                Wording::new("form-no-bidder-expected").text("cell", format!("B{BIDDER_ROW}")),
            );
        }
        let reference = self.grid.cell(REFERENCE_ROW, 1);
        if !tender.reference.is_empty() && !same(reference, &tender.reference) {
            self.at(
                REFERENCE_ROW,
                Some(1),
                Wording::new("form-other-tender").text("found", quote(reference)),
                Wording::new("form-other-tender-expected")
                    .text("reference", quote(&tender.reference)),
            );
        }
        bidder
    }

    /// The column headings; returns true when they are the form's.
    fn headings(&mut self) -> bool {
        let grid = self.grid;
        if (0..COLUMNS).all(|col| grid.cell(HEADER_ROW, col).trim().is_empty()) {
            self.at(
                HEADER_ROW,
                None,
                Wording::new("form-no-headings"),
                Wording::new("form-no-headings-expected")
                    .text(
                        "headings",
                        FORM_COLUMNS
                            .iter()
                            .map(|c| quote(&c.title_in(self.words)))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .text("unit", grid.row_word())
                    .number("row", HEADER_ROW),
            );
            return false;
        }
        let mut headings_ok = true;
        for (col, column) in FORM_COLUMNS.iter().enumerate() {
            let found = grid.cell(HEADER_ROW, col);
            let title = column.title_in(self.words);
            if !same(found, &title) && !same(found, column.title) {
                headings_ok = false;
                let message = if found.trim().is_empty() {
                    Wording::new("form-heading-missing")
                } else {
                    Wording::new("form-heading-wrong").text("found", quote(found))
                };
                self.at(
                    HEADER_ROW,
                    Some(col),
                    message,
                    Wording::new("form-heading-expected").text("heading", quote(&title)),
                );
            }
        }
        headings_ok
    }

    /// Every row below the headings: each item once, none unknown, none missing. Returns the
    /// answers by item index.
    fn items(&mut self, tender: &Tender, library: &Library) -> Vec<Option<ItemResponse>> {
        let grid = self.grid;
        let mut answers: Vec<Option<ItemResponse>> = vec![None; tender.items.len()];
        let mut seen: Vec<Option<u32>> = vec![None; tender.items.len()];
        let mut end = HEADER_ROW;
        // Item index by id, so that a form of many rows is checked in linear time.
        let mut index_of: HashMap<&str, usize> = HashMap::with_capacity(tender.items.len());
        for (index, item) in tender.items.iter().enumerate() {
            index_of.entry(item.requirement.as_str()).or_insert(index);
        }
        for (&row, cells) in grid.rows.range(HEADER_ROW + 1..) {
            if cells.iter().take(COLUMNS).all(|c| c.trim().is_empty()) {
                continue;
            }
            end = row;
            let id = grid.cell(row, 1).trim();
            let Some(&index) = index_of.get(id) else {
                self.not_an_item(row, id, cells);
                continue;
            };
            let number = index + 1;
            if let Some(first) = seen[index] {
                self.at(
                    row,
                    Some(1),
                    Wording::new("form-second-row")
                        .number("number", number as u64)
                        .text("id", id)
                        .text("unit", grid.row_word())
                        .number("first", first),
                    Wording::new("form-second-row-expected"),
                );
                continue;
            }
            seen[index] = Some(row);
            self.description(row, tender, index, library);
            answers[index] = self.answer(row, number, id);
        }
        for (index, item) in tender.items.iter().enumerate() {
            if seen[index].is_none() {
                self.at(
                    end + 1,
                    None,
                    Wording::new("form-missing-row")
                        .number("number", (index + 1) as u64)
                        .text("id", item.requirement.as_str()),
                    Wording::new("form-missing-row-expected"),
                );
            }
        }
        answers
    }

    /// A row whose id is empty or not an item of the tender.
    fn not_an_item(&mut self, row: u32, id: &str, cells: &[String]) {
        if id.is_empty() {
            let first = cells.iter().find(|c| !c.trim().is_empty());
            self.at(
                row,
                Some(1),
                Wording::new("form-no-item-id")
                    .text("first", quote(first.map_or("", String::as_str))),
                Wording::new("form-no-item-id-expected"),
            );
        } else {
            self.at(
                row,
                Some(1),
                Wording::new("form-unknown-item").text("id", quote(id)),
                Wording::new("form-unknown-item-expected"),
            );
        }
    }

    /// The item's description cells, unchanged from the form sent out. A form written before
    /// forms were translated has the English words in the MUST/SHOULD, weight and proof
    /// columns and the English "or equivalent" sentence; one written before clauses followed
    /// the modality keeps the catalog's modal verbs.
    fn description(&mut self, row: u32, tender: &Tender, index: usize, library: &Library) {
        let number = index + 1;
        let expected_cells = description_cells_in(tender, index, library, self.words);
        // The other wordings, worked out only for a cell that differs from the form's own.
        let mut english: Option<[String; 7]> = None;
        let mut before: Option<[String; 2]> = None;
        for (col, expected) in expected_cells.iter().enumerate() {
            let found = self.grid.cell(row, col);
            let holds = |text: &str| same(found, text) || same(found, fit(text));
            if holds(expected) {
                continue;
            }
            let english = english
                .get_or_insert_with(|| description_cells_in(tender, index, library, &self.english));
            if holds(&english[col]) {
                continue;
            }
            if col == REQUIREMENT_COLUMN {
                let before = before.get_or_insert_with(|| {
                    item_texts_as_written_before(&tender.items[index], library)
                });
                if before.iter().any(|text| holds(text)) {
                    continue;
                }
            }
            let message = Wording::new("form-description-changed")
                .number("number", number as u64)
                .text("found", quote(found));
            self.at(
                row,
                Some(col),
                message,
                Wording::new("form-description-expected").text("sent", quote(expected)),
            );
        }
    }

    /// The bidder's response, evidence and comment on the item's row; none when the response
    /// is missing or unknown.
    fn answer(&mut self, row: u32, number: usize, id: &str) -> Option<ItemResponse> {
        let grid = self.grid;
        let response = grid.cell(row, RESPONSE_COLUMN).trim();
        let evidence = grid.cell(row, EVIDENCE_COLUMN).trim();
        let comment = grid.cell(row, COMMENT_COLUMN).trim();
        let choices = Wording::new("form-response-expected")
            .text("choices", ResponseCode::choices_in(self.words));
        if response.is_empty() {
            let message = Wording::new("form-no-response").number("number", number as u64);
            self.at(row, Some(RESPONSE_COLUMN), message, choices);
            return None;
        }
        let Some(code) = ResponseCode::parse_in(response, self.words) else {
            let message = Wording::new("form-not-a-response").text("found", quote(response));
            self.at(row, Some(RESPONSE_COLUMN), message, choices);
            return None;
        };
        if code != ResponseCode::DoesNotMeet && evidence.is_empty() {
            self.at(
                row,
                Some(EVIDENCE_COLUMN),
                Wording::new("form-no-evidence")
                    .text("response", quote(&code.label_in(self.words))),
                Wording::new("form-no-evidence-expected"),
            );
        }
        if code == ResponseCode::MeetsEquivalent && comment.is_empty() {
            self.at(
                row,
                Some(COMMENT_COLUMN),
                Wording::new("form-no-equivalent-comment").text(
                    "response",
                    quote(&ResponseCode::MeetsEquivalent.label_in(self.words)),
                ),
                Wording::new("form-no-equivalent-comment-expected"),
            );
        }
        Some(ItemResponse {
            requirement: id.to_owned(),
            code,
            evidence: evidence.to_owned(),
            comment: comment.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xlsx::Data;

    #[test]
    fn numbers_and_spacing_compare_equal() {
        assert!(same("7", "7"));
        assert!(same("7.0", "7"));
        assert!(same(&Data::Float(7.0).text(), "7"));
        assert!(same(&Data::Float(20.0).text(), "20"));
        assert!(same(" two\r\nlines  here ", "two lines here"));
        assert!(!same("7.5", "7"));
        assert!(!same("Meets", "meets"));
    }
}
