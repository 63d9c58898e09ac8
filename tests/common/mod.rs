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
