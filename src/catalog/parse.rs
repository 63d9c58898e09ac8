//! Reading one checklist file: find out what kind of file it is, deserialize it, and turn every
//! syntax or type error into a located [`Problem`] instead of a panic.

use std::path::Path;

use super::mapping::{MAPPING_FORMAT_VERSION, MappingSet};
use super::model::{CATALOG_FORMAT_VERSION, Catalog};
use super::problem::{Locator, Position, Problem, offset_of, position_of};
use super::profile::{PROFILE_FORMAT_VERSION, Profile};
use super::scale::{SCALE_FORMAT_VERSION, Scale};
use super::translation::{
    GLOSSARY_FORMAT_VERSION, Glossary, TRANSLATION_FORMAT_VERSION, Translation,
};
use super::unique_keys::locate_repeated_key;
use super::validate;
use crate::input::{InputError, read_input_file};

/// The text of one input file and the name to report it by.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as the user named it, or `checklists/…` for embedded files.
    pub path: String,
    /// The whole file.
    pub text: String,
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read: the operating system refused (missing file, no permission …),
    /// or it is not a regular file, or it is too large (see [`crate::input`]).
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why it was not read.
        #[source]
        source: InputError,
    },
    /// The bytes are not UTF-8 text.
    #[error("{0}")]
    Encoding(Problem),
}

impl SourceFile {
    /// Reads a file from disk (a regular file of bounded size only, see [`read_input_file`]);
    /// bytes that are not UTF-8 are reported at their line and column.
    pub fn read(path: &Path) -> Result<SourceFile, ReadError> {
        let shown = path.display().to_string();
        let bytes = read_input_file(path).map_err(|source| ReadError::Io {
            path: shown.clone(),
            source,
        })?;
        match String::from_utf8(bytes) {
            // Editors on Windows may start UTF-8 files with a byte-order mark; no editor counts
            // it as a column, so it is dropped before anything is located.
            Ok(text) => Ok(SourceFile {
                path: shown,
                text: text
                    .strip_prefix('\u{feff}')
                    .map(str::to_owned)
                    .unwrap_or(text),
            }),
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let bytes = err.into_bytes();
                let text = String::from_utf8_lossy(&bytes[..valid]);
                Err(ReadError::Encoding(Problem::at(
                    &shown,
                    position_of(&text, valid),
                    "the file is not valid UTF-8 text",
                    "a text file saved as UTF-8",
                )))
            }
        }
    }
}

/// A parsed checklist file of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    /// A framework with its requirements.
    Catalog(Catalog),
    /// Mappings between frameworks.
    MappingSet(MappingSet),
    /// A maturity scale.
    Scale(Scale),
    /// A target profile.
    Profile(Profile),
    /// A catalog's texts in another language.
    Translation(Translation),
    /// A language's fixed terms.
    Glossary(Glossary),
}

/// A document together with the file it came from, kept so that later checks can locate problems.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// Where the document came from.
    pub file: SourceFile,
    /// The content.
    pub document: Document,
}

const KINDS: &str =
    "a file starting with Catalog(, MappingSet(, Scale(, Profile(, Translation( or Glossary(";

/// Parses one file and runs the checks that need only that file. Returns every problem found.
pub fn parse(file: SourceFile) -> Result<ParsedFile, Vec<Problem>> {
    let Some((kind, offset)) = leading_identifier(&file.text) else {
        return Err(vec![Problem::at(
            &file.path,
            position_of(&file.text, file.text.len()),
            "the file holds no checklist data",
            KINDS,
        )]);
    };
    let document = match kind {
        "Catalog" => deserialize::<Catalog>(&file).map(Document::Catalog),
        "MappingSet" => deserialize::<MappingSet>(&file).map(Document::MappingSet),
        "Scale" => deserialize::<Scale>(&file).map(Document::Scale),
        "Profile" => deserialize::<Profile>(&file).map(Document::Profile),
        "Translation" => deserialize::<Translation>(&file).map(Document::Translation),
        "Glossary" => deserialize::<Glossary>(&file).map(Document::Glossary),
        other => Err(Problem::at(
            &file.path,
            position_of(&file.text, offset),
            format!("unknown kind of file `{other}`"),
            KINDS,
        )),
    }
    .map_err(|p| vec![p])?;
    let mut problems = check_format_version(&file, &document);
    if problems.is_empty() {
        problems = validate::check_document(&file, &document);
    }
    if problems.is_empty() {
        Ok(ParsedFile { file, document })
    } else {
        Err(problems)
    }
}

/// Deserializes RON text into `T`, turning ron's error into a [`Problem`] at its line and column
/// with plain words on what was expected. Used for every file the program reads.
pub fn deserialize_located<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
) -> Result<T, Problem> {
    deserialize(file)
}

