//! A returned questionnaire (`.xlsx`, a zip of XML parts), read as `merge` reads it and merged
//! into the shared example assessment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant::sharing::read_questionnaire;
use mim_assistant_fuzz::{coordinator, library_and_tender, merge};

fuzz_target!(|data: &[u8]| {
    let (library, _) = library_and_tender();
    if let Ok(part) = read_questionnaire(data, "fuzz-input.xlsx", coordinator(), library) {
        merge(part);
    }
});
