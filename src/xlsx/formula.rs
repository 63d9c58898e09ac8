//! Formulas of a sheet: a cell's own formula, or its share of a formula written once for a
//! range (`<f t="shared" si="0">` on the first cell, an empty `<f t="shared" si="0"/>` on the
//! others), which reads as the first cell's formula with its relative references moved by the
//! distance between the two cells — as Excel shows it in each cell.

use std::collections::HashMap;

use super::reference::parse_cell;
use super::{MAX_SHEET_COLUMNS, MAX_SHEET_ROW};

/// The formulas written once for a range, by their shared index, with the cell each was written
/// in.
#[derive(Debug, Default)]
pub(super) struct SharedFormulas {
    masters: HashMap<String, (String, u32, u32)>,
}

impl SharedFormulas {
    /// The formula of the cell at `row`, `column` whose `<f>` holds `text`, shared under
    /// `shared_index` when it has one; none for a cell whose share refers to no formula.
    pub(super) fn formula_of(
        &mut self,
        text: String,
        shared_index: Option<String>,
        row: u32,
        column: u32,
    ) -> Option<String> {
        let Some(index) = shared_index else {
            return Some(text);
        };
        if !text.is_empty() {
            self.masters.insert(index, (text.clone(), row, column));
            return Some(text);
        }
        let (master, from_row, from_column) = self.masters.get(&index)?;
        Some(moved(
            master,
            i64::from(row) - i64::from(*from_row),
            i64::from(column) - i64::from(*from_column),
        ))
    }
}

/// `formula` with each relative cell reference moved by `rows` and `columns`; texts in quotes
/// and quoted sheet names are left alone, a reference moved off the sheet becomes `#REF!`.
fn moved(formula: &str, rows: i64, columns: i64) -> String {
    let chars: Vec<char> = formula.chars().collect();
    let mut out = String::with_capacity(formula.len());
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if c == '"' || c == '\'' {
            let end = chars[at + 1..]
                .iter()
                .position(|&d| d == c)
                .map_or(chars.len(), |p| at + 1 + p + 1);
            out.extend(&chars[at..end]);
            at = end;
            continue;
        }
        let starts_word = at == 0 || !is_name_char(chars[at - 1]);
        if starts_word && let Some((length, text)) = moved_reference(&chars[at..], rows, columns) {
            out.push_str(&text);
            at += length;
            continue;
        }
        // Copy the rest of a name whole, so that `LOG10` or `Sheet1` is not read as a reference.
        let end = if is_name_char(c) {
            at + chars[at..].iter().take_while(|&&d| is_name_char(d)).count()
        } else {
            at + 1
        };
        out.extend(&chars[at..end]);
        at = end;
    }
    out
}

/// A character that may be part of a name or a reference.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '$')
}

/// The reference at the start of `chars` (`B2`, `$B2`, `B$2`, `$B$2`) moved, and how many
/// characters it takes; none when `chars` does not start with one.
fn moved_reference(chars: &[char], rows: i64, columns: i64) -> Option<(usize, String)> {
    let mut at = 0;
    let column_fixed = chars.first() == Some(&'$');
    at += usize::from(column_fixed);
    let letters = chars[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if !(1..=3).contains(&letters) {
        return None;
    }
    let letters_text: String = chars[at..at + letters].iter().collect();
    at += letters;
    let row_fixed = chars.get(at) == Some(&'$');
    at += usize::from(row_fixed);
    let digits = chars[at..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let digits_text: String = chars[at..at + digits].iter().collect();
    at += digits;
    // A name or a function follows no reference.
    if chars.get(at).is_some_and(|&c| is_name_char(c) || c == '(') {
        return None;
    }
    let (row, column) = parse_cell(&format!("{letters_text}{digits_text}")).ok()?;
    let row = if row_fixed {
        i64::from(row)
    } else {
        i64::from(row) + rows
    };
    let column = if column_fixed {
        i64::from(column)
    } else {
        i64::from(column) + columns
    };
    if !(1..=i64::from(MAX_SHEET_ROW)).contains(&row)
        || !(0..i64::from(MAX_SHEET_COLUMNS)).contains(&column)
    {
        return Some((at, "#REF!".to_owned()));
    }
    let column = crate::procurement::column_letter(column as usize);
    let text = format!(
        "{}{column}{}{row}",
        if column_fixed { "$" } else { "" },
        if row_fixed { "$" } else { "" }
    );
    Some((at, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_formulas_move_their_relative_references() {
        assert_eq!(moved("SUM(A1:B2)*$C$1", 2, 1), "SUM(B3:C4)*$C$1");
        assert_eq!(moved("A$1+$A1", 1, 1), "B$1+$A2");
        assert_eq!(moved("\"A1\"&'My A1'!A1", 1, 0), "\"A1\"&'My A1'!A2");
        assert_eq!(moved("LOG10(A1)+Sheet2!B1", 1, 0), "LOG10(A2)+Sheet2!B2");
        assert_eq!(moved("A1", -1, 0), "#REF!");
    }

    #[test]
    fn a_share_reads_as_its_first_cells_formula_moved() {
        let mut shared = SharedFormulas::default();
        let master = shared.formula_of("B7*2".to_owned(), Some("0".to_owned()), 7, 2);
        assert_eq!(master.as_deref(), Some("B7*2"));
        let follower = shared.formula_of(String::new(), Some("0".to_owned()), 9, 2);
        assert_eq!(follower.as_deref(), Some("B9*2"));
        assert_eq!(
            shared.formula_of(String::new(), Some("5".to_owned()), 9, 2),
            None
        );
        assert_eq!(
            shared.formula_of("1+1".to_owned(), None, 3, 3).as_deref(),
            Some("1+1")
        );
    }
}
