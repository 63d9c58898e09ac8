//! The workbook's zip: opened only when it is one (an encrypted package or an old .xls is named
//! as such), with few enough entries, none of them encrypted; its parts read through a counting
//! limit, since what a zip declares about sizes is not to be trusted.

use std::collections::HashMap;
use std::io::{self, Cursor, Read};

use zip::ZipArchive;
use zip::read::ZipFile;
use zip::result::ZipError;

use super::MAX_ENTRIES;
use super::error::{Problem, XlsxError};

/// The first bytes of an OLE compound file: an encrypted OOXML package, or an .xls workbook.
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The zip of a workbook and a case-insensitive index of its entries (Excel finds parts
/// whatever their case, and some writers use backslashes).
pub(super) struct Archive<'a> {
    bytes: &'a [u8],
    zip: ZipArchive<Cursor<&'a [u8]>>,
    names: HashMap<String, usize>,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as a workbook's zip.
    pub(super) fn open(bytes: &'a [u8]) -> Result<Archive<'a>, XlsxError> {
        if bytes.starts_with(&OLE_SIGNATURE) {
            return Err(XlsxError::file(if holds_encrypted_package(bytes) {
                Problem::Encrypted
            } else {
                Problem::OldFormat
            }));
        }
        let declared = declared_entries(bytes);
        if declared > MAX_ENTRIES as u64 {
            return Err(too_many(declared));
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::UnsupportedArchive(what) if what.contains("assword") => {
                XlsxError::file(Problem::Encrypted)
            }
            _ => XlsxError::file(Problem::NotZip),
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(too_many(zip.len() as u64));
        }
        let mut names = HashMap::with_capacity(zip.len());
        for index in 0..zip.len() {
            let entry = zip
                .by_index_data(index)
                .map_err(|_| XlsxError::file(Problem::NotZip))?;
            if entry.encrypted() {
                return Err(XlsxError::file(Problem::Encrypted));
            }
            if let Some(Ok(name)) = zip.name_for_index(index) {
                names.entry(normalise(&name)).or_insert(index);
            }
        }
        Ok(Archive { bytes, zip, names })
    }

    /// Whether the zip holds the part `name`.
    pub(super) fn has(&self, name: &str) -> bool {
        self.names.contains_key(&normalise(name))
    }

    /// The part `name`, to be read up to `max` inflated bytes; none when there is no such part.
    pub(super) fn part(&mut self, name: &str, max: u64) -> Result<Option<Part<'_, 'a>>, XlsxError> {
        let Some(&index) = self.names.get(&normalise(name)) else {
            return Ok(None);
        };
        let file = self
            .zip
            .by_index(index)
            .map_err(|e| XlsxError::part(name, damaged(&e.to_string())))?;
        Ok(Some(Part { file, read: 0, max }))
    }

    /// The bytes of the whole file, for [`line_and_column`].
    pub(super) fn bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

/// The 1-based line and column (in characters) of byte `offset` of the part `name` of the
/// workbook in `bytes`, found by reading the part again up to there (only when a problem is
/// reported); none when it cannot be read again.
pub(super) fn line_and_column(
    bytes: &[u8],
    name: &str,
    offset: u64,
    max: u64,
) -> Option<(u64, u64)> {
    let mut archive = Archive::open(bytes).ok()?;
    let mut part = archive.part(name, max).ok()??;
    let (mut line, mut column, mut done) = (1u64, 1u64, 0u64);
    let mut buffer = [0u8; 8192];
    while done < offset {
        let n = part.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        let wanted = (offset - done).min(n as u64) as usize;
        for &byte in &buffer[..wanted] {
            if byte == b'\n' {
                line += 1;
                column = 1;
            } else if byte & 0xC0 != 0x80 {
                // A byte that starts a character (not a UTF-8 continuation byte).
                column += 1;
            }
        }
        done += wanted as u64;
    }
    Some((line, column))
}

/// A part name as the index keeps it: forward slashes, lower case, no leading slash.
fn normalise(name: &str) -> String {
    name.replace('\\', "/")
        .trim_start_matches('/')
        .to_ascii_lowercase()
}

fn too_many(found: u64) -> XlsxError {
    XlsxError::file(Problem::TooManyEntries {
        found,
        max: MAX_ENTRIES,
    })
}

/// The problem for a part whose compressed data cannot be inflated.
pub(super) fn damaged(detail: &str) -> Problem {
    let reason = if detail.contains("assword") || detail.contains("ncrypt") {
        return Problem::Encrypted;
    } else if detail.contains("ompression method") {
        "it is compressed with a method workbooks do not use".to_owned()
    } else {
        "its compressed data is damaged or cut short".to_owned()
    };
    Problem::Damaged { reason }
}

/// A part being inflated, refusing to give more than `max` bytes.
pub(super) struct Part<'z, 'a> {
    file: ZipFile<'z, Cursor<&'a [u8]>>,
    read: u64,
    max: u64,
}

/// The error a [`Part`] gives once it would exceed its limit; the XML reader turns it into
/// [`Problem::PartTooLarge`].
#[derive(Debug)]
pub(super) struct LimitReached;

impl std::fmt::Display for LimitReached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the part inflates beyond its limit")
    }
}

