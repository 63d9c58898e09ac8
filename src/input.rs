//! Reading an input file without trusting it: only regular files are read, and never more than
//! [`MAX_INPUT_BYTES`]. A FIFO would block the program forever and a device such as `/dev/zero`
//! would fill the memory; both are refused with a plain message before any byte is read.
//! Every file the program reads — assessments, tenders, catalogs, bidders' forms — goes through
//! [`read_input_file`].

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// The largest input file read: far above any real assessment, tender, catalog or form (the
/// biggest real ones are a few megabytes), low enough that a runaway file cannot exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Why an input file was not read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The operating system refused (missing file, no permission …).
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// The path names a folder, a FIFO, a device or a socket rather than a file.
    #[error("this is {kind}, not a regular file; only regular files are read")]
    NotRegular {
        /// What the path names, in plain words ("a folder", "a named pipe (FIFO)" …).
        kind: &'static str,
    },
    /// The file is larger than [`MAX_INPUT_BYTES`].
    #[error("the file is larger than {} MB, the most this program reads", MAX_INPUT_BYTES / (1024 * 1024))]
    TooLarge,
    /// The file is larger than the limit of its kind (see [`read_input_file_at_most`]).
    #[error("the file is larger than {} MB, the most this program reads for a file of this kind", limit / (1024 * 1024))]
    LargerThan {
        /// The limit in bytes.
        limit: u64,
    },
}

/// Reads the whole of `path` if it is a regular file of at most [`MAX_INPUT_BYTES`].
///
/// The file type is checked on the path before opening (so a FIFO is never opened, which would
/// block), and again on the opened handle (so a path swapped for a FIFO or device between the two
/// is still refused before reading). Reading goes through a reader limited to one byte more than
/// the limit, so a file that grows while it is read cannot exceed it either.
pub fn read_input_file(path: &Path) -> Result<Vec<u8>, InputError> {
    check_input_file(path)?;
    let file = open_without_blocking(path)?;
    let opened = file.metadata()?;
    refuse_special(&opened)?;
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    Ok(bytes)
}

/// Reads `path` as [`read_input_file`] does, but refuses a file larger than `limit` bytes (a
/// kind of file with a lower bound of its own, such as an imported catalog): the size is
/// checked before reading and the read itself stops one byte past the limit.
pub fn read_input_file_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    let limit = limit.min(MAX_INPUT_BYTES);
    check_input_file(path)?;
    if std::fs::metadata(path)?.len() > limit {
        return Err(InputError::LargerThan { limit });
    }
    let file = open_without_blocking(path)?;
    let opened = file.metadata()?;
    refuse_special(&opened)?;
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(limit)).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::LargerThan { limit });
    }
    Ok(bytes)
}

/// Checks, without opening it, that `path` is a regular file of at most [`MAX_INPUT_BYTES`]: what
/// [`read_input_file`] checks first, for callers that must tell "cannot be read" apart from
/// "read but wrong" before handing the path on.
pub fn check_input_file(path: &Path) -> Result<(), InputError> {
    let metadata = std::fs::metadata(path)?;
    refuse_special(&metadata)?;
    if metadata.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    Ok(())
}

/// Refuses anything but a regular file.
fn refuse_special(metadata: &std::fs::Metadata) -> Result<(), InputError> {
    let file_type = metadata.file_type();
    if file_type.is_file() {
        return Ok(());
    }
    Err(InputError::NotRegular {
        kind: describe_file_type(&file_type),
    })
}

/// What a non-regular file is, in plain words.
fn describe_file_type(file_type: &std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Opens `path` for reading. On Unix the open does not wait for a writer should the path have
/// been replaced by a FIFO after the type check; the handle's own type is checked next.
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK only changes how FIFOs and devices behave, and those are refused before
        // any byte is read.
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"text").unwrap();
        assert_eq!(read_input_file(&path).unwrap(), b"text");
    }

    #[test]
    fn refuses_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_input_file(dir.path()).unwrap_err();
        assert!(matches!(err, InputError::NotRegular { kind: "a folder" }));
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_device() {
        let err = read_input_file(Path::new("/dev/zero")).unwrap_err();
        assert!(err.to_string().contains("a device"), "{err}");
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        let err = read_input_file(Path::new("/no/such/file.ron")).unwrap_err();
        assert!(matches!(err, InputError::Io(_)));
    }
}
