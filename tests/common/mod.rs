//! Helpers shared by the integration tests.

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
