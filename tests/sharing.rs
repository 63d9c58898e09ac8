//! Many hands on one assessment, end to end: the example assessment is split among three
//! colleagues — Erik gets a part file, Maria a questionnaire workbook, Jonas both (a part file
//! for MIM6, a questionnaire for ISO/IEC 27001 A.7). Erik answers through the library, Jonas's
//! part through the window (egui_kittest), and both workbooks are filled by openpyxl, another
//! program than ours. Meanwhile the coordinator changes two of the handed-out items. The merge,
//! in the window, takes the clean answers, shows exactly the two expected conflicts, and after
//! the coordinator's choices the scores equal the hand computation below.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::assessment::{
    Assessment, Contributor, Edit, PartForm, example_assessment, load, save, score,
};
use mim_assistant::catalog::{self, Library};
use mim_assistant::sharing::{
    self, MergeRow, Part, load_part, plan_merge, read_returned, write_questionnaire,
};
use mim_assistant::store::{save_ron, write_bytes_safely};
use mim_assistant::ui::{Command, MimApp, Screen};

mod window;
use window::click;

const ERIK: &str = "Erik Holm";
const MARIA: &str = "Maria Berg";
const JONAS: &str = "Jonas Ek";

/// A Python with openpyxl: `python3`, or the system's where `python3` is another one.
fn python_with_openpyxl() -> String {
    for candidate in ["python3", "/usr/bin/python3"] {
        let found = Process::new(candidate)
            .args(["-c", "import openpyxl"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return candidate.to_owned();
        }
    }
    panic!("this test fills the questionnaire with openpyxl: install python3-openpyxl");
}

/// Fills `workbook` with openpyxl into `filled`: each `(column, qid, value)` in the row of
/// the requirement's id.
fn fill_with_openpyxl(workbook: &Path, filled: &Path, cells: &[(&str, &str, &str)]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts/fill-questionnaire.py");
    let mut process = Process::new(python_with_openpyxl());
    process.arg(script).arg(workbook).arg(filled);
    for (column, qid, value) in cells {
        process.arg(format!("{column}@{qid}={value}"));
    }
    let status = process.status().unwrap();
    assert!(status.success(), "openpyxl filled {}", workbook.display());
}

fn level(assessment: &Assessment, qid: &str) -> Option<u8> {
    assessment
        .answers
        .get(qid)
        .and_then(|a| a.applicable_level())
}

/// Hands out a part for `who` with the requirements `items` names into `folder`; returns its
/// path. The coordinator's file is saved with the hand-out recorded.
fn hand_out(
    coordinator: &Path,
    library: &Library,
    who: &str,
    items: &[&str],
    form: PartForm,
    folder: &Path,
) -> PathBuf {
    let mut assessment = load(coordinator).unwrap().assessment;
    let items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
    let handout =
        sharing::hand_out(&mut assessment, library, who, &items, form, "2026-12-01").unwrap();
    let path = folder.join(format!(
        "{}{}",
        sharing::part_file_stem("city", who),
        sharing::part_ending(form)
    ));
    match form {
        PartForm::PartFile => save_ron(&Part::for_handout(&assessment, &handout), &path).unwrap(),
        PartForm::Questionnaire => {
            let bytes = write_questionnaire(&assessment, library, &handout).unwrap();
            write_bytes_safely(&path, &bytes).unwrap();
        }
    }
    save(&assessment, coordinator).unwrap();
    path
}

#[test]
fn three_colleagues_answer_their_parts_and_the_merge_takes_them_with_two_conflicts_decided() {
    let library = catalog::load_embedded().library;
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("documents");
    std::fs::create_dir_all(&folder).unwrap();
    let coordinator = folder.join("city.mimassess.ron");

    // The example, as the coordinator starts from: the levels the hand computation changes.
    let mut example = example_assessment(&library);
    let before = example.clone();
    for (qid, was) in [
        ("iso27001:A.8.1", 2),
        ("iso27001:A.8.2", 2),
        ("iso27001:A.6.1", 3),
        ("iso27001:A.6.3", 2),
        ("iso27001:A.7.4", 2),
        ("mim6:R2", 2),
    ] {
        assert_eq!(level(&example, qid), Some(was), "{qid} in the example");
    }

    // Assign: Erik A.8, Maria A.6, Jonas MIM6 and A.7.
    for (name, role) in [
        (ERIK, "IT operations"),
        (MARIA, "HR"),
        (JONAS, "Facilities"),
    ] {
        let contributor = Contributor {
            name: name.to_owned(),
            role: role.to_owned(),
            email: String::new(),
        };
        sharing::add_contributor(&mut example.team, contributor).unwrap();
    }
    let assign = |a: &mut Assessment, who: &str, items: &[&str]| {
        let items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
        sharing::assign(a, &library, Some(who), &items).unwrap()
    };
    assert_eq!(assign(&mut example, ERIK, &["iso27001:A.8"]), 34);
    assert_eq!(assign(&mut example, MARIA, &["iso27001:A.6"]), 8);
    assert_eq!(assign(&mut example, JONAS, &["mim6", "iso27001:A.7"]), 20);
    save(&example, &coordinator).unwrap();

    // Hand out: Erik a part file, Maria a questionnaire, Jonas one of each.
    let erik = hand_out(
        &coordinator,
        &library,
        ERIK,
        &[],
        PartForm::PartFile,
        &folder,
    );
    let maria = hand_out(
        &coordinator,
        &library,
        MARIA,
        &[],
        PartForm::Questionnaire,
        &folder,
    );
    let jonas_part = hand_out(
        &coordinator,
        &library,
        JONAS,
        &["mim6"],
        PartForm::PartFile,
        &folder,
    );
    let jonas_book = hand_out(
        &coordinator,
        &library,
        JONAS,
        &["iso27001:A.7"],
        PartForm::Questionnaire,
        &folder,
    );
    assert_eq!(load(&coordinator).unwrap().assessment.team.parts_out(), 4);

    // Erik answers through the library: A.8.1 2 → 4, A.8.2 2 → 5.
    let mut part = load_part(&erik).unwrap();
    for (qid, new) in [("iso27001:A.8.1", 4), ("iso27001:A.8.2", 5)] {
        let edit = Edit::SetLevel {
            qid: qid.to_owned(),
            level: Some(new),
        };
        assert!(edit.apply(&mut part.assessment, "2026-12-02"));
    }
    part.submitted = true;
    save_ron(&part, &erik).unwrap();

    // Jonas answers his part file in the window: only his six MIM6 requirements are there;
    // mim6:R2 2 → 4, then Mark as submitted.
    jonas_answers_in_the_window(home.path(), &jonas_part, &library);

    // Maria and Jonas fill their workbooks with openpyxl.
    let maria_back = folder.join("maria-back.xlsx");
    fill_with_openpyxl(
        &maria,
        &maria_back,
        &[
            ("E", "iso27001:A.6.1", "4 – Managed"),
            (
                "F",
                "iso27001:A.6.1",
                "Screening for every hire since 2025.",
            ),
            ("E", "iso27001:A.6.3", "3 – Defined"),
        ],
    );
    let jonas_back = folder.join("jonas-back.xlsx");
    fill_with_openpyxl(
        &jonas_book,
        &jonas_back,
        &[
            ("E", "iso27001:A.7.4", "3 – Defined"),
            ("G", "iso27001:A.7.4", "Camera log 2026"),
        ],
    );

    // Meanwhile the coordinator changes two handed-out items: A.8.1 2 → 3, A.6.1 3 → 2.
    let mut now = load(&coordinator).unwrap().assessment;
    for (qid, new) in [("iso27001:A.8.1", 3), ("iso27001:A.6.1", 2)] {
        let edit = Edit::SetLevel {
            qid: qid.to_owned(),
            level: Some(new),
        };
        assert!(edit.apply(&mut now, "2026-12-03"));
    }
    save(&now, &coordinator).unwrap();

    // The plan, from the library: exactly these taken and these in conflict.
    let returned: Vec<_> = [&erik, &maria_back, &jonas_part, &jonas_back]
        .iter()
        .map(|p| read_returned(p, &now, &library).unwrap())
        .collect();
    let plan = plan_merge(&now, &library, returned);
    assert!(plan.refused.is_empty() && plan.flags.is_empty(), "{plan:?}");
    let taken: Vec<&str> = plan
        .rows
        .iter()
        .filter(|r| matches!(r, MergeRow::Taken { .. }))
        .map(MergeRow::qid)
        .collect();
    assert_eq!(
        taken,
        [
            "iso27001:A.6.3",
            "iso27001:A.7.4",
            "iso27001:A.8.2",
            "mim6:R2"
        ]
    );
    let conflicts: Vec<&str> = plan.conflicts().map(MergeRow::qid).collect();
    assert_eq!(conflicts, ["iso27001:A.6.1", "iso27001:A.8.1"]);

    // The merge in the window: read the four parts, decide the two conflicts, merge.
    let merged = coordinator_merges_in_the_window(
        home.path(),
        &coordinator,
        &[&erik, &maria_back, &jonas_part, &jonas_back],
    );

    // By hand: A.8.1 2 → 4 (Erik's, chosen), A.8.2 2 → 5, A.6.1 3 → 2 (the coordinator's,
    // kept), A.6.3 2 → 3, A.7.4 2 → 3 — ISO/IEC 27001 +2 +3 −1 +1 +1 = +6; mim6:R2 2 → 4,
    // MIM6 +2; overall +8. Nothing became answered or unanswered.
    let start = score(&before, &library);
    let end = score(&merged, &library);
    let framework = |card: &mim_assistant::assessment::Scorecard, id: &str| {
        card.frameworks.iter().find(|f| f.id == id).unwrap().tally
    };
    for (id, delta) in [("iso27001", 6.0), ("mim6", 2.0)] {
        let (was, is) = (framework(&start, id), framework(&end, id));
        assert_eq!(is.answered, was.answered, "{id}");
        let by_hand = (was.level_sum + delta) / was.answered as f64;
        assert!(
            (is.mean().unwrap() - by_hand).abs() < 1e-9,
            "{id}: {is:?} vs {by_hand}"
        );
    }
    let by_hand = (start.overall.level_sum + 8.0) / start.overall.answered as f64;
    assert_eq!(end.overall.answered, start.overall.answered);
    assert!((end.overall.mean().unwrap() - by_hand).abs() < 1e-9);
    for (qid, expected, by) in [
        ("iso27001:A.8.1", 4, Some(ERIK)),
        ("iso27001:A.8.2", 5, Some(ERIK)),
        ("iso27001:A.6.1", 2, None),
        ("iso27001:A.6.3", 3, Some(MARIA)),
        ("iso27001:A.7.4", 3, Some(JONAS)),
        ("mim6:R2", 4, Some(JONAS)),
    ] {
        let answer = &merged.answers[qid];
        assert_eq!(answer.current, Some(expected), "{qid}");
        assert_eq!(answer.answered_by.as_deref(), by, "{qid}");
    }
    assert_eq!(
        merged.answers["iso27001:A.7.4"].evidence[0].title,
        "Camera log 2026"
    );
    assert_eq!(merged.team.parts_out(), 0, "every part merged");
    let progress = sharing::progress(&merged);
    let jonas = progress
        .iter()
        .find(|p| p.contributor.name == JONAS)
        .unwrap();
    assert_eq!(
        (jonas.assigned, jonas.out, jonas.submitted, jonas.merged),
        (20, 0, 20, 2)
    );

    // The report lists who answered what.
    let who: Vec<_> = sharing::contributions(&merged)
        .into_iter()
        .map(|c| (c.contributor.name, c.requirements.len()))
        .collect();
    assert_eq!(
        who,
        [
            (ERIK.to_owned(), 2),
            (MARIA.to_owned(), 1),
            (JONAS.to_owned(), 2)
        ]
    );
    let report = mim_assistant::report::maturity_report(&merged, &library);
    let text = format!("{report:?}");
    assert!(text.contains("Who answered") && text.contains("Answered by Erik Holm"));
}

/// Jonas opens his part, sees only its requirements, sets mim6:R2 to 4 and marks the part
/// submitted; the part file then holds both.
fn jonas_answers_in_the_window(home: &Path, part: &Path, library: &Library) {
    let mut harness = window::window_in(
        catalog::load_embedded(),
        window::places(&home.join("jonas"), Duration::from_secs(60)),
    );
    harness.state_mut().apply(Command::Open(part.to_path_buf()));
    harness.run();
    {
        let app = harness.state();
        let doc = app.document.as_ref().expect("the part is open");
        assert!(doc.part.is_some());
        assert_eq!(app.screen, Screen::Walk);
        let shown = app.walk.visible(doc, &app.library);
        assert_eq!(shown.len(), 6, "only his part: {shown:?}");
        assert!(shown.iter().all(|q| q.starts_with("mim6:")));
    }
    assert!(
        harness.query_by_label("Team").is_none(),
        "a part is not shared further"
    );
    harness.check_accessibility();
    harness
        .state_mut()
        .apply(Command::GoToRequirement("mim6:R2".to_owned()));
    harness.run();
    click(&mut harness, "4 — Managed");
    assert_eq!(
        harness
            .state()
            .document
            .as_ref()
            .unwrap()
            .assessment
            .answers["mim6:R2"]
            .current,
        Some(4)
    );
    click(&mut harness, "Mark as submitted");
    harness.check_accessibility();
    let saved = load_part(part).unwrap();
    assert!(saved.submitted, "submitting saves the part");
    assert_eq!(saved.assessment.answers["mim6:R2"].current, Some(4));
    let _ = library;
}

/// The coordinator reads the returned parts on the team screen, sees the two conflicts side by
/// side, takes Erik's A.8.1 and keeps their own A.6.1, and merges; undo takes the whole merge
/// back and redo brings it again. Returns the assessment as merged (and saved).
fn coordinator_merges_in_the_window(
    home: &Path,
    coordinator: &Path,
    parts: &[&PathBuf],
) -> Assessment {
    let mut harness: Harness<'static, MimApp> = window::window_in(
        catalog::load_embedded(),
        window::places(&home.join("coordinator"), Duration::from_secs(60)),
    );
    harness
        .state_mut()
        .apply(Command::Open(coordinator.to_path_buf()));
    harness.run();
    // The top bar's team tab says how many parts are out.
    click(&mut harness, "Team (4)");
    assert_eq!(harness.state().screen, Screen::Team);
    harness.check_accessibility();
    let before = harness
        .state()
        .document
        .as_ref()
        .unwrap()
        .assessment
        .clone();
    for part in parts {
        window::replace_in(
            &mut harness,
            "Returned part (.mimpart.ron or .xlsx)",
            &part.display().to_string(),
        );
        click(&mut harness, "Read part");
    }
    let review = harness
        .state()
        .team
        .review
        .clone()
        .expect("a merge under review");
    assert_eq!(review.plan.parts.len(), 4, "{:?}", review.unreadable);
    // 62 requirements handed out (34 + 8 + 6 + 14), 6 of them answered differently.
    assert!(
        harness
            .query_by_label("4 to take, 2 in conflict, 56 unchanged")
            .is_some()
    );
    assert_eq!(
        harness.state().document.as_ref().unwrap().assessment,
        before,
        "nothing is taken before Merge"
    );
    let merge_waiting = harness.get_by_label_contains("Merge: take");
    assert!(
        merge_waiting.accesskit_node().is_disabled(),
        "two conflicts are undecided"
    );
    harness.check_accessibility();
    // The conflicts, side by side: A.6.1 first (id order), then A.8.1.
    let keep: Vec<_> = harness.get_all_by_label("Keep the assessment's").collect();
    assert_eq!(keep.len(), 2);
    keep[0].click();
    harness.run();
    click(&mut harness, "Take Erik Holm's");
    harness.get_by_label("Merge: take 5 answers").click();
    harness.run();
    let merged = harness
        .state()
        .document
        .as_ref()
        .unwrap()
        .assessment
        .clone();
    assert_eq!(merged.answers["iso27001:A.8.1"].current, Some(4));
    assert_eq!(merged.answers["iso27001:A.6.1"].current, Some(2));
    assert!(harness.query_by_label_contains("Took 5 answers").is_some());

    // One undo step: undo puts every answer and the hand-outs back; redo merges again.
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert_eq!(
        harness.state().document.as_ref().unwrap().assessment,
        before
    );
    harness.state_mut().apply(Command::Redo);
    harness.run();
    assert_eq!(
        harness.state().document.as_ref().unwrap().assessment,
        merged
    );
    harness.state_mut().apply(Command::Save);
    harness.run();
    let on_disk = load(coordinator).unwrap().assessment;
    assert_eq!(on_disk, merged);
    assert_eq!(on_disk.team.parts_out(), 0);
    merged
}

