//! A returned part file (`.mimpart.ron`), read from a path as `merge` reads it and merged into
//! the shared example assessment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant::sharing::read_returned;
use mim_assistant_fuzz::{coordinator, library_and_tender, merge, part_path, source_file};

fuzz_target!(|data: &[u8]| {
    let path = part_path();
    if std::fs::write(&path, source_file(data).text).is_err() {
        return;
    }
    let (library, _) = library_and_tender();
    if let Ok(part) = read_returned(&path, coordinator(), library) {
        merge(part);
    }
});
