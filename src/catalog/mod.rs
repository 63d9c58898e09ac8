//! The checklist catalog: model, loading, validation with `file:line:col` problems, mappings and
//! maturity scales.

mod embedded;
mod library;
mod lint;
mod load;
mod mapping;
mod model;
mod parse;
mod problem;
mod profile;
mod scale;
mod translation;
mod tree;
mod unique_keys;
mod validate;

pub use embedded::EMBEDDED;
pub use library::{
    CatalogCoverage, Library, LoadedFramework, MappingView, Origin, RequirementView, WayToMeetView,
};
pub use lint::{COPIED_RUN, STRENGTH_NOTE, lint, quoted_spans, shared_run};
pub use load::{
    LoadReport, embedded_files, lint_paths, lint_with_user_dir, load_embedded, load_paths,
    load_with_user_dir, user_files,
};
pub use mapping::{MAPPING_FORMAT_VERSION, Mapping, MappingSet, Rationale, Relationship};
pub use model::{
    CATALOG_FORMAT_VERSION, Catalog, Confidence, Framework, FrameworkKind, Group, GroupKind,
    Mechanism, Proof, Requirement, Source, SourceKind, Strength, WayToMeet,
};
pub use parse::{
    Document, ParsedFile, ReadError, SourceFile, deserialize_located, leading_identifier, parse,
};
pub use problem::{Locator, Position, Problem, offset_of, position_of};
pub use profile::{KeyMeasures, PROFILE_FORMAT_VERSION, Profile, StrengthTargets};
pub use scale::{Level, SCALE_FORMAT_VERSION, Scale};
pub use translation::{
    Coverage, Given, Glossary, ModalPair, TRANSLATION_FORMAT_VERSION, Texts, Translation,
    UNTRANSLATED, blanks, templates,
};
pub use tree::{GroupItem, SourceStanding};
pub use unique_keys::unique_keys;
pub use validate::{
    framework_of, is_language_code, is_valid_framework_id, is_valid_local_id, split_qualified_id,
};
