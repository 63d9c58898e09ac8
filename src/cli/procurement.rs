//! The procurement commands: `example tender`, `annex` (annex PDF and response form) and
//! `evaluate` (bidders' filled forms → ranking and evaluation PDF). `validate` also checks
//! tender files through [`load_tender_checked`].

use std::io::Write;
use std::path::{Path, PathBuf};

use super::output::document_kind;
use super::{
    EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use, read_source, refuse_output,
    report_saved,
};
use crate::assessment::{StoreError, write_bytes_safely};
use crate::catalog::Library;
use crate::output_guard::FileKind;
use crate::procurement::{
    BidResponse, BidStatus, FormFormat, TENDER_EXTENSION, Tender, TenderEdit, check_tender,
    evaluate, example_tender, locate_tender_problems, parse_tender, read_bids, response_form,
    save_tender,
};
use crate::report::{evaluation_report, render, tender_annex, to_docx};

/// True for paths named like tender files.
pub fn is_tender_file(path: &Path) -> bool {
    path.to_string_lossy().ends_with(TENDER_EXTENSION)
}

/// `example tender -o FILE`.
pub fn example(
    output: &Path,
    language: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    if let Some(code) = refuse_output(output, FileKind::Tender, &[], err)? {
        return Ok(code);
    }
    let report = load_for_use(err)?;
    if let Some(code) = super::refuse_language(language, &report.library, err)? {
        return Ok(code);
    }
    let mut tender = example_tender(&report.library);
    tender.language = language.to_owned();
    let wrote = format!(
        "wrote {} ({} items; try `mim-assistant annex {} -o annex.pdf --form form.xlsx`)",
        output.display(),
        tender.items.len(),
        output.display()
    );
    report_saved(save_tender(&tender, output), wrote, out, err)
}

/// Loads a tender and checks its ids against `library`; prints what is wrong (and the buyer's
/// warnings as notes) and returns the exit code on failure.
pub(super) fn load_tender_checked(
    path: &Path,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Result<Tender, u8>> {
    let file = match read_source(path, err)? {
        Ok(file) => file,
        Err(code) => return Ok(Err(code)),
    };
    let tender = match parse_tender(&file) {
        Ok(tender) => tender,
        Err(StoreError::Invalid(problem)) => {
            writeln!(err, "{problem}")?;
            return Ok(Err(EXIT_INPUT));
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(Err(EXIT_IO));
        }
    };
    let problems = locate_tender_problems(&tender, &file, library);
    for problem in &problems {
        writeln!(err, "{problem}")?;
    }
    if !problems.is_empty() {
        return Ok(Err(EXIT_INPUT));
    }
    for warning in check_tender(&tender, library) {
        writeln!(err, "note: {}: {}", path.display(), warning.message())?;
    }
    Ok(Ok(tender))
}

/// `annex TENDER -o OUT.pdf|OUT.docx [--form OUT.xlsx|OUT.csv]`: the annex as PDF, or as an
/// editable Word document when the output ends in `.docx`.
pub fn annex(
    file: &Path,
    output: &Path,
    form: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let format = match form.map(|f| (f, FormFormat::from_path(f))) {
        Some((f, None)) => {
            writeln!(
                err,
                "{}: the response form is written as .xlsx or .csv; choose one of these endings",
                f.display()
            )?;
            return Ok(EXIT_USAGE);
        }
        Some((_, format)) => format,
        None => None,
    };
    let others: Vec<&Path> = std::iter::once(file).chain(form).collect();
    let (kind, docx) = document_kind(output);
    if let Some(code) = refuse_output(output, kind, &others, err)? {
        return Ok(code);
    }
    if let Some(code) = form.map_or(Ok(None), |f| {
        refuse_output(f, FileKind::Spreadsheet, &[file, output], err)
    })? {
        return Ok(code);
    }
    let loaded = load_for_use(err)?;
    let library = &loaded.library;
    let tender = match load_tender_checked(file, library, err)? {
        Ok(tender) => tender,
        Err(code) => return Ok(code),
    };
    if let Some(blocking) = check_tender(&tender, library)
        .into_iter()
        .find(|w| w.blocks_export())
    {
        writeln!(
            err,
            "{}: {} Nothing was written.",
            file.display(),
            blocking.message()
        )?;
        return Ok(EXIT_INPUT);
    }
    let library = &*library.for_document(&tender.language);
    let annex = tender_annex(&tender, library);
    let made = if docx {
        to_docx(&annex)
            .map(|bytes| (bytes, output.display().to_string()))
            .map_err(|e| e.to_string())
    } else {
        render(&annex)
            .map(|pdf| {
                (
                    pdf.bytes,
                    format!("{}: {} pages", output.display(), pdf.pages),
                )
            })
            .map_err(|e| e.to_string())
    };
    let (bytes, line) = match made {
        Ok(made) => made,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(EXIT_INPUT);
        }
    };
    if let Err(e) = write_bytes_safely(output, &bytes) {
        writeln!(err, "{e}")?;
        return Ok(EXIT_IO);
    }
    writeln!(out, "{line}")?;
    if let (Some(form), Some(format)) = (form, format) {
        let bytes = match response_form(&tender, library, format) {
            Ok(bytes) => bytes,
            Err(e) => {
                writeln!(err, "{}: {e}", form.display())?;
                return Ok(EXIT_IO);
            }
        };
        if let Err(e) = write_bytes_safely(form, &bytes) {
            writeln!(err, "{e}")?;
            return Ok(EXIT_IO);
        }
        writeln!(
            out,
            "{}: response form with {} items",
            form.display(),
            tender.items.len()
        )?;
    }
    Ok(EXIT_OK)
}

