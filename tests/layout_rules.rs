//! The codebase's layout rules, checked on every test run so they cannot drift: the library never
//! names the GUI toolkit (the window is a thin view over it), and no source file grows past the
//! size a newcomer can read in one sitting. Function length is held by clippy's
//! `too_many_lines` (threshold in `clippy.toml`).

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a file in `src/` may be.
const MAX_FILE_LINES: usize = 600;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// True when `text` contains `word` as a whole word (so `legui` would not count, `egui::` does).
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[test]
fn only_the_window_names_the_gui_toolkit() {
    let src = src_dir();
    let ui = src.join("ui");
    let offenders: Vec<String> = rust_files(&src)
        .into_iter()
        .filter(|p| !p.starts_with(&ui))
        .filter(|p| {
            let text = fs::read_to_string(p).unwrap();
            names_word(&text, "egui") || names_word(&text, "eframe")
        })
        .map(|p| p.strip_prefix(&src).unwrap().display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "library files naming egui or eframe (only src/ui/ may): {offenders:?}"
    );
}

#[test]
fn no_source_file_is_longer_than_the_limit() {
    let src = src_dir();
    let too_long: Vec<String> = rust_files(&src)
        .into_iter()
        .filter_map(|p| {
            let lines = fs::read_to_string(&p).unwrap().lines().count();
            (lines > MAX_FILE_LINES).then(|| {
                format!(
                    "{} ({lines} lines)",
                    p.strip_prefix(&src).unwrap().display()
                )
            })
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "files over {MAX_FILE_LINES} lines: {too_long:?}"
    );
}

#[test]
fn the_word_check_tells_names_from_parts_of_words() {
    assert!(names_word("use egui::Ui;", "egui"));
    assert!(names_word("egui", "egui"));
    assert!(!names_word("legui_x", "egui"));
    assert!(!names_word("eguis", "egui"));
}

/// Every sentence id the library words (`Wording::new("…")`) is in the problems catalogue of
/// every shipped language, so no problem reaches a window in English or as a bare id.
#[test]
fn every_library_sentence_is_in_every_language() {
    use mim_assistant::ui::i18n::{I18n, Language};
    let marker = "Wording::new(\"";
    let mut used = Vec::new();
    for file in rust_files(&src_dir()) {
        let text = fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            let id = &rest[..rest.find('"').unwrap()];
            used.push((id.to_owned(), file.clone()));
        }
    }
    assert!(used.len() > 20, "the scan finds the library's sentences");
    for language in Language::ALL {
        let defined = I18n::message_ids(language);
        for (id, file) in &used {
            // The unit tests' example of an unknown id.
            if id == "no-such-id" {
                continue;
            }
            assert!(
                defined.binary_search(id).is_ok(),
                "{id} (used in {}) is missing in {}",
                file.display(),
                language.code()
            );
        }
    }
}
