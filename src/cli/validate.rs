//! `validate`: checks catalog, mapping, scale and profile files, or assessment, part and
//! tender files against the loaded catalogs, each problem at its `file:line:col`.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, assessment, procurement, sharing, validate_each};
use crate::catalog;
use crate::paths;

/// Validates `paths` (or the shipped and the user's catalogs when there are none); `strict`
/// counts the lint's warnings as problems. Returns the exit code.
pub(super) fn validate(
    paths: &[PathBuf],
    strict: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    for path in paths {
        if !path.exists() {
            writeln!(err, "{}: no such file or folder", path.display())?;
            return Ok(EXIT_IO);
        }
    }
    let (tenders, rest): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| procurement::is_tender_file(p));
    let (parts, rest): (Vec<PathBuf>, Vec<PathBuf>) = rest
        .into_iter()
        .partition(|p| crate::sharing::is_part_file(p));
    let (assessments, catalogs): (Vec<PathBuf>, Vec<PathBuf>) = rest
        .into_iter()
        .partition(|p| assessment::is_assessment_file(p));
    let mut code = EXIT_OK;
    if !tenders.is_empty() {
        code = code.max(validate_each(
            &tenders,
            out,
            err,
            procurement::load_tender_checked,
            |t| format!("{} items", t.items.len()),
        )?);
    }
    if !assessments.is_empty() {
        code = code.max(validate_each(
            &assessments,
            out,
            err,
            assessment::load_checked_with_logo,
            |a| format!("{} answers", a.answers.len()),
        )?);
    }
    if !parts.is_empty() {
        code = code.max(validate_each(
            &parts,
            out,
            err,
            sharing::load_part_checked,
            |p| {
                format!(
                    "part for {}, {} requirements",
                    p.contributor.name,
                    p.items.len()
                )
            },
        )?);
    }
    let documents = !tenders.is_empty() || !assessments.is_empty() || !parts.is_empty();
    if documents && (catalogs.is_empty() || code != EXIT_OK) {
        return Ok(code);
    }
    let paths = &catalogs[..];
    let (report, warnings) = if paths.is_empty() {
        let dir = paths::user_catalog_dir();
        (
            catalog::load_with_user_dir(dir.as_deref()),
            catalog::lint_with_user_dir(dir.as_deref()),
        )
    } else {
        (catalog::load_paths(paths), catalog::lint_paths(paths))
    };
    for problem in &report.problems {
        writeln!(err, "{problem}")?;
    }
    for line in &report.unreadable {
        writeln!(err, "{line}")?;
    }
    if !report.unreadable.is_empty() {
        return Ok(EXIT_IO);
    }
    if !report.problems.is_empty() {
        writeln!(err, "{} problem(s) found", report.problems.len())?;
        return Ok(EXIT_INPUT);
    }
    for warning in &warnings {
        writeln!(err, "warning: {warning}")?;
    }
    if strict && !warnings.is_empty() {
        writeln!(
            err,
            "{} warning(s) found; --strict counts them as problems",
            warnings.len()
        )?;
        return Ok(EXIT_INPUT);
    }
    let library = &report.library;
    writeln!(
        out,
        "ok: {} frameworks, {} requirements, {} mapping sets, {} scales, {} profiles; no problems",
        library.frameworks().len(),
        library.requirement_count(),
        library.mapping_sets().len(),
        library.scales().len(),
        library.profiles().len()
    )?;
    Ok(EXIT_OK)
}
