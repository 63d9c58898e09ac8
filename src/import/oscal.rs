//! OSCAL catalogs (JSON or YAML, OSCAL 1.x): the metadata becomes the framework and its
//! [`Source`], the groups and controls our groups and requirements (see
//! [`super::oscal_controls`]). A catalog MIM Assistant exported itself carries its own fields as
//! props and parts in [`OUR_NS`] — framework id, kind and short name, every source as a
//! back-matter resource, each requirement's strength, confidence, proof, locator, why,
//! question, tender clause and evidence — and those are read back, so an export imported
//! again gives the same requirements. Any other catalog gets the derived texts of
//! [`super::derived`].

use super::derived::{SOURCE_KEY, cut_at_word};
use super::ids::token;
use super::oscal_controls::{self, Context};
use super::oscal_text::{OUR_NS, Params, add_params, prop};
use super::tree::{Doc, Node};
use crate::catalog::{
    CATALOG_FORMAT_VERSION, Catalog, Framework, FrameworkKind, Problem, Source, SourceKind,
};

/// A converted catalog and what was left out.
#[derive(Debug, Clone)]
pub struct ConvertedCatalog {
    /// The catalog.
    pub catalog: Catalog,
    /// Groups with no control under them, left out.
    pub empty_groups: usize,
    /// Controls marked withdrawn, left out.
    pub withdrawn: usize,
    /// True when the file is MIM Assistant's own export.
    pub ours: bool,
}

/// True when `catalog`'s metadata carries our namespace.
pub fn is_ours(doc: Doc, catalog: &Node) -> Result<bool, Problem> {
    let Some(metadata) = catalog.get("metadata") else {
        return Ok(false);
    };
    Ok(prop(doc, metadata, "framework-id", Some(OUR_NS))?.is_some())
}

/// The framework id a catalog suggests: our `framework-id` prop, else a token of its title.
pub fn suggested_id(doc: Doc, catalog: &Node) -> Result<Option<String>, Problem> {
    let metadata = metadata(doc, catalog)?;
    if let Some(id) = prop(doc, metadata, "framework-id", Some(OUR_NS))? {
        return Ok(token(&id));
    }
    Ok(metadata.text(doc, "title")?.and_then(token))
}

fn metadata<'a>(doc: Doc, catalog: &'a Node) -> Result<&'a Node, Problem> {
    let metadata = catalog.get("metadata").ok_or_else(|| {
        doc.problem(
            &catalog.loc,
            "the catalog has no metadata",
            "catalog.metadata with a title",
        )
    })?;
    metadata.map(doc, "catalog.metadata")?;
    Ok(metadata)
}

/// Converts `catalog` (the value of the file's `catalog` key) with the framework id `id`.
pub fn convert(doc: Doc, catalog: &Node, id: &str) -> Result<ConvertedCatalog, Problem> {
    catalog.map(doc, "catalog")?;
    let metadata = metadata(doc, catalog)?;
    let ours = is_ours(doc, catalog)?;
    let title = metadata
        .required_text(doc, "title", "the catalog's metadata")?
        .to_owned();
    let version = metadata.text_or_empty(doc, "version")?;
    let (sources, resources) = if ours {
        our_sources(doc, catalog)?
    } else {
        (
            vec![foreign_source(doc, catalog, metadata, &title)?],
            Vec::new(),
        )
    };
    let ours_prop = |name: &str| prop(doc, metadata, name, Some(OUR_NS));
    let kind = match ours_prop("framework-kind")?.as_deref() {
        Some("Mim") => FrameworkKind::Mim,
        Some("Regulation") => FrameworkKind::Regulation,
        Some("ClauseLibrary") => FrameworkKind::ClauseLibrary,
        _ => FrameworkKind::Standard,
    };
    let short_name = match ours_prop("short-name")? {
        Some(s) if !s.trim().is_empty() => s.trim().to_owned(),
        _ => cut_at_word(&title, 32),
    };
    let remarks = metadata.text_or_empty(doc, "remarks")?;
    let summary = if ours && !remarks.is_empty() {
        remarks
    } else {
        let version_words = if version.is_empty() {
            String::new()
        } else {
            format!(", version {version}")
        };
        format!("Imported from the OSCAL catalog “{title}”{version_words}.")
    };
    let mut notes = vec![if ours {
        "Imported from MIM Assistant's own OSCAL export; the notes, related items and ways to meet of the original catalog are not part of the export.".to_owned()
    } else {
        "Imported from an OSCAL catalog with mim-assistant import-catalog; each requirement keeps its control id as its locator.".to_owned()
    }];
    let mut params = Params::new();
    add_params(doc, catalog, &mut params)?;
    let mut context = Context::new(doc, id, &title, &short_name, ours, resources, &sources);
    let groups = oscal_controls::groups(&mut context, catalog, &params)?;
    if context.withdrawn > 0 {
        notes.push(format!(
            "{} control(s) the catalog marks as withdrawn are left out.",
            context.withdrawn
        ));
    }
    if groups.is_empty() {
        return Err(doc.problem(
            &catalog.loc,
            "the catalog holds no control",
            "catalog.groups or catalog.controls with at least one control",
        ));
    }
    Ok(ConvertedCatalog {
        empty_groups: context.empty_groups,
        withdrawn: context.withdrawn,
        catalog: Catalog {
            format_version: CATALOG_FORMAT_VERSION,
            framework: Framework {
                id: id.to_owned(),
                name: title,
                short_name,
                kind,
                version: if version.is_empty() {
                    "the catalog states no version".to_owned()
                } else {
                    version
                },
                summary,
                objectives: Vec::new(),
                notes,
                sources,
                mechanisms: Vec::new(),
                groups,
            },
        },
        ours,
    })
}

