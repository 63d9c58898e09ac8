//! Benchmark (run with `cargo bench --bench scoring`): loads, validates and scores a synthetic
//! catalog of 10,000 requirements and an assessment answering 90 % of them, and prints the
//! median and fastest of several runs per step. Not a test: it asserts nothing about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use mim_assistant::assessment::{self, Insights, check, gaps, score, summarize};
use mim_assistant::catalog::SourceFile;

#[path = "../tests/common/synthetic.rs"]
mod synthetic;
#[path = "common/timing.rs"]
mod timing;

use synthetic::{GROUPS, PER_GROUP, load, synthetic_assessment, synthetic_catalog};

const RUNS: usize = 7;

/// One step, timed over [`RUNS`] runs.
fn measure<T>(name: &str, step: impl FnMut() -> T) -> T {
    timing::measure(name, RUNS, 48, step)
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
    measure("all insights (what the window recomputes per edit)", || {
        Insights::compute(&loaded, &library)
    });
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
