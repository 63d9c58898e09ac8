//! `import-catalog`: OSCAL catalogs and CISO Assistant libraries into the user's catalog folder
//! (or `-o DIR`), through [`crate::import`]. Exit 1 for a file that is wrong (every problem at
//! its place), 2 for an output that exists without `--replace`, 3 for a file that cannot be
//! read or written.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE};
use crate::catalog;
use crate::import::{self, ImportOptions, InputFile, Summary, WriteError};
use crate::paths;

/// What the command was given.
pub struct ImportArgs<'a> {
    /// The files to import.
    pub files: &'a [PathBuf],
    /// The folder to write into; `None`: the user catalog folder.
    pub dir: Option<&'a Path>,
    /// `--id`.
    pub id: Option<&'a str>,
    /// `--replace`.
    pub replace: bool,
}

/// Runs `import-catalog`.
pub fn import_catalog(
    args: &ImportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(dir) = args
        .dir
        .map(Path::to_path_buf)
        .or_else(paths::user_catalog_dir)
    else {
        writeln!(
            err,
            "there is no user catalog folder on this system; name one with -o DIR"
        )?;
        return Ok(EXIT_USAGE);
    };
    let mut inputs = Vec::new();
    for path in args.files {
        match InputFile::read(path) {
            Ok(file) => inputs.push(file),
            Err(e) => {
                writeln!(err, "{}: {e}", path.display())?;
                return Ok(EXIT_IO);
            }
        }
    }
    let library = catalog::load_with_user_dir(Some(&dir)).library;
    let options = ImportOptions {
        id: args.id.map(str::to_owned),
        replace: args.replace,
    };
    let plan = match import::plan(&inputs, &library, &dir, &options) {
        Ok(plan) => plan,
        Err(problems) => {
            for problem in &problems {
                writeln!(err, "{problem}")?;
            }
            writeln!(err, "nothing was imported")?;
            return Ok(EXIT_INPUT);
        }
    };
    match import::write(&plan, args.replace) {
        Ok(written) => {
            for summary in &plan.summaries {
                print_summary(summary, out)?;
            }
            for path in written {
                writeln!(out, "wrote {}", path.display())?;
            }
            Ok(EXIT_OK)
        }
        Err(e @ WriteError::Exists(_)) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_USAGE)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_IO)
        }
    }
}

/// One input's summary: what it is, what it gives, its licence, what was left out.
pub fn print_summary(summary: &Summary, out: &mut dyn Write) -> std::io::Result<()> {
    write!(
        out,
        "{} ({}): `{}` {}",
        summary.file,
        summary.format.words(),
        summary.id,
        summary.name
    )?;
    if summary.mappings > 0 {
        writeln!(out, ", {} mapping(s)", summary.mappings)?;
    } else {
        writeln!(
            out,
            ", {} group(s), {} requirement(s)",
            summary.groups, summary.requirements
        )?;
    }
    if summary.scale_levels > 0 {
        writeln!(out, "  scale of {} levels", summary.scale_levels)?;
    }
    writeln!(out, "  licence: {}", summary.licence)?;
    for item in summary.left_out.words() {
        writeln!(out, "  left out: {item}")?;
    }
    Ok(())
}
