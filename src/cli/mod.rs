//! The command line: every headless job the window can do, with fixed names that scripts can rely
//! on. Output goes to the writers passed in, so tests can read it.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::catalog::{self, Group, Library, LoadReport};
use crate::output_guard::{FileKind, check_output};
use crate::paths;

mod assessment;
mod import;
mod languages;
mod oscal;
mod output;
mod procurement;
mod sharing;
mod validate;

/// Exit status: everything went well.
pub const EXIT_OK: u8 = 0;
/// Exit status: the input is wrong (a problem in a file).
pub const EXIT_INPUT: u8 = 1;
/// Exit status: the command line itself is wrong (clap uses this too).
pub const EXIT_USAGE: u8 = 2;
/// Exit status: a file could not be read or written.
pub const EXIT_IO: u8 = 3;

/// MIM Assistant: self-assessment and procurement against the OASC MIMs, ISO/IEC 27001:2022 and NIS2.
/// Without a command it opens the window.
#[derive(Debug, Parser)]
#[command(name = "mim-assistant", version, about, long_about = None)]
pub struct Cli {
    /// What to do; none opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless jobs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List frameworks with their groups and requirement counts.
    List {
        /// Print every requirement id instead, one a line (such as mim6:R1).
        #[arg(long)]
        ids: bool,
    },
    /// Check catalog, mapping, scale and profile files, or assessment (`*.mimassess.ron`),
    /// part (`*.mimpart.ron`) and tender (`*.mimtender.ron`) files against the loaded catalogs;
    /// exit 1 if any problem is found.
    Validate {
        /// Files or folders to check; without any, the shipped catalogs and the user's own.
        paths: Vec<PathBuf>,
        /// Treat warnings (a strength the quoted source keyword contradicts, a SHALL inferred
        /// without a note on its wording, copied source wording, a mapping claiming a mention
        /// the text lacks) as problems: exit 1 if there is any.
        #[arg(long)]
        strict: bool,
    },
    /// How much of each catalog every language has: per language and catalog, the texts
    /// translated out of the texts there are (a text a language lacks is shown in English).
    Translations {
        /// Only this language (such as sv).
        #[arg(long)]
        language: Option<String>,
        /// Write a translation file to start from for each catalog, scale and profile into
        /// FOLDER/<language>/ (the texts of `--language`, English and marked where there is
        /// no translation yet); put the folder's files in the user catalog folder's
        /// `translations/` when done.
        #[arg(long, value_name = "FOLDER", requires = "language")]
        template: Option<PathBuf>,
    },
    /// Write a built-in example file.
    Example {
        /// What to write.
        #[command(subcommand)]
        kind: ExampleKind,
    },
    /// Scores, key-measure verdicts and the top gaps of an assessment file.
    Score {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Print the stable JSON layout documented in README.md instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The maturity report of an assessment file, as PDF, or as an editable Word document
    /// when the output ends in `.docx`.
    Report {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Where to write the report: `.pdf`, or `.docx` for a Word document.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The organisation's logo for the cover (PNG or JPEG), instead of the one the
        /// assessment names.
        #[arg(long, value_name = "FILE")]
        logo: Option<PathBuf>,
    },
    /// The answers of an assessment file as a table: one row per requirement.
    Export {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Where to write it; `.xlsx` or `.csv` chooses the format.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// The ISO/IEC 27001:2022 Statement of Applicability of an assessment file: every Annex A
    /// control, included or excluded and why, its implementation, evidence and date.
    Soa {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Where to write it; `.xlsx` or `.pdf` chooses the format.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// OSCAL 1.2.3 files for compliance tools: catalogs, assessment results, the roadmap as a
    /// plan of action and milestones, mapping collections.
    Oscal {
        /// What to write.
        #[command(subcommand)]
        what: oscal::OscalCommand,
    },
    /// The tender annex (PDF) of a tender file, and the bidder response form to go with it.
    Annex {
        /// The tender (`*.mimtender.ron`).
        tender: PathBuf,
        /// Where to write the annex: `.pdf`, or `.docx` for a Word document.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Where to write the response form; `.xlsx` or `.csv` chooses the format.
        #[arg(long)]
        form: Option<PathBuf>,
    },
    /// Evaluate bidders' filled response forms: pass/fail on MUST items, points on SHOULD
    /// items, ranking; writes the evaluation PDF.
    Evaluate {
        /// The tender (`*.mimtender.ron`).
        tender: PathBuf,
        /// The filled forms (`.xlsx` or `.csv`), one per bidder.
        #[arg(required = true)]
        responses: Vec<PathBuf>,
        /// Where to write the evaluation PDF.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Accept a bidder's "meets by equivalent" answer: BIDDER#ITEM (item number or id).
        #[arg(long, value_name = "BIDDER#ITEM")]
        accept: Vec<String>,
        /// Reject a bidder's "meets by equivalent" answer: BIDDER#ITEM (item number or id).
        #[arg(long, value_name = "BIDDER#ITEM")]
        reject: Vec<String>,
    },
    /// Name a contributor and assign requirements to them: single requirements
    /// (iso27001:A.5.15), groups (iso27001:A.5) or frameworks (mim6) of the assessment's scope.
    Assign {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// Who answers them (added as a contributor when new).
        #[arg(long, value_name = "NAME", conflicts_with = "unassign")]
        to: Option<String>,
        /// The new contributor's role (such as "IT operations").
        #[arg(long, requires = "to")]
        role: Option<String>,
        /// The new contributor's e-mail address.
        #[arg(long, requires = "to")]
        email: Option<String>,
        /// Take the requirements off whoever has them.
        #[arg(long)]
        unassign: bool,
        /// What every part tells its contributor (shown at the top of each part).
        #[arg(long, value_name = "TEXT")]
        instructions: Option<String>,
        /// Requirement, group or framework ids.
        items: Vec<String>,
    },
    /// Hand a contributor their part: a part file (`-o NAME.mimpart.ron`) opened in MIM
    /// Assistant, or a questionnaire workbook (`-o NAME.xlsx`); recorded in the assessment.
    HandOut {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// The contributor.
        #[arg(long, value_name = "NAME")]
        to: String,
        /// Where to write the part; the ending chooses the form.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Only these requirements, groups or frameworks; without any, all assigned to them.
        items: Vec<String>,
    },
    /// Merge returned parts: shows per requirement what is taken and what is in conflict;
    /// takes nothing without --apply, and nothing at all while a part is refused or a
    /// conflict is undecided.
    Merge {
        /// The coordinator's assessment (`*.mimassess.ron`).
        file: PathBuf,
        /// The returned parts (`.mimpart.ron` or filled `.xlsx` questionnaires).
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Decide a conflict for your own answer: the requirement id.
        #[arg(long, value_name = "QID")]
        keep: Vec<String>,
        /// Decide a conflict for a contributor's answer: QID=NAME.
        #[arg(long, value_name = "QID=NAME")]
        take: Vec<String>,
        /// Take the answers and write the assessment.
        #[arg(long)]
        apply: bool,
    },
    /// Per contributor: requirements assigned, answered, out, submitted and merged.
    Progress {
        /// The assessment (`*.mimassess.ron`).
        file: PathBuf,
    },
    /// Mark a part file submitted (for the contributor; the window has a button for it).
    Submit {
        /// The part (`*.mimpart.ron`).
        part: PathBuf,
    },
    /// Turn OSCAL catalogs (JSON or YAML) and CISO Assistant libraries (YAML: frameworks with
    /// their scores, mapping sets) into catalog, scale and mapping files of the user catalog
    /// folder, where they load beside the shipped catalogs.
    ImportCatalog {
        /// The files to import; a mapping library may refer to a framework imported with it.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The folder to write into (default: the user catalog folder).
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: Option<PathBuf>,
        /// The framework id to give the one framework imported (a lower-case token).
        #[arg(long, value_name = "NEW")]
        id: Option<String>,
        /// Write over files of an earlier import of the same names.
        #[arg(long)]
        replace: bool,
    },
}

/// The built-in examples.
#[derive(Debug, Subcommand)]
pub enum ExampleKind {
    /// A fictional city's partly complete assessment of MIM6, ISO/IEC 27001, NIS2, MIM0 and MIM7.
    Assessment {
        /// Where to write it (such as sjobacka.mimassess.ron).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The language of its documents (en, sv, de …; see `translations`).
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// A fictional city's tender for an urban data platform: MIM, security and clause items.
    Tender {
        /// Where to write it (such as sjobacka.mimtender.ron).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The language of its documents (en, sv, de …; see `translations`).
        #[arg(long, default_value = "en")]
        language: String,
    },
}

/// Runs one command and returns its exit status.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match command {
        Command::List { ids } => list(*ids, out, err),
        Command::Validate { paths, strict } => validate::validate(paths, *strict, out, err),
        Command::Translations { language, template } => match (language, template) {
            (Some(language), Some(folder)) => {
                languages::write_templates(language, folder, out, err)
            }
            _ => languages::translations(language.as_deref(), out, err),
        },
        Command::Example {
            kind: ExampleKind::Assessment { output, language },
        } => assessment::example(output, language, out, err),
        Command::Example {
            kind: ExampleKind::Tender { output, language },
        } => procurement::example(output, language, out, err),
        Command::Score { file, json } => assessment::score(file, *json, out, err),
        Command::Report { file, output, logo } => {
            output::report(file, output, logo.as_deref(), out, err)
        }
        Command::Export { file, output } => output::export(file, output, out, err),
        Command::Soa { file, output } => output::soa(file, output, out, err),
        Command::Oscal { what } => oscal::run(what, out, err),
        Command::Annex {
            tender,
            output,
            form,
        } => procurement::annex(tender, output, form.as_deref(), out, err),
        Command::Evaluate {
            tender,
            responses,
            output,
            accept,
            reject,
        } => procurement::run_evaluate(
            &procurement::EvaluateArgs {
                tender,
                responses,
                output,
                accept,
                reject,
            },
            out,
            err,
        ),
        Command::Assign {
            file,
            to,
            role,
            email,
            unassign,
            instructions,
            items,
        } => sharing::assign(
            &sharing::AssignArgs {
                file,
                to: to.as_deref(),
                role: role.as_deref(),
                email: email.as_deref(),
                unassign: *unassign,
                instructions: instructions.as_deref(),
                items,
            },
            out,
            err,
        ),
        Command::HandOut {
            file,
            to,
            output,
            items,
        } => sharing::hand_out(file, to, output, items, out, err),
        Command::Merge {
            file,
            parts,
            keep,
            take,
            apply,
        } => sharing::merge(
            &sharing::MergeArgs {
                file,
                parts,
                keep,
                take,
                apply: *apply,
            },
            out,
            err,
        ),
        Command::Progress { file } => sharing::progress(file, out, err),
        Command::Submit { part } => sharing::submit(part, out, err),
        Command::ImportCatalog {
            files,
            output,
            id,
            replace,
        } => import::import_catalog(
            &import::ImportArgs {
                files,
                dir: output.as_deref(),
                id: id.as_deref(),
                replace: *replace,
            },
            out,
            err,
        ),
    };
    match result {
        Ok(code) => code,
        // Writing to stdout or stderr failed (a closed pipe); nothing more can be said.
        Err(_) => EXIT_IO,
    }
}

/// Reads `path` as UTF-8 text; on failure prints why and gives the exit code (3 when it
/// cannot be read, 1 when it is not UTF-8).
pub(crate) fn read_source(
    path: &std::path::Path,
    err: &mut dyn Write,
) -> std::io::Result<Result<catalog::SourceFile, u8>> {
    match catalog::SourceFile::read(path) {
        Ok(file) => Ok(Ok(file)),
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(Err(match e {
                catalog::ReadError::Io { .. } => EXIT_IO,
                catalog::ReadError::Encoding(_) => EXIT_INPUT,
            }))
        }
    }
}

/// Refuses an output that is one of the command's `inputs` or an existing file of another kind
/// than `writes` (see [`check_output`]): prints why and gives exit 2, before anything is read or
/// written.
pub(crate) fn refuse_output(
    output: &std::path::Path,
    writes: FileKind,
    inputs: &[&std::path::Path],
    err: &mut dyn Write,
) -> std::io::Result<Option<u8>> {
    match check_output(output, writes, inputs) {
        Ok(()) => Ok(None),
        Err(refused) => {
            writeln!(err, "{refused}")?;
            Ok(Some(EXIT_USAGE))
        }
    }
}

/// `validate` for files of one kind: loads and checks each with `check` (which prints its
/// problems), says "ok" with `describe` for each good one, and returns the worst exit code.
pub(crate) fn validate_each<T>(
    paths: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
    check: impl Fn(&std::path::Path, &Library, &mut dyn Write) -> std::io::Result<Result<T, u8>>,
    describe: impl Fn(&T) -> String,
) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let mut worst = EXIT_OK;
    for path in paths {
        match check(path, &report.library, err)? {
            Ok(value) => writeln!(
                out,
                "ok: {} ({}); no problems",
                path.display(),
                describe(&value)
            )?,
            Err(code) => worst = worst.max(code),
        }
    }
    Ok(worst)
}

