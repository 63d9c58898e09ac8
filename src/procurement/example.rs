//! The built-in example tender: a fictional municipality buying an urban data platform. Used by
//! `example tender`, by the window's "Open the example tender" and by tests.

use crate::catalog::Library;

use super::model::{Modality, Placement, TENDER_FORMAT_VERSION, Tender};
use super::presets::default_item;

/// The items of the example: requirement id, and the weight when it is asked for as a SHOULD.
const EXAMPLE_ITEMS: [(&str, Option<u32>); 16] = [
    ("mim0:R1.1", None),
    ("mim0:R1.3", None),
    ("mim1:R1.1", None),
    ("mim2:R1.1", None),
    ("mim6:R1", None),
    ("mim6:R2", None),
    ("mim6:R5", None),
    ("clauses:CL-DATA", None),
    ("clauses:CL-EXIT", None),
    ("clauses:CL-API", None),
    ("mim0:R3.1", Some(25)),
    ("mim2:R4.1", Some(20)),
    ("mim6:R4", Some(25)),
    ("clauses:CL-DOCS", Some(15)),
    ("clauses:CL-TRAIN", Some(15)),
    // Accessibility is a legal minimum for anything people use (Directive 2014/24/EU,
    // Art. 42(1)): pass/fail, not points.
    ("clauses:CL-A11Y", None),
];

/// The example tender, with the defaults the builder gives each item and the example's own
/// weights. Items the library does not know are left out (the built-in catalogs know all).
pub fn example_tender(library: &Library) -> Tender {
    let items = EXAMPLE_ITEMS
        .iter()
        .filter_map(|(id, weight)| {
            let mut item = default_item(&library.requirement(id)?);
            if let Some(weight) = weight {
                item.modality = Modality::Should { weight: *weight };
                item.placement = Placement::AwardCriteria;
            } else {
                item.modality = Modality::Must;
            }
            if *id == "clauses:CL-EXIT" {
                item.fill_ins = vec!["60".to_owned()];
            }
            Some(item)
        })
        .collect();
    Tender {
        format_version: TENDER_FORMAT_VERSION,
        buyer: "Sjöbacka kommun".to_owned(),
        title: "Urban data platform for Sjöbacka".to_owned(),
        reference: "SJB-2026-017".to_owned(),
        language: "en".to_owned(),
        date: "2026-11-16".to_owned(),
        contact: "upphandling@sjobacka.example".to_owned(),
        items,
        decisions: Vec::new(),
        responses: Vec::new(),
    }
}
