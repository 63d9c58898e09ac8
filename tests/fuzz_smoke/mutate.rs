//! Making hostile inputs from good ones: a small seeded PRNG (splitmix64: no dependency, and an
//! input is rebuilt from its seed and index alone), byte-level mutations (bit flips, inserts,
//! deletes, truncation, splicing, duplicated chunks, numbers made huge or negative, NUL bytes,
//! syntax tokens) and, for XLSX, mutations of the XML parts inside the zip, re-zipped.

use std::io::{Cursor, Read, Write};

/// splitmix64: tiny, fast, and good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    /// The generator for input `index` of a run seeded with `seed`: each input can be rebuilt
    /// on its own.
    pub fn for_input(seed: u64, index: u64) -> Rng {
        let mut rng = Rng(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        rng.next();
        rng
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Numbers that break readers: huge, negative, beyond 32 and 64 bits, Excel's last row and
/// column, not numbers at all.
const NUMBERS: [&str; 14] = [
    "0",
    "-1",
    "-2147483649",
    "4294967296",
    "18446744073709551616",
    "99999999999999999999999999999",
    "1048576",
    "16384",
    "1e308",
    "-1e308",
    "NaN",
    "inf",
    "0.0000001",
    "007",
];

/// Tokens of RON, CSV and XML that change a file's structure.
const TOKENS: [&str; 24] = [
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    ",",
    ":",
    ";",
    "\n",
    "\r",
    "\t",
    "Some(",
    "None",
    "//",
    "/*",
    "r#\"",
    "<",
    "/>",
    "&amp;",
    "&#0;",
    "XFD1048576",
    "'",
];

/// Largest input made, so that one mutation cannot make the run about memory of the harness.
const MAX_LEN: usize = 4 << 20;

/// `input` changed by one to four byte-level mutations; `others` are the other seeds, for
/// splicing.
pub fn mutate_bytes(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut data = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        mutate_once(rng, &mut data, others);
        data.truncate(MAX_LEN);
    }
    data
}

fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, others: &[Vec<u8>]) {
    let len = data.len();
    let at = rng.below(len + 1);
    match rng.below(10) {
        0 if len > 0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        1 => data.insert(at, rng.next() as u8),
        2 if len > 0 => {
            let end = (at + 1 + rng.below(64)).min(len);
            data.drain(at.min(end)..end);
        }
        3 => data.truncate(at),
        4 => {
            let other = rng.pick(others);
            let from = rng.below(other.len() + 1);
            let to = (from + rng.below(4096)).min(other.len());
            let tail = data.split_off(at);
            data.extend_from_slice(&other[from..to]);
            if rng.chance(50) {
                data.extend_from_slice(&tail);
            }
        }
        5 if len > 0 => {
            let end = (at + 1 + rng.below(256)).min(len);
            let chunk = data[at.min(end)..end].to_vec();
            let times = if rng.chance(10) {
                1000
            } else {
                1 + rng.below(4)
            };
            data.splice(at..at, chunk.repeat(times));
        }
        6 => replace_number(rng, data),
        7 => data.insert(at, 0),
        8 => {
            let token = rng.pick(&TOKENS).as_bytes();
            data.splice(at..at, token.iter().copied());
        }
        _ => replace_number(rng, data),
    }
}

/// Replaces a run of digits (a level, a row, a cell reference's row, a version) with one of
/// [`NUMBERS`].
fn replace_number(rng: &mut Rng, data: &mut Vec<u8>) {
    let digits: Vec<usize> = (0..data.len())
        .filter(|&i| data[i].is_ascii_digit() && (i == 0 || !data[i - 1].is_ascii_digit()))
        .collect();
    if digits.is_empty() {
        return;
    }
    let start = *rng.pick(&digits);
    let end = start
        + data[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    let number = rng.pick(&NUMBERS).as_bytes();
    data.splice(start..end, number.iter().copied());
}

/// The parts of a zip archive (name, content), in order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("seed is a zip");
    (0..archive.len())
        .map(|i| {
            let mut part = archive.by_index(i).expect("seed part");
            let mut content = Vec::new();
            part.read_to_end(&mut content).expect("seed part content");
            (part.name().expect("seed part name").into_owned(), content)
        })
        .collect()
}

/// A workbook made from `parts` (a seed's, unzipped) with one XML part mutated, or a part
/// dropped, doubled or renamed, zipped again.
pub fn mutate_zip(rng: &mut Rng, parts: &[(String, Vec<u8>)], others: &[Vec<u8>]) -> Vec<u8> {
    let mut parts = parts.to_vec();
    let index = rng.below(parts.len());
    match rng.below(10) {
        0 => {
            parts.remove(index);
        }
        1 => {
            let copy = parts[index].clone();
            parts.push(copy);
        }
        2 => parts[index].0.push_str(".old"),
        _ => {
            // Mostly the sheets and shared strings, where a bidder's cells are.
            let sheets: Vec<usize> = (0..parts.len())
                .filter(|&i| parts[i].0.contains("sheet") || parts[i].0.contains("sharedStrings"))
                .collect();
            let index = if sheets.is_empty() || rng.chance(20) {
                index
            } else {
                *rng.pick(&sheets)
            };
            parts[index].1 = mutate_bytes(rng, &parts[index].1, others);
        }
    }
    zip_parts(&parts, rng.chance(50))
}

/// `parts` as a zip archive, deflated or stored. Duplicate names are written as they come (a
/// hostile archive may hold them).
fn zip_parts(parts: &[(String, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, content) in parts {
        if writer.start_file(name.as_str(), options).is_err() {
            continue; // the zip crate refuses a duplicate name: leave the copy out
        }
        writer.write_all(content).expect("zip to memory");
    }
    writer.finish().expect("zip to memory").into_inner()
}
