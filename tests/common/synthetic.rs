//! A synthetic catalog of 10,000 requirements and an assessment of it, for the benchmarks and the
//! large-input tests.

#![allow(dead_code)] // each user takes what it needs

use std::fmt::Write as _;

use mim_assistant::assessment::{Answer, Assessment, Organisation};
use mim_assistant::catalog::{Library, ParsedFile, SourceFile, embedded_files, parse};

/// Groups in the synthetic catalog.
pub const GROUPS: usize = 100;
/// Requirements per group.
pub const PER_GROUP: usize = 100;

/// A catalog file with GROUPS × PER_GROUP requirements, every field filled as in the shipped ones.
pub fn synthetic_catalog() -> String {
    let mut text = String::from(
        "Catalog(format_version: 1, framework: Framework(id: \"bench\", name: \"Benchmark\", \
         short_name: \"B\", kind: Standard, version: \"1\", summary: \"Synthetic.\", sources: \
         [Source(key: \"s\", document: \"D\", version: \"1\", url: \"https://example.org\", \
         licence: \"CC0\", kind: Primary)], groups: [\n",
    );
    for g in 0..GROUPS {
        let _ = writeln!(
            text,
            "Group(id: \"G{g}\", kind: Section, title: \"Group {g}\", summary: \"A group of requirements for the benchmark.\", requirements: ["
        );
        for r in 0..PER_GROUP {
            let strength = ["Shall", "Should", "May"][r % 3];
            let _ = writeln!(
                text,
                "Requirement(id: \"R{g}.{r}\", title: \"Requirement {g}.{r}\", strength: {strength}, \
                 statement: \"The platform keeps a complete, current record of item {g}.{r} and checks it every quarter.\", \
                 why: \"Without the record nobody can tell whether the item is protected.\", \
                 question: \"How complete and current is the record of item {g}.{r}?\", \
                 guidance: \"A named owner keeps the record and reviews it each quarter.\", \
                 evidence: [\"The record\", \"The last review\"], \
                 tender_clause: \"The supplier shall keep the record current and show it on request.\", \
                 proof: Documentation, source: \"s\", locator: \"§{g}.{r}\", confidence: High),"
            );
        }
        text.push_str("]),\n");
    }
    text.push_str("]))\n");
    text
}

/// The shipped catalogs plus `catalog`; panics on any problem.
pub fn load(catalog: &str) -> Library {
    let mut files: Vec<ParsedFile> = embedded_files()
        .into_iter()
        .map(|f| parse(f).unwrap_or_else(|p| panic!("shipped catalog is invalid: {p:?}")))
        .collect();
    let parsed = parse(SourceFile {
        path: "bench.ron".into(),
        text: catalog.to_owned(),
    });
    files.push(parsed.unwrap_or_else(|p| panic!("synthetic catalog is invalid: {p:?}")));
    let (library, problems) = Library::build(files);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(library.requirement_count() >= GROUPS * PER_GROUP);
    library
}

/// An assessment answering 90 % of the synthetic requirements (1 in 10 not applicable).
pub fn synthetic_assessment() -> Assessment {
    let mut a = Assessment::new(
        Organisation::default(),
        &["bench"],
        "city-0-5",
        "mim-baseline",
    );
    for g in 0..GROUPS {
        for r in 0..PER_GROUP {
            let answer = match (g * PER_GROUP + r) % 10 {
                0 => continue,
                1 => Answer {
                    not_applicable: Some("Not used".into()),
                    ..Answer::default()
                },
                n => Answer {
                    current: Some((n % 6) as u8),
                    notes: "Checked in the last review.".into(),
                    ..Answer::default()
                },
            };
            a.answers.insert(format!("bench:R{g}.{r}"), answer);
        }
    }
    a
}
