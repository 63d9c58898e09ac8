//! The checklist reader (catalog, mappings, scale, profile) with its per-file checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant_fuzz::source_file;

fuzz_target!(|data: &[u8]| {
    let _ = mim_assistant::catalog::parse(source_file(data));
});