/// Says how a file was saved: `wrote` on `out` and exit 0, or the problem on `err` and exit 3.
pub(crate) fn report_saved(
    saved: Result<(), crate::assessment::StoreError>,
    wrote: String,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    match saved {
        Ok(()) => {
            writeln!(out, "{wrote}")?;
            Ok(EXIT_OK)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_IO)
        }
    }
}

/// The library the window uses too: shipped catalogs plus the user's catalog folder.
pub(crate) fn load_for_use(err: &mut dyn Write) -> std::io::Result<LoadReport> {
    let dir = paths::user_catalog_dir();
    let report = catalog::load_with_user_dir(dir.as_deref());
    for problem in &report.problems {
        writeln!(err, "warning: {problem}")?;
    }
    if !report.problems.is_empty() {
        writeln!(
            err,
            "warning: the items concerned were not loaded; run `mim-assistant validate` for details"
        )?;
    }
    for line in &report.unreadable {
        writeln!(err, "warning: {line}")?;
    }
    Ok(report)
}

/// Refuses a document language no translation or glossary is loaded for: prints the loaded
/// ones and gives exit 2.
pub(crate) fn refuse_language(
    language: &str,
    library: &Library,
    err: &mut dyn Write,
) -> std::io::Result<Option<u8>> {
    let languages = library.languages();
    if languages.iter().any(|l| l == language) {
        return Ok(None);
    }
    writeln!(
        err,
        "`{language}` is not a language the catalogs are loaded in; loaded: {}",
        languages.join(", ")
    )?;
    Ok(Some(EXIT_USAGE))
}

