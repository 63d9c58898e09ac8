//! The temp files of the safe write, named so they can be told apart from anyone else's, and
//! cleaned up when a killed program (SIGKILL, power cut) left them behind. A file is removed only
//! when it is ours by name (the exact pattern below), ours by content (it starts the way a file
//! we write starts: RON, PDF, XLSX, our CSV with its byte-order mark, or it is still empty), a
//! regular file (not a link), and older than the stale age, so that another save in progress,
//! of this program or of a second copy of it, is never touched.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The start of every temp file name the safe write makes: the program's name and what the file
/// is, so that a user who finds one knows where it came from.
pub const TEMP_PREFIX: &str = ".mim-assistant-saving-";

/// The end of every temp file name the safe write makes.
pub const TEMP_SUFFIX: &str = ".tmp";

/// How many random letters and digits stand between prefix and suffix.
pub const TEMP_RANDOM_LEN: usize = 8;

/// How old a temp file of ours must be before the next write into its folder removes it: far
/// longer than any save takes (a save rewrites the file as it goes, keeping its time fresh).
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// How the files we write start; a temp file that starts otherwise is not ours, whatever its
/// name. A killed write may leave only the first bytes, so a prefix of these counts too.
const HEADERS: [&[u8]; 3] = [
    b"%PDF-",        // reports, annexes
    b"PK\x03\x04",   // XLSX (a zip archive)
    b"\xEF\xBB\xBF", // our CSV files, which always start with a byte-order mark
];

/// Bytes read from a candidate to recognise it.
const SNIFF_LEN: usize = 64;

/// Whether `name` is exactly a temp file name the safe write makes.
pub fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Whether `start` (the first bytes of a file) looks like the beginning of a file we write.
pub fn looks_like_ours(start: &[u8]) -> bool {
    if start.is_empty() {
        return true; // killed before the first byte: nothing in it to lose
    }
    let header_matches = |header: &[u8]| {
        let n = header.len().min(start.len());
        start[..n] == header[..n]
    };
    HEADERS.iter().any(|h| header_matches(h)) || looks_like_ron(start)
}

/// Our RON files start with a struct name and a parenthesis (`Assessment(`, `Tender(`), or
/// with the parenthesis alone (settings), perhaps after white space.
fn looks_like_ron(start: &[u8]) -> bool {
    let text = start.trim_ascii_start();
    let name_len = text
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    if text
        .first()
        .is_some_and(|b| !b.is_ascii_alphabetic() && *b != b'(')
    {
        return false;
    }
    match text.get(name_len) {
        Some(b'(') => true,
        // Cut before the parenthesis: only the name (or nothing) was written.
        None => true,
        Some(_) => false,
    }
}

/// Removes the stale temp files of ours from `folder` (see the module comment for what counts
/// as ours) and returns how many were removed. Best effort: a folder or file that cannot be
/// read is left alone, and nothing here may make a save fail.
pub fn remove_stale_temp_files(folder: &Path, older_than: Duration) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let now = SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_temp_name))
        .filter(|entry| is_stale_and_ours(&entry.path(), now, older_than))
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// Whether the file at `path` is a regular file, last changed more than `older_than` before
/// `now`, that starts like a file we write.
fn is_stale_and_ours(path: &Path, now: SystemTime, older_than: Duration) -> bool {
    let Ok(metadata) = fs::symlink_metadata(path) else {
        return false;
    };
    let stale = metadata
        .modified()
        .ok()
        .and_then(|changed| now.duration_since(changed).ok())
        .is_some_and(|age| age > older_than);
    if !metadata.is_file() || !stale {
        return false;
    }
    let mut start = Vec::with_capacity(SNIFF_LEN);
    let read =
        File::open(path).and_then(|file| file.take(SNIFF_LEN as u64).read_to_end(&mut start));
    read.is_ok() && looks_like_ours(&start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_pattern_is_a_temp_name() {
        assert!(is_temp_name(".mim-assistant-saving-a1B2c3D4.tmp"));
        assert!(
            !is_temp_name(".mim-assistant-saving-a1B2c3D.tmp"),
            "7 letters"
        );
        assert!(
            !is_temp_name(".mim-assistant-saving-a1B2c3D45.tmp"),
            "9 letters"
        );
        assert!(!is_temp_name(".mim-assistant-saving-a1B2-3D4.tmp"));
        assert!(!is_temp_name(".mim-assistant-a1B2c3D4.tmp"), "no marker");
        assert!(!is_temp_name(".mim-assistant-saving-a1B2c3D4.tmp.bak"));
        assert!(!is_temp_name("mim-assistant-saving-a1B2c3D4.tmp"));
    }

    #[test]
    fn what_we_write_is_recognised_and_other_text_is_not() {
        for ours in [
            &b""[..],
            b"%PDF-1.7\n",
            b"%PD",
            b"PK\x03\x04\x14\x00",
            b"\xEF\xBB\xBFRequirement,Level",
            b"Assessment(\n    format_version: 2,",
            b"Tender(",
            b"(\n    language: \"en\",",
            b"  Recovery",
        ] {
            assert!(looks_like_ours(ours), "{:?}", String::from_utf8_lossy(ours));
        }
        for foreign in [
            &b"my notes about the tender"[..],
            b"#!/bin/sh",
            b"{\"json\": true}",
            b"PK\x05\x06",
            b"1234(",
            b"\x00\x00",
        ] {
            assert!(
                !looks_like_ours(foreign),
                "{:?}",
                String::from_utf8_lossy(foreign)
            );
        }
    }
}
