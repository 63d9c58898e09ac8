//! The sharing commands: `assign` (contributors and who answers what), `hand-out` (a part file
//! or a questionnaire for one contributor), `merge` (returned parts, shown first and taken
//! only with `--apply`), `progress` and `submit` (the contributor's side). All of them call
//! [`crate::sharing`], as the window does.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::assessment::load_checked;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use, refuse_output, report_saved};
use crate::assessment::{self, Answer, Assessment, Contributor, PartForm, today};
use crate::catalog::{Library, Scale};
use crate::output_guard::FileKind;
use crate::sharing::{
    self, Choice, MergePlan, MergeRow, Part, apply_merge, plan_merge, read_returned,
};
use crate::store::{save_ron, write_bytes_safely};

/// The arguments of `assign`.
pub struct AssignArgs<'a> {
    /// The assessment.
    pub file: &'a Path,
    /// The contributor to assign to (added when new).
    pub to: Option<&'a str>,
    /// Their role, for a new contributor.
    pub role: Option<&'a str>,
    /// Their e-mail, for a new contributor.
    pub email: Option<&'a str>,
    /// Take the items off whoever has them instead.
    pub unassign: bool,
    /// The coordinator's instructions for every part.
    pub instructions: Option<&'a str>,
    /// Requirement, group or framework ids.
    pub items: &'a [String],
}

/// `assign FILE --to NAME [--role R] [--email E] ITEM...`, `assign FILE --unassign ITEM...`.
pub fn assign(args: &AssignArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let library = &report.library;
    let mut assessment = match load_checked(args.file, library, err)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    if let Some(text) = args.instructions {
        assessment.team.instructions = text.trim().to_owned();
    }
    let mut said = Vec::new();
    if let Some(name) = args.to {
        let name = name.trim();
        if assessment.team.contributor(name).is_none() {
            let contributor = Contributor {
                name: name.to_owned(),
                role: args.role.unwrap_or_default().to_owned(),
                email: args.email.unwrap_or_default().to_owned(),
            };
            if let Err(e) = sharing::add_contributor(&mut assessment.team, contributor) {
                writeln!(err, "{e}")?;
                return Ok(EXIT_USAGE);
            }
            said.push(format!("added {name} as a contributor"));
        }
    }
    if !args.items.is_empty() {
        let to = if args.unassign {
            None
        } else {
            args.to.map(str::trim)
        };
        if to.is_none() && !args.unassign {
            writeln!(
                err,
                "say who answers them with --to NAME, or take them off with --unassign"
            )?;
            return Ok(EXIT_USAGE);
        }
        match sharing::assign(&mut assessment, library, to, args.items) {
            Ok(n) => said.push(match to {
                Some(name) => format!("{n} requirement(s) newly assigned to {name}"),
                None => format!("{n} requirement(s) unassigned"),
            }),
            Err(e) => {
                writeln!(err, "{e}")?;
                return Ok(EXIT_USAGE);
            }
        }
    }
    said.push(format!("wrote {}", args.file.display()));
    report_saved(
        assessment::save(&assessment, args.file),
        said.join("; "),
        out,
        err,
    )
}

/// `hand-out FILE --to NAME -o PART [ITEM...]`: the ending of PART chooses the form
/// (`.mimpart.ron` or `.xlsx`); records the hand-out in the assessment.
pub fn hand_out(
    file: &Path,
    to: &str,
    output: &Path,
    items: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let form = if sharing::is_part_file(output) {
        PartForm::PartFile
    } else if output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    {
        PartForm::Questionnaire
    } else {
        writeln!(
            err,
            "{}: the part's name must end in .mimpart.ron (a part file) or .xlsx (a questionnaire)",
            output.display()
        )?;
        return Ok(EXIT_USAGE);
    };
    let kind = match form {
        PartForm::PartFile => FileKind::Part,
        PartForm::Questionnaire => FileKind::Spreadsheet,
    };
    if let Some(code) = refuse_output(output, kind, &[file], err)? {
        return Ok(code);
    }
    let report = load_for_use(err)?;
    let mut assessment = match load_checked(file, &report.library, err)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let handout = match sharing::hand_out(
        &mut assessment,
        &report.library,
        to.trim(),
        items,
        form,
        &today(),
    ) {
        Ok(h) => h,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(EXIT_USAGE);
        }
    };
    // The part's bytes first (nothing is written if they cannot be made), then the assessment
    // with the hand-out recorded, then the part: a part is never out unrecorded, and if the
    // part cannot be written the record is taken out again.
    let bytes = match form {
        PartForm::PartFile => ron_text(&Part::for_handout(&assessment, &handout)),
        PartForm::Questionnaire => {
            let library = report.library.for_document(&assessment.language);
            sharing::write_questionnaire(&assessment, &library, &handout).map_err(|e| e.to_string())
        }
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(EXIT_IO);
        }
    };
    if let Err(e) = assessment::save(&assessment, file) {
        writeln!(err, "{e}")?;
        return Ok(EXIT_IO);
    }
    if let Err(e) = write_bytes_safely(output, &bytes) {
        writeln!(err, "{e}")?;
        assessment.team.handouts.retain(|h| h.id != handout.id);
        if let Err(e) = assessment::save(&assessment, file) {
            writeln!(err, "{e}")?;
        }
        return Ok(EXIT_IO);
    }
    writeln!(
        out,
        "wrote {} for {} ({} requirements, part {}); recorded in {}",
        output.display(),
        handout.contributor,
        handout.items.len(),
        handout.id,
        file.display()
    )?;
    Ok(EXIT_OK)
}

