//! Catalogs in: an OSCAL catalog (JSON or YAML) or a CISO Assistant library (YAML: a framework
//! with its scores, or mapping sets) turned into our RON files — a [`crate::catalog::Catalog`],
//! a [`crate::catalog::Scale`], [`crate::catalog::MappingSet`]s — for the user's catalog folder,
//! where they load as custom catalogs beside the shipped ones.
//!
//! Every file read may be wrong or hostile: it is read only up to [`MAX_IMPORT_BYTES`], parsed
//! with our own limits on nesting and alias expansion, and every problem is reported at its
//! line and column (YAML, and JSON syntax) or its path in the document (JSON content). An
//! import is planned in full first ([`plan`]): the files it would write are checked the way
//! `validate --strict` checks them, against the shipped catalogs and the folder's own, and
//! nothing is written ([`write`]) unless the whole import is fine.

mod check;
mod ciso;
mod ciso_mapping;
mod ciso_tree;
mod derived;
mod ids;
mod json;
mod oscal;
mod oscal_controls;
mod oscal_text;
mod plan;
mod tree;
mod write;
mod yaml;

pub use derived::{IMPORTED_PROOF, IMPORTED_STRENGTH};
pub use oscal_text::OUR_NS;
pub use plan::{
    ImportOptions, ImportPlan, InputFile, LeftOut, Output, OutputKind, SourceFormat, Summary,
    convert, plan,
};
pub use write::{WriteError, write};
pub use yaml::{MAX_DEPTH as MAX_YAML_DEPTH, MAX_VALUES as MAX_YAML_VALUES};

/// The largest file imported: ten times the largest CISO Assistant library (about 5 MB).
pub const MAX_IMPORT_BYTES: u64 = 50 * 1024 * 1024;

/// Parses the text of a file to import into its tree, by its name (`.json` is JSON, anything
/// else YAML, which also reads JSON), for tests and the fuzz smoke test.
pub fn parse_tree(path: &str, text: &str) -> Result<(), crate::catalog::Problem> {
    plan::read_tree(path, text).map(|_| ())
}
