//! Unit tests of the merge: every kind of row, refusals, flags, choices and undo.

use super::*;
use crate::assessment::{Contributor, Edit, History, Team, example_assessment};
use crate::catalog::{self, SourceFile};
use crate::sharing::returned::from_part_file;
use crate::sharing::{Part, add_contributor, hand_out};

const A1: &str = "iso27001:A.5.1";
const A2: &str = "iso27001:A.5.2";
const A3: &str = "iso27001:A.5.3";
const A4: &str = "iso27001:A.5.4";
const TODAY: &str = "2026-11-20";

/// The example with Erik and Lena on the team, A.5.1–A.5.4 at known answers: level 2,
/// level 3, not applicable, unanswered.
fn example() -> (Library, Assessment) {
    let library = catalog::load_embedded().library;
    let mut a = example_assessment(&library);
    for name in ["Erik", "Lena"] {
        let contributor = Contributor {
            name: name.to_owned(),
            ..Contributor::default()
        };
        add_contributor(&mut a.team, contributor).unwrap();
    }
    a.answers.insert(A1.into(), level(2, "2026-10-01"));
    a.answers.insert(A2.into(), level(3, "2026-10-01"));
    a.answers.insert(
        A3.into(),
        Answer {
            not_applicable: Some("No such process".into()),
            ..Answer::default()
        },
    );
    a.answers.remove(A4);
    (library, a)
}

fn level(level: u8, changed: &str) -> Answer {
    Answer {
        current: Some(level),
        changed: changed.to_owned(),
        ..Answer::default()
    }
}

/// The part file handed out to `who` for `items`, as the contributor opens it.
fn hand(a: &mut Assessment, library: &Library, who: &str, items: &[&str]) -> Part {
    let items: Vec<String> = items.iter().map(|i| (*i).to_owned()).collect();
    let handout = hand_out(a, library, who, &items, PartForm::PartFile, "2026-11-01").unwrap();
    Part::for_handout(a, &handout)
}

/// The part as it comes back: written and read as a part file.
fn back(part: &Part, name: &str) -> ReturnedPart {
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    let text = ron::ser::to_string_pretty(part, config).unwrap();
    from_part_file(&SourceFile {
        path: name.to_owned(),
        text,
    })
    .unwrap()
}

fn answer(part: &mut Part, qid: &str, answer: Answer) {
    part.assessment.answers.insert(qid.to_owned(), answer);
}

fn row<'p>(plan: &'p MergePlan, qid: &str) -> Vec<&'p MergeRow> {
    plan.rows.iter().filter(|r| r.qid() == qid).collect()
}

#[test]
fn a_part_come_back_as_handed_out_is_unchanged_and_merges_whole() {
    let (library, mut a) = example();
    let part = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
    let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
    assert!(plan.refused.is_empty() && plan.flags.is_empty(), "{plan:?}");
    assert_eq!((plan.unchanged(), plan.taken()), (4, 0));
    assert_eq!(plan.conflicts().count(), 0);
    let answers = a.answers.clone();
    let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!(summary.parts_merged, 1);
    assert_eq!(summary.taken, 0);
    assert_eq!(a.answers, answers);
}