fn list(ids: bool, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let library = &report.library;
    if ids {
        for view in library.requirements() {
            writeln!(out, "{}", view.qid)?;
        }
        return Ok(EXIT_OK);
    }
    write_overview(library, out)?;
    Ok(EXIT_OK)
}

/// The human-readable overview printed by `list`.
pub fn write_overview(library: &Library, out: &mut dyn Write) -> std::io::Result<()> {
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        writeln!(
            out,
            "{:<10} {} — {} in {}",
            fw.id,
            fw.name,
            counted(fw.requirement_count(), "requirement"),
            counted(fw.group_count(), "group")
        )?;
        writeln!(out, "  version: {}", fw.version)?;
        writeln!(out, "  sources: {}", fw.source_standing().describe())?;
        for group in &fw.groups {
            write_group(group, 1, out)?;
        }
        writeln!(out)?;
    }
    let pairs: usize = library
        .mapping_sets()
        .iter()
        .map(|s| s.mappings.len())
        .sum();
    writeln!(
        out,
        "{} mapping sets ({pairs} pairs):",
        library.mapping_sets().len()
    )?;
    for set in library.mapping_sets() {
        let derived = if set.derived { ", derived" } else { "" };
        writeln!(
            out,
            "  {:<22} {} ({} pairs{derived})",
            set.id,
            set.title,
            set.mappings.len()
        )?;
    }
    writeln!(out, "{} target profiles:", library.profiles().len())?;
    for profile in library.profiles() {
        writeln!(
            out,
            "  {:<22} {} (key measures ≥ {}, overall ≥ {} on {})",
            profile.id, profile.name, profile.key_measure_min, profile.overall_min, profile.scale
        )?;
    }
    writeln!(out, "{} maturity scales:", library.scales().len())?;
    for scale in library.scales() {
        writeln!(
            out,
            "  {:<22} {} ({} levels)",
            scale.id,
            scale.name,
            scale.levels.len()
        )?;
    }
    Ok(())
}

/// "1 group", "4 groups".
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn write_group(group: &Group, depth: usize, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:indent$}{:<8} {} ({})",
        "",
        group.id,
        group.title,
        group.requirement_count(),
        indent = depth * 2
    )?;
    for child in &group.groups {
        write_group(child, depth + 1, out)?;
    }
    Ok(())
}