/// A part file's text, as [`save_ron`] writes it.
fn ron_text(part: &Part) -> Result<Vec<u8>, String> {
    crate::store::ron_text(part)
        .map(String::into_bytes)
        .map_err(|e| e.to_string())
}

/// The arguments of `merge`.
pub struct MergeArgs<'a> {
    /// The coordinator's assessment.
    pub file: &'a Path,
    /// The returned parts.
    pub parts: &'a [PathBuf],
    /// Conflicts to decide for the coordinator's answer (requirement ids).
    pub keep: &'a [String],
    /// Conflicts to decide for a contributor: `QID=NAME`.
    pub take: &'a [String],
    /// Take the answers; without it the plan is only shown.
    pub apply: bool,
}

/// `merge FILE PART... [--keep QID] [--take QID=NAME] [--apply]`.
pub fn merge(args: &MergeArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let mut assessment = match load_checked(args.file, &report.library, err)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let library = report.library.for_document(&assessment.language);
    let mut returned = Vec::new();
    let mut unreadable = false;
    for path in args.parts {
        match read_returned(path, &assessment, &library) {
            Ok(part) => returned.push(part),
            Err(problem) => {
                writeln!(err, "refused: {problem}")?;
                unreadable = true;
            }
        }
    }
    let plan = plan_merge(&assessment, &library, returned);
    write_plan(&plan, &assessment, &library, out)?;
    for refusal in &plan.refused {
        writeln!(err, "refused: {refusal}")?;
    }
    for flag in &plan.flags {
        writeln!(err, "left out: {flag}")?;
    }
    if unreadable || !plan.refused.is_empty() {
        writeln!(
            err,
            "nothing was merged: {} is unchanged",
            args.file.display()
        )?;
        return Ok(EXIT_INPUT);
    }
    let choices = match choices(&plan, args.keep, args.take) {
        Ok(c) => c,
        Err(message) => {
            writeln!(err, "{message}")?;
            return Ok(EXIT_USAGE);
        }
    };
    if !args.apply {
        writeln!(out, "nothing taken yet: add --apply to take these answers")?;
        return Ok(EXIT_OK);
    }
    match apply_merge(&mut assessment, &plan, &choices, &today()) {
        Ok(summary) => {
            let wrote = format!(
                "took {} answer(s), kept yours for {}; {} part(s) merged, {} still out; wrote {}",
                summary.taken,
                summary.kept,
                summary.parts_merged,
                summary.parts_still_out,
                args.file.display()
            );
            report_saved(assessment::save(&assessment, args.file), wrote, out, err)
        }
        Err(e) => {
            writeln!(err, "{e}; decide each with --keep QID or --take QID=NAME")?;
            writeln!(
                err,
                "nothing was merged: {} is unchanged",
                args.file.display()
            )?;
            Ok(EXIT_INPUT)
        }
    }
}

/// The coordinator's choices from `--keep` and `--take`, checked against the plan.
fn choices(
    plan: &MergePlan,
    keep: &[String],
    take: &[String],
) -> Result<BTreeMap<String, Choice>, String> {
    let conflict = |qid: &str| {
        plan.conflicts().find_map(|row| match row {
            MergeRow::Conflict { qid: q, theirs, .. } if q == qid => Some(theirs),
            _ => None,
        })
    };
    let mut choices = BTreeMap::new();
    for qid in keep {
        if conflict(qid).is_none() {
            return Err(format!("--keep {qid}: {qid} is not in conflict"));
        }
        choices.insert(qid.clone(), Choice::Keep);
    }
    for choice in take {
        let Some((qid, name)) = choice.split_once('=') else {
            return Err(format!(
                "--take {choice}: expected QID=NAME, such as iso27001:A.5.15=Erik Holm"
            ));
        };
        let Some(theirs) = conflict(qid) else {
            return Err(format!("--take {choice}: {qid} is not in conflict"));
        };
        let Some(side) = theirs.iter().find(|s| s.contributor == name.trim()) else {
            return Err(format!("--take {choice}: {name} did not answer {qid}"));
        };
        choices.insert(qid.to_owned(), Choice::Take(side.part));
    }
    Ok(choices)
}