#[test]
fn answers_the_contributor_changed_are_taken_stamped_with_who_and_when() {
    let (library, mut a) = example();
    let mut part = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
    answer(&mut part, A1, level(4, "2026-11-05"));
    answer(&mut part, A4, level(1, ""));
    part.assessment.answers.remove(A3); // cleared: not applicable no more
    part.submitted = true;
    let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
    assert_eq!((plan.taken(), plan.unchanged()), (3, 1), "{:#?}", plan.rows);
    let MergeRow::Taken { side, .. } = row(&plan, A1)[0] else {
        panic!("{:?}", row(&plan, A1));
    };
    assert_eq!(side.contributor, "Erik");
    assert_eq!(side.changed, "2026-11-05", "a part file's own date");
    let MergeRow::Taken { side, .. } = row(&plan, A4)[0] else {
        panic!("{:?}", row(&plan, A4));
    };
    assert_eq!(side.changed, "", "without one, the merge stamps its day");

    let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!((summary.taken, summary.kept), (3, 0));
    assert_eq!((summary.parts_merged, summary.parts_still_out), (1, 0));
    let a1 = &a.answers[A1];
    assert_eq!(a1.current, Some(4));
    assert_eq!(a1.answered_by.as_deref(), Some("Erik"));
    assert_eq!(a1.changed, "2026-11-05");
    assert_eq!(a.answers[A4].current, Some(1));
    assert_eq!(a.answers[A4].changed, TODAY);
    assert!(!a.answers[A3].is_not_applicable());
    assert_eq!(a.answers[A3].answered_by.as_deref(), Some("Erik"));
    assert_eq!(
        a.answers[A2],
        level(3, "2026-10-01"),
        "unchanged stays as it was"
    );
    let handout = &a.team.handouts[0];
    assert_eq!(handout.merged.as_deref(), Some(TODAY));
    assert!(handout.submitted);
    assert!(
        handout.baseline.is_empty(),
        "a merged part keeps no baseline"
    );
    assert_eq!(a.team.parts_out(), 0);
}

#[test]
fn an_answer_the_coordinator_changed_since_the_hand_out_is_a_conflict() {
    let (library, mut a) = example();
    let mut part = hand(&mut a, &library, "Erik", &[A1, A2, A4]);
    // Since the hand-out the coordinator changed A.5.1 and A.5.2 and answered A.5.4.
    a.answers.insert(A1.into(), level(1, "2026-11-02"));
    a.answers.insert(A2.into(), level(5, "2026-11-02"));
    a.answers.insert(A4.into(), level(2, "2026-11-02"));
    answer(&mut part, A1, level(4, "2026-11-03")); // both changed, differently
    answer(&mut part, A4, level(2, "2026-11-03")); // both changed, alike
    // A.5.2 the contributor left as it was.
    let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
    let conflicts: Vec<&MergeRow> = plan.conflicts().collect();
    assert_eq!(conflicts.len(), 1, "{:#?}", plan.rows);
    let MergeRow::Conflict { qid, ours, theirs } = conflicts[0] else {
        unreachable!()
    };
    assert_eq!(qid, A1);
    assert_eq!(ours.as_ref().and_then(|o| o.current), Some(1));
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].answer.as_ref().and_then(|t| t.current), Some(4));
    assert!(matches!(row(&plan, A2)[..], [MergeRow::Unchanged { .. }]));
    assert!(matches!(row(&plan, A4)[..], [MergeRow::Unchanged { .. }]));
    assert_eq!(plan.taken(), 0);

    let mut kept = a.clone();
    let keep = BTreeMap::from([(A1.to_owned(), Choice::Keep)]);
    let summary = apply_merge(&mut kept, &plan, &keep, TODAY).unwrap();
    assert_eq!((summary.taken, summary.kept), (0, 1));
    assert_eq!(kept.answers[A1], a.answers[A1]);
    let take = BTreeMap::from([(A1.to_owned(), Choice::Take(0))]);
    let summary = apply_merge(&mut a, &plan, &take, TODAY).unwrap();
    assert_eq!((summary.taken, summary.kept), (1, 0));
    assert_eq!(a.answers[A1].current, Some(4));
    assert_eq!(a.answers[A1].answered_by.as_deref(), Some("Erik"));
    assert_eq!(
        a.answers[A2].current,
        Some(5),
        "the coordinator's own change stays"
    );
}

