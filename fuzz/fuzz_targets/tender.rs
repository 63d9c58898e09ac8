//! The tender reader (`.mimtender.ron`) and the checks the command line runs on a tender it has
//! read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant::procurement::{check_tender, locate_tender_problems, parse_tender};
use mim_assistant_fuzz::{library_and_tender, source_file};

fuzz_target!(|data: &[u8]| {
    let file = source_file(data);
    if let Ok(tender) = parse_tender(&file) {
        let (library, _) = library_and_tender();
        let _ = locate_tender_problems(&tender, &file, library);
        let _ = check_tender(&tender, library);
    }
});