/// The plan, one line per part and one per taken or conflicting requirement.
fn write_plan(
    plan: &MergePlan,
    assessment: &Assessment,
    library: &Library,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let scale = library.scale(&assessment.scale);
    for part in &plan.parts {
        writeln!(
            out,
            "part {} from {}: {} requirement(s){}",
            part.source,
            part.contributor,
            part.items.len(),
            if part.submitted {
                ", submitted"
            } else {
                ", not marked submitted"
            }
        )?;
    }
    for row in &plan.rows {
        match row {
            MergeRow::Unchanged { .. } => {}
            MergeRow::Taken { qid, side } => writeln!(
                out,
                "  taken     {qid}: {} — by {}, {}",
                describe(side.answer.as_ref(), scale),
                side.contributor,
                when(&side.changed)
            )?,
            MergeRow::Conflict { qid, ours, theirs } => {
                let by = ours
                    .as_ref()
                    .and_then(|a| a.answered_by.clone())
                    .unwrap_or_else(|| "you".to_owned());
                let changed = ours.as_ref().map_or("", |a| a.changed.as_str());
                write!(
                    out,
                    "  conflict  {qid}: now {} (by {by}, {changed})",
                    describe(ours.as_ref(), scale)
                )?;
                for side in theirs {
                    write!(
                        out,
                        " | {}: {} ({})",
                        side.contributor,
                        describe(side.answer.as_ref(), scale),
                        when(&side.changed)
                    )?;
                }
                writeln!(out)?;
            }
        }
    }
    writeln!(
        out,
        "{} to take, {} in conflict, {} unchanged",
        plan.taken(),
        plan.conflicts().count(),
        plan.unchanged()
    )
}

/// A side's date, or where a questionnaire's answer (which has none) comes from.
fn when(changed: &str) -> String {
    if changed.is_empty() {
        "from the questionnaire".to_owned()
    } else {
        format!("on {changed}")
    }
}

/// An answer in a few words: the level with its name, or not applicable, with a mark when
/// there are notes or evidence.
pub(super) fn describe(answer: Option<&Answer>, scale: Option<&Scale>) -> String {
    let Some(answer) = answer else {
        return "unanswered".to_owned();
    };
    let mut text = if let Some(reason) = &answer.not_applicable {
        format!("not applicable ({reason})")
    } else if let Some(level) = answer.current {
        let name = scale
            .and_then(|s| s.level(level))
            .map(|l| format!(" {}", l.name))
            .unwrap_or_default();
        format!("level {level}{name}")
    } else {
        "unanswered".to_owned()
    };
    if !answer.notes.is_empty() {
        text.push_str(", with notes");
    }
    if !answer.evidence.is_empty() {
        text.push_str(&format!(", {} evidence", answer.evidence.len()));
    }
    text
}

/// `progress FILE`: per contributor, assigned, answered, out, submitted and merged.
pub fn progress(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let assessment = match load_checked(file, &report.library, err)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let rows = sharing::progress(&assessment);
    if rows.is_empty() {
        writeln!(
            out,
            "no contributors yet; add one with `mim-assistant assign {} --to NAME ITEM...`",
            file.display()
        )?;
        return Ok(EXIT_OK);
    }
    writeln!(
        out,
        "{:<28} {:>8} {:>8} {:>6} {:>9} {:>7}",
        "contributor", "assigned", "answered", "out", "submitted", "merged"
    )?;
    for row in rows {
        writeln!(
            out,
            "{:<28} {:>8} {:>8} {:>6} {:>9} {:>7}",
            row.contributor.describe(),
            row.assigned,
            row.answered,
            row.out,
            row.submitted,
            row.merged
        )?;
    }
    writeln!(out, "{} part(s) out", assessment.team.parts_out())?;
    Ok(EXIT_OK)
}

/// `submit PART`: the contributor marks their part submitted (the window's "Mark as
/// submitted").
pub fn submit(part: &Path, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let mut loaded = match sharing::load_part(part) {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(match e {
                assessment::StoreError::Invalid(_) => EXIT_INPUT,
                _ => EXIT_IO,
            });
        }
    };
    loaded.submitted = true;
    let wrote = format!(
        "marked {} submitted; send it back to {}",
        part.display(),
        loaded.coordinator
    );
    report_saved(save_ron(&loaded, part), wrote, out, err)
}

/// Loads and checks a part file for `validate`: its syntax at `file:line:col`, then the
/// contributor's working copy against the loaded catalogs as an assessment is checked.
pub(super) fn load_part_checked(
    path: &Path,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Result<Part, u8>> {
    let file = match super::read_source(path, err)? {
        Ok(file) => file,
        Err(code) => return Ok(Err(code)),
    };
    let part = match sharing::parse_part(&file) {
        Ok(part) => part,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(Err(match e {
                assessment::StoreError::Invalid(_) => EXIT_INPUT,
                _ => EXIT_IO,
            }));
        }
    };
    let report = assessment::check(&part.assessment, &file, library);
    for problem in &report.problems {
        writeln!(err, "{problem}")?;
    }
    if report.problems.is_empty() {
        Ok(Ok(part))
    } else {
        Ok(Err(EXIT_INPUT))
    }
}
