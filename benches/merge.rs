//! Benchmark (run with `cargo bench --bench merge`): merging the parts of a large shared
//! assessment — the synthetic catalog of 10,000 requirements and an assessment answering 90 %
//! of them, handed out to 10 contributors as part files of 1,000 requirements each; each
//! contributor changed a third of their answers, and the coordinator changed 5 of those too
//! since the hand-out (50 conflicts). Times one more hand-out of 1,000 requirements, reading
//! the 10 part files (`read_returned`), the plan (`plan_merge`) and taking the answers
//! (`apply_merge`, every conflict decided), and the last three together as the coordinator's
//! Merge does them, and prints the median and fastest of several runs. The target is the whole
//! merge under 200 ms. Not a test: it asserts what the merge does, nothing about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use mim_assistant::assessment::{Answer, Assessment, Contributor, PartForm};
use mim_assistant::catalog::Library;
use mim_assistant::sharing::{
    Choice, MergePlan, MergeRow, Part, ReturnedPart, add_contributor, apply_merge, assign,
    hand_out, plan_merge, read_returned,
};
use mim_assistant::store::save_ron;

#[path = "../tests/common/synthetic.rs"]
mod synthetic;
#[path = "common/timing.rs"]
mod timing;

use synthetic::{GROUPS, PER_GROUP, load, synthetic_assessment, synthetic_catalog};

const RUNS: usize = 7;
const CONTRIBUTORS: usize = 10;
/// Of each contributor's answers changed, how many the coordinator changed too.
const CONFLICTS_PER_PART: usize = 5;

/// One step, timed over [`RUNS`] runs.
fn measure<T>(name: &str, step: impl FnMut() -> T) -> T {
    timing::measure(name, RUNS, 56, step)
}

/// The synthetic assessment with contributor `c` assigned groups G{10c}..G{10c+9} (1,000
/// requirements each) and handed them out as part files; the parts as handed out.
fn handed_out(library: &Library) -> (Assessment, Vec<Part>) {
    let mut a = synthetic_assessment();
    a.assessor = "Coordinator".into();
    let per = GROUPS / CONTRIBUTORS;
    let mut parts = Vec::new();
    for c in 0..CONTRIBUTORS {
        let name = format!("Contributor {c}");
        let contributor = Contributor {
            name: name.clone(),
            ..Contributor::default()
        };
        add_contributor(&mut a.team, contributor).unwrap();
        let groups: Vec<String> = (c * per..(c + 1) * per)
            .map(|g| format!("bench:G{g}"))
            .collect();
        let assigned = assign(&mut a, library, Some(&name), &groups).unwrap();
        assert_eq!(assigned, per * PER_GROUP);
        let handout = hand_out(
            &mut a,
            library,
            &name,
            &[],
            PartForm::PartFile,
            "2026-11-01",
        )
        .unwrap();
        parts.push(Part::for_handout(&a, &handout));
    }
    (a, parts)
}

/// Each contributor changes every third answer of their part (a level one up, or level 2
/// for one unanswered); the coordinator changes the first few of those since the hand-out.
fn answer(a: &mut Assessment, parts: &mut [Part]) {
    for part in parts {
        for (i, qid) in part
            .items
            .clone()
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 == 0)
        {
            let before = part
                .assessment
                .answers
                .get(qid)
                .cloned()
                .unwrap_or_default();
            let level = before.current.map_or(2, |l| (l + 1) % 6);
            let theirs = Answer {
                current: Some(level),
                not_applicable: None,
                notes: format!("Checked by {} in November.", part.contributor.name),
                changed: "2026-11-05".into(),
                ..before
            };
            part.assessment.answers.insert(qid.clone(), theirs);
            if i / 3 < CONFLICTS_PER_PART {
                let ours = Answer {
                    current: Some((level + 2) % 6),
                    not_applicable: None,
                    changed: "2026-11-03".into(),
                    ..Answer::default()
                };
                a.answers.insert(qid.clone(), ours);
            }
        }
        part.submitted = true;
    }
}

