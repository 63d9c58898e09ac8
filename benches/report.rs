//! Benchmark (run with `cargo bench --bench report`): the time to export the example's maturity
//! report — content, layout and PDF, written to disk — in English and in German (the same
//! example with `language: "de"`, its catalog texts from `Library::for_document`, so the two
//! times can be compared), beside two common alternatives on the
//! same machine and the same content: the report's blocks as one HTML page (print CSS, SVG
//! charts) turned into PDF by WeasyPrint (the engine CISO Assistant uses) and by LibreOffice.
//! The alternatives run only where `weasyprint` and `soffice` are installed. Prints median and
//! fastest of several runs. Not a test: it asserts nothing about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use mim_assistant::assessment::{example_assessment, write_bytes_safely};
use mim_assistant::catalog;
use mim_assistant::report::{html::to_html, maturity_report, render};

const RUNS: usize = 7;
const EXTERNAL_RUNS: usize = 3;

fn measure(name: &str, runs: usize, mut step: impl FnMut() -> bool) {
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        if !step() {
            println!("{name:<58} failed");
            return;
        }
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "{name:<58} median {:>8.0} ms   fastest {:>8.0} ms",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

fn installed(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn pages(pdf: &Path) -> String {
    std::fs::read(pdf)
        .ok()
        .and_then(|bytes| lopdf::Document::load_mem(&bytes).ok())
        .map_or_else(|| "?".to_owned(), |d| d.get_pages().len().to_string())
}

fn main() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    // MIM_BENCH_OUT=folder keeps the PDFs and the HTML there, to look at them side by side.
    let kept = std::env::var_os("MIM_BENCH_OUT").map(std::path::PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    std::fs::create_dir_all(dir).expect("the output folder");
    let library = catalog::load_embedded().library;
    let assessment = example_assessment(&library);
    let ours = dir.join("ours.pdf");
    measure(
        "MIM Assistant: content + layout + PDF + write",
        RUNS,
        || {
            let report = maturity_report(&assessment, &library);
            render(&report)
                .ok()
                .is_some_and(|pdf| write_bytes_safely(&ours, &pdf.bytes).is_ok())
        },
    );
    println!("  {} pages", pages(&ours));

    let mut german = assessment.clone();
    german.language = "de".into();
    // Localizing the library is done once, as the window keeps it; the row times the report.
    let german_library = library.for_document(&german.language);
    let ours_de = dir.join("ours-de.pdf");
    measure(
        "MIM Assistant, German: content + layout + PDF + write",
        RUNS,
        || {
            let report = maturity_report(&german, &german_library);
            render(&report)
                .ok()
                .is_some_and(|pdf| write_bytes_safely(&ours_de, &pdf.bytes).is_ok())
        },
    );
    println!("  {} pages", pages(&ours_de));

    let html = dir.join("report.html");
    let text = to_html(&maturity_report(&assessment, &library));
    std::fs::write(&html, text).expect("the HTML is written");
    if installed("weasyprint") {
        let out = dir.join("weasyprint.pdf");
        measure(
            "WeasyPrint: the same content as HTML → PDF",
            EXTERNAL_RUNS,
            || {
                Command::new("weasyprint")
                    .arg(&html)
                    .arg(&out)
                    .output()
                    .is_ok_and(|o| o.status.success())
            },
        );
        println!("  {} pages", pages(&out));
    } else {
        println!("WeasyPrint is not installed; skipped");
    }
    if installed("soffice") {
        let out_dir = dir.join("libreoffice");
        measure(
            "LibreOffice (headless): the same HTML → PDF",
            EXTERNAL_RUNS,
            || {
                Command::new("soffice")
                    .env("HOME", dir)
                    .args([
                        "--headless",
                        "--convert-to",
                        "pdf:writer_web_pdf_Export",
                        "--outdir",
                    ])
                    .arg(&out_dir)
                    .arg(&html)
                    .output()
                    .is_ok_and(|o| o.status.success())
            },
        );
        println!("  {} pages", pages(&out_dir.join("report.pdf")));
    } else {
        println!("LibreOffice is not installed; skipped");
    }
}
