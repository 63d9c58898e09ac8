//! The assessment commands: `example assessment`, `score` and `validate` for `.mimassess.ron`
//! files. Text output and `--json` come from the same [`ScoreSummary`].

use std::io::Write;
use std::path::Path;

use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, load_for_use, read_source, refuse_output, report_saved};
use crate::assessment::{
    self, ASSESSMENT_EXTENSION, Assessment, ScoreSummary, StoreError, check, example_assessment,
    format_mean, summarize,
};
use crate::catalog::Library;

/// How many gaps the text output lists.
const TOP_GAPS: usize = 10;

/// True for paths named like assessment files.
pub fn is_assessment_file(path: &Path) -> bool {
    path.to_string_lossy().ends_with(ASSESSMENT_EXTENSION)
}

/// `example assessment -o FILE`.
pub fn example(
    output: &Path,
    language: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    if let Some(code) = refuse_output(output, crate::output_guard::FileKind::Assessment, &[], err)?
    {
        return Ok(code);
    }
    let report = load_for_use(err)?;
    if let Some(code) = super::refuse_language(language, &report.library, err)? {
        return Ok(code);
    }
    let mut example = example_assessment(&report.library);
    example.language = language.to_owned();
    let wrote = format!(
        "wrote {} ({} answers; try `mim-assistant score {}`)",
        output.display(),
        example.answers.len(),
        output.display()
    );
    report_saved(assessment::save(&example, output), wrote, out, err)
}

/// Loads and checks an assessment; prints what is wrong and returns the exit code on failure.
pub(super) fn load_checked(
    path: &Path,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Result<Assessment, u8>> {
    let file = match read_source(path, err)? {
        Ok(file) => file,
        Err(code) => return Ok(Err(code)),
    };
    let loaded = match assessment::parse(&file) {
        Ok(loaded) => loaded,
        Err(StoreError::Invalid(problem)) => {
            writeln!(err, "{problem}")?;
            return Ok(Err(EXIT_INPUT));
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(Err(EXIT_IO));
        }
    };
    if let Some(version) = loaded.migrated_from {
        writeln!(
            err,
            "note: {} is in format version {version}; it was read, and saving it writes the current version",
            path.display()
        )?;
    }
    let report = check(&loaded.assessment, &file, library);
    for notice in &report.notices {
        writeln!(err, "note: {notice}")?;
    }
    for problem in &report.problems {
        writeln!(err, "{problem}")?;
    }
    if report.problems.is_empty() {
        Ok(Ok(loaded.assessment))
    } else {
        Ok(Err(EXIT_INPUT))
    }
}

/// [`load_checked`] for `validate`: also checks the logo the assessment names, so a file that
/// validates is one `report` can use (exit 1 for a file that is no usable image, 3 for one that
/// cannot be read).
pub(super) fn load_checked_with_logo(
    path: &Path,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Result<Assessment, u8>> {
    let assessment = match load_checked(path, library, err)? {
        Ok(assessment) => assessment,
        Err(code) => return Ok(Err(code)),
    };
    match crate::report::assessment_logo(&assessment, Some(path)) {
        Ok(_) => Ok(Ok(assessment)),
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(Err(if e.is_unreadable() {
                EXIT_IO
            } else {
                EXIT_INPUT
            }))
        }
    }
}

/// `score FILE [--json]`.
pub fn score(
    path: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let assessment = match load_checked(path, &report.library, err)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let summary = summarize(&assessment, &report.library);
    if json {
        match serde_json::to_string_pretty(&summary) {
            Ok(text) => writeln!(out, "{text}")?,
            Err(e) => {
                writeln!(err, "could not write JSON: {e}")?;
                return Ok(EXIT_IO);
            }
        }
    } else {
        write_text(&summary, out)?;
    }
    Ok(EXIT_OK)
}

fn write_text(s: &ScoreSummary, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{} ({}, {}) — round {}, {}",
        s.organisation.name, s.organisation.city, s.organisation.country, s.round, s.date
    )?;
    writeln!(
        out,
        "Scale {} ({}–{}); target profile: {} (every key measure ≥ {}, overall ≥ {})",
        s.scale.id,
        s.scale.min,
        s.scale.max,
        s.profile.name,
        s.profile.key_measure_min,
        s.profile.overall_min
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>6} {:>9} {:>11} {:>5} {:>10}",
        "framework", "mean", "answered", "unanswered", "N/A", "complete"
    )?;
    for f in &s.frameworks {
        writeln!(
            out,
            "{:<12} {:>6} {:>9} {:>11} {:>5} {:>9.0}%",
            f.id,
            format_mean(f.tally.mean),
            f.tally.answered,
            f.tally.unanswered,
            f.tally.not_applicable,
            f.tally.completeness * 100.0
        )?;
    }
    writeln!(
        out,
        "{:<12} {:>6} {:>9} {:>11} {:>5} {:>9.0}%",
        "overall",
        format_mean(s.overall.mean),
        s.overall.answered,
        s.overall.unanswered,
        s.overall.not_applicable,
        s.overall.completeness * 100.0
    )?;
    writeln!(out)?;
    let k = &s.key_measures;
    writeln!(
        out,
        "Key measures: {} — {} met, {} below {}, {} unanswered, {} not applicable",
        k.total, k.met, k.not_met, s.profile.key_measure_min, k.unanswered, k.not_applicable
    )?;
    let verdict = match s.verdict {
        "reached" => "reached",
        "not_reached" => "NOT reached",
        _ => "not yet decided (key measures unanswered)",
    };
    writeln!(out, "Verdict against \"{}\": {verdict}", s.profile.name)?;
    writeln!(out)?;
    writeln!(out, "Top gaps (of {}):", s.gaps.len())?;
    for g in s.gaps.iter().take(TOP_GAPS) {
        writeln!(
            out,
            "  {:<22} {:<6} {} → {}  priority {:>2}  {}",
            g.id, g.strength, g.current, g.target, g.priority, g.phase
        )?;
    }
    writeln!(out, "Roadmap rule: {}", s.roadmap_rule)?;
    if !s.derived.is_empty() {
        writeln!(out)?;
        writeln!(out, "Derived through mappings (not assessed directly):")?;
        for d in &s.derived {
            writeln!(
                out,
                "  {:<12} {} covered, {} partly covered, {} not covered (derived)",
                d.framework, d.covered, d.partly, d.not_covered
            )?;
        }
    }
    if let Some(r) = &s.since_last_round {
        writeln!(out)?;
        writeln!(
            out,
            "Since round {}: {} rose, {} fell, {} newly answered, {} no longer answered",
            r.compared_with_round,
            r.rose.len(),
            r.fell.len(),
            r.newly_answered,
            r.no_longer_answered
        )?;
        for (title, changes) in [("Rose", &r.rose), ("Fell", &r.fell)] {
            if changes.is_empty() {
                continue;
            }
            let shown: Vec<String> = changes
                .iter()
                .take(TOP_GAPS)
                .map(|(id, before, after)| format!("{id} {before}→{after}"))
                .collect();
            let more = changes.len().saturating_sub(TOP_GAPS);
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            writeln!(out, "  {title}: {}{tail}", shown.join(", "))?;
        }
    }
    if !s.unknown_ids.is_empty() {
        writeln!(
            out,
            "{} answer(s) name requirements not in the loaded catalogs; they are kept: {}",
            s.unknown_ids.len(),
            s.unknown_ids.join(", ")
        )?;
    }
    Ok(())
}
