//! The assessment commands: `example assessment`, `score` and `validate` for `.mimassess.ron`
//! files. Text output and `--json` come from the same [`ScoreSummary`].

use std::io::Write;
use std::path::Path;

use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, load_for_use, read_source, refuse_output, report_saved};
use crate::assessment::{
    self, ASSESSMENT_EXTENSION, Assessment, Phase, ScoreSummary, StoreError, check,
    example_assessment, format_mean, summarize,
};
use crate::catalog::Library;
use crate::words::Words;

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

/// `score FILE [--json]`: the text in the assessment's language (its catalog texts and the
/// report's words); the JSON as it always was, from the catalogs as loaded.
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
    if json {
        let summary = summarize(&assessment, &report.library);
        match serde_json::to_string_pretty(&summary) {
            Ok(text) => writeln!(out, "{text}")?,
            Err(e) => {
                writeln!(err, "could not write JSON: {e}")?;
                return Ok(EXIT_IO);
            }
        }
    } else {
        let library = report.library.for_document(&assessment.language);
        let summary = summarize(&assessment, &library);
        write_text(&summary, &Words::for_language(&assessment.language), out)?;
    }
    Ok(EXIT_OK)
}

/// A mean as the report writes it, with the language's decimal separator.
fn mean(w: &Words, value: Option<f64>) -> String {
    localized(w, format_mean(value))
}

/// A number as Rust writes it (3, 2.5), with the language's decimal separator.
fn localized(w: &Words, text: String) -> String {
    let separator = w.get("doc-decimal-separator");
    if separator == "." {
        text
    } else {
        text.replace('.', &separator)
    }
}

/// A phase's label in `w`'s words (the summary carries the English label).
fn phase(w: &Words, label: &str) -> String {
    [
        (Phase::FirstThreeMonths, "report-phase-first"),
        (Phase::ThreeToTwelveMonths, "report-phase-second"),
        (Phase::AfterTwelveMonths, "report-phase-later"),
    ]
    .into_iter()
    .find(|(p, _)| p.label() == label)
    .map_or_else(|| label.to_owned(), |(_, id)| w.get(id))
}

fn write_text(s: &ScoreSummary, w: &Words, out: &mut dyn Write) -> std::io::Result<()> {
    write_heading(s, w, out)?;
    writeln!(out)?;
    write_table(s, w, out)?;
    writeln!(out)?;
    write_verdict_and_gaps(s, w, out)?;
    write_changes(s, w, out)
}

/// Who, when, on which scale and against which profile.
fn write_heading(s: &ScoreSummary, w: &Words, out: &mut dyn Write) -> std::io::Result<()> {
    let o = &s.organisation;
    writeln!(
        out,
        "{}",
        w.with(
            "report-score-heading",
            &[
                ("organisation", (&o.name).into()),
                ("place", format!("{}, {}", o.city, o.country).into()),
                ("round", s.round.to_string().into()),
                ("date", (&s.date).into()),
            ],
        )
    )?;
    writeln!(
        out,
        "{}",
        w.with(
            "report-score-scale",
            &[
                ("scale", (&s.scale.id).into()),
                ("min", s.scale.min.to_string().into()),
                ("max", s.scale.max.to_string().into()),
                ("profile", (&s.profile.name).into()),
                (
                    "key",
                    localized(w, s.profile.key_measure_min.to_string()).into(),
                ),
                (
                    "overall",
                    localized(w, s.profile.overall_min.to_string()).into(),
                ),
            ],
        )
    )
}

/// The scores per framework and overall.
fn write_table(s: &ScoreSummary, w: &Words, out: &mut dyn Write) -> std::io::Result<()> {
    // The columns at their English widths, wider where a language's heading needs it.
    let heads = [
        "report-score-col-framework",
        "report-score-col-mean",
        "report-score-col-answered",
        "report-score-col-unanswered",
        "report-score-col-na",
        "report-score-col-complete",
    ]
    .map(|id| w.get(id));
    let mut widths = [12, 6, 9, 11, 5, 10];
    for (width, head) in widths.iter_mut().zip(&heads) {
        *width = (*width).max(head.chars().count());
    }
    let [c0, c1, c2, c3, c4, c5] = widths;
    writeln!(
        out,
        "{:<c0$} {:>c1$} {:>c2$} {:>c3$} {:>c4$} {:>c5$}",
        heads[0], heads[1], heads[2], heads[3], heads[4], heads[5]
    )?;
    let percent = c5 - 1;
    let overall = w.get("report-score-overall");
    for (name, t) in s
        .frameworks
        .iter()
        .map(|f| (f.id.as_str(), &f.tally))
        .chain(std::iter::once((overall.as_str(), &s.overall)))
    {
        writeln!(
            out,
            "{:<c0$} {:>c1$} {:>c2$} {:>c3$} {:>c4$} {:>percent$.0}%",
            name,
            mean(w, t.mean),
            t.answered,
            t.unanswered,
            t.not_applicable,
            t.completeness * 100.0
        )?;
    }
    Ok(())
}

