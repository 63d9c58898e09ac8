//! The files an import would write, checked as `validate --strict` checks the user's folder:
//! parsed and validated one by one, built into a library with the shipped catalogs and the
//! folder's other files (so mapping endpoints and duplicate ids across files are checked), and
//! linted. A problem here means the import cannot be written as it stands; it is reported,
//! and nothing is written.

use std::path::Path;

use super::plan::Output;
use crate::catalog::{
    Library, ParsedFile, Problem, SourceFile, embedded_files, lint, parse, user_files,
};

/// Every problem and warning in `outputs` as files of `dir`, taking the place of the folder's
/// files of the same names (which [`super::write`] writes over only with `--replace`).
pub fn outputs(outputs: &[Output], dir: &Path) -> Result<(), Vec<Problem>> {
    let ours: Vec<String> = outputs
        .iter()
        .map(|o| o.path.display().to_string())
        .collect();
    let mut files = embedded_files();
    files.extend(
        user_files(Some(dir))
            .into_iter()
            .filter(|f| !ours.contains(&f.path)),
    );
    files.extend(outputs.iter().map(|o| SourceFile {
        path: o.path.display().to_string(),
        text: o.text.clone(),
    }));
    let mut problems = Vec::new();
    let mut parsed: Vec<ParsedFile> = Vec::new();
    for file in files {
        let is_ours = ours.contains(&file.path);
        match parse(file) {
            Ok(p) => parsed.push(p),
            Err(found) if is_ours => problems.extend(found),
            Err(_) => {}
        }
    }
    let (_, built) = Library::build(parsed.clone());
    problems.extend(built.into_iter().filter(|p| ours.contains(&p.path)));
    let checked: Vec<&ParsedFile> = parsed
        .iter()
        .filter(|p| ours.contains(&p.file.path))
        .collect();
    let all: Vec<&ParsedFile> = parsed.iter().collect();
    problems.extend(lint(&checked, &all));
    if problems.is_empty() {
        return Ok(());
    }
    Err(problems
        .into_iter()
        .map(|mut p| {
            p.message = format!("in the file the import would write: {}", p.message);
            p
        })
        .collect())
}
