//! The tender's edits, undo and the bidders' forms, driven headless through the library as the
//! window and the command line drive them: every edit, undo and redo, typing as one step, the
//! placement that follows MUST and SHOULD, presets with weight spreading, a kept form set aside
//! and brought back by undo, and an equivalence decision bound to the form it was made on.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;

use mim_assistant::catalog::{Library, Proof};
use mim_assistant::procurement::{
    BidForms, BidReadError, Equivalence, Modality, Outcome, Placement, Tender, TenderEdit,
    TenderField, TenderHistory, evaluate, example_tender, forms_in_folder, read_bids,
    response_form_csv,
};

mod common;
#[path = "common/forms.rs"]
mod forms;
use forms::fill_csv;

fn empty() -> Tender {
    Tender::new("Ångby kommun", "Platform", "ÅNG-1")
}

fn apply(tender: &mut Tender, edit: TenderEdit, library: &Library) -> bool {
    edit.apply(tender, library)
}

#[test]
fn every_edit_changes_the_tender_and_a_repeat_or_a_missing_item_changes_nothing() {
    let library = common::shipped();
    let mut t = empty();
    for (field, text) in [
        (TenderField::Buyer, "Byn"),
        (TenderField::Title, "T"),
        (TenderField::Reference, "R-2"),
        (TenderField::Contact, "c@byn.se"),
        (TenderField::Date, "2026-12-24"),
    ] {
        assert!(apply(
            &mut t,
            TenderEdit::SetField(field, text.into()),
            &library
        ));
    }
    assert_eq!(
        (
            t.buyer.as_str(),
            t.title.as_str(),
            t.reference.as_str(),
            t.contact.as_str(),
            t.date.as_str()
        ),
        ("Byn", "T", "R-2", "c@byn.se", "2026-12-24")
    );
    assert!(apply(&mut t, TenderEdit::Add("mim6:R1".into()), &library));
    assert!(
        !apply(&mut t, TenderEdit::Add("mim6:R1".into()), &library),
        "an item is in a tender once"
    );
    assert!(!apply(
        &mut t,
        TenderEdit::Add("mim6:NOPE".into()),
        &library
    ));
    assert!(apply(
        &mut t,
        TenderEdit::Add("clauses:CL-EXIT".into()),
        &library
    ));
    assert!(apply(&mut t, TenderEdit::MoveDown(0), &library));
    assert_eq!(t.items[0].requirement, "clauses:CL-EXIT");
    assert!(!apply(&mut t, TenderEdit::MoveDown(1), &library));
    assert!(apply(&mut t, TenderEdit::MoveUp(1), &library));
    assert!(!apply(&mut t, TenderEdit::MoveUp(0), &library));
    assert_eq!(t.items[0].requirement, "mim6:R1");

    assert!(apply(
        &mut t,
        TenderEdit::SetProof(0, Proof::Test),
        &library
    ));
    assert_eq!(t.items[0].proof, Proof::Test);
    assert!(apply(
        &mut t,
        TenderEdit::SetPlacement(0, Placement::ContractClause),
        &library
    ));
    assert_eq!(t.items[0].placement, Placement::ContractClause);
    let equivalent = t.items[0].or_equivalent;
    assert!(apply(
        &mut t,
        TenderEdit::SetOrEquivalent(0, !equivalent),
        &library
    ));
    assert_eq!(t.items[0].or_equivalent, !equivalent);
    assert!(apply(
        &mut t,
        TenderEdit::SetFillIn {
            item: 1,
            slot: 0,
            text: "45".into()
        },
        &library
    ));
    assert_eq!(t.items[1].fill_ins, ["45"]);
    assert!(!apply(
        &mut t,
        TenderEdit::SetFillIn {
            item: 9,
            slot: 0,
            text: "x".into()
        },
        &library
    ));

    // A MUST has no weight; a SHOULD's weight is capped at 100.
    t.items[0].modality = Modality::Must;
    assert!(!apply(&mut t, TenderEdit::SetWeight(0, 30), &library));
    assert!(apply(&mut t, TenderEdit::SetMust(0, false), &library));
    assert!(apply(&mut t, TenderEdit::SetWeight(0, 250), &library));
    assert_eq!(t.items[0].modality, Modality::Should { weight: 100 });

    assert!(apply(&mut t, TenderEdit::Remove(1), &library));
    assert!(!apply(&mut t, TenderEdit::Remove(1), &library));
    assert_eq!(t.items.len(), 1);
}

