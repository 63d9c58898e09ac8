//! Planning an import: read every named file, convert it, give the new framework, scale and
//! mapping-set ids, resolve the mapping libraries' URNs, and check the RON files that would be
//! written — all before anything is written.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::ciso::{self, LibraryInfo};
use super::ciso_mapping::{self, ConvertedMappings};
use super::tree::{Doc, Node};
use super::{MAX_IMPORT_BYTES, check, json, oscal, yaml};
use crate::catalog::{Catalog, Library, MappingSet, Problem, Scale, is_valid_framework_id};
use crate::input::{InputError, read_input_file_at_most};

/// A file to import, read.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The file as the user named it.
    pub path: String,
    /// Its text.
    pub text: String,
}

impl InputFile {
    /// Reads `path` (a regular file of at most [`MAX_IMPORT_BYTES`], UTF-8).
    pub fn read(path: &Path) -> Result<InputFile, InputError> {
        let bytes = read_input_file_at_most(path, MAX_IMPORT_BYTES)?;
        let shown = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| {
            InputError::Io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "the file is not UTF-8 text (byte {} is not)",
                    e.utf8_error().valid_up_to()
                ),
            ))
        })?;
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_owned)
            .unwrap_or(text);
        Ok(InputFile { path: shown, text })
    }
}

/// Choices the user makes for an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The framework id to give the one framework imported, instead of the one the file suggests.
    pub id: Option<String>,
    /// Write over files of the same names in the folder (and replace the catalogs they hold).
    pub replace: bool,
}

/// What a file written by the import holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    /// A catalog.
    Catalog,
    /// A maturity scale.
    Scale,
    /// A mapping set.
    MappingSet,
}

/// One file the import writes.
#[derive(Debug, Clone)]
pub struct Output {
    /// What it holds.
    pub kind: OutputKind,
    /// The id of what it holds.
    pub id: String,
    /// Where it is written.
    pub path: PathBuf,
    /// Its RON text.
    pub text: String,
}

/// What kind of file an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// An OSCAL catalog from elsewhere.
    Oscal,
    /// An OSCAL catalog MIM Assistant exported (its namespace read back).
    OscalOurs,
    /// A CISO Assistant framework library.
    CisoFramework,
    /// A CISO Assistant mapping library.
    CisoMappings,
}

impl SourceFormat {
    /// The format in English words (the command line's).
    pub fn words(self) -> &'static str {
        match self {
            SourceFormat::Oscal => "OSCAL catalog",
            SourceFormat::OscalOurs => "OSCAL catalog exported by MIM Assistant",
            SourceFormat::CisoFramework => "CISO Assistant framework library",
            SourceFormat::CisoMappings => "CISO Assistant mapping library",
        }
    }
}

/// What an import leaves out of a file, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// OSCAL controls marked withdrawn.
    pub withdrawn: usize,
    /// Groups or headings with no requirement under them.
    pub empty_groups: usize,
    /// Mapping pairs marked `not_related`.
    pub not_related: usize,
}

impl LeftOut {
    /// The counts in English words, one item each (the command line's).
    pub fn words(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.withdrawn > 0 {
            out.push(format!("{} withdrawn control(s)", self.withdrawn));
        }
        if self.empty_groups > 0 {
            out.push(format!(
                "{} group(s) or heading(s) without requirements",
                self.empty_groups
            ));
        }
        if self.not_related > 0 {
            out.push(format!("{} pair(s) marked not_related", self.not_related));
        }
        out
    }
}

/// What one imported file gives, for the user to read before the import is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The file.
    pub file: String,
    /// What kind of file it is.
    pub format: SourceFormat,
    /// The framework's (or first mapping set's) id and name.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Groups and requirements imported (0 for mappings).
    pub groups: usize,
    /// Requirements imported.
    pub requirements: usize,
    /// Scale levels made (0 for none).
    pub scale_levels: usize,
    /// Mapping pairs imported.
    pub mappings: usize,
    /// The licence or copyright text the source states.
    pub licence: String,
    /// What was left out.
    pub left_out: LeftOut,
}

