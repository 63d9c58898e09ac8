//! CISO Assistant libraries (YAML): the library's own fields (`urn`, `name`, `copyright`,
//! `provider`, `packager`, `version` …) become the imported framework's [`Source`];
//! `objects.framework` becomes a [`Catalog`] (its requirement nodes through
//! [`super::ciso_tree`]) and its `scores_definition` a [`Scale`]. Mapping libraries are read
//! in [`super::ciso_mapping`].

use super::ciso_tree::{self, TreeOutcome};
use super::derived::{Names, SOURCE_KEY};
use super::ids::{token, urn_tail};
use super::tree::{Doc, Node};
use crate::catalog::{
    CATALOG_FORMAT_VERSION, Catalog, Framework, FrameworkKind, Level, Problem,
    SCALE_FORMAT_VERSION, Scale, Source, SourceKind,
};

/// The fields of a library file that say what it is and whose it is.
#[derive(Debug, Clone, Default)]
pub struct LibraryInfo {
    /// The library's URN.
    pub urn: String,
    /// Its name.
    pub name: String,
    /// What it holds.
    pub description: String,
    /// The copyright or licence text.
    pub copyright: String,
    /// Who wrote the content.
    pub provider: String,
    /// Who made it a CISO Assistant library.
    pub packager: String,
    /// The library's version and publication date, in words.
    pub version: String,
}

/// Reads the library fields of `root`.
pub fn library_info(doc: Doc, root: &Node) -> Result<LibraryInfo, Problem> {
    let version = root.text_or_empty(doc, "version")?;
    let date = root.text_or_empty(doc, "publication_date")?;
    let version = match (version.is_empty(), date.is_empty()) {
        (false, false) => format!("library version {version}, published {date}"),
        (false, true) => format!("library version {version}"),
        (true, false) => format!("published {date}"),
        (true, true) => "the library states no version".to_owned(),
    };
    Ok(LibraryInfo {
        urn: root
            .required_text(doc, "urn", "a CISO Assistant library")?
            .to_owned(),
        name: root.text_or_empty(doc, "name")?,
        description: root.text_or_empty(doc, "description")?,
        copyright: root.text_or_empty(doc, "copyright")?,
        provider: root.text_or_empty(doc, "provider")?,
        packager: root.text_or_empty(doc, "packager")?,
        version,
    })
}

/// The library as the source an imported framework, scale or mapping set cites: the licence
/// is the library's copyright text, the credit names its provider and packager.
pub fn library_source(info: &LibraryInfo) -> Source {
    let mut credit = Vec::new();
    if !info.provider.is_empty() {
        credit.push(format!("Content by {}", info.provider));
    }
    if !info.packager.is_empty() {
        credit.push(format!("packaged for CISO Assistant by {}", info.packager));
    }
    Source {
        key: SOURCE_KEY.to_owned(),
        document: if info.name.is_empty() {
            info.urn.clone()
        } else {
            info.name.clone()
        },
        version: info.version.clone(),
        url: info.urn.clone(),
        licence: if info.copyright.is_empty() {
            "The library states no copyright or licence.".to_owned()
        } else {
            info.copyright.clone()
        },
        kind: SourceKind::Secondary,
        attribution: credit.join(", "),
    }
}

/// A framework library converted: the catalog, its scale if the library names its scores,
/// and what was left out.
#[derive(Debug, Clone)]
pub struct ConvertedFramework {
    /// The catalog.
    pub catalog: Catalog,
    /// The scale made from `scores_definition`.
    pub scale: Option<Scale>,
    /// Headings without any requirement under them, left out.
    pub empty_groups: usize,
    /// Each requirement's URN and qualified id, for mapping libraries of the same import.
    pub urns: Vec<(String, String)>,
}

/// The id a framework library suggests: its framework's ref_id, else the URN's last segment.
pub fn suggested_id(doc: Doc, framework: &Node) -> Result<Option<String>, Problem> {
    let ref_id = framework.text_or_empty(doc, "ref_id")?;
    let urn = framework.text_or_empty(doc, "urn")?;
    Ok(token(&ref_id).or_else(|| token(urn_tail(&urn))))
}

