//! Huge inputs are checked in linear time: a tender of 100,000 items (one of them a repeat) is
//! validated and refused by `annex`, and a form of 100,000 rows is checked, each within a limit
//! far above what a debug build needs — a quadratic check took minutes (issue 14, item 9).

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

mod common;

use std::fmt::Write as _;
use std::time::Duration;

use common::{run_cli_within, text};
use mim_assistant::procurement::{FormFormat, import_response_bytes, response_form_csv};

/// The guard: a debug build needs about 6 s for each command below on a slow machine.
const LIMIT: Duration = Duration::from_secs(90);
const ITEMS: usize = 100_000;

/// A tender file with `ITEMS` items: the first and the last `mim6:R1`, the others ids that no
/// catalog holds.
fn huge_tender() -> String {
    let mut items = String::new();
    for n in 0..ITEMS {
        let id = if n == 0 || n + 1 == ITEMS {
            "mim6:R1".to_owned()
        } else {
            format!("mim6:X{n}")
        };
        writeln!(
            items,
            "        TenderItem(requirement: \"{id}\", modality: Must, proof: Documentation, \
             placement: TechnicalSpecification, or_equivalent: false),"
        )
        .unwrap();
    }
    format!(
        "Tender(\n    format_version: 1,\n    buyer: \"Sjöbacka kommun\",\n    title: \"Huge\",\n    \
         reference: \"H-1\",\n    language: \"en\",\n    date: \"2026-11-16\",\n    contact: \"\",\n    \
         items: [\n{items}    ],\n)\n"
    )
}

#[test]
fn a_tender_of_100000_items_is_validated_and_refused_by_annex_within_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("huge.mimtender.ron"), huge_tender()).unwrap();
    let validated = run_cli_within(dir.path(), &["validate", "huge.mimtender.ron"], LIMIT);
    assert_eq!(validated.status.code(), Some(1));
    let problems = text(&validated.stderr);
    assert!(
        problems.contains(&format!(
            "huge.mimtender.ron:{}:20: item {ITEMS}: requirement `mim6:R1` is chosen twice",
            ITEMS + 9
        )),
        "the repeat is located at its own line: {}",
        problems.lines().last().unwrap_or_default()
    );
    assert!(
        problems.lines().count() >= ITEMS - 2,
        "every unknown item is named: {} lines",
        problems.lines().count()
    );
    let annex = run_cli_within(
        dir.path(),
        &["annex", "huge.mimtender.ron", "-o", "annex.pdf"],
        LIMIT,
    );
    assert_eq!(annex.status.code(), Some(1), "{}", text(&annex.stderr));
    assert!(
        !dir.path().join("annex.pdf").exists(),
        "no annex is written"
    );
}

#[test]
fn a_form_of_100000_rows_is_checked_within_the_limit() {
    let library = common::shipped();
    let tender = mim_assistant::procurement::example_tender(&library);
    let mut form = response_form_csv(&tender, &library);
    for n in 0..ITEMS {
        writeln!(form, "{n},mim6:X{n},,,,,,Meets,proof,").unwrap();
    }
    let (sender, receiver) = std::sync::mpsc::channel();
    let check = move || {
        let result = import_response_bytes(
            form.as_bytes(),
            FormFormat::Csv,
            "huge.csv",
            &tender,
            &library,
        );
        sender
            .send(result.map(|_| ()).map_err(|e| e.problems))
            .unwrap();
    };
    std::thread::Builder::new()
        .name("huge form check".to_owned())
        .spawn(check)
        .unwrap();
    let problems = receiver
        .recv_timeout(LIMIT)
        .expect("the check ended within the limit")
        .expect_err("a form of unknown rows is refused");
    let unknown = problems
        .iter()
        .filter(|p| p.message.to_string().starts_with("unknown item"))
        .count();
    assert_eq!(unknown, ITEMS, "each unknown row is named once");
}
