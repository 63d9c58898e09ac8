//! Starting points for a tender: ready selections such as "MIM6 core", and the defaults an item
//! gets when it is added (modality from the requirement's strength, proof from the catalog,
//! placement from its kind, "or equivalent" where it names a standard).

use crate::catalog::{FrameworkKind, Library, RequirementView, Strength};

use super::model::{Modality, Placement, TenderItem};

/// A named selection of requirements a buyer can start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Stable id (`mim6-core`), used on the command line and in tests.
    pub id: &'static str,
    /// Name shown in the window.
    pub name: &'static str,
    /// What it is for, in one sentence.
    pub summary: &'static str,
    /// The frameworks whose requirements it takes.
    frameworks: &'static [&'static str],
    /// Take SHALL requirements only.
    shall_only: bool,
}

/// The presets, in the order the window offers them.
pub const PRESETS: [Preset; 4] = [
    Preset {
        id: "mim6-core",
        name: "MIM6 core",
        summary: "Every MIM6 security requirement: access control, identities, credentials, encryption in transit, trust.",
        frameworks: &["mim6"],
        shall_only: false,
    },
    Preset {
        id: "foundational",
        name: "Foundational MIMs 0, 1, 2",
        summary: "The mandatory requirements of MIM0 (APIs and context information), MIM1 (data models' sharing) and MIM2 (data models): what most data-platform tenders need.",
        frameworks: &["mim0", "mim1", "mim2"],
        shall_only: true,
    },
    Preset {
        id: "clauses",
        name: "Common clauses",
        summary: "Data rights, exit, no lock-in fees, open APIs, change notice, documentation, security duties, accessibility and equivalence.",
        frameworks: &["clauses"],
        shall_only: false,
    },
    Preset {
        id: "clauses-core",
        name: "Common clauses (mandatory ones)",
        summary: "Only the clauses that are pass/fail by default.",
        frameworks: &["clauses"],
        shall_only: true,
    },
];

impl Preset {
    /// The preset with `id`.
    pub fn find(id: &str) -> Option<Preset> {
        PRESETS.into_iter().find(|p| p.id == id)
    }

    /// The requirement ids the preset selects, in catalog order.
    pub fn requirements<'a>(&self, library: &'a Library) -> Vec<RequirementView<'a>> {
        library
            .requirements()
            .filter(|r| self.frameworks.contains(&r.framework.id.as_str()))
            .filter(|r| !self.shall_only || r.requirement.strength == Strength::Shall)
            .collect()
    }
}

/// The item a requirement becomes when it is added: SHALL → MUST, otherwise SHOULD (with no
/// weight yet; see [`spread_weights`]); the catalog's suggested proof; the placement its kind
/// suggests; "or equivalent" where its tender clause names a standard.
pub fn default_item(view: &RequirementView<'_>) -> TenderItem {
    let requirement = view.requirement;
    let modality = match requirement.strength {
        Strength::Shall => Modality::Must,
        Strength::Should | Strength::May => Modality::Should { weight: 0 },
    };
    TenderItem {
        requirement: view.qid.to_owned(),
        modality,
        proof: requirement.proof,
        placement: default_placement(view, modality),
        or_equivalent: names_standard(&requirement.tender_clause),
        fill_ins: Vec::new(),
    }
}

/// Where an item belongs by default: a clause where its locator says, a weighted item among the
/// award criteria, anything else in the technical specification.
fn default_placement(view: &RequirementView<'_>, modality: Modality) -> Placement {
    if matches!(modality, Modality::Should { .. }) {
        return Placement::AwardCriteria;
    }
    if view.framework.kind == FrameworkKind::ClauseLibrary {
        let locator = view.requirement.locator.to_lowercase();
        if locator.starts_with("draft contract") || locator.starts_with("means of proof") {
            return Placement::ContractClause;
        }
        if locator.starts_with("procurement documents") {
            return Placement::AcceptanceTest;
        }
    }
    Placement::TechnicalSpecification
}

/// Names of standards and specifications a tender clause may cite; a MUST that names one needs
/// the "or equivalent" wording (Directive 2014/24/EU, Art. 42).
const STANDARD_MARKERS: [&str; 23] = [
    "ISO",
    "IEC",
    "EN 301",
    "ETSI",
    "OGC",
    "W3C",
    "IETF",
    "RFC ",
    "NGSI",
    "OpenAPI",
    "TLS",
    "OAuth",
    "OpenID",
    "SAML",
    "GeoPackage",
    "WCAG",
    "DCAT",
    "JSON-LD",
    "JSON Schema",
    "INSPIRE",
    "WFS",
    "GTFS",
    "SensorThings",
];

/// True when `text` names a standard or specification from a fixed list (ISO, ETSI, OGC, W3C,
/// TLS, OpenAPI, WCAG …).
pub fn names_standard(text: &str) -> bool {
    STANDARD_MARKERS.iter().any(|m| text.contains(m))
}

/// True when `text` already carries the "or equivalent" wording itself.
pub fn says_or_equivalent(text: &str) -> bool {
    text.to_lowercase().contains("or equivalent")
}

/// Shares 100 points evenly among the SHOULD items (the first ones get the remainder), so a new
/// selection starts with weights that sum to 100.
pub fn spread_weights(items: &mut [TenderItem]) {
    let count = items
        .iter()
        .filter(|i| matches!(i.modality, Modality::Should { .. }))
        .count() as u32;
    if count == 0 {
        return;
    }
    let (share, mut rest) = (100 / count, 100 % count);
    for item in items.iter_mut() {
        if let Modality::Should { weight } = &mut item.modality {
            *weight = share + u32::from(rest > 0);
            rest = rest.saturating_sub(1);
        }
    }
}
