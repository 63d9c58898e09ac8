//! The one rule for where a command may write: never over one of its own inputs (also when the
//! two paths differ but lead to the same file, through links or `..`), and never over an existing
//! file of a kind the command does not produce (an assessment, a tender, a catalog, a PDF when a
//! table is written …). The command line and the window's Export… both ask [`check_output`]
//! before writing anything, so a refused output is left untouched.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::catalog::leading_identifier;

/// How many bytes of an existing file are read to tell its kind.
const SNIFF_BYTES: u64 = 4096;

/// A kind of file, as far as writing over it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// A PDF (report, annex, evaluation).
    Pdf,
    /// A table or response form: `.xlsx` or `.csv`.
    Spreadsheet,
    /// A word-processing document: `.docx` (the editable report).
    Document,
    /// An assessment (`.mimassess.ron`, or RON starting `Assessment(`).
    Assessment,
    /// A tender (`.mimtender.ron`, or RON starting `Tender(`).
    Tender,
    /// A contributor's part of an assessment (`.mimpart.ron`, or RON starting `Part(`).
    Part,
    /// A catalog, mapping, scale or profile file.
    Catalog,
    /// Anything else (a text, an image, a document of another program).
    Other,
}

impl FileKind {
    /// The kind in plain words, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            FileKind::Pdf => "a PDF",
            FileKind::Spreadsheet => "a spreadsheet (.xlsx or .csv)",
            FileKind::Document => "a Word document (.docx)",
            FileKind::Assessment => "an assessment",
            FileKind::Tender => "a tender",
            FileKind::Part => "a part of an assessment",
            FileKind::Catalog => "a catalog file",
            FileKind::Other => "a file of another kind",
        }
    }
}

/// Why an output path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutputRefused {
    /// The output is one of the command's inputs (or another of its outputs).
    #[error(
        "{output}: this is the same file as {input}, which the same command reads or writes; nothing was written, so it is untouched — choose another output file"
    )]
    IsInput {
        /// The output as named.
        output: String,
        /// The input it leads to, as named.
        input: String,
    },
    /// The output exists and holds something this command does not write.
    #[error(
        "{output}: the file exists and is {}, but this command writes {}; it was left untouched — choose another output file",
        .found.describe(),
        .writes.describe()
    )]
    OtherKind {
        /// The output as named.
        output: String,
        /// What the existing file is.
        found: FileKind,
        /// What the command writes.
        writes: FileKind,
    },
}

/// Checks that a command that writes `writes` may write to `output` given its `inputs` (and any
/// other output of the same command, which counts as an input here). Returns why not, if not.
pub fn check_output(
    output: &Path,
    writes: FileKind,
    inputs: &[&Path],
) -> Result<(), OutputRefused> {
    let resolved = resolve(output);
    for input in inputs {
        if leads_to_same_file(output, resolved.as_deref(), input) {
            return Err(OutputRefused::IsInput {
                output: output.display().to_string(),
                input: input.display().to_string(),
            });
        }
    }
    match existing_kind(output) {
        Some(found) if found != writes => Err(OutputRefused::OtherKind {
            output: output.display().to_string(),
            found,
            writes,
        }),
        _ => Ok(()),
    }
}

/// The canonical path `output` leads to: itself when it exists, else its folder's canonical
/// path with its file name (the file the writer will create).
fn resolve(output: &Path) -> Option<PathBuf> {
    if let Ok(path) = output.canonicalize() {
        return Some(path);
    }
    let name = output.file_name()?;
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parent.canonicalize().ok().map(|p| p.join(name))
}

/// True when `output` (resolved to `resolved`) and `input` are the same file: the same canonical
/// path, or, on Unix, the same file reached through a hard link.
fn leads_to_same_file(output: &Path, resolved: Option<&Path>, input: &Path) -> bool {
    if output == input {
        return true;
    }
    let input_resolved = resolve(input);
    if resolved.is_some() && resolved == input_resolved.as_deref() {
        return true;
    }
    same_inode(output, input)
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
}

/// The kind of the regular, non-empty file at `path`; `None` when there is none (nothing to lose)
/// or it is not a regular file (a device such as `/dev/null`, left to the writer).
fn existing_kind(path: &Path) -> Option<FileKind> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() == 0 {
        return None;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(SNIFF_BYTES).read_to_end(&mut head))
        .is_ok();
    Some(kind_of(path, read.then_some(head.as_slice())))
}

/// Tells a file's kind from its first bytes (when they could be read) and its name.
pub fn kind_of(path: &Path, head: Option<&[u8]>) -> FileKind {
    let name = path.to_string_lossy().to_lowercase();
    let by_content = head.and_then(kind_by_content);
    if let Some(kind) = by_content {
        return kind;
    }
    if name.ends_with(".mimassess.ron") {
        FileKind::Assessment
    } else if name.ends_with(".mimtender.ron") {
        FileKind::Tender
    } else if name.ends_with(".mimpart.ron") {
        FileKind::Part
    } else if name.ends_with(".ron") {
        FileKind::Catalog
    } else if name.ends_with(".pdf") {
        FileKind::Pdf
    } else if name.ends_with(".xlsx") || name.ends_with(".csv") {
        FileKind::Spreadsheet
    } else if name.ends_with(".docx") {
        FileKind::Document
    } else {
        FileKind::Other
    }
}

/// The kind announced by a file's first bytes, where they announce one.
fn kind_by_content(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        // A zip archive: an .xlsx workbook, a .docx document, or something else the name
        // will tell.
        return None;
    }
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        // The sniffed prefix may end inside a character.
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    match leading_identifier(text)?.0 {
        "Assessment" => Some(FileKind::Assessment),
        "Tender" => Some(FileKind::Tender),
        "Part" => Some(FileKind::Part),
        "Catalog" | "MappingSet" | "Scale" | "Profile" => Some(FileKind::Catalog),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_before_the_name() {
        let ron = b"// saved\nAssessment(format_version: 2,";
        assert_eq!(kind_of(Path::new("x.csv"), Some(ron)), FileKind::Assessment);
        assert_eq!(
            kind_of(Path::new("x.pdf"), Some(b"Tender(")),
            FileKind::Tender
        );
        assert_eq!(
            kind_of(Path::new("x.mimtender.ron"), None),
            FileKind::Tender
        );
        assert_eq!(
            kind_of(Path::new("a.xlsx"), Some(b"PK\x03\x04")),
            FileKind::Spreadsheet
        );
        assert_eq!(kind_of(Path::new("a.txt"), Some(b"hello")), FileKind::Other);
    }

    #[test]
    fn a_new_file_beside_the_input_is_fine_and_the_input_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.mimassess.ron");
        std::fs::write(&input, "Assessment(format_version: 2)").unwrap();
        let output = dir.path().join("report.pdf");
        assert_eq!(check_output(&output, FileKind::Pdf, &[&input]), Ok(()));
        let same = dir.path().join(".").join("a.mimassess.ron");
        assert!(matches!(
            check_output(&same, FileKind::Pdf, &[&input]),
            Err(OutputRefused::IsInput { .. })
        ));
    }

    #[test]
    fn an_existing_file_of_another_kind_is_refused_an_empty_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let tender = dir.path().join("t.pdf");
        std::fs::write(&tender, "Tender(format_version: 1)").unwrap();
        assert!(matches!(
            check_output(&tender, FileKind::Pdf, &[]),
            Err(OutputRefused::OtherKind { .. })
        ));
        let empty = dir.path().join("empty.pdf");
        std::fs::write(&empty, "").unwrap();
        assert_eq!(check_output(&empty, FileKind::Pdf, &[]), Ok(()));
    }
}