/// A checked import: the files it writes and what each input gives.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    /// The folder written into.
    pub dir: PathBuf,
    /// The files, in the order they are written.
    pub outputs: Vec<Output>,
    /// One per input file.
    pub summaries: Vec<Summary>,
}

/// Reads `text` as JSON (`.json`) or YAML (anything else).
pub(super) fn read_tree(path: &str, text: &str) -> Result<Node, Problem> {
    if path.to_ascii_lowercase().ends_with(".json") {
        json::read(path, text)
    } else {
        yaml::read(path, text)
    }
}

/// One input after reading: its tree and what format it is.
struct Read<'a> {
    file: &'a InputFile,
    root: Node,
}

impl Read<'_> {
    fn doc(&self) -> Doc<'_> {
        Doc {
            path: &self.file.path,
        }
    }
}

/// Plans importing `inputs` into `dir`, where `library` is what loads now (the shipped
/// catalogs and those in `dir`): converts them ([`convert`]) and checks the files it would
/// write as `validate --strict` would. Returns every problem of the first input that has any,
/// or of the files it would write.
pub fn plan(
    inputs: &[InputFile],
    library: &Library,
    dir: &Path,
    options: &ImportOptions,
) -> Result<ImportPlan, Vec<Problem>> {
    let plan = convert(inputs, library, dir, options)?;
    check::outputs(&plan.outputs, dir)?;
    Ok(plan)
}

/// What [`plan`] does before its check of the outputs: read, convert, give ids, resolve the
/// mapping URNs. For callers that only need to know that a file converts (the fuzz smoke test
/// feeds many inputs and leaves out the slower check); never write what this returns.
pub fn convert(
    inputs: &[InputFile],
    library: &Library,
    dir: &Path,
    options: &ImportOptions,
) -> Result<ImportPlan, Vec<Problem>> {
    let reads = inputs
        .iter()
        .map(|file| read_tree(&file.path, &file.text).map(|root| Read { file, root }))
        .collect::<Result<Vec<_>, Problem>>()
        .map_err(|p| vec![p])?;
    let mut planner = Planner {
        library,
        dir,
        options,
        outputs: Vec::new(),
        summaries: Vec::new(),
        urns: HashMap::new(),
        taken: HashSet::new(),
    };
    let framework_count = reads.iter().filter(|r| has_framework(&r.root)).count();
    if options.id.is_some() && framework_count != 1 {
        let shown = inputs.first().map_or("import", |i| i.path.as_str());
        return Err(vec![Problem::file(
            shown,
            format!("--id names the id of one framework, but this import has {framework_count}"),
            "--id with exactly one OSCAL catalog or CISO Assistant framework library",
        )]);
    }
    for read in &reads {
        planner.framework(read).map_err(|p| vec![p])?;
    }
    planner.index_library();
    for read in &reads {
        planner.mappings(read).map_err(|p| vec![p])?;
    }
    Ok(ImportPlan {
        dir: dir.to_path_buf(),
        outputs: planner.outputs,
        summaries: planner.summaries,
    })
}

fn has_framework(root: &Node) -> bool {
    root.get("catalog").is_some()
        || root
            .get("objects")
            .is_some_and(|o| o.get("framework").is_some())
}

struct Planner<'a> {
    library: &'a Library,
    dir: &'a Path,
    options: &'a ImportOptions,
    outputs: Vec<Output>,
    summaries: Vec<Summary>,
    /// Requirement URN → qualified id, for the mapping libraries.
    urns: HashMap<String, String>,
    /// (kind, id) given out in this import.
    taken: HashSet<(u8, String)>,
}