#[test]
fn must_and_should_bring_their_placement_and_keep_a_should_weight() {
    let library = common::shipped();
    let mut t = empty();
    apply(&mut t, TenderEdit::Add("mim6:R1".into()), &library);
    t.items[0].modality = Modality::Must;
    t.items[0].placement = Placement::TechnicalSpecification;

    apply(&mut t, TenderEdit::SetMust(0, false), &library);
    assert_eq!(t.items[0].modality, Modality::Should { weight: 0 });
    assert_eq!(
        t.items[0].placement,
        Placement::AwardCriteria,
        "weighted items are award criteria"
    );
    apply(&mut t, TenderEdit::SetWeight(0, 40), &library);
    assert!(
        !apply(&mut t, TenderEdit::SetMust(0, false), &library),
        "a SHOULD made SHOULD again keeps its weight"
    );
    apply(&mut t, TenderEdit::SetMust(0, true), &library);
    assert_eq!(t.items[0].modality, Modality::Must);
    assert_eq!(
        t.items[0].placement,
        Placement::TechnicalSpecification,
        "a pass/fail item leaves the award criteria"
    );
    // A MUST placed elsewhere than the award criteria stays where the buyer put it.
    apply(
        &mut t,
        TenderEdit::SetPlacement(0, Placement::ContractClause),
        &library,
    );
    apply(&mut t, TenderEdit::SetMust(0, true), &library);
    assert_eq!(t.items[0].placement, Placement::ContractClause);
}

#[test]
fn a_preset_adds_what_is_missing_and_spreads_the_weights_only_when_none_is_set() {
    let library = common::shipped();
    let mut t = empty();
    apply(&mut t, TenderEdit::Add("mim6:R1".into()), &library);
    assert!(apply(
        &mut t,
        TenderEdit::AddPreset("mim6-core".into()),
        &library
    ));
    let ids: Vec<_> = t.items.iter().map(|i| i.requirement.as_str()).collect();
    assert_eq!(ids.iter().filter(|id| **id == "mim6:R1").count(), 1);
    assert!(ids.iter().all(|id| id.starts_with("mim6:")));
    assert!(
        !apply(&mut t, TenderEdit::AddPreset("mim6-core".into()), &library),
        "nothing left to add"
    );
    assert!(!apply(
        &mut t,
        TenderEdit::AddPreset("no-such".into()),
        &library
    ));

    // Two SHOULD items without weights: spreading shares the 100 points, remainder first.
    let mut t = empty();
    for id in ["mim6:R1", "mim6:R2", "mim6:R4"] {
        apply(&mut t, TenderEdit::Add(id.into()), &library);
    }
    for index in 0..3 {
        apply(&mut t, TenderEdit::SetMust(index, false), &library);
    }
    assert_eq!(t.weight_total(), 0);
    assert!(apply(&mut t, TenderEdit::SpreadWeights, &library));
    let weights: Vec<_> = t.items.iter().filter_map(|i| i.modality.weight()).collect();
    assert_eq!(weights, [34, 33, 33]);
    // With weights set, a preset leaves them as they are.
    apply(&mut t, TenderEdit::SetWeight(0, 10), &library);
    let before: Vec<_> = t.items.iter().map(|i| i.modality).collect();
    apply(&mut t, TenderEdit::AddPreset("clauses".into()), &library);
    let after: Vec<_> = t.items.iter().take(3).map(|i| i.modality).collect();
    assert_eq!(before, after);
}

