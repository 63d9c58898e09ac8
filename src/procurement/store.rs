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
    for (index, item) in tender.items.iter().enumerate() {
        let at = locator
            .find_value("requirement", &item.requirement, cursor)
            .unwrap_or(cursor);
        cursor = at + 1;
        let position = locator.position(at);
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
        } else if tender.items[..index]
            .iter()
            .any(|earlier| earlier.requirement == item.requirement)
        {
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