/// The one source of a catalog from elsewhere: its title, version and dates, its remarks as
/// the terms of use (OSCAL has no licence field; catalogs say it there), its parties as credit.
fn foreign_source(
    doc: Doc,
    catalog: &Node,
    metadata: &Node,
    title: &str,
) -> Result<Source, Problem> {
    let version = metadata.text_or_empty(doc, "version")?;
    let published = metadata.text_or_empty(doc, "published")?;
    let modified = metadata.text_or_empty(doc, "last-modified")?;
    let mut when = Vec::new();
    if !version.is_empty() {
        when.push(format!("version {version}"));
    }
    if !published.is_empty() {
        when.push(format!("published {published}"));
    }
    if !modified.is_empty() {
        when.push(format!("last modified {modified}"));
    }
    let mut url = String::new();
    for link in metadata.list(doc, "links")? {
        link.map(doc, "a link")?;
        if let Some(href) = link.text(doc, "href")?.filter(|h| !h.trim().is_empty()) {
            url = href.trim().to_owned();
            break;
        }
    }
    if url.is_empty() {
        let uuid = catalog.required_text(doc, "uuid", "the catalog")?;
        url = format!("urn:uuid:{uuid}");
    }
    let remarks = metadata.text_or_empty(doc, "remarks")?;
    let mut parties = Vec::new();
    for party in metadata.list(doc, "parties")? {
        party.map(doc, "a party")?;
        if let Some(name) = party.text(doc, "name")?.filter(|n| !n.trim().is_empty()) {
            parties.push(name.trim().to_owned());
        }
    }
    Ok(Source {
        key: SOURCE_KEY.to_owned(),
        document: title.to_owned(),
        version: if when.is_empty() {
            "not stated".to_owned()
        } else {
            when.join(", ")
        },
        url,
        licence: if remarks.is_empty() {
            "The catalog states no licence or terms of use.".to_owned()
        } else {
            remarks
        },
        kind: SourceKind::Secondary,
        attribution: if parties.is_empty() {
            String::new()
        } else {
            format!("Published by {}", parties.join(", "))
        },
    })
}

/// Our sources, and (resource uuid, source key) for the controls' links.
type OurSources = (Vec<Source>, Vec<(String, String)>);

/// Our sources from the back-matter resources, with each resource's uuid for the controls'
/// links.
fn our_sources(doc: Doc, catalog: &Node) -> Result<OurSources, Problem> {
    let mut sources = Vec::new();
    let mut resources = Vec::new();
    let Some(back) = catalog.get("back-matter") else {
        return Err(doc.problem(
            &catalog.loc,
            "the catalog carries MIM Assistant's namespace but no back-matter with its sources",
            "back-matter.resources, one per source",
        ));
    };
    for resource in back.list(doc, "resources")? {
        resource.map(doc, "a resource")?;
        let p = |name: &str| prop(doc, resource, name, Some(OUR_NS));
        let Some(key) = p("source-key")? else {
            continue;
        };
        let uuid = resource
            .required_text(doc, "uuid", "a resource")?
            .to_owned();
        let mut url = String::new();
        if let Some(link) = resource.list(doc, "rlinks")?.first() {
            url = link.text_or_empty(doc, "href")?;
        }
        if url.is_empty() {
            url = format!("urn:uuid:{uuid}");
        }
        let kind = match p("source-kind")?.as_deref() {
            Some("Primary") => SourceKind::Primary,
            Some("GeneralKnowledge") => SourceKind::GeneralKnowledge,
            _ => SourceKind::Secondary,
        };
        resources.push((uuid, key.clone()));
        sources.push(Source {
            key,
            document: resource
                .required_text(doc, "title", "a resource")?
                .to_owned(),
            version: p("version")?.unwrap_or_default(),
            url,
            licence: p("licence")?.unwrap_or_default(),
            kind,
            attribution: p("attribution")?.unwrap_or_default(),
        });
    }
    if sources.is_empty() {
        return Err(doc.problem(
            back.loc_of("resources"),
            "no back-matter resource names a source",
            "resources with a source-key prop",
        ));
    }
    Ok((sources, resources))
}
