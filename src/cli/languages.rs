//! `translations`: how much of each catalog every language has, so a translator (or a city
//! choosing a language for its documents) sees what would still be shown in English.

use std::io::Write;

use super::{EXIT_OK, EXIT_USAGE, load_for_use};
use crate::catalog::Library;

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