/// Every conflict decided: the even ones for the coordinator, the odd ones for the
/// contributor.
fn choices(plan: &MergePlan) -> BTreeMap<String, Choice> {
    plan.conflicts()
        .enumerate()
        .filter_map(|(n, row)| match row {
            MergeRow::Conflict { qid, theirs, .. } => Some((
                qid.clone(),
                if n % 2 == 0 {
                    Choice::Keep
                } else {
                    Choice::Take(theirs[0].part)
                },
            )),
            _ => None,
        })
        .collect()
}

fn main() {
    let library = load(&synthetic_catalog());
    let (mut coordinator, mut parts) = handed_out(&library);
    answer(&mut coordinator, &mut parts);
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = parts
        .iter()
        .enumerate()
        .map(|(c, part)| {
            let path = dir
                .path()
                .join(format!("bench-Contributor-{c}.mimpart.ron"));
            save_ron(part, &path).unwrap();
            path
        })
        .collect();
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    println!(
        "synthetic assessment: {} requirements, {} answers; {CONTRIBUTORS} part files of {} \
         requirements, {:.1} MB of RON together; {RUNS} runs per step",
        GROUPS * PER_GROUP,
        coordinator.answers.len(),
        parts[0].items.len(),
        bytes as f64 / 1e6
    );

    // Handing out one more part of 1,000 requirements (a whole contributor's share again),
    // on copies of the assessment made before the clock starts.
    let mut copies: Vec<Assessment> = (0..RUNS).map(|_| coordinator.clone()).collect();
    let share: Vec<String> = parts[0].items.clone();
    measure("hand out a part of 1,000 requirements (hand_out)", || {
        let mut a = copies.pop().unwrap();
        hand_out(
            &mut a,
            &library,
            "Contributor 0",
            &share,
            PartForm::PartFile,
            "2026-11-02",
        )
        .unwrap()
    });

    let read = || -> Vec<ReturnedPart> {
        paths
            .iter()
            .map(|p| read_returned(p, &coordinator, &library).unwrap())
            .collect()
    };
    let returned = measure("read 10 part files (read_returned)", read);
    let plan = measure("plan the merge (plan_merge)", || {
        plan_merge(&coordinator, &library, returned.clone())
    });
    let decided = choices(&plan);
    assert!(plan.refused.is_empty() && plan.flags.is_empty());
    assert_eq!(plan.conflicts().count(), CONTRIBUTORS * CONFLICTS_PER_PART);
    assert_eq!(decided.len(), CONTRIBUTORS * CONFLICTS_PER_PART);
    // One copy of the assessment per run, made before the clock starts.
    let mut copies: Vec<Assessment> = (0..RUNS).map(|_| coordinator.clone()).collect();
    let summary = measure(
        "take the answers (apply_merge, 50 conflicts decided)",
        || {
            let mut a = copies.pop().unwrap();
            apply_merge(&mut a, &plan, &decided, "2026-11-20").unwrap()
        },
    );
    assert_eq!(summary.parts_merged, CONTRIBUTORS);
    assert_eq!(summary.kept, CONTRIBUTORS * CONFLICTS_PER_PART / 2);

    let mut copies: Vec<Assessment> = (0..RUNS).map(|_| coordinator.clone()).collect();
    let summary = measure("whole merge: read 10 parts + plan + apply", || {
        let mut a = copies.pop().unwrap();
        let plan = plan_merge(&a, &library, read());
        let decided = choices(&plan);
        apply_merge(&mut a, &plan, &decided, "2026-11-20").unwrap()
    });
    println!(
        "took {} answers ({} of them conflicts decided for the contributor), kept {}, {} parts merged; {} unchanged",
        summary.taken,
        CONTRIBUTORS * CONFLICTS_PER_PART - summary.kept,
        summary.kept,
        summary.parts_merged,
        plan.unchanged()
    );
}