/// The coordinator reads a part, then changes one of its answers before clicking Merge: the
/// merge does not take the colleague's answer over the new one unseen — the review is made
/// again, shows the conflict, and waits for a choice.
#[test]
fn a_change_made_after_the_parts_were_read_is_not_overwritten_by_merge() {
    let library = catalog::load_embedded().library;
    let (home, coordinator, part) = erik_has_a_8_1(&library);
    let items = [A_8_1.to_owned()];
    let mut answered = load_part(&part).unwrap();
    let edit = Edit::SetLevel {
        qid: items[0].clone(),
        level: Some(4),
    };
    assert!(edit.apply(&mut answered.assessment, "2026-12-02"));
    save_ron(&answered, &part).unwrap();

    let mut harness = window::window_in(
        catalog::load_embedded(),
        window::places(&home.path().join("window"), Duration::from_secs(60)),
    );
    harness
        .state_mut()
        .apply(Command::Open(coordinator.clone()));
    harness.state_mut().apply(Command::ReadPart(part.clone()));
    harness.run();
    assert!(harness.query_by_label("Merge: take 1 answer").is_some());
    // Meanwhile, the coordinator sets A.8.1 to 3 in the walk-through.
    harness.state_mut().apply(Command::Edit(Edit::SetLevel {
        qid: items[0].clone(),
        level: Some(3),
    }));
    harness.run();
    click(&mut harness, "Merge: take 1 answer");
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(
        doc.assessment.answers[&items[0]].current,
        Some(3),
        "not overwritten"
    );
    assert!(
        harness
            .query_by_label_contains("the review above is made again")
            .is_some()
    );
    let review = harness.state().team.review.clone().unwrap();
    assert_eq!(review.plan.conflicts().count(), 1, "now a conflict");
    click(&mut harness, "Take Erik Holm's");
    click(&mut harness, "Merge: take 1 answer");
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(
        doc.assessment.answers[&items[0]].current,
        Some(4),
        "taken when chosen"
    );
}

