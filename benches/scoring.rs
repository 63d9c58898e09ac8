//! Benchmark (run with `cargo bench --bench scoring`): loads, validates and scores a synthetic
//! catalog of 10,000 requirements and an assessment answering 90 % of them, and prints the
//! median and fastest of several runs per step. Not a test: it asserts nothing about time.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use mim_assistant::assessment::{
    self, Answer, Assessment, Organisation, check, gaps, score, summarize,
};
use mim_assistant::catalog::{Library, ParsedFile, SourceFile, embedded_files, parse};

const GROUPS: usize = 100;
const PER_GROUP: usize = 100;
const RUNS: usize = 7;

/// A catalog file with GROUPS × PER_GROUP requirements, every field filled as in the shipped ones.
fn synthetic_catalog() -> String {
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

fn load(catalog: &str) -> Library {
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

fn synthetic_assessment() -> Assessment {
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

fn measure<T>(name: &str, mut step: impl FnMut() -> T) -> T {
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let start = Instant::now();
    let mut value = step();
    times.push(start.elapsed());
    for _ in 1..RUNS {
        let start = Instant::now();
        value = step();
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "{name:<48} median {:>9.2} ms   fastest {:>9.2} ms",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
    value
}

fn main() {
    let catalog = synthetic_catalog();
    println!(
        "synthetic catalog: {} requirements, {:.1} MB of RON; {} runs per step",
        GROUPS * PER_GROUP,
        catalog.len() as f64 / 1e6,
        RUNS
    );
    let library = measure("load + validate catalogs (shipped + synthetic)", || {
        load(&catalog)
    });
    let assessment = synthetic_assessment();
    let text =
        ron::ser::to_string_pretty(&assessment, ron::ser::PrettyConfig::new()).unwrap_or_default();
    let file = SourceFile {
        path: "bench.mimassess.ron".into(),
        text,
    };
    let loaded = measure("parse assessment (9,000 answers)", || {
        assessment::parse(&file).map(|l| l.assessment)
    });
    let loaded = loaded.unwrap_or_else(|e| panic!("synthetic assessment is invalid: {e}"));
    measure("check assessment against the catalogs", || {
        check(&loaded, &file, &library)
    });
    let card = measure("score (groups, framework, key measures)", || {
        score(&loaded, &library)
    });
    measure("gaps and roadmap", || gaps(&loaded, &library));
    measure("full score summary (as `score --json`)", || {
        summarize(&loaded, &library)
    });
    println!(
        "overall mean {:.2} over {} answered, {} unanswered, {} N/A",
        card.overall.mean().unwrap_or(0.0),
        card.overall.answered,
        card.overall.unanswered,
        card.overall.not_applicable
    );
}
