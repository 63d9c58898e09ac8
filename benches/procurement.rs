//! Benchmark (run with `cargo bench --bench procurement`): the procurement jobs the window runs
//! on its UI thread when a button is pressed — the annex PDF and the response form, the import
//! of a form, and the evaluation PDF — for the example tender and for a tender of every
//! requirement in the shipped catalogs (the largest a user can build). These numbers are why
//! they need no background thread. Prints median and fastest of several runs. Not a test: it
//! asserts nothing about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::{Duration, Instant};

use mim_assistant::catalog;
use mim_assistant::procurement::{
    BidResponse, Tender, default_item, evaluate, example_tender, import_response,
    response_form_csv, response_form_xlsx, spread_weights,
};
use mim_assistant::report::{evaluation_report, render, tender_annex};

#[path = "../tests/common/forms.rs"]
mod forms;

const RUNS: usize = 7;
const BIDDERS: usize = 10;

fn measure(name: &str, mut step: impl FnMut()) {
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        step();
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "{name:<62} median {:>7.1} ms   fastest {:>7.1} ms",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

fn main() {
    let library = catalog::load_embedded().library;
    let example = example_tender(&library);
    let mut everything = Tender::new("Benchmark", "Every requirement", "B-1");
    everything.items = library.requirements().map(|v| default_item(&v)).collect();
    spread_weights(&mut everything.items);
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (label, tender) in [("example", &example), ("all requirements", &everything)] {
        let items = tender.items.len();
        let mut pages = 0;
        measure(&format!("annex PDF, {label} ({items} items)"), || {
            pages = render(&tender_annex(tender, &library))
                .expect("the annex renders")
                .pages;
        });
        println!("{:>62}", format!("({pages} pages)"));
        measure(&format!("response form XLSX, {label}"), || {
            response_form_xlsx(tender, &library).expect("the form is written");
        });
        let xlsx = dir.path().join(format!("{label}.xlsx"));
        let form = response_form_xlsx(tender, &library).expect("the form is written");
        std::fs::write(&xlsx, form).expect("the form file");
        measure(
            &format!("read (and refuse) a blank XLSX form, {label}"),
            || {
                import_response(&xlsx, tender, &library).expect_err("a blank form is refused");
            },
        );
        let blank = response_form_csv(tender, &library);
        let paths: Vec<_> = (0..BIDDERS)
            .map(|n| {
                let path = dir.path().join(format!("{label}-{n}.csv"));
                let filled = forms::fill_csv(&blank, &format!("Bidder {n}"), &[]);
                std::fs::write(&path, filled).expect("a filled form");
                path
            })
            .collect();
        measure(&format!("import one filled CSV form, {label}"), || {
            import_response(&paths[0], tender, &library).expect("the form imports");
        });
        let responses: Vec<BidResponse> = paths
            .iter()
            .map(|p| import_response(p, tender, &library).expect("the form imports"))
            .collect();
        measure(&format!("evaluation PDF, {BIDDERS} bids, {label}"), || {
            let evaluation = evaluate(tender, &responses);
            pages = render(&evaluation_report(
                tender,
                &library,
                &responses,
                &evaluation,
            ))
            .expect("the evaluation renders")
            .pages;
        });
        println!("{:>62}", format!("({pages} pages)"));
    }
}