/// Converts `objects.framework` into a catalog with the framework id `id`.
pub fn convert_framework(
    doc: Doc,
    info: &LibraryInfo,
    framework: &Node,
    id: &str,
) -> Result<ConvertedFramework, Problem> {
    framework.map(doc, "objects.framework")?;
    let urn = framework
        .required_text(doc, "urn", "the framework")?
        .to_owned();
    let name = match framework.text(doc, "name")? {
        Some(n) if !n.trim().is_empty() => n.trim().to_owned(),
        _ if !info.name.is_empty() => info.name.clone(),
        _ => framework
            .required_text(doc, "name", "the framework")?
            .to_owned(),
    };
    let ref_id = framework.text_or_empty(doc, "ref_id")?;
    let short_name = if ref_id.is_empty() {
        name.clone()
    } else {
        ref_id
    };
    let description = framework.text_or_empty(doc, "description")?;
    let summary = [description.as_str(), info.description.as_str()]
        .into_iter()
        .find(|d| !d.is_empty())
        .map_or_else(
            || format!("Imported from the CISO Assistant library {}.", info.urn),
            str::to_owned,
        );
    let groups_defined = implementation_groups(doc, framework)?;
    let names = Names {
        name: &name,
        short_name: &short_name,
    };
    let TreeOutcome {
        groups,
        empty_groups,
        urns,
    } = ciso_tree::build(doc, framework, &urn, id, names, &groups_defined)?;
    let mut notes = vec![format!(
        "Imported from the CISO Assistant library {} (framework {urn}) with mim-assistant import-catalog; each requirement keeps its node's URN as its locator.",
        info.urn
    )];
    notes.extend(
        groups_defined
            .iter()
            .map(|(ig, text)| format!("Implementation group {ig}: {text}")),
    );
    let scale = scale(doc, info, framework, id, &name)?;
    if scale.is_none() {
        let (min, max) = (
            framework.integer(doc, "min_score")?,
            framework.integer(doc, "max_score")?,
        );
        if let (Some(min), Some(max)) = (min, max) {
            notes.push(format!(
                "The library scores from {min} to {max} without naming the levels, so no scale was made from it."
            ));
        }
    }
    let catalog = Catalog {
        format_version: CATALOG_FORMAT_VERSION,
        framework: Framework {
            id: id.to_owned(),
            name,
            short_name,
            kind: FrameworkKind::Standard,
            version: info.version.clone(),
            summary,
            objectives: Vec::new(),
            notes,
            sources: vec![library_source(info)],
            mechanisms: Vec::new(),
            groups,
        },
    };
    Ok(ConvertedFramework {
        catalog,
        scale,
        empty_groups,
        urns,
    })
}

/// `implementation_groups_definition` as (ref_id, "name — description") pairs.
fn implementation_groups(doc: Doc, framework: &Node) -> Result<Vec<(String, String)>, Problem> {
    let mut out = Vec::new();
    for item in framework.list(doc, "implementation_groups_definition")? {
        item.map(doc, "an implementation group")?;
        let ref_id = item
            .required_text(doc, "ref_id", "an implementation group")?
            .to_owned();
        let name = item.text_or_empty(doc, "name")?;
        let description = item.text_or_empty(doc, "description")?;
        let text = match (name.is_empty(), description.is_empty()) {
            (false, false) => format!("{name} — {description}"),
            (false, true) => name,
            (true, false) => description,
            (true, true) => ref_id.clone(),
        };
        out.push((ref_id, text));
    }
    Ok(out)
}

/// `scores_definition` as a scale (`<id>-scores`), or `None` when the library names no scores.
fn scale(
    doc: Doc,
    info: &LibraryInfo,
    framework: &Node,
    id: &str,
    name: &str,
) -> Result<Option<Scale>, Problem> {
    let items = framework.list(doc, "scores_definition")?;
    if items.is_empty() {
        return Ok(None);
    }
    let mut levels: Vec<Level> = Vec::new();
    for item in items {
        item.map(doc, "a score")?;
        let score = item.integer(doc, "score")?.ok_or_else(|| {
            doc.problem(
                &item.loc,
                "a score needs its `score`",
                "score: a whole number",
            )
        })?;
        let value = u8::try_from(score).map_err(|_| {
            doc.problem(
                item.loc_of("score"),
                format!("the score {score} is outside 0–255"),
                "a score from 0 to 255",
            )
        })?;
        if levels.last().is_some_and(|l| l.value >= value) {
            return Err(doc.problem(
                item.loc_of("score"),
                format!("the score {value} does not rise above the one before it"),
                "scores in rising order, each once",
            ));
        }
        let level_name = item.required_text(doc, "name", "a score")?.to_owned();
        let meaning = item.text_or_empty(doc, "description")?;
        levels.push(Level {
            value,
            meaning: if meaning.is_empty() {
                format!("Level {value}, which the library names “{level_name}” and describes no further.")
            } else {
                meaning
            },
            name: level_name,
        });
    }
    if levels.len() < 2 {
        return Err(doc.problem(
            framework.loc_of("scores_definition"),
            "the library defines only one score",
            "at least two scores in scores_definition",
        ));
    }
    let (low, high) = (levels[0].value, levels[levels.len() - 1].value);
    Ok(Some(Scale {
        format_version: SCALE_FORMAT_VERSION,
        id: format!("{id}-scores"),
        name: format!("{name} scores"),
        summary: format!(
            "The scores {name} defines, from {low} to {high}, as the CISO Assistant library {} names them.",
            info.urn
        ),
        origin: library_source(info),
        levels,
    }))
}
