//! Helpers shared by the integration tests.

#![allow(dead_code)] // each test target uses its own part

use mim_assistant::catalog::{self, Library};

/// The shipped catalogs, loaded as the program loads them; fails the test on any load problem.
pub fn shipped() -> Library {
    let report = catalog::load_embedded();
    assert!(
        report.problems.is_empty(),
        "shipped catalogs have problems: {:#?}",
        report.problems
    );
    report.library
}

/// Runs the built `mim-assistant` with `args`, keeping the user's own catalogs out of it.
pub fn run_cli(args: &[&str]) -> std::process::Output {
    let data = tempfile::tempdir().unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(args)
        .env("XDG_DATA_HOME", data.path())
        .env("HOME", data.path())
        .output()
        .unwrap()
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The text of every page of a PDF, whitespace collapsed to single spaces (lines wrap where
/// the layout breaks them, so tests look for words in order, not for line breaks).
pub fn pdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the built `mim-assistant` in `dir` with `args`, its own empty data folder and a time
/// limit, failing the test when the limit passes: a guard against hangs and quadratic work, not
/// a speed measurement (set it far above what a debug build needs).
pub fn run_cli_within(
    dir: &std::path::Path,
    args: &[&str],
    limit: std::time::Duration,
) -> std::process::Output {
    use std::process::{Command, Stdio};
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", data.path())
        .env("HOME", data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the pipes while waiting, so that a command with much to say cannot block on them.
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let read = |name: &str, mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let mut bytes = Vec::new();
                pipe.read_to_end(&mut bytes).map(|_| bytes)
            })
            .unwrap()
    };
    let (out, err) = (
        read("child stdout", Box::new(stdout)),
        read("child stderr", Box::new(stderr)),
    );
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!(
                "`mim-assistant {}` did not end within {limit:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap().unwrap(),
        stderr: err.join().unwrap().unwrap(),
    }
}
