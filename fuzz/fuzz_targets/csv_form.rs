//! A bidder's filled response form as CSV.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mim_assistant::procurement::FormFormat;

fuzz_target!(|data: &[u8]| {
    mim_assistant_fuzz::read_form(data, FormFormat::Csv);
});
