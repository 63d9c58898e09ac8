//! `translations`: how much of each catalog every language has, so a translator (or a city
//! choosing a language for its documents) sees what would still be shown in English.

use std::io::Write;

use std::path::Path;

use super::{EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use};
use crate::catalog::{Library, UNTRANSLATED, is_language_code, templates};
use crate::store::write_safely;

/// Prints, per language and per catalog, the texts translated out of the texts there are; with
/// `only`, one language. Exit 2 when `only` names no loaded language.
pub(super) fn translations(
    only: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let report = load_for_use(err)?;
    let library = &report.library;
    let languages = library.languages();
    if let Some(code) = only
        && !languages.iter().any(|l| l == code)
    {
        writeln!(
            err,
            "no translation or glossary for `{code}` is loaded; loaded: {}",
            languages.join(", ")
        )?;
        return Ok(EXIT_USAGE);
    }
    for language in languages.iter().filter(|l| only.is_none_or(|o| o == *l)) {
        write_language(library, language, out)?;
    }
    Ok(EXIT_OK)
}

fn write_language(library: &Library, language: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let name = library
        .glossary(language)
        .map_or(if language == "en" { "English" } else { "" }, |g| {
            g.native_name.as_str()
        });
    let total = library.total_coverage(language);
    writeln!(
        out,
        "{language} {name}: {} % ({} of {} texts){}",
        total.percent(),
        total.translated,
        total.total,
        if language == "en" {
            ", the reference text"
        } else {
            ""
        }
    )?;
    for row in library.translation_coverage(language) {
        writeln!(
            out,
            "  {:<16} {:<9} {:>3} %  {:>5} of {:>5}",
            row.catalog,
            row.kind,
            row.coverage.percent(),
            row.coverage.translated,
            row.coverage.total
        )?;
    }
    Ok(())
}

/// `translations --language xx --template FOLDER`: a translation file to start from for every
/// catalog, scale and profile, in FOLDER/xx/; refuses a bad language code and a folder that
/// already holds such files (exit 2), so no one's work is overwritten.
pub(super) fn write_templates(
    language: &str,
    folder: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    if !is_language_code(language) || language == "en" {
        writeln!(
            err,
            "`{language}` is not a language to translate into; expected a code such as fi, pl or pt-BR"
        )?;
        return Ok(EXIT_USAGE);
    }
    let report = load_for_use(err)?;
    let files = templates(&report.library, language);
    let target = folder.join(language);
    if let Some(taken) = files
        .iter()
        .map(|(catalog, _)| target.join(format!("{catalog}.ron")))
        .find(|path| path.exists())
    {
        writeln!(
            err,
            "{} exists already; nothing was written (choose another folder, or move the files away)",
            taken.display()
        )?;
        return Ok(EXIT_USAGE);
    }
    let mut untranslated = 0;
    for (catalog, text) in &files {
        let path = target.join(format!("{catalog}.ron"));
        if let Err(e) = write_safely(&path, text) {
            writeln!(err, "{}: {e}", path.display())?;
            return Ok(EXIT_IO);
        }
        untranslated += text
            .lines()
            .filter(|l| l.trim_start().starts_with(UNTRANSLATED))
            .count();
    }
    writeln!(
        out,
        "wrote {} files to {} ({untranslated} lines still in English, each starting \"{}\")",
        files.len(),
        target.display(),
        UNTRANSLATED.trim_end()
    )?;
    Ok(EXIT_OK)
}