#[test]
fn two_contributors_answering_one_requirement_differently_is_a_conflict() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A1, A2]);
    let mut lena = hand(&mut a, &library, "Lena", &[A2, A3]);
    answer(&mut erik, A2, level(4, "2026-11-03"));
    answer(&mut lena, A2, level(1, "2026-11-04"));
    answer(&mut erik, A1, level(5, "2026-11-03"));
    let parts = vec![
        back(&erik, "erik.mimpart.ron"),
        back(&lena, "lena.mimpart.ron"),
    ];
    let plan = plan_merge(&a, &library, parts);
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    let conflicts: Vec<&MergeRow> = plan.conflicts().collect();
    assert_eq!(conflicts.len(), 1, "{:#?}", plan.rows);
    let MergeRow::Conflict { qid, ours, theirs } = conflicts[0] else {
        unreachable!()
    };
    assert_eq!(qid, A2);
    assert_eq!(ours.as_ref().and_then(|o| o.current), Some(3));
    let who: Vec<(&str, usize)> = theirs
        .iter()
        .map(|s| (s.contributor.as_str(), s.part))
        .collect();
    assert_eq!(who, [("Erik", 0), ("Lena", 1)]);
    assert_eq!(plan.taken(), 1, "A.5.1 only Erik answered");

    let take_lena = BTreeMap::from([(A2.to_owned(), Choice::Take(1))]);
    let summary = apply_merge(&mut a, &plan, &take_lena, TODAY).unwrap();
    assert_eq!((summary.taken, summary.parts_merged), (2, 2));
    assert_eq!(a.answers[A2].current, Some(1));
    assert_eq!(a.answers[A2].answered_by.as_deref(), Some("Lena"));
    assert_eq!(a.answers[A2].changed, "2026-11-04");
    assert_eq!(a.answers[A1].answered_by.as_deref(), Some("Erik"));
}

#[test]
fn two_contributors_answering_one_requirement_alike_is_taken() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A2]);
    let mut lena = hand(&mut a, &library, "Lena", &[A2]);
    answer(&mut erik, A2, level(4, "2026-11-03"));
    answer(&mut lena, A2, level(4, "2026-11-04"));
    let parts = vec![
        back(&erik, "erik.mimpart.ron"),
        back(&lena, "lena.mimpart.ron"),
    ];
    let plan = plan_merge(&a, &library, parts);
    assert_eq!(plan.conflicts().count(), 0, "{:#?}", plan.rows);
    assert_eq!(plan.taken(), 1);
    apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!(a.answers[A2].current, Some(4));
    assert_eq!(a.team.parts_out(), 0);
}

#[test]
fn a_merge_with_an_undecided_conflict_or_a_wrong_choice_changes_nothing() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A1, A2]);
    let mut lena = hand(&mut a, &library, "Lena", &[A2]);
    answer(&mut erik, A1, level(5, "2026-11-03")); // clean: would be taken
    answer(&mut erik, A2, level(4, "2026-11-03"));
    answer(&mut lena, A2, level(1, "2026-11-04"));
    let parts = vec![
        back(&erik, "erik.mimpart.ron"),
        back(&lena, "lena.mimpart.ron"),
    ];
    let plan = plan_merge(&a, &library, parts);
    let before = a.clone();
    let result = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY);
    assert_eq!(result, Err(MergeError::Unresolved(vec![A2.to_owned()])));
    assert_eq!(a, before);
    // Part 2 does not exist; neither does a side of A.5.1 (not in conflict) matter.
    let wrong = BTreeMap::from([(A2.to_owned(), Choice::Take(2))]);
    let result = apply_merge(&mut a, &plan, &wrong, TODAY);
    assert_eq!(result, Err(MergeError::NotASide(A2.to_owned())));
    assert_eq!(a, before);
}

