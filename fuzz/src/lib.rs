//! What the fuzz targets share: an input as a source file (the readers take text; bytes that are
//! not UTF-8 are replaced rather than skipped, so that every input reaches the parser), the
//! library and tender a response form is read against, and the shared assessment returned parts
//! are merged into, built once per process.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use mim_assistant::assessment::{example_assessment, Assessment, Contributor, PartForm};
use mim_assistant::catalog::{self, Library, SourceFile};
use mim_assistant::procurement::{example_tender, import_response_bytes, FormFormat, Tender};
use mim_assistant::sharing::{
    add_contributor, apply_merge, hand_out, plan_merge, Choice, MergeRow, ReturnedPart,
};

/// `data` as the text of a file named `fuzz-input`, as the readers get a file's text.
pub fn source_file(data: &[u8]) -> SourceFile {
    SourceFile {
        path: "fuzz-input".to_owned(),
        text: String::from_utf8_lossy(data).into_owned(),
    }
}

/// The shipped catalogs and the example tender, made on first use.
pub fn library_and_tender() -> &'static (Library, Tender) {
    static SHARED: OnceLock<(Library, Tender)> = OnceLock::new();
    SHARED.get_or_init(|| {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        (library, tender)
    })
}

/// Reads `data` as a filled response form in `format` against the example tender, as
/// `evaluate` and the window's import do; the answer does not matter, only that there is one.
pub fn read_form(data: &[u8], format: FormFormat) {
    let (library, tender) = library_and_tender();
    let _ = import_response_bytes(data, format, "fuzz-input", tender, library);
}

/// The coordinator's assessment the `part` and `questionnaire` targets merge into: the example
/// shared with Erik Holm (a part file of iso27001:A.5) and Lena Berg (a questionnaire of
/// iso27001:A.6), made as `tests/fuzz_smoke/readers.rs` makes it, so that the seeds it writes
/// (`cargo test --test fuzz_smoke -- --ignored write_seeds`) are parts of this assessment.
pub fn coordinator() -> &'static Assessment {
    static SHARED: OnceLock<Assessment> = OnceLock::new();
    SHARED.get_or_init(|| {
        let (library, _) = library_and_tender();
        let mut a = example_assessment(library);
        for (name, role) in [("Erik Holm", "IT operations"), ("Lena Berg", "HR")] {
            let contributor = Contributor {
                name: name.to_owned(),
                role: role.to_owned(),
                ..Contributor::default()
            };
            add_contributor(&mut a.team, contributor).expect("contributor");
        }
        a.team.instructions = "Answer for the platform as it runs today.".to_owned();
        for (name, group, form) in [
            ("Erik Holm", "iso27001:A.5", PartForm::PartFile),
            ("Lena Berg", "iso27001:A.6", PartForm::Questionnaire),
        ] {
            hand_out(
                &mut a,
                library,
                name,
                &[group.to_owned()],
                form,
                "2026-11-01",
            )
            .expect("hand-out");
        }
        a
    })
}

/// Where the `part` target writes its input, to read it from a path as `merge` does: one file
/// per process.
pub fn part_path() -> PathBuf {
    std::env::temp_dir().join(format!("mim-fuzz-{}.mimpart.ron", std::process::id()))
}

/// Merges `part` into the coordinator as `merge --apply` would, every conflict decided for the
/// contributor; the answer does not matter, only that there is one.
pub fn merge(part: ReturnedPart) {
    let (library, _) = library_and_tender();
    let plan = plan_merge(coordinator(), library, vec![part]);
    let choices: BTreeMap<String, Choice> = plan
        .conflicts()
        .filter_map(|row| match row {
            MergeRow::Conflict { qid, theirs, .. } => Some((
                qid.clone(),
                theirs
                    .first()
                    .map_or(Choice::Keep, |s| Choice::Take(s.part)),
            )),
            _ => None,
        })
        .collect();
    let mut merged = coordinator().clone();
    let _ = apply_merge(&mut merged, &plan, &choices, "2026-12-01");
}