#[test]
fn undo_and_redo_walk_back_and_forth_and_typing_is_one_step_until_the_field_is_left() {
    let library = common::shipped();
    let mut t = empty();
    let original = t.clone();
    let mut history = TenderHistory::default();
    assert!(!history.can_undo());
    for text in ["O", "Op", "Ope"] {
        history.apply(
            &mut t,
            &TenderEdit::SetField(TenderField::Title, text.into()),
            &library,
        );
    }
    history.close_typing();
    history.apply(
        &mut t,
        &TenderEdit::SetField(TenderField::Title, "Open".into()),
        &library,
    );
    history.apply(&mut t, &TenderEdit::Add("mim6:R1".into()), &library);
    assert!(
        !history.apply(&mut t, &TenderEdit::Add("mim6:R1".into()), &library),
        "no change, no step"
    );
    let done = t.clone();

    assert!(history.undo(&mut t));
    assert!(t.items.is_empty());
    history.undo(&mut t);
    assert_eq!(
        t.title, "Ope",
        "the typing before leaving the field is one step"
    );
    history.undo(&mut t);
    assert_eq!(t, original);
    assert!(!history.undo(&mut t));
    while history.redo(&mut t) {}
    assert_eq!(t, done);

    history.undo(&mut t);
    assert!(history.can_redo());
    history.apply(&mut t, &TenderEdit::Add("mim6:R2".into()), &library);
    assert!(!history.can_redo(), "a new edit drops what was undone");

    // A weight dragged is one step; another edit in between starts a new one.
    history.apply(&mut t, &TenderEdit::SetMust(0, false), &library);
    for weight in [5, 10, 15] {
        history.apply(&mut t, &TenderEdit::SetWeight(0, weight), &library);
    }
    history.undo(&mut t);
    assert_eq!(t.items[0].modality, Modality::Should { weight: 0 });
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_kept_form_is_set_aside_when_the_tender_changes_and_undo_brings_it_back() {
    let library = common::shipped();
    let folder = tempfile::tempdir().unwrap();
    let mut tender = example_tender(&library);
    let mut history = TenderHistory::default();
    let form = folder.path().join("nordvik.csv");
    write(
        &form,
        &fill_csv(
            &response_form_csv(&tender, &library),
            "Nordvik Data AB",
            &[],
        ),
    );
    assert_eq!(
        forms_in_folder(folder.path(), &folder.path().join("blank.xlsx")),
        std::slice::from_ref(&form)
    );

    let mut forms = BidForms::unread();
    assert!(forms.is_stale());
    let imported = forms
        .import(&form, &tender, folder.path(), &library)
        .unwrap();
    assert_eq!(imported.bidder, "Nordvik Data AB");
    assert!(!imported.replaces_earlier);
    history.apply(&mut tender, &imported.edit, &library);
    assert_eq!(tender.responses[0].path, "nordvik.csv");
    forms.refresh(&tender, folder.path(), &library);
    assert_eq!(forms.bids.len(), 1);
    assert_eq!(forms.entry_of("Nordvik Data AB"), Some("nordvik.csv"));
    assert!(forms.is_read(&form));
    // Importing the same bidder again replaces the earlier form.
    let again = forms
        .import(&form, &tender, folder.path(), &library)
        .unwrap();
    assert!(again.replaces_earlier);

    // One more item: the form no longer fits; it is set aside, not forgotten.
    history.apply(&mut tender, &TenderEdit::Add("mim6:R3".into()), &library);
    forms.refresh(&tender, folder.path(), &library);
    assert!(forms.bids.is_empty());
    assert_eq!(forms.set_aside.len(), 1);
    assert_eq!(forms.set_aside[0].0, "nordvik.csv");
    assert!(
        forms.set_aside[0]
            .1
            .to_string()
            .contains("missing row for item 17")
    );
    assert_eq!(tender.responses.len(), 1);

    history.undo(&mut tender);
    forms.refresh(&tender, folder.path(), &library);
    assert_eq!(forms.bids.len(), 1);
    assert!(forms.set_aside.is_empty());

    // Taken off the list, and back by undo.
    history.apply(
        &mut tender,
        &TenderEdit::RemoveForm("nordvik.csv".into()),
        &library,
    );
    forms.refresh(&tender, folder.path(), &library);
    assert!(forms.bids.is_empty() && forms.set_aside.is_empty());
    history.undo(&mut tender);
    forms.refresh(&tender, folder.path(), &library);
    assert_eq!(forms.bids.len(), 1);
}

#[test]
fn a_decision_holds_for_the_form_it_was_made_on_and_not_for_a_changed_one() {
    let library = common::shipped();
    let folder = tempfile::tempdir().unwrap();
    let mut tender = example_tender(&library);
    let number = tender.number_of("mim6:R4").unwrap();
    let form = folder.path().join("kanal.csv");
    let filled = fill_csv(
        &response_form_csv(&tender, &library),
        "Kanal Systems Oy",
        &[(number, "Meets by equivalent", "Our own module")],
    );
    write(&form, &filled);
    let mut forms = BidForms::unread();
    let imported = forms
        .import(&form, &tender, folder.path(), &library)
        .unwrap();
    imported.edit.apply(&mut tender, &library);
    forms.refresh(&tender, folder.path(), &library);
    let outcome = |tender: &Tender, forms: &BidForms| {
        let result = &evaluate(tender, &forms.bids).bids[0].items[number - 1];
        (result.equivalence, result.outcome)
    };
    let undecided = (
        Equivalence::Undecided,
        Outcome::Points {
            earned: 0,
            weight: 25,
        },
    );
    assert_eq!(outcome(&tender, &forms), undecided);

    let decide = forms.decide("Kanal Systems Oy", "mim6:R4", Some(true));
    let TenderEdit::Decide { form_sha256, .. } = &decide else {
        panic!("deciding gives a decision: {decide:?}");
    };
    assert_eq!(form_sha256, &forms.bids[0].fingerprint);
    assert!(decide.apply(&mut tender, &library));
    assert_eq!(
        outcome(&tender, &forms),
        (
            Equivalence::Accepted,
            Outcome::Points {
                earned: 25,
                weight: 25
            }
        )
    );

    // The bidder's file changes: the decision was not made on this form.
    write(
        &form,
        &filled.replace("Our own module", "Our own module v2"),
    );
    forms.refresh(&tender, folder.path(), &library);
    assert_eq!(forms.changed, ["kanal.csv"]);
    assert_eq!(outcome(&tender, &forms), undecided);
    assert_eq!(tender.decisions.len(), 1, "the decision stays in the file");

    // Undecided again removes it.
    assert!(
        forms
            .decide("Kanal Systems Oy", "mim6:R4", None)
            .apply(&mut tender, &library)
    );
    assert!(tender.decisions.is_empty());
}

#[test]
fn forms_given_together_are_one_per_bidder() {
    let library = common::shipped();
    let folder = tempfile::tempdir().unwrap();
    let tender = example_tender(&library);
    let filled = fill_csv(&response_form_csv(&tender, &library), "Alfa", &[]);
    let (first, second) = (folder.path().join("a.csv"), folder.path().join("b.csv"));
    write(&first, &filled);
    write(&second, &filled);
    assert_eq!(
        read_bids(std::slice::from_ref(&first), &tender, &library)
            .unwrap()
            .len(),
        1
    );
    let problems = read_bids(&[first, second], &tender, &library).unwrap_err();
    assert!(matches!(
        &problems[..],
        [BidReadError::SecondForm { bidder, .. }] if bidder == "Alfa"
    ));
}