#[test]
fn parts_that_belong_elsewhere_or_came_back_before_are_refused() {
    let (library, mut a) = example();
    let erik = hand(&mut a, &library, "Erik", &[A1]);
    let mut other = a.clone();
    other.organisation.name = "Another city".into();
    other.team = Team::default();
    add_contributor(
        &mut other.team,
        Contributor {
            name: "Erik".into(),
            ..Contributor::default()
        },
    )
    .unwrap();
    let stranger = hand(&mut other, &library, "Erik", &[A1]);
    let mut forged = erik.clone();
    forged.fingerprint = stranger.fingerprint.clone();
    let mut renamed = erik.clone();
    renamed.contributor.name = "Lena".into();
    let parts = vec![
        back(&erik, "erik.mimpart.ron"),
        back(&erik, "copy.mimpart.ron"),
        back(&stranger, "stranger.mimpart.ron"),
        back(&forged, "forged.mimpart.ron"),
        back(&renamed, "renamed.mimpart.ron"),
    ];
    let plan = plan_merge(&a, &library, parts);
    assert_eq!(plan.parts.len(), 1);
    let refused: Vec<String> = plan.refused.iter().map(ToString::to_string).collect();
    assert_eq!(refused.len(), 4, "{refused:#?}");
    assert!(refused[0].starts_with("copy.mimpart.ron: is the same part as erik.mimpart.ron"));
    assert!(refused[1].contains("did not hand out"), "{}", refused[1]);
    assert!(refused[2].contains("fingerprint"), "{}", refused[2]);
    assert!(refused[3].contains("handed out to Erik"), "{}", refused[3]);

    apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    let again = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
    assert!(again.parts.is_empty());
    assert!(
        again.refused[0]
            .message
            .contains("merged already on 2026-11-20"),
        "{:?}",
        again.refused
    );
}

#[test]
fn answers_the_assessment_could_not_hold_are_flagged_and_the_rest_taken() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
    answer(&mut erik, A1, level(9, "2026-11-03")); // cyfun-1-5 goes from 1 to 5
    answer(
        &mut erik,
        A2,
        Answer {
            not_applicable: Some("  ".into()),
            ..Answer::default()
        },
    );
    answer(&mut erik, A3, level(3, "last Tuesday"));
    answer(&mut erik, A4, level(4, "2026-11-03"));
    let plan = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
    let flags: Vec<String> = plan.flags.iter().map(ToString::to_string).collect();
    assert_eq!(flags.len(), 3, "{flags:#?}");
    assert!(flags[0].contains("A.5.1: current level 9 is not on the scale `cyfun-1-5`"));
    assert!(flags[1].contains("A.5.2: marked not applicable without a reason"));
    assert!(flags[2].contains("A.5.3: the date it changed, “last Tuesday”"));
    // Each at the requirement's place in the part file.
    assert!(flags[0].starts_with("erik.mimpart.ron:"), "{}", flags[0]);
    assert_eq!(plan.taken(), 1, "{:#?}", plan.rows);

    let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!((summary.taken, summary.parts_still_out), (1, 1));
    assert_eq!(a.answers[A4].current, Some(4));
    assert_eq!(a.answers[A1].current, Some(2), "the bad level is not taken");
    assert_eq!(a.team.parts_out(), 1);
    // What was written still opens: the assessment's own check finds nothing wrong.
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    let text = ron::ser::to_string_pretty(&a, config).unwrap();
    let file = SourceFile {
        path: "a.mimassess.ron".into(),
        text,
    };
    let report = crate::assessment::check(&a, &file, &library);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
}

