//! `oscal catalog|results|poam|mapping`: the OSCAL 1.2.3 exports (see [`crate::oscal`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::output::with_assessment;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use, refuse_output};
use crate::oscal::{self, CHECKLISTS_REVISED, OscalError};
use crate::output_guard::FileKind;

/// What to write as OSCAL.
#[derive(Debug, Subcommand)]
pub enum OscalCommand {
    /// Catalogs as OSCAL catalogs, one `<id>.catalog.json` each.
    Catalog {
        /// Catalog ids (mim6, iso27001, nis2 …); none writes every loaded catalog.
        frameworks: Vec<String>,
        /// The folder to write into.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The `last-modified` date (YYYY-MM-DD); by default the day the shipped checklists
        /// were last revised.
        #[arg(long, default_value = CHECKLISTS_REVISED)]
        date: String,
    },
    /// An assessment as OSCAL assessment results.
    Results {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Where to write it (such as ar.json).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// An assessment's roadmap as an OSCAL plan of action and milestones.
    Poam {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Where to write it (such as poam.json).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Mapping sets as OSCAL mapping collections, one `<id>.mapping.json` each.
    Mapping {
        /// Mapping set ids (mim6-iso27001 …); none writes every loaded set.
        sets: Vec<String>,
        /// The folder to write into.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The `last-modified` date (YYYY-MM-DD), as for `catalog`.
        #[arg(long, default_value = CHECKLISTS_REVISED)]
        date: String,
    },
}

/// The exit code for an export that failed.
fn exit_code(e: &OscalError) -> u8 {
    match e {
        OscalError::UnknownFramework(..)
        | OscalError::UnknownMappingSet(..)
        | OscalError::BadDate(_) => EXIT_USAGE,
        OscalError::TokenClash { .. } | OscalError::NoGaps => EXIT_INPUT,
        OscalError::Write(_) | OscalError::Folder { .. } => EXIT_IO,
    }
}

/// Runs one `oscal` command.
pub fn run(
    command: &OscalCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    match command {
        OscalCommand::Catalog {
            frameworks,
            output,
            date,
        } => folder_export(output, out, err, |library| {
            oscal::write_catalogs(library, frameworks, output, date)
        }),
        OscalCommand::Mapping { sets, output, date } => {
            folder_export(output, out, err, |library| {
                oscal::write_mappings(library, sets, output, date)
            })
        }
        OscalCommand::Results { file, output } => {
            file_export(file, output, out, err, oscal::write_results)
        }
        OscalCommand::Poam { file, output } => {
            file_export(file, output, out, err, oscal::write_plan_of_action)
        }
    }
}

fn folder_export(
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
    job: impl FnOnce(&crate::catalog::Library) -> Result<Vec<PathBuf>, OscalError>,
) -> std::io::Result<u8> {
    let loaded = load_for_use(err)?;
    match job(&loaded.library) {
        Ok(paths) => {
            for path in &paths {
                writeln!(out, "wrote {}", path.display())?;
            }
            if paths.is_empty() {
                writeln!(err, "nothing to write into {}", output.display())?;
            }
            Ok(EXIT_OK)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(exit_code(&e))
        }
    }
}

fn file_export(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
    job: fn(
        &crate::assessment::Assessment,
        &crate::catalog::Library,
        &Path,
    ) -> Result<(), OscalError>,
) -> std::io::Result<u8> {
    if let Some(code) = refuse_output(output, FileKind::Other, &[file], err)? {
        return Ok(code);
    }
    with_assessment(file, out, err, |library, assessment| {
        job(assessment, library, output)
            .map(|()| format!("wrote {}", output.display()))
            .map_err(|e| (exit_code(&e), e.to_string()))
    })
}