impl std::error::Error for LimitReached {}

impl Read for Part<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // One byte more than allowed is asked for, so that reaching the limit exactly is fine.
        let allowed = (self.max + 1).saturating_sub(self.read);
        let len = buf
            .len()
            .min(usize::try_from(allowed).unwrap_or(usize::MAX));
        let n = self.file.read(&mut buf[..len])?;
        self.read += n as u64;
        if self.read > self.max {
            return Err(io::Error::other(LimitReached));
        }
        Ok(n)
    }
}

/// Whether an OLE compound file holds a stream named "EncryptedPackage" (the name is stored
/// in UTF-16): an OOXML workbook saved with a password.
fn holds_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|window| window == name)
}

/// The most entries any end-of-central-directory record in `bytes` declares (the zip reader
/// reserves room for as many before reading them). Looks at each record in the last 64 KiB
/// (where the zip reader looks), and at every ZIP64 record from the earliest place a locator
/// before one of them points to up to the last locator — in one pass, however many records a
/// hostile tail holds.
fn declared_entries(bytes: &[u8]) -> u64 {
    const EOCD: &[u8] = b"PK\x05\x06";
    const LOCATOR: &[u8] = b"PK\x06\x07";
    const EOCD64: &[u8] = b"PK\x06\x06";
    let tail_start = bytes.len().saturating_sub(22 + (1 << 16));
    let mut most = 0u64;
    // The range the ZIP64 records may be in: from the earliest place a locator points to (an
    // archive may be prefixed, so any place after it) to the last locator.
    let mut zip64_range: Option<(usize, usize)> = None;
    for at in (tail_start..bytes.len().saturating_sub(3)).filter(|&i| bytes[i..].starts_with(EOCD))
    {
        let count = |offset: usize| {
            bytes
                .get(at + offset..at + offset + 2)
                .map_or(0, |b| u64::from(u16::from_le_bytes([b[0], b[1]])))
        };
        most = most.max(count(8)).max(count(10));
        let Some(locator) = at.checked_sub(20) else {
            continue;
        };
        if !bytes[locator..].starts_with(LOCATOR) {
            continue;
        }
        let from = read_u64(bytes, locator + 8).map_or(0, |o| usize::try_from(o).unwrap_or(0));
        let from = from.min(locator);
        zip64_range = Some(match zip64_range {
            Some((start, end)) => (start.min(from), end.max(locator)),
            None => (from, locator),
        });
    }
    if let Some((start, end)) = zip64_range {
        for record in (start..end).filter(|&i| bytes[i..].starts_with(EOCD64)) {
            let total = read_u64(bytes, record + 32).unwrap_or(0);
            let on_disk = read_u64(bytes, record + 24).unwrap_or(0);
            most = most.max(total).max(on_disk);
        }
    }
    most
}

fn read_u64(bytes: &[u8], at: usize) -> Option<u64> {
    let slice = bytes.get(at..at.checked_add(8)?)?;
    let mut word = [0u8; 8];
    word.copy_from_slice(slice);
    Some(u64::from_le_bytes(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_entries_are_read_from_the_end_records() {
        let mut eocd = b"PK\x05\x06".to_vec();
        eocd.extend([0, 0, 0, 0, 0x10, 0x27, 0x11, 0x27]); // 10,000 and 10,001 entries
        eocd.extend([0; 10]);
        assert_eq!(declared_entries(&eocd), 10_001);
        assert_eq!(declared_entries(b"no zip here"), 0);
    }

    #[test]
    fn zip64_records_are_found_once_however_many_locators_point_before_them() {
        let mut record = b"PK\x06\x06".to_vec();
        record.extend([0; 20]);
        record.extend(7u64.to_le_bytes()); // entries on this disk
        record.extend((1u64 << 40).to_le_bytes()); // entries in all
        record.extend([0; 16]);
        let mut bytes = record;
        for _ in 0..1000 {
            bytes.extend(b"PK\x06\x07\0\0\0\0");
            bytes.extend(0u64.to_le_bytes()); // the ZIP64 record is at offset 0
            bytes.extend([0; 4]);
            bytes.extend(b"PK\x05\x06");
            bytes.extend([0; 18]);
        }
        assert_eq!(declared_entries(&bytes), 1 << 40);
    }
}
