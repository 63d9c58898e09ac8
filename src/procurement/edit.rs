//! The changes a buyer makes to a tender, as values: header fields, items added from the
//! catalog or a preset, removed, reordered, made MUST or SHOULD (with the placement that
//! follows), weighted, filled in; bidders' forms kept or taken off; equivalences decided. The
//! window turns clicks into edits, [`super::TenderHistory`] applies them and keeps them for
//! undo, and the command line and tests apply the same edits without a window.

use crate::catalog::{Library, Proof};

use super::model::{EquivalenceDecision, Modality, Placement, ResponseFile, Tender, TenderItem};
use super::presets::{Preset, default_item, spread_weights};

/// Which header field a text edit is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenderField {
    /// The contracting authority.
    Buyer,
    /// The tender's title.
    Title,
    /// The buyer's reference number.
    Reference,
    /// Where bidders send questions.
    Contact,
    /// Date of issue.
    Date,
    /// The language of the annex, the form and the evaluation (a language tag).
    Language,
}

/// One change to a tender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenderEdit {
    /// Change a header field.
    SetField(TenderField, String),
    /// Add a requirement by id, at the end, with its default modality, proof and placement.
    Add(String),
    /// Add every requirement of a preset that is not in the tender yet; when no weight is set
    /// yet, the 100 points are spread over the SHOULD items.
    AddPreset(String),
    /// Remove the item at this index.
    Remove(usize),
    /// Move the item at this index one place up.
    MoveUp(usize),
    /// Move the item at this index one place down.
    MoveDown(usize),
    /// Make the item MUST (true) or SHOULD (false); its placement follows (see
    /// [`placement_for`]).
    SetMust(usize, bool),
    /// Set a SHOULD item's weight (at most 100); a MUST item has none.
    SetWeight(usize, u32),
    /// Set the means of proof.
    SetProof(usize, Proof),
    /// Set where the item belongs.
    SetPlacement(usize, Placement),
    /// Print the "or equivalent" wording with the item or not.
    SetOrEquivalent(usize, bool),
    /// Fill in a placeholder of the item's clause.
    SetFillIn {
        /// The item's index.
        item: usize,
        /// The placeholder's index in the clause.
        slot: usize,
        /// The buyer's value.
        text: String,
    },
    /// Share 100 points evenly among the SHOULD items.
    SpreadWeights,
    /// Keep a bidder's form with the tender, in place of the same file and of `replaces` (the
    /// same bidder's earlier form).
    KeepForm {
        /// The form's entry and SHA-256.
        file: ResponseFile,
        /// The entry of the bidder's earlier form, if one is kept.
        replaces: Option<String>,
    },
    /// Take a form off the tender's list, by its entry.
    RemoveForm(String),
    /// Decide a bidder's equivalence: accepted, rejected, or undecided (`None`). The decision
    /// replaces any earlier one for the same bidder and item.
    Decide {
        /// The bidder.
        bidder: String,
        /// The item's requirement id.
        requirement: String,
        /// The decision.
        accepted: Option<bool>,
        /// Why, for the evaluation report.
        reason: String,
        /// The SHA-256 of the form decided on; empty: any form of the bidder.
        form_sha256: String,
    },
}

/// Which text an edit types into; consecutive edits of the same text are one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TypingKey {
    Field(TenderField),
    FillIn(usize, usize),
    /// Dragging or typing a weight: one drag is one step.
    Weight(usize),
}

impl TenderEdit {
    /// The text being typed, when the edit is typing.
    pub(super) fn typing_key(&self) -> Option<TypingKey> {
        match self {
            TenderEdit::SetField(field, _) => Some(TypingKey::Field(*field)),
            TenderEdit::SetFillIn { item, slot, .. } => Some(TypingKey::FillIn(*item, *slot)),
            TenderEdit::SetWeight(index, _) => Some(TypingKey::Weight(*index)),
            _ => None,
        }
    }

    /// Applies the edit to `tender` (`library` gives new items their defaults). Returns false,
    /// and changes nothing, when the edit would not change the tender or names an item that is
    /// not there.
    pub fn apply(&self, tender: &mut Tender, library: &Library) -> bool {
        let before = tender.clone();
        self.apply_unchecked(tender, library);
        *tender != before
    }

