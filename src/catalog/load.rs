//! Loading whole sets of checklist files: the embedded ones, the user's own folder, or paths named
//! on the command line, with every problem collected rather than stopping at the first.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::embedded::EMBEDDED;
use super::library::Library;
use super::lint::lint;
use super::parse::{Document, ParsedFile, ReadError, SourceFile, parse};
use super::problem::Problem;

/// The result of loading: whatever could be loaded, and every problem met on the way.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// The usable content.
    pub library: Library,
    /// Problems, each with its file and place.
    pub problems: Vec<Problem>,
    /// Files that could not be read at all (the command line exits 3 for these).
    pub unreadable: Vec<String>,
}

/// The shipped checklist files as source texts.
pub fn embedded_files() -> Vec<SourceFile> {
    EMBEDDED
        .iter()
        .map(|(path, text)| SourceFile {
            path: (*path).to_owned(),
            text: (*text).to_owned(),
        })
        .collect()
}

/// Loads only the shipped catalogs. A test guarantees they load without problems.
pub fn load_embedded() -> LoadReport {
    load_files(embedded_files(), Vec::new())
}

/// Loads the shipped catalogs plus every `.ron` file under `user_dir` (a city's own catalogs).
/// Problems in the user's files are reported; their good files are still loaded.
pub fn load_with_user_dir(user_dir: Option<&Path>) -> LoadReport {
    let mut files = embedded_files();
    let mut unreadable = Vec::new();
    let mut problems = Vec::new();
    if let Some(dir) = user_dir.filter(|d| d.is_dir()) {
        read_paths(
            &[dir.to_path_buf()],
            &mut files,
            &mut problems,
            &mut unreadable,
        );
    }
    let mut report = load_files(files, problems);
    report.unreadable = unreadable;
    report
}

/// The `.ron` files under `user_dir` as source texts, as [`load_with_user_dir`] reads them;
/// files that cannot be read are left out (that function reports them). For checking files
/// before they are written beside these (an import).
pub fn user_files(user_dir: Option<&Path>) -> Vec<SourceFile> {
    let mut files = Vec::new();
    if let Some(dir) = user_dir.filter(|d| d.is_dir()) {
        read_paths(
            &[dir.to_path_buf()],
            &mut files,
            &mut Vec::new(),
            &mut Vec::new(),
        );
    }
    files
}

/// Loads the files and folders named by a user, as `validate` does. Mapping endpoints in them may
/// point into the shipped catalogs: a shipped file is added unless a named file has the same id.
pub fn load_paths(paths: &[PathBuf]) -> LoadReport {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut unreadable = Vec::new();
    read_paths(paths, &mut files, &mut problems, &mut unreadable);
    let (mut parsed, mut problems) = parse_all(files, problems);
    let named: Vec<(u8, String)> = parsed.iter().map(|p| document_key(&p.document)).collect();
    let (shipped, _) = parse_all(embedded_files(), Vec::new());
    parsed.extend(
        shipped
            .into_iter()
            .filter(|p| !named.contains(&document_key(&p.document))),
    );
    let (library, more) = Library::build(parsed);
    problems.extend(more);
    LoadReport {
        library,
        problems,
        unreadable,
    }
}

/// The warnings `validate` prints for the shipped catalogs and the user's own folder (see
/// [`super::lint`]); files that do not load are left to the problems `load_with_user_dir` reports.
pub fn lint_with_user_dir(user_dir: Option<&Path>) -> Vec<Problem> {
    let mut files = embedded_files();
    if let Some(dir) = user_dir.filter(|d| d.is_dir()) {
        read_paths(
            &[dir.to_path_buf()],
            &mut files,
            &mut Vec::new(),
            &mut Vec::new(),
        );
    }
    let (parsed, _) = parse_all(files, Vec::new());
    let all: Vec<&ParsedFile> = parsed.iter().collect();
    lint(&all, &all)
}

