//! Our RON files: written one way (pretty, with struct names), and read by first finding the
//! `format_version` they declare, so that each flow can pick the right version to deserialise
//! and give a located problem for a version it does not know.

use std::path::Path;

use crate::catalog::{Locator, Problem, SourceFile};

use super::{StoreError, write_safely};

/// `value` as the text of one of our RON files: pretty, with struct names, four-space indent,
/// ending in a newline. [`save_ron`] writes this; a caller that must have the bytes before it
/// writes anything (the hand-out) takes them here.
pub fn ron_text<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned());
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// Writes `value` as pretty RON (struct names, four-space indent) to `path` safely: the one
/// way assessment, tender and recovery files are written.
pub fn save_ron<T: serde::Serialize>(value: &T, path: &Path) -> Result<(), StoreError> {
    let text = ron_text(value).map_err(|e| StoreError::Serialize {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    write_safely(path, &text)
}

/// Reads `format_version: N` from the text before deserializing, to pick the right version
/// (of an assessment, a tender or any RON file of ours: `expected` shows how the file should
/// start).
pub(crate) fn declared_version(file: &SourceFile, expected: &str) -> Result<u32, StoreError> {
    let locator = Locator::new(&file.text);
    let missing = |offset: usize| {
        StoreError::Invalid(Problem::at(
            &file.path,
            locator.position(offset),
            "no `format_version` found",
            expected,
        ))
    };
    let Some(at) = locator.find_field("format_version", 0) else {
        return Err(missing(file.text.len()));
    };
    let after = file.text[at + "format_version".len()..]
        .trim_start()
        .strip_prefix(':')
        .map(str::trim_start)
        .unwrap_or("");
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().map_err(|_| missing(at))
}

/// A located problem for a `format_version` this program does not read.
pub(crate) fn unknown_version(file: &SourceFile, version: u32, expected: &str) -> StoreError {
    let locator = Locator::new(&file.text);
    let at = locator.find_field("format_version", 0).unwrap_or(0);
    StoreError::Invalid(Problem::at(
        &file.path,
        locator.position(at),
        format!("format_version {version} is not one this program reads"),
        expected,
    ))
}
