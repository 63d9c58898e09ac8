//! The assessment reader (`.mimassess.ron`, any format version), as `load` runs it on a file's
//! text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant_fuzz::source_file;

fuzz_target!(|data: &[u8]| {
    let _ = mim_assistant::assessment::parse(&source_file(data));
});