#[test]
fn a_part_file_whose_items_were_edited_takes_only_what_was_handed_out() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3]);
    // A.5.2 taken off the part's items (and its answer with it), A.5.5 put on.
    erik.items.retain(|q| q != A2);
    erik.assessment.answers.remove(A2);
    let a5 = "iso27001:A.5.5";
    erik.items.push(a5.to_owned());
    answer(&mut erik, a5, level(5, "2026-11-03"));
    answer(&mut erik, A1, level(4, "2026-11-03"));
    let plan = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
    let flags: Vec<String> = plan.flags.iter().map(ToString::to_string).collect();
    assert_eq!(flags.len(), 2, "{flags:#?}");
    assert!(
        flags[0].contains("iso27001:A.5.5 was not handed out"),
        "{}",
        flags[0]
    );
    assert!(flags[0].starts_with("erik.mimpart.ron:"), "{}", flags[0]);
    assert!(
        flags[1].contains("does not list iso27001:A.5.2"),
        "{}",
        flags[1]
    );
    assert!(
        row(&plan, A2).is_empty(),
        "not read as cleared: {:#?}",
        plan.rows
    );
    let before = a.clone();
    let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!((summary.taken, summary.parts_still_out), (1, 1));
    assert_eq!(a.answers[A2], before.answers[A2]);
    assert_eq!(a.answers.get(a5), before.answers.get(a5));
    assert_eq!(a.answers[A1].current, Some(4));
}

#[test]
fn undoing_a_merge_gives_back_the_answers_and_the_team_exactly() {
    let (library, mut a) = example();
    let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
    let lena = hand(&mut a, &library, "Lena", &[A2]);
    a.answers.insert(A2.into(), level(1, "2026-11-02"));
    answer(&mut erik, A1, level(4, "2026-11-03"));
    answer(&mut erik, A2, level(5, "2026-11-03"));
    erik.assessment.answers.remove(A3);
    answer(&mut erik, A4, level(1, "2026-11-03"));
    let parts = vec![
        back(&erik, "erik.mimpart.ron"),
        back(&lena, "lena.mimpart.ron"),
    ];
    let plan = plan_merge(&a, &library, parts);
    let choices = BTreeMap::from([(A2.to_owned(), Choice::Take(0))]);
    let before = a.clone();
    let mut history = History::default();
    let changed = history.apply_whole(&mut a, |a| {
        apply_merge(a, &plan, &choices, TODAY).unwrap();
    });
    assert!(changed);
    let after = a.clone();
    assert_ne!(after.answers, before.answers);
    assert_ne!(after.team, before.team);
    history.undo(&mut a);
    assert_eq!(a, before, "undo puts every answer and the team back");
    assert!(a.team.handouts.iter().all(|h| h.merged.is_none()));
    assert_eq!(
        a.team.handouts[0].baseline,
        before.team.handouts[0].baseline
    );
    history.redo(&mut a);
    assert_eq!(a, after);
    assert!(!history.apply_whole(&mut a, |_| {}), "no change, no step");
}

#[test]
fn a_part_that_stays_out_does_not_offer_what_was_taken_again() {
    let (library, mut a) = example();
    let mut part = hand(&mut a, &library, "Erik", &[A1, A2]);
    answer(&mut part, A1, level(4, "2026-11-05"));
    answer(&mut part, A2, level(9, "2026-11-05")); // off the scale: flagged
    let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
    assert_eq!((plan.taken(), plan.flags.len()), (1, 1), "{plan:#?}");
    let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!(summary.parts_still_out, 1);
    // The coordinator refines A.5.1 afterwards; Erik sends the corrected part.
    Edit::SetLevel {
        qid: A1.to_owned(),
        level: Some(3),
    }
    .apply(&mut a, TODAY);
    answer(&mut part, A2, level(4, "2026-11-06"));
    let plan = plan_merge(&a, &library, vec![back(&part, "erik-2.mimpart.ron")]);
    assert!(
        plan.flags.is_empty() && plan.conflicts().next().is_none(),
        "{plan:#?}"
    );
    assert!(matches!(row(&plan, A1)[..], [MergeRow::Unchanged { .. }]));
    assert!(matches!(row(&plan, A2)[..], [MergeRow::Taken { .. }]));
    apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
    assert_eq!(
        a.answers[A1].current,
        Some(3),
        "the coordinator's later answer stays"
    );
    assert_eq!(a.answers[A2].current, Some(4));
    assert_eq!(a.team.parts_out(), 0);
}