/// The warnings `validate` prints for the files and folders a user names; mapping endpoints are
/// looked up in those files and in the shipped catalogs they do not replace, as [`load_paths`]
/// does.
pub fn lint_paths(paths: &[PathBuf]) -> Vec<Problem> {
    let mut files = Vec::new();
    read_paths(paths, &mut files, &mut Vec::new(), &mut Vec::new());
    let (named, _) = parse_all(files, Vec::new());
    let keys: Vec<(u8, String)> = named.iter().map(|p| document_key(&p.document)).collect();
    let (shipped, _) = parse_all(embedded_files(), Vec::new());
    let checked: Vec<&ParsedFile> = named.iter().collect();
    let all: Vec<&ParsedFile> = named
        .iter()
        .chain(
            shipped
                .iter()
                .filter(|p| !keys.contains(&document_key(&p.document))),
        )
        .collect();
    lint(&checked, &all)
}

fn load_files(files: Vec<SourceFile>, problems: Vec<Problem>) -> LoadReport {
    let (parsed, mut problems) = parse_all(files, problems);
    let (library, more) = Library::build(parsed);
    problems.extend(more);
    LoadReport {
        library,
        problems,
        unreadable: Vec::new(),
    }
}

fn parse_all(
    files: Vec<SourceFile>,
    mut problems: Vec<Problem>,
) -> (Vec<ParsedFile>, Vec<Problem>) {
    let mut parsed = Vec::new();
    for file in files {
        match parse(file) {
            Ok(p) => parsed.push(p),
            Err(found) => problems.extend(found),
        }
    }
    (parsed, problems)
}

/// Kind and id of a document, to tell whether a named file replaces a shipped one.
fn document_key(document: &Document) -> (u8, String) {
    match document {
        Document::Catalog(c) => (0, c.framework.id.clone()),
        Document::MappingSet(m) => (1, m.id.clone()),
        Document::Scale(s) => (2, s.id.clone()),
        Document::Profile(p) => (3, p.id.clone()),
        Document::Translation(t) => (4, format!("{}/{}", t.language, t.catalog)),
        Document::Glossary(g) => (5, g.language.clone()),
    }
}

/// Reads files and, recursively, the `.ron` files of folders, in a stable (sorted) order.
fn read_paths(
    paths: &[PathBuf],
    files: &mut Vec<SourceFile>,
    problems: &mut Vec<Problem>,
    unreadable: &mut Vec<String>,
) {
    let mut walk = FolderWalk {
        files,
        problems,
        unreadable,
        seen_folders: HashSet::new(),
    };
    walk.read(paths);
}

/// One walk over named paths. Folders are entered once each, by their canonical path, so a link
/// to a parent folder (a loop) or two links to the same folder are not followed again.
struct FolderWalk<'a> {
    files: &'a mut Vec<SourceFile>,
    problems: &'a mut Vec<Problem>,
    unreadable: &'a mut Vec<String>,
    seen_folders: HashSet<PathBuf>,
}

impl FolderWalk<'_> {
    fn read(&mut self, paths: &[PathBuf]) {
        for path in paths {
            if path.is_dir() {
                self.enter(path);
                continue;
            }
            match SourceFile::read(path) {
                Ok(file) => self.files.push(file),
                Err(ReadError::Encoding(problem)) => self.problems.push(problem),
                Err(err @ ReadError::Io { .. }) => self.unreadable.push(err.to_string()),
            }
        }
    }

    fn enter(&mut self, dir: &Path) {
        let canonical = match dir.canonicalize() {
            Ok(canonical) => canonical,
            Err(err) => {
                self.unreadable
                    .push(format!("{}: cannot open the folder: {err}", dir.display()));
                return;
            }
        };
        if !self.seen_folders.insert(canonical) {
            return;
        }
        match ron_files_under(dir) {
            Ok(found) => self.read(&found),
            Err(err) => self
                .unreadable
                .push(format!("{}: cannot list the folder: {err}", dir.display())),
        }
    }
}

fn ron_files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() || path.extension().is_some_and(|e| e == "ron") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}
