//! Problems found in input files, each tied to `path:line:col`, so that a user (or a script) can go
//! straight to the place that is wrong and read what was expected instead.

use std::fmt;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, counting from 1.
    pub line: usize,
    /// Column in characters, counting from 1.
    pub col: usize,
}

/// One thing wrong with one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (or the embedded name).
    pub path: String,
    /// Where in the file; `None` when the whole file is concerned (it cannot be read, say).
    pub position: Option<Position>,
    /// What was wrong.
    pub message: String,
    /// What was expected instead.
    pub expected: String,
}

impl Problem {
    /// A problem at a known place in a file.
    pub fn at(
        path: &str,
        position: Position,
        message: impl Into<String>,
        expected: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.to_owned(),
            position: Some(position),
            message: message.into(),
            expected: expected.into(),
        }
    }

    /// A problem with a whole file.
    pub fn file(path: &str, message: impl Into<String>, expected: impl Into<String>) -> Self {
        Problem {
            path: path.to_owned(),
            position: None,
            message: message.into(),
            expected: expected.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: {}", self.path, p.line, p.col, self.message)?,
            None => write!(f, "{}: {}", self.path, self.message)?,
        }
        if !self.expected.is_empty() {
            write!(f, "; expected {}", self.expected)?;
        }
        Ok(())
    }
}

/// Finds where values sit in a file's text, so that problems found after parsing (a duplicate id,
/// an empty statement) can still be reported at their line and column.
///
/// Values are found by searching for `field: "value"` from a cursor that moves forward through the
/// file in document order, so the n-th item with a given id is found at its own place.
pub struct Locator<'a> {
    text: &'a str,
    /// Byte offsets where each line starts, built at the first `position` call, so that a file
    /// with a hundred thousand problems is located in linear time.
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Locator<'a> {
    /// A locator over one file's text.
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            line_starts: std::cell::OnceCell::new(),
        }
    }

    /// Byte offset of the next `field: "value"` at or after `from`, with any spacing around the
    /// colon. Falls back to a search from the start of the file when nothing follows `from`.
    pub fn find_value(&self, field: &str, value: &str, from: usize) -> Option<usize> {
        self.find_value_from(field, value, from)
            .or_else(|| self.find_value_from(field, value, 0))
    }

    /// Byte offset of the next `field: "value"` at or after `from`, without falling back to the
    /// start of the file: for walking through several items with the same value.
    pub fn find_value_after(&self, field: &str, value: &str, from: usize) -> Option<usize> {
        self.find_value_from(field, value, from)
    }

    fn find_value_from(&self, field: &str, value: &str, from: usize) -> Option<usize> {
        let mut start = from.min(self.text.len());
        while let Some(found) = self.find_field_from(field, start) {
            let after = &self.text[found + field.len()..];
            let trimmed = after.trim_start();
            let quoted = trimmed
                .strip_prefix(':')
                .map(str::trim_start)
                .and_then(|rest| rest.strip_prefix('"'))
                .and_then(|inner| inner.strip_prefix(value));
            if quoted.is_some_and(|after| after.starts_with('"')) {
                return Some(found);
            }
            start = found + field.len();
        }
        None
    }

    /// Byte offset of the next field name `field` (followed by a colon) at or after `from`.
    pub fn find_field(&self, field: &str, from: usize) -> Option<usize> {
        let mut start = from.min(self.text.len());
        while let Some(found) = self.find_field_from(field, start) {
            if self.text[found + field.len()..]
                .trim_start()
                .starts_with(':')
            {
                return Some(found);
            }
            start = found + field.len();
        }
        None
    }

    /// Byte offset of the next quoted string `"value"` at or after `from`, or else anywhere.
    pub fn find_string(&self, value: &str, from: usize) -> Option<usize> {
        let quoted = format!("\"{value}\"");
        let start = from.min(self.text.len());
        self.text
            .get(start..)
            .and_then(|rest| rest.find(&quoted))
            .map(|rel| start + rel)
            .or_else(|| self.text.find(&quoted))
    }

    /// Next occurrence of `field` as a whole word at or after `from`.
    fn find_field_from(&self, field: &str, from: usize) -> Option<usize> {
        let mut start = from;
        while start <= self.text.len() {
            let rel = self.text.get(start..)?.find(field)?;
            let at = start + rel;
            let before_ok = self.text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let after_ok = self.text[at + field.len()..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if before_ok && after_ok {
                return Some(at);
            }
            start = at + field.len();
        }
        None
    }

    /// The line and column of a byte offset, as [`position_of`] gives them.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        // The last line start at or before the offset; line 1 starts at 0, so there is one.
        let line = starts.partition_point(|&start| start <= offset).max(1);
        let line_start = starts[line - 1];
        Position {
            line,
            col: self.text[line_start..offset].chars().count() + 1,
        }
    }
}

/// The 1-based line and column of byte `offset` in `text`.
pub fn position_of(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    Position { line, col }
}

/// The byte offset of a 1-based line and column in `text` (clamped to the text).
pub fn offset_of(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 1..position.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line = &text[line_start..];
    let line_end = line.find('\n').unwrap_or(line.len());
    line[..line_end]
        .char_indices()
        .nth(position.col.saturating_sub(1))
        .map_or(line_start + line_end, |(i, _)| line_start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_path_line_col_and_expectation() {
        let p = Problem::at(
            "a.ron",
            Position { line: 3, col: 7 },
            "empty statement",
            "a sentence",
        );
        assert_eq!(
            p.to_string(),
            "a.ron:3:7: empty statement; expected a sentence"
        );
    }

    #[test]
    fn finds_the_nth_value_in_document_order() {
        let text = "A(id: \"x\")\nB(id:\"x\")\nC(  id :  \"y\")";
        let loc = Locator::new(text);
        let first = loc.find_value("id", "x", 0).unwrap();
        let second = loc.find_value("id", "x", first + 1).unwrap();
        assert_eq!(loc.position(first), Position { line: 1, col: 3 });
        assert_eq!(loc.position(second), Position { line: 2, col: 3 });
        let y = loc.find_value("id", "y", 0).unwrap();
        assert_eq!(loc.position(y), Position { line: 3, col: 5 });
    }

    #[test]
    fn field_search_skips_longer_words() {
        let text = "source_id: 1, source: \"k\"";
        let loc = Locator::new(text);
        assert_eq!(loc.find_field("source", 0), Some(14));
    }

    #[test]
    fn offset_and_position_are_inverse() {
        let text = "ab\nçd\ne";
        for offset in [0, 1, 3, 5, 6, 7] {
            assert_eq!(offset_of(text, position_of(text, offset)), offset);
        }
        assert_eq!(offset_of(text, Position { line: 9, col: 1 }), text.len());
    }

    #[test]
    fn the_locator_places_every_offset_where_position_of_does() {
        let text = "ab\r\nçd\n\nåäö: \"x\"\n";
        let loc = Locator::new(text);
        // Every byte offset, inside a character and past the end too, in any order.
        for offset in (0..text.len() + 3).rev().chain(0..text.len() + 3) {
            assert_eq!(
                loc.position(offset),
                position_of(text, offset),
                "at {offset}"
            );
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "åäö: \"x\"";
        assert_eq!(position_of(text, text.find('"').unwrap()).col, 6);
    }
}
