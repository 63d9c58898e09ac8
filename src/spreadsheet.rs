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

/// Height in points of one line of a workbook's default font, with the row's padding.
pub const LINE_HEIGHT: f64 = 15.0;

/// How many lines `text` takes in a column `width` characters wide, wrapped at spaces (a little
/// generous: proportional text is narrower than the digit the width counts). Spreadsheet
/// programs do not all fit a row to wrapped text on opening (LibreOffice does not), so the
/// workbooks we write set each row's height from this.
pub fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = (width - 2.0).max(1.0) as usize;
    text.lines()
        .map(|line| {
            let (mut lines, mut used) = (1, 0);
            for word in line.split_whitespace() {
                let len = word.chars().count();
                if used > 0 && used + 1 + len <= room {
                    used += 1 + len;
                    continue;
                }
                if used > 0 {
                    lines += 1;
                }
                // The word starts a line; a word longer than the line is broken.
                lines += (len - 1) / room;
                used = (len - 1) % room + 1;
            }
            lines
        })
        .sum::<usize>()
        .max(1)
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

    #[test]
    fn wrapped_lines_are_estimated_from_words() {
        assert_eq!(wrapped_lines("", 10.0), 1);
        assert_eq!(wrapped_lines("short", 10.0), 1);
        assert_eq!(wrapped_lines("aaaa bbbb cccc", 11.0), 2);
        assert_eq!(wrapped_lines("aaaa bbbb cccc", 10.0), 3);
        assert_eq!(wrapped_lines("one\ntwo", 70.0), 2);
        assert_eq!(wrapped_lines("MUST/SHOULD", 10.0), 2);
        assert!(wrapped_lines(&"word ".repeat(100), 70.0) >= 8);
    }
}