/// A part that cannot be saved (its place taken by a folder here; a read-only share in real
/// life) keeps the contributor's work as a copy in the recovery folder and says where.
#[test]
fn a_part_that_cannot_be_saved_is_kept_as_a_copy_and_the_window_says_where() {
    let library = catalog::load_embedded().library;
    let (home, _coordinator, part) = erik_has_a_8_1(&library);
    let items = [A_8_1.to_owned()];

    let window_home = home.path().join("erik");
    let mut harness = window::window_in(
        catalog::load_embedded(),
        window::places(&window_home, Duration::ZERO),
    );
    harness.state_mut().apply(Command::Open(part.clone()));
    harness.state_mut().apply(Command::Edit(Edit::SetLevel {
        qid: items[0].clone(),
        level: Some(5),
    }));
    // The part's place is taken: it cannot be written there any more.
    std::fs::remove_file(&part).unwrap();
    std::fs::create_dir(&part).unwrap();
    harness
        .state_mut()
        .tick(std::time::Instant::now() + Duration::from_secs(1));
    let notice = harness.state().notice.clone().expect("a notice");
    assert!(notice.is_error, "{notice:?}");
    let copy = window_home.join("recovery").join(part.file_name().unwrap());
    assert!(
        notice.text.contains(&copy.display().to_string()),
        "{}",
        notice.text
    );
    let kept = load_part(&copy).unwrap();
    assert_eq!(
        kept.assessment.answers[&items[0]].current,
        Some(5),
        "the work is in the copy"
    );
}

const A_8_1: &str = "iso27001:A.8.1";

/// The example in a temporary home with Erik on the team, A.8.1 assigned to him and handed out
/// as a part file: the home, the coordinator's file and the part.
fn erik_has_a_8_1(library: &Library) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("documents");
    std::fs::create_dir_all(&folder).unwrap();
    let coordinator = folder.join("city.mimassess.ron");
    let mut example = example_assessment(library);
    let erik = Contributor {
        name: ERIK.to_owned(),
        ..Contributor::default()
    };
    sharing::add_contributor(&mut example.team, erik).unwrap();
    sharing::assign(&mut example, library, Some(ERIK), &[A_8_1.to_owned()]).unwrap();
    save(&example, &coordinator).unwrap();
    let part = hand_out(
        &coordinator,
        library,
        ERIK,
        &[],
        PartForm::PartFile,
        &folder,
    );
    (home, coordinator, part)
}
