//! Cell references as a sheet writes them (`B12`): letters for the column, digits for the row,
//! read without overflow and refused beyond Excel's last row and column.

use super::{MAX_SHEET_COLUMNS, MAX_SHEET_ROW};

/// Why a reference is not one of a cell of the sheet, in words about the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum BadReference {
    /// Not letters followed by digits (`A`, `12`, `A1B`, empty).
    Malformed,
    /// A row of 0 or beyond Excel's last row.
    RowOutside,
    /// A column beyond XFD.
    ColumnOutside,
}

impl BadReference {
    /// The problem in words, naming the reference as written.
    pub(super) fn words(&self, written: &str) -> String {
        let shown: String = written.chars().take(40).collect();
        match self {
            BadReference::Malformed => format!(
                "the cell reference “{shown}” is not one (a column's letters and a row's number, \
                 such as B12)"
            ),
            BadReference::RowOutside => format!(
                "the cell reference “{shown}” names a row outside the sheet (rows 1 to \
                 {MAX_SHEET_ROW})"
            ),
            BadReference::ColumnOutside => {
                format!("the cell reference “{shown}” names a column beyond the sheet's last, XFD")
            }
        }
    }
}

/// The 1-based row and 0-based column of a reference such as `B12` (letters in either case).
pub(super) fn parse_cell(reference: &str) -> Result<(u32, u32), BadReference> {
    let bytes = reference.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &bytes[letters..];
    if letters == 0 || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(BadReference::Malformed);
    }
    let mut column: u32 = 0;
    for &letter in &bytes[..letters] {
        let value = u32::from(letter.to_ascii_uppercase() - b'A') + 1;
        column = column
            .checked_mul(26)
            .and_then(|c| c.checked_add(value))
            .filter(|&c| c <= MAX_SHEET_COLUMNS)
            .ok_or(BadReference::ColumnOutside)?;
    }
    let row = parse_row(std::str::from_utf8(digits).unwrap_or_default())
        .map_err(|_| BadReference::RowOutside)?;
    Ok((row, column - 1))
}

/// A row number as a `<row r="…">` writes it: 1 to Excel's last row.
pub(super) fn parse_row(digits: &str) -> Result<u32, BadReference> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadReference::Malformed);
    }
    // Leading zeros are harmless; more than ten significant digits cannot be a row.
    let significant = digits.trim_start_matches('0');
    if significant.len() > 10 {
        return Err(BadReference::RowOutside);
    }
    match significant.parse::<u64>() {
        Ok(row) if (1..=u64::from(MAX_SHEET_ROW)).contains(&row) => Ok(row as u32),
        _ => Err(BadReference::RowOutside),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_to_row_and_column() {
        assert_eq!(parse_cell("A1"), Ok((1, 0)));
        assert_eq!(parse_cell("b12"), Ok((12, 1)));
        assert_eq!(parse_cell("AA3"), Ok((3, 26)));
        assert_eq!(parse_cell("XFD1048576"), Ok((1_048_576, 16_383)));
    }

    #[test]
    fn references_beyond_the_sheet_or_malformed_are_refused() {
        assert_eq!(parse_cell("XFE1"), Err(BadReference::ColumnOutside));
        assert_eq!(parse_cell("ZZZZZZZZZZ1"), Err(BadReference::ColumnOutside));
        assert_eq!(parse_cell("A1048577"), Err(BadReference::RowOutside));
        assert_eq!(parse_cell("A0"), Err(BadReference::RowOutside));
        assert_eq!(
            parse_cell("A99999999999999999999"),
            Err(BadReference::RowOutside)
        );
        assert_eq!(parse_cell("A"), Err(BadReference::Malformed));
        assert_eq!(parse_cell("12"), Err(BadReference::Malformed));
        assert_eq!(parse_cell("A1B"), Err(BadReference::Malformed));
        assert_eq!(parse_cell(""), Err(BadReference::Malformed));
        assert_eq!(parse_cell("Ä1"), Err(BadReference::Malformed));
        assert!(parse_cell("A").unwrap_err().words("A").contains("“A”"));
    }
}
