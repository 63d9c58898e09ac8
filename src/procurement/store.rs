//! Reading and writing `.mimtender.ron` files: a broken file gives a located error and is left
//! untouched; saving goes through the same safe write as assessments (temp file, sync, rename,
//! `.bak`).

use std::path::Path;

use crate::catalog::{Locator, Problem, SourceFile, deserialize_located};
use crate::store::{StoreError, declared_version, save_ron, unknown_version};

use super::model::{TENDER_FORMAT_VERSION, Tender};

/// The file ending of tender files.
pub const TENDER_EXTENSION: &str = ".mimtender.ron";

/// Loads a tender file.
pub fn load_tender(path: &Path) -> Result<Tender, StoreError> {
    let file = SourceFile::read(path)?;
    parse_tender(&file)
}

/// Parses tender text; problems are located in `file`.
pub fn parse_tender(file: &SourceFile) -> Result<Tender, StoreError> {
    match declared_version(file, "a tender file starting `Tender(format_version: 1, …`")? {
        TENDER_FORMAT_VERSION => deserialize_located::<Tender>(file).map_err(StoreError::Invalid),
        other => Err(unknown_version(
            file,
            other,
            &format!("format_version: {TENDER_FORMAT_VERSION}"),
        )),
    }
}

/// Writes the tender to `path` safely.
pub fn save_tender(tender: &Tender, path: &Path) -> Result<(), StoreError> {
    save_ron(tender, path)
}

/// Problems in a loaded tender file that stop an annex or an evaluation, located in `file`:
/// requirement ids no loaded catalog knows, items chosen twice, weights over 100. (What a buyer
/// should still fix but may export anyway is in [`super::check_tender`].)
pub fn locate_tender_problems(
    tender: &Tender,
    file: &SourceFile,
    library: &crate::catalog::Library,
) -> Vec<Problem> {
    let locator = Locator::new(&file.text);
    let mut cursor = 0;
    let mut problems = Vec::new();
    if !tender.date.is_empty() && !crate::assessment::is_valid_date(&tender.date) {
        problems.push(Problem::at(
            &file.path,
            locator.position(locator.find_value("date", &tender.date, 0).unwrap_or(0)),
            format!("the date of issue, “{}”, is not a real date", tender.date),
            "a real date written YYYY-MM-DD, such as 2026-03-01",
        ));
    }
    // The first item of each requirement, to find a repeated one without a search per item.
    let mut first_item: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::with_capacity(tender.items.len());
    for (index, item) in tender.items.iter().enumerate() {
        let first = *first_item.entry(item.requirement.as_str()).or_insert(index);
        let at = locator
            .find_value("requirement", &item.requirement, cursor)
            .unwrap_or(cursor);
        cursor = at + 1;
        let position = locator.position(at);
        if let Some(problem) = too_many_fill_ins(item, index, library, &locator, at, file) {
            problems.push(problem);
        }
        if let Some(weight) = item.modality.weight().filter(|w| *w > 100) {
            let weight_at = locator.find_field("weight", at).unwrap_or(at);
            problems.push(Problem::at(
                &file.path,
                locator.position(weight_at),
                format!("item {}: weight {weight} is more than 100", index + 1),
                "a weight from 0 to 100 (the SHOULD weights of a tender add up to 100)",
            ));
        }
        if library.requirement(&item.requirement).is_none() {
            problems.push(Problem::at(
                &file.path,
                position,
                format!(
                    "item {}: requirement `{}` is in no loaded catalog",
                    index + 1,
                    item.requirement
                ),
                "a requirement id such as \"mim6:R1\" (see `mim-assistant list --ids`)",
            ));
        } else if first < index {
            problems.push(Problem::at(
                &file.path,
                position,
                format!(
                    "item {}: requirement `{}` is chosen twice",
                    index + 1,
                    item.requirement
                ),
                "each requirement once",
            ));
        }
    }
    problems
}

/// An item with more fill-in values than its clause has blanks (`[number]`), located at its
/// `fill_ins`: the extra values would be silently dropped from the annex.
fn too_many_fill_ins(
    item: &super::model::TenderItem,
    index: usize,
    library: &crate::catalog::Library,
    locator: &Locator<'_>,
    item_at: usize,
    file: &SourceFile,
) -> Option<Problem> {
    let clause = &library
        .requirement(&item.requirement)?
        .requirement
        .tender_clause;
    let blanks = super::layout::placeholders(clause).len();
    (item.fill_ins.len() > blanks).then(|| {
        let at = locator.find_field("fill_ins", item_at).unwrap_or(item_at);
        Problem::at(
            &file.path,
            locator.position(at),
            format!(
                "item {}: {} fill-in values, but the clause of `{}` has {blanks} blank(s)",
                index + 1,
                item.fill_ins.len(),
                item.requirement
            ),
            format!("at most {blanks} value(s), one per [blank] in the clause, in order"),
        )
    })
}
