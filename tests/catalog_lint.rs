//! The checks issue 16 added so its faults cannot come back: `validate` warns where a strength
//! contradicts the keyword its own note quotes, where a SHALL is inferred with no note on its
//! wording, where a statement repeats ten or more words of a source quote kept in the notes, and
//! where a mapping says the text names the other side but the item does not mention it;
//! `validate --strict` fails on any of them. The shipped catalogs pass; each bad fixture is caught.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

mod common;

use common::{run_cli, shipped, text};
use mim_assistant::catalog::{COPIED_RUN, Group, quoted_spans, shared_run};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lint")
        .join(name)
}

/// The warning a fixture must raise, from its `// expect:` line.
fn expected(path: &Path) -> String {
    let file = if path.is_dir() {
        path.join("mapping.ron")
    } else {
        path.to_path_buf()
    };
    let source = std::fs::read_to_string(&file).unwrap();
    source
        .lines()
        .find_map(|l| l.strip_prefix("// expect: "))
        .unwrap_or_else(|| panic!("{} has an expect line", file.display()))
        .to_owned()
}

#[test]
fn the_shipped_catalogs_pass_validate_strict() {
    let output = run_cli(&["validate", "--strict"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
    assert!(
        !text(&output.stderr).contains("warning:"),
        "{}",
        text(&output.stderr)
    );
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists");
    let output = run_cli(&["validate", "--strict", folder.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
}

#[test]
fn each_lint_fixture_warns_and_fails_under_strict() {
    for name in [
        "strength-contradicts-quote.ron",
        "shall-inferred-without-basis.ron",
        "statement-copies-quote.ron",
        "unnamed-target",
    ] {
        let path = fixture(name);
        let want = expected(&path);
        let arg = path.to_str().unwrap();
        let lenient = run_cli(&["validate", arg]);
        let stderr = text(&lenient.stderr);
        assert_eq!(lenient.status.code(), Some(0), "{name}: {stderr}");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with("warning: ") && l.contains(&want)),
            "{name}: expected a warning with “{want}”, got: {stderr}"
        );
        let strict = run_cli(&["validate", "--strict", arg]);
        assert_eq!(
            strict.status.code(),
            Some(1),
            "{name}: {}",
            text(&strict.stderr)
        );
        assert!(text(&strict.stderr).contains("--strict counts them as problems"));
    }
}

#[test]
fn the_example_assessment_and_tender_still_validate() {
    let dir = tempfile::tempdir().unwrap();
    let assessment = dir.path().join("example.mimassess.ron");
    let tender = dir.path().join("example.mimtender.ron");
    for (kind, path) in [("assessment", &assessment), ("tender", &tender)] {
        let wrote = run_cli(&["example", kind, "-o", path.to_str().unwrap()]);
        assert_eq!(wrote.status.code(), Some(0), "{}", text(&wrote.stderr));
        let checked = run_cli(&["validate", "--strict", path.to_str().unwrap()]);
        assert_eq!(
            checked.status.code(),
            Some(0),
            "{kind}: {}",
            text(&checked.stderr)
        );
    }
}

/// Every note of a group tree, requirements' notes included.
fn notes_of(groups: &[Group], out: &mut Vec<String>) {
    for group in groups {
        out.extend(group.notes.iter().cloned());
        for req in &group.requirements {
            out.extend(req.notes.iter().cloned());
        }
        notes_of(&group.groups, out);
    }
}

#[test]
fn no_statement_repeats_ten_words_of_a_source_quote_in_its_catalogs_notes() {
    let library = shipped();
    let mut compared = 0;
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        let mut notes = fw.notes.clone();
        notes_of(&fw.groups, &mut notes);
        let quotes: Vec<&str> = notes.iter().flat_map(|n| quoted_spans(n)).collect();
        for view in library.requirements().filter(|v| v.framework.id == fw.id) {
            for quote in &quotes {
                compared += 1;
                assert_eq!(
                    shared_run(&view.requirement.statement, quote),
                    None,
                    "{} repeats {COPIED_RUN} words of ‘{quote}’",
                    view.qid
                );
            }
        }
    }
    assert!(compared > 0, "the catalogs' notes quote their sources");
    // The rule itself: a statement copying a quoted source sentence is caught.
    assert!(
        shared_run(
            "Providers should be able to ascertain that the use of data by a data user complies with the terms.",
            "Data providers should be able to ascertain that the use of data by a data user complies with previously agreed-upon terms and conditions."
        )
        .is_some()
    );
}