/// Reads `BIDDER#ITEM` (item by number or id) into the edit deciding it on `tender`; a
/// decision given here holds for any form of the bidder.
fn parse_decision(text: &str, accepted: bool, tender: &Tender) -> Result<TenderEdit, String> {
    let Some((bidder, item)) = text.rsplit_once('#') else {
        return Err(format!(
            "`{text}`: expected BIDDER#ITEM, such as \"Nordvik Data AB#12\" or \"Nordvik Data AB#mim6:R4\""
        ));
    };
    let item = item.trim();
    let requirement = match item.parse::<usize>() {
        Ok(number) => tender
            .items
            .get(number.wrapping_sub(1))
            .map(|i| i.requirement.clone()),
        Err(_) => tender.item(item).map(|i| i.requirement.clone()),
    };
    let Some(requirement) = requirement else {
        return Err(format!(
            "`{text}`: the tender has no item {item}; expected a number from 1 to {} or an item id",
            tender.items.len()
        ));
    };
    Ok(TenderEdit::Decide {
        bidder: bidder.trim().to_owned(),
        requirement,
        accepted: Some(accepted),
        reason: "decided on the command line".to_owned(),
        form_sha256: String::new(),
    })
}

/// What `evaluate` is asked to do.
pub struct EvaluateArgs<'a> {
    /// The tender file.
    pub tender: &'a Path,
    /// The filled forms, one per bidder.
    pub responses: &'a [PathBuf],
    /// Where to write the evaluation PDF.
    pub output: &'a Path,
    /// `BIDDER#ITEM` equivalences to accept.
    pub accept: &'a [String],
    /// `BIDDER#ITEM` equivalences to reject.
    pub reject: &'a [String],
}

/// Reads the bidders' filled forms, one per bidder; on any problem prints them all and gives the
/// exit code (3 when a form cannot be read at all, 1 when one is wrong).
fn read_forms(
    paths: &[PathBuf],
    tender: &Tender,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Result<Vec<BidResponse>, u8>> {
    // A path that is not a readable regular file is an I/O problem (exit 3); the others are
    // still read so that every form's problems are printed in one run.
    let mut readable = Vec::with_capacity(paths.len());
    for path in paths {
        match crate::input::check_input_file(path) {
            Ok(()) => readable.push(path.clone()),
            Err(e) => writeln!(err, "{}: {e}", path.display())?,
        }
    }
    let unreadable = readable.len() < paths.len();
    let problems = match read_bids(&readable, tender, library) {
        Ok(bids) if !unreadable => return Ok(Ok(bids)),
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    for problem in problems {
        writeln!(err, "{problem}")?;
    }
    writeln!(
        err,
        "nothing was evaluated: correct the forms above (or leave them out) and run again"
    )?;
    Ok(Err(if unreadable { EXIT_IO } else { EXIT_INPUT }))
}

/// `evaluate TENDER RESPONSE... -o OUT.pdf [--accept B#I] [--reject B#I]`.
pub fn run_evaluate(
    args: &EvaluateArgs<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let inputs: Vec<&Path> = std::iter::once(args.tender)
        .chain(args.responses.iter().map(PathBuf::as_path))
        .collect();
    if let Some(code) = refuse_output(args.output, FileKind::Pdf, &inputs, err)? {
        return Ok(code);
    }
    let loaded = load_for_use(err)?;
    let mut tender = match load_tender_checked(args.tender, &loaded.library, err)? {
        Ok(tender) => tender,
        Err(code) => return Ok(code),
    };
    // The forms were written in the tender's language, with its catalog texts.
    let documents = loaded.library.for_document(&tender.language);
    let library = &*documents;
    let decisions = args
        .accept
        .iter()
        .map(|t| parse_decision(t, true, &tender))
        .chain(
            args.reject
                .iter()
                .map(|t| parse_decision(t, false, &tender)),
        )
        .collect::<Result<Vec<_>, _>>();
    let decisions = match decisions {
        Ok(decisions) => decisions,
        Err(problem) => {
            writeln!(err, "{problem}")?;
            return Ok(EXIT_USAGE);
        }
    };
    for decision in &decisions {
        decision.apply(&mut tender, library);
    }
    let responses = match read_forms(args.responses, &tender, library, err)? {
        Ok(responses) => responses,
        Err(code) => return Ok(code),
    };
    for decision in &tender.decisions {
        if !responses.iter().any(|r| r.bidder == decision.bidder) {
            writeln!(
                err,
                "note: a decision names “{}”, who sent no form",
                decision.bidder
            )?;
        }
    }
    let evaluation = evaluate(&tender, &responses);
    let pdf = match render(&evaluation_report(
        &tender,
        library,
        &responses,
        &evaluation,
    )) {
        Ok(pdf) => pdf,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(EXIT_INPUT);
        }
    };
    if let Err(e) = write_bytes_safely(args.output, &pdf.bytes) {
        writeln!(err, "{e}")?;
        return Ok(EXIT_IO);
    }
    for bid in &evaluation.bids {
        let rank = bid.rank.map_or("-".to_owned(), |r| r.to_string());
        let status = match &bid.status {
            BidStatus::Compliant => String::new(),
            other => format!(" — {}", other.label()),
        };
        writeln!(
            out,
            "{rank:>2}  {}: {} of {} points{status}",
            bid.bidder, bid.points, bid.available
        )?;
    }
    writeln!(out, "{}: {} pages", args.output.display(), pdf.pages)?;
    Ok(EXIT_OK)
}
