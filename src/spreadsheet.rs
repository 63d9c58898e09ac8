//! The rules every spreadsheet cell the program writes follows, whichever flow writes it (the
//! answers table in `export`, the bidder response form in `procurement`), and that the form's
//! importer reads back by: text that a spreadsheet would take for a formula is never evaluated,
//! and no cell holds more than a spreadsheet keeps.

/// Longest text Excel keeps in one cell, in UTF-16 units.
pub const CELL_LIMIT: usize = 32_767;

/// True when a spreadsheet would read `text` as a formula or a command (it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return).
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `text` as a CSV cell that a spreadsheet shows but never evaluates: formula-like text gets a
/// leading apostrophe, the usual sign for "this is text". A number such as `-3` stays a number.
/// (An XLSX cell needs no mark: it is written as a string, which is never a formula.)
pub fn guard_csv_cell(text: String) -> String {
    if looks_like_formula(&text) && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text
    }
}

/// `text`, cut to what one cell holds (Excel counts UTF-16 units). The response form's
/// importer compares against what it gives.
pub fn fit(text: &str) -> &str {
    let mut units = 0;
    for (index, c) in text.char_indices() {
        units += c.len_utf16();
        if units > CELL_LIMIT {
            return &text[..index];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_the_cell_limit() {
        let long = "é".repeat(CELL_LIMIT + 10);
        assert_eq!(fit(&long).chars().count(), CELL_LIMIT);
        assert_eq!(fit("short"), "short");
    }

    #[test]
    fn formula_like_text_is_marked_and_numbers_are_not() {
        for formula in ["=SUM(A1:A2)", "+1+1", "-A1", "@cmd", "\tx", "\rx"] {
            assert_eq!(guard_csv_cell(formula.to_owned()), format!("'{formula}"));
        }
        for plain in ["-3", "+4.5", "text", "a=b", ""] {
            assert_eq!(guard_csv_cell(plain.to_owned()), plain);
        }
    }
}