/// The key measures, the verdict, the top gaps and the roadmap rule.
fn write_verdict_and_gaps(s: &ScoreSummary, w: &Words, out: &mut dyn Write) -> std::io::Result<()> {
    let k = &s.key_measures;
    writeln!(
        out,
        "{}",
        w.with(
            "report-score-key-measures",
            &[
                ("total", k.total.into()),
                ("met", k.met.into()),
                ("below", k.not_met.into()),
                (
                    "min",
                    localized(w, s.profile.key_measure_min.to_string()).into(),
                ),
                ("open", k.unanswered.into()),
                ("na", k.not_applicable.into()),
            ],
        )
    )?;
    let verdict = w.get(match s.verdict {
        "reached" => "report-score-verdict-reached",
        "not_reached" => "report-score-verdict-not-reached",
        _ => "report-score-verdict-incomplete",
    });
    writeln!(
        out,
        "{}",
        w.with(
            "report-score-verdict",
            &[
                ("profile", (&s.profile.name).into()),
                ("verdict", verdict.into()),
            ],
        )
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        w.with("report-score-gaps", &[("count", s.gaps.len().into())])
    )?;
    let priority = w.get("report-score-priority");
    for g in s.gaps.iter().take(TOP_GAPS) {
        writeln!(
            out,
            "  {:<22} {:<6} {} → {}  {priority} {:>2}  {}",
            g.id,
            g.strength,
            g.current,
            g.target,
            g.priority,
            phase(w, g.phase)
        )?;
    }
    writeln!(
        out,
        "{}",
        w.with(
            "report-score-rule",
            &[("rule", w.get("report-roadmap-rule").into())]
        )
    )
}

/// What is derived through mappings, the change since the last round and unknown ids.
fn write_changes(s: &ScoreSummary, w: &Words, out: &mut dyn Write) -> std::io::Result<()> {
    if !s.derived.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", w.get("report-score-derived"))?;
        for d in &s.derived {
            writeln!(
                out,
                "  {:<12} {}",
                d.framework,
                w.with(
                    "report-score-derived-line",
                    &[
                        ("covered", d.covered.into()),
                        ("partly", d.partly.into()),
                        ("missing", d.not_covered.into()),
                    ],
                )
            )?;
        }
    }
    if let Some(r) = &s.since_last_round {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            w.with(
                "report-score-since",
                &[
                    ("round", r.compared_with_round.to_string().into()),
                    ("rose", r.rose.len().into()),
                    ("fell", r.fell.len().into()),
                    ("new", r.newly_answered.into()),
                    ("lost", r.no_longer_answered.into()),
                ],
            )
        )?;
        for (title, changes) in [
            ("report-score-rose", &r.rose),
            ("report-score-fell", &r.fell),
        ] {
            if changes.is_empty() {
                continue;
            }
            let shown = changes
                .iter()
                .take(TOP_GAPS)
                .map(|(id, before, after)| format!("{id} {before}→{after}"))
                .collect::<Vec<String>>()
                .join(", ");
            let more = changes.len().saturating_sub(TOP_GAPS);
            let list = if more > 0 {
                w.with(
                    "report-score-more",
                    &[("list", shown.into()), ("count", more.into())],
                )
            } else {
                shown
            };
            writeln!(out, "  {}: {list}", w.get(title))?;
        }
    }
    if !s.unknown_ids.is_empty() {
        writeln!(
            out,
            "{}",
            w.with(
                "report-score-unknown",
                &[
                    ("count", s.unknown_ids.len().into()),
                    ("ids", s.unknown_ids.join(", ").into()),
                ],
            )
        )?;
    }
    Ok(())
}