    fn apply_unchecked(&self, tender: &mut Tender, library: &Library) {
        let count = tender.items.len();
        match self {
            TenderEdit::SetField(field, text) => field_mut(tender, *field).clone_from(text),
            TenderEdit::Add(qid) => {
                if tender.item(qid).is_none()
                    && let Some(view) = library.requirement(qid)
                {
                    tender.items.push(default_item(&view));
                }
            }
            TenderEdit::AddPreset(id) => add_preset(tender, id, library),
            TenderEdit::Remove(index) if *index < count => {
                tender.items.remove(*index);
            }
            TenderEdit::MoveUp(index) if *index > 0 && *index < count => {
                tender.items.swap(index - 1, *index);
            }
            TenderEdit::MoveDown(index) if index + 1 < count => {
                tender.items.swap(*index, index + 1);
            }
            TenderEdit::SetMust(index, must) => {
                if let Some(item) = tender.items.get_mut(*index) {
                    set_must(item, *must);
                }
            }
            TenderEdit::SetWeight(index, weight) => {
                if let Some(item) = tender.items.get_mut(*index)
                    && item.modality != Modality::Must
                {
                    item.modality = Modality::Should {
                        weight: (*weight).min(100),
                    };
                }
            }
            TenderEdit::SetProof(index, proof) => {
                if let Some(item) = tender.items.get_mut(*index) {
                    item.proof = *proof;
                }
            }
            TenderEdit::SetPlacement(index, placement) => {
                if let Some(item) = tender.items.get_mut(*index) {
                    item.placement = *placement;
                }
            }
            TenderEdit::SetOrEquivalent(index, on) => {
                if let Some(item) = tender.items.get_mut(*index) {
                    item.or_equivalent = *on;
                }
            }
            TenderEdit::SetFillIn { item, slot, text } => {
                if let Some(item) = tender.items.get_mut(*item) {
                    let values = &mut item.fill_ins;
                    if values.len() <= *slot {
                        values.resize(slot + 1, String::new());
                    }
                    values[*slot].clone_from(text);
                }
            }
            TenderEdit::SpreadWeights => spread_weights(&mut tender.items),
            TenderEdit::KeepForm { file, replaces } => {
                tender
                    .responses
                    .retain(|r| r.path != file.path && Some(&r.path) != replaces.as_ref());
                tender.responses.push(file.clone());
            }
            TenderEdit::RemoveForm(entry) => tender.responses.retain(|r| &r.path != entry),
            TenderEdit::Decide {
                bidder,
                requirement,
                accepted,
                reason,
                form_sha256,
            } => {
                tender
                    .decisions
                    .retain(|d| !(&d.bidder == bidder && &d.requirement == requirement));
                if let Some(accepted) = accepted {
                    tender.decisions.push(EquivalenceDecision {
                        bidder: bidder.clone(),
                        requirement: requirement.clone(),
                        accepted: *accepted,
                        reason: reason.clone(),
                        form_sha256: form_sha256.clone(),
                    });
                }
            }
            TenderEdit::Remove(_) | TenderEdit::MoveUp(_) | TenderEdit::MoveDown(_) => {}
        }
    }
}

/// Where an item belongs once it is made MUST or SHOULD, given where it is now: weighted items
/// are award criteria, pass/fail items are not (Directive 2014/24/EU, Art. 67), so a MUST
/// leaving the award criteria becomes a technical specification.
pub fn placement_for(must: bool, now: Placement) -> Placement {
    if !must {
        Placement::AwardCriteria
    } else if now == Placement::AwardCriteria {
        Placement::TechnicalSpecification
    } else {
        now
    }
}

/// Makes `item` MUST or SHOULD (keeping a SHOULD's weight) and places it accordingly.
fn set_must(item: &mut TenderItem, must: bool) {
    item.modality = if must {
        Modality::Must
    } else {
        Modality::Should {
            weight: item.modality.weight().unwrap_or(0),
        }
    };
    item.placement = placement_for(must, item.placement);
}

/// Adds the preset's requirements not chosen yet; spreads the weights when none is set.
fn add_preset(tender: &mut Tender, id: &str, library: &Library) {
    let Some(preset) = Preset::find(id) else {
        return;
    };
    let new: Vec<_> = preset
        .requirements(library)
        .iter()
        .filter(|v| tender.item(v.qid).is_none())
        .map(default_item)
        .collect();
    if new.is_empty() {
        return;
    }
    tender.items.extend(new);
    if tender.weight_total() == 0 {
        spread_weights(&mut tender.items);
    }
}

fn field_mut(tender: &mut Tender, field: TenderField) -> &mut String {
    match field {
        TenderField::Buyer => &mut tender.buyer,
        TenderField::Title => &mut tender.title,
        TenderField::Reference => &mut tender.reference,
        TenderField::Contact => &mut tender.contact,
        TenderField::Date => &mut tender.date,
        TenderField::Language => &mut tender.language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_should_is_an_award_criterion_and_a_must_leaving_it_a_specification() {
        assert_eq!(
            placement_for(false, Placement::ContractClause),
            Placement::AwardCriteria
        );
        assert_eq!(
            placement_for(true, Placement::AwardCriteria),
            Placement::TechnicalSpecification
        );
        assert_eq!(
            placement_for(true, Placement::ContractClause),
            Placement::ContractClause
        );
    }
}