impl Planner<'_> {
    fn framework(&mut self, read: &Read) -> Result<(), Problem> {
        let doc = read.doc();
        read.root.map(doc, "the file")?;
        if let Some(catalog) = read.root.get("catalog") {
            let id = self.claim_id(doc, &read.root, 0, oscal::suggested_id(doc, catalog)?)?;
            let converted = oscal::convert(doc, catalog, &id)?;
            let left_out = LeftOut {
                withdrawn: converted.withdrawn,
                empty_groups: converted.empty_groups,
                not_related: 0,
            };
            let format = if converted.ours {
                SourceFormat::OscalOurs
            } else {
                SourceFormat::Oscal
            };
            self.add_catalog(read, format, &converted.catalog, left_out)?;
            return Ok(());
        }
        let Some(objects) = read.root.get("objects") else {
            return Err(doc.problem(
                &read.root.loc,
                "the file is neither an OSCAL catalog nor a CISO Assistant library",
                "an OSCAL catalog (a top-level `catalog`) or a CISO Assistant library (a top-level `objects`)",
            ));
        };
        objects.map(doc, "objects")?;
        let info = ciso::library_info(doc, &read.root)?;
        let Some(framework) = objects.get("framework") else {
            if ciso_mapping::mapping_set_nodes(doc, objects)?.is_empty() {
                return Err(doc.problem(
                    &objects.loc,
                    "the library holds neither a framework nor a mapping set",
                    "objects.framework, objects.requirement_mapping_set or objects.requirement_mapping_sets",
                ));
            }
            return Ok(());
        };
        let id = self.claim_id(doc, framework, 0, ciso::suggested_id(doc, framework)?)?;
        let converted = ciso::convert_framework(doc, &info, framework, &id)?;
        let left_out = LeftOut {
            empty_groups: converted.empty_groups,
            ..LeftOut::default()
        };
        self.urns.extend(converted.urns.iter().cloned());
        self.add_catalog(
            read,
            SourceFormat::CisoFramework,
            &converted.catalog,
            left_out,
        )?;
        if let Some(scale) = converted.scale {
            self.claim(doc, framework, 2, &scale.id)?;
            if let Some(summary) = self.summaries.last_mut() {
                summary.scale_levels = scale.levels.len();
            }
            self.add_scale(&scale)?;
        }
        Ok(())
    }

    /// The id for a new framework: `--id`, else the file's suggestion; checked and claimed.
    fn claim_id(
        &mut self,
        doc: Doc,
        at: &Node,
        kind: u8,
        suggested: Option<String>,
    ) -> Result<String, Problem> {
        let id = match (&self.options.id, suggested) {
            (Some(id), _) => id.clone(),
            (None, Some(id)) => id,
            (None, None) => {
                return Err(doc.problem(
                    &at.loc,
                    "the file suggests no id for the framework",
                    "--id NEW, a lower-case token",
                ));
            }
        };
        if !is_valid_framework_id(&id) {
            return Err(doc.problem(
                &at.loc,
                format!("`{id}` is not a valid framework id"),
                "--id with lower-case letters, digits, `_` or `-`",
            ));
        }
        self.claim(doc, at, kind, &id)?;
        Ok(id)
    }

    /// Claims `id` for a framework (0), mapping set (1) or scale (2): refused when the library
    /// has it (unless it lives in the very file `--replace` writes over) or this import gave it.
    fn claim(&mut self, doc: Doc, at: &Node, kind: u8, id: &str) -> Result<(), Problem> {
        let file = self.dir.join(file_name(kind, id));
        let existing = match kind {
            0 => self
                .library
                .frameworks()
                .iter()
                .find(|f| f.framework.id == id)
                .map(|f| f.origin.clone()),
            1 => self
                .library
                .mapping_sets()
                .iter()
                .any(|s| s.id == id)
                .then(|| String::from("?")),
            _ => self.library.scale(id).map(|_| String::from("?")),
        };
        let what = ["framework", "mapping set", "scale"][usize::from(kind.min(2))];
        let replacing = self.options.replace
            && (file.exists() || existing.as_deref().is_some_and(|o| Path::new(o) == file));
        if existing.is_some() && !replacing {
            return Err(doc.problem(
                &at.loc,
                format!("the {what} id `{id}` is taken by a catalog already loaded"),
                "--id NEW with another id (or --replace to write over an earlier import of this file)",
            ));
        }
        if !self.taken.insert((kind, id.to_owned())) {
            return Err(doc.problem(
                &at.loc,
                format!("the {what} id `{id}` is given twice in this import"),
                "each framework once per import",
            ));
        }
        Ok(())
    }

    fn add_catalog(
        &mut self,
        read: &Read,
        format: SourceFormat,
        catalog: &Catalog,
        left_out: LeftOut,
    ) -> Result<(), Problem> {
        let fw = &catalog.framework;
        let (groups, requirements) = count(&fw.groups);
        self.summaries.push(Summary {
            file: read.file.path.clone(),
            format,
            id: fw.id.clone(),
            name: fw.name.clone(),
            groups,
            requirements,
            scale_levels: 0,
            mappings: 0,
            licence: fw
                .sources
                .first()
                .map(|s| s.licence.clone())
                .unwrap_or_default(),
            left_out,
        });
        self.push(OutputKind::Catalog, &fw.id, catalog, &read.file.path)
    }

    fn add_scale(&mut self, scale: &Scale) -> Result<(), Problem> {
        let shown = self
            .summaries
            .last()
            .map(|s| s.file.clone())
            .unwrap_or_default();
        self.push(OutputKind::Scale, &scale.id, scale, &shown)
    }

    fn push<T: serde::Serialize>(
        &mut self,
        kind: OutputKind,
        id: &str,
        value: &T,
        shown: &str,
    ) -> Result<(), Problem> {
        let code = match kind {
            OutputKind::Catalog => 0,
            OutputKind::MappingSet => 1,
            OutputKind::Scale => 2,
        };
        let text = crate::store::ron_text(value).map_err(|e| {
            Problem::file(
                shown,
                format!("the import could not be written as RON: {e}"),
                "a file the import can convert",
            )
        })?;
        self.outputs.push(Output {
            kind,
            id: id.to_owned(),
            path: self.dir.join(file_name(code, id)),
            text,
        });
        Ok(())
    }

    /// Adds the URNs of requirements already in the library (their locator), after those
    /// imported now, which win.
    fn index_library(&mut self) {
        for view in self.library.requirements() {
            let locator = view.requirement.locator.trim();
            if locator.starts_with("urn:") {
                self.urns
                    .entry(locator.to_owned())
                    .or_insert_with(|| view.qid.to_owned());
            }
        }
    }

    fn mappings(&mut self, read: &Read) -> Result<(), Problem> {
        let doc = read.doc();
        let Some(objects) = read.root.get("objects") else {
            return Ok(());
        };
        let sets = ciso_mapping::mapping_set_nodes(doc, objects)?;
        if sets.is_empty() {
            return Ok(());
        }
        let info: LibraryInfo = ciso::library_info(doc, &read.root)?;
        let mut converted = ConvertedMappings::default();
        for set in &sets {
            ciso_mapping::convert_set(doc, &info, set, &self.urns, &mut converted)?;
        }
        let first: &Node = sets[0];
        let mut pairs = 0;
        for set in &converted.sets {
            self.claim(doc, first, 1, &set.id)?;
            pairs += set.mappings.len();
        }
        let left_out = LeftOut {
            not_related: converted.not_related,
            ..LeftOut::default()
        };
        let first_set: Option<&MappingSet> = converted.sets.first();
        self.summaries.push(Summary {
            file: read.file.path.clone(),
            format: SourceFormat::CisoMappings,
            id: first_set.map(|s| s.id.clone()).unwrap_or_default(),
            name: first_set.map(|s| s.title.clone()).unwrap_or_default(),
            groups: 0,
            requirements: 0,
            scale_levels: 0,
            mappings: pairs,
            licence: first_set
                .map(|s| s.origin.licence.clone())
                .unwrap_or_default(),
            left_out,
        });
        for set in &converted.sets {
            self.push(OutputKind::MappingSet, &set.id, set, &read.file.path)?;
        }
        Ok(())
    }
}

/// The file an output is written to: `<id>.ron`, `<id>.scale.ron`, `<id>.mapping.ron`.
fn file_name(kind: u8, id: &str) -> String {
    match kind {
        0 => format!("{id}.ron"),
        1 => format!("{id}.mapping.ron"),
        _ => format!("{id}.scale.ron"),
    }
}

/// Groups (nested ones included) and requirements.
fn count(groups: &[crate::catalog::Group]) -> (usize, usize) {
    groups.iter().fold((0, 0), |(g, r), group| {
        let (inner_g, inner_r) = count(&group.groups);
        (g + 1 + inner_g, r + group.requirements.len() + inner_r)
    })
}