fn deserialize<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T, Problem> {
    ron::from_str::<T>(&file.text).map_err(|err| {
        let position = Position {
            line: err.span.start.line.max(1),
            col: err.span.start.col.max(1),
        };
        let offset = offset_of(&file.text, position);
        if let ron::Error::Message(message) = &err.code
            && let Some(problem) = locate_repeated_key(message, &file.path, &file.text, offset)
        {
            return problem;
        }
        let ron_message = err.code.to_string();
        let ron_message = ron_message.trim_end_matches('.');
        if file.text[offset..].trim().is_empty() {
            return Problem::at(
                &file.path,
                position,
                "the file ends too early: a closing bracket or more content is missing",
                "the rest of the file, with every ( and [ closed",
            );
        }
        let field = field_before(&file.text, offset);
        let allowed = field.and_then(allowed_values);
        match (field, allowed) {
            (Some(field), Some(allowed)) if is_value_error(&err.code) => Problem::at(
                &file.path,
                position,
                format!("the value of `{field}` is not one this program knows ({ron_message})"),
                format!("one of {allowed}"),
            ),
            _ => Problem::at(
                &file.path,
                position,
                ron_message,
                expectation_for(&err.code),
            ),
        }
    })
}

/// Errors about a value that has the wrong form, as opposed to a broken structure.
fn is_value_error(code: &ron::Error) -> bool {
    use ron::Error as E;
    matches!(
        code,
        E::SuggestRawIdentifier(_)
            | E::ExpectedIdentifier
            | E::InvalidValueForType { .. }
            | E::NoSuchEnumVariant { .. }
            | E::ExpectedString
            | E::ExpectedBoolean
            | E::ExpectedInteger
    )
}

/// The values allowed for the fields that take a fixed word.
fn allowed_values(field: &str) -> Option<&'static str> {
    Some(match field {
        "strength" => "Shall, Should, May",
        "proof" => "SelfDeclaration, Documentation, Certificate, Demonstration, Test",
        "confidence" => "High, Medium, Low",
        "relationship" => "Equal, Subset, Superset, Intersects",
        "rationale" => "Syntactic, Semantic, Functional",
        "derived" => "true or false",
        "key_measures" => "ShallRequirements or Listed([\"framework:id\", …])",
        _ => return None,
    })
}

/// The name of the field whose value starts at or before `offset` (`strength` in `strength: 3`).
fn field_before(text: &str, offset: usize) -> Option<&str> {
    let before = text[..offset].trim_end();
    let before = before.strip_suffix(':')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let name = &before[start..];
    (!name.is_empty()).then_some(name)
}

/// A short "expected …" for errors whose message does not already say it.
fn expectation_for(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the rest of the file; a closing ) or ] is missing".into(),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapEnd => {
            "a comma between fields or the closing bracket".into()
        }
        E::MissingStructField { field, .. } => format!("a `{field}: …` entry"),
        E::NoSuchStructField { expected, .. } => format!("one of {}", expected.join(", ")),
        E::NoSuchEnumVariant { expected, .. } => format!("one of {}", expected.join(", ")),
        E::DuplicateStructField { .. } => "each field once".into(),
        E::ExpectedString | E::ExpectedStringEnd => "a text in double quotes".into(),
        E::InvalidValueForType { expected, .. } => expected.clone(),
        _ => "valid RON as described in checklists/README.md".into(),
    }
}

fn check_format_version(file: &SourceFile, document: &Document) -> Vec<Problem> {
    let (found, supported) = match document {
        Document::Catalog(c) => (c.format_version, CATALOG_FORMAT_VERSION),
        Document::MappingSet(m) => (m.format_version, MAPPING_FORMAT_VERSION),
        Document::Scale(s) => (s.format_version, SCALE_FORMAT_VERSION),
        Document::Profile(p) => (p.format_version, PROFILE_FORMAT_VERSION),
        Document::Translation(t) => (t.format_version, TRANSLATION_FORMAT_VERSION),
        Document::Glossary(g) => (g.format_version, GLOSSARY_FORMAT_VERSION),
    };
    if (1..=supported).contains(&found) {
        return Vec::new();
    }
    let locator = Locator::new(&file.text);
    let offset = locator.find_field("format_version", 0).unwrap_or(0);
    vec![Problem::at(
        &file.path,
        locator.position(offset),
        format!("format_version {found} is not one this program reads"),
        format!("a format_version from 1 to {supported}"),
    )]
}

/// The first identifier in the text, skipping white space and comments, with its byte offset:
/// what kind of RON file this is (`Catalog`, `Assessment`, `Tender` …).
pub fn leading_identifier(text: &str) -> Option<(&str, usize)> {
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if let Some(after) = trimmed.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = trimmed.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if trimmed.starts_with("#![") {
            rest = trimmed.split_once(']').map_or("", |(_, r)| r);
        } else {
            rest = trimmed;
            break;
        }
    }
    let offset = text.len() - rest.len();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| (&rest[..end], offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "t.ron".into(),
            text: text.into(),
        }
    }

    #[test]
    fn leading_identifier_skips_comments() {
        let text = "// c\n/* block */\n  Scale(";
        assert_eq!(leading_identifier(text).map(|(k, _)| k), Some("Scale"));
    }

    #[test]
    fn unknown_kind_is_located() {
        let problems = parse(file("\n  Checklist()")).unwrap_err();
        assert_eq!(
            problems[0].to_string().split(": ").next(),
            Some("t.ron:2:3")
        );
    }

    #[test]
    fn empty_file_is_a_problem_not_a_panic() {
        assert!(parse(file("")).is_err());
        assert!(parse(file("   // only a comment")).is_err());
    }
}
