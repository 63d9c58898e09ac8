//! A new user's first hour (issue 15): what got in their way, each with a test that fails if it
//! comes back — the top bar never draws over itself, each screen and each requirement opens at its
//! top, and the example tender is opened again rather than copied.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::catalog;
use mim_assistant::ui::{MimApp, Screen};

mod window;
use window::{click, replace_in};

/// True when the node labelled `label` lies wholly inside the window.
fn on_screen(harness: &Harness<'static, MimApp>, label: &str) -> bool {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, window::SIZE);
    window.contains_rect(harness.get_by_label(label).rect())
}

fn statement(qid: &str) -> String {
    let library = catalog::load_embedded().library;
    library
        .requirement(qid)
        .unwrap()
        .requirement
        .statement
        .clone()
}

#[test]
fn the_first_requirement_opens_at_its_top_after_a_long_setup_page() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "New assessment");
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    click(&mut harness, "Next ▶");
    harness
        .get_by_label_contains("Yes, as an important entity")
        .click();
    harness.run();
    window::next_to_the_summary(&mut harness);
    // The user scrolls the setup page down to its button, as they must.
    harness.get_by_label("Create the assessment").scroll_to_me();
    harness.run();
    assert!(on_screen(&harness, "Create the assessment"));
    click(&mut harness, "Create the assessment");
    assert_eq!(harness.state().screen, Screen::Walk);
    let first = harness.state().walk.selected.clone().unwrap();
    assert!(
        on_screen(&harness, &statement(&first)),
        "the statement of {first} is in view"
    );
}

#[test]
fn each_requirement_and_each_screen_opens_at_its_top() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example");
    assert_eq!(harness.state().screen, Screen::Walk);
    let first = harness.state().walk.selected.clone().unwrap();
    // Down to the end of the requirement's page.
    harness.get_by_label("See the dashboard").scroll_to_me();
    harness.run();
    assert!(
        !on_screen(&harness, &statement(&first)),
        "scrolled past the statement"
    );

    click(&mut harness, "Dashboard");
    assert_eq!(harness.state().screen, Screen::Dashboard);
    assert!(
        on_screen(&harness, "Overall score"),
        "the dashboard opens at its cards"
    );

    click(&mut harness, "Walk-through");
    click(&mut harness, "Next ▶");
    let second = harness.state().walk.selected.clone().unwrap();
    assert_ne!(first, second);
    assert!(
        on_screen(&harness, &statement(&second)),
        "the next requirement opens at its statement"
    );
}

#[test]
fn the_example_tender_opens_again_rather_than_being_copied() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    let written = home.path().join("documents/example-tender.mimtender.ron");
    assert!(
        harness
            .query_by_label_contains(&format!(
                "The example tender is written to {}",
                written.display()
            ))
            .is_some(),
        "the status says where the example went"
    );
    click(&mut harness, "Start");
    click(&mut harness, "Open the example tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    assert!(
        harness
            .query_by_label_contains("The example tender you opened before is open again")
            .is_some()
    );
    let files: Vec<_> = std::fs::read_dir(home.path().join("documents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["example-tender.mimtender.ron"], "no copy was made");
}

/// The top bar's height in this test: everything whose box starts above it belongs to the bar.
const BAR: f32 = 34.0;

/// The labelled widgets of the top bar with their boxes.
fn bar_widgets(harness: &Harness<'static, MimApp>) -> Vec<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter(|n| matches!(n.accesskit_node().role(), Role::Button | Role::Label))
        .filter_map(|n| {
            let rect = n.rect();
            let label = n.accesskit_node().label().or(n.accesskit_node().value())?;
            (rect.top() < BAR && rect.width() > 0.0).then(|| (label.to_owned(), rect))
        })
        .collect()
}

fn assert_no_overlap(harness: &Harness<'static, MimApp>, language: &str) {
    let widgets = bar_widgets(harness);
    assert!(
        widgets.len() >= 8,
        "{language}: the bar is there: {widgets:?}"
    );
    for (i, (a, ra)) in widgets.iter().enumerate() {
        assert!(
            ra.right() <= 1024.0 + 0.5,
            "{language}: “{a}” runs off the window"
        );
        for (b, rb) in &widgets[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{language}: “{a}” {ra:?} and “{b}” {rb:?} overlap"
            );
        }
    }
}

#[test]
fn the_top_bar_fits_1024_pixels_in_english_swedish_and_german() {
    let (mut harness, _home) = window::new_window(Duration::from_millis(1));
    harness.set_size(egui::vec2(1024.0, 768.0));
    click(&mut harness, "Open the example");
    // An edit, then the recovery copy: the longest state the bar shows.
    harness.key_press(Key::Num2);
    harness.run();
    std::thread::sleep(Duration::from_millis(20));
    harness.run();
    assert!(
        harness
            .query_by_label("Unsaved (recovery copy kept)")
            .is_some(),
        "the recovery state shows"
    );
    assert_no_overlap(&harness, "English");
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    assert!(harness.query_by_label("Osparat (kopia finns)").is_some());
    assert_no_overlap(&harness, "Swedish");
    click(&mut harness, "Inställningar");
    click(&mut harness, "Deutsch");
    assert!(
        harness
            .query_by_label("Nicht gespeichert (Kopie vorhanden)")
            .is_some(),
        "the German bar still says the work is unsaved"
    );
    assert_no_overlap(&harness, "German");
}

#[test]
fn a_half_done_assessment_is_not_reached_so_far_with_what_is_still_open() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example");
    click(&mut harness, "Dashboard");
    let scorecard = &harness
        .state()
        .document
        .as_ref()
        .unwrap()
        .insights
        .scorecard;
    let open = scorecard.key_measures_unanswered();
    let gaps = harness
        .state()
        .document
        .as_ref()
        .unwrap()
        .insights
        .gaps
        .len();
    assert!(
        open > 0 && scorecard.overall.unanswered > 0,
        "the example is half done"
    );
    assert!(harness.query_by_label("Not reached so far").is_some());
    assert!(
        harness
            .query_by_label(&format!(
                "{gaps} gaps to close; {open} key measures not yet answered"
            ))
            .is_some()
    );
    assert!(
        harness
            .query_by_label("mean level out of 5; the target profile asks for at least 3.0 overall")
            .is_some()
    );
}

#[test]
fn tree_rows_are_cut_at_the_panel_edge_with_the_whole_text_on_hover() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    harness.set_size(egui::vec2(1024.0, 768.0));
    click(&mut harness, "Open the example");
    // A group of long titles: ISO/IEC 27001's organisational controls.
    harness
        .state_mut()
        .apply(mim_assistant::ui::Command::GoToRequirement(
            "iso27001:A.5.21".to_owned(),
        ));
    harness.run();
    let edge = harness.get_by_role(Role::Splitter).rect().left();
    let rows: Vec<(String, egui::Rect)> = harness
        .get_all_by_role(Role::Button)
        .filter_map(|n| {
            let label = n.accesskit_node().label()?.to_owned();
            label.starts_with("A.5.").then(|| (label, n.rect()))
        })
        .collect();
    assert!(rows.len() >= 30, "the open group's rows: {rows:?}");
    for (label, rect) in &rows {
        assert!(
            rect.right() <= edge + 0.5,
            "“{label}” runs under the panel's edge ({rect:?}, edge at {edge})"
        );
    }
    let long = rows
        .iter()
        .find(|(l, _)| l.contains("ICT supply chain"))
        .expect("a long row");
    harness.get_by_label(&long.0).hover();
    harness.run();
    assert!(
        harness.get_all_by_label(&long.0).count() >= 2,
        "the tooltip shows the whole text"
    );
}

#[test]
fn long_group_titles_are_cut_and_keep_the_tree_and_the_requirement_in_the_window() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("cir.mimassess.ron");
    let a = mim_assistant::assessment::Assessment::new(
        mim_assistant::assessment::Organisation {
            name: "Ängby kommun".into(),
            ..Default::default()
        },
        &["nis2cir"],
        "city-0-5",
        "mim-baseline",
    );
    mim_assistant::assessment::save(&a, &file).unwrap();
    let mut harness = window::window_in(
        catalog::load_embedded(),
        window::places(home.path(), Duration::from_secs(60)),
    );
    harness.set_size(egui::vec2(1024.0, 768.0));
    harness
        .state_mut()
        .apply(mim_assistant::ui::Command::Open(file));
    harness.run();
    harness.run();
    // NIS2 CIR's groups have titles of up to a dozen words ("Policies and procedures to assess
    // the effectiveness of …"); the tree keeps its width and cuts them.
    let edge = harness.get_by_role(Role::Splitter).rect().left();
    assert!(
        edge < 450.0,
        "the tree kept its width: its edge is at {edge}"
    );
    let headers: Vec<(String, egui::Rect)> = harness
        .get_all_by_role(Role::DisclosureTriangle)
        .filter_map(|n| Some((n.accesskit_node().label()?.to_owned(), n.rect())))
        .collect();
    let long = headers
        .iter()
        .find(|(l, _)| l.contains("effectiveness of cybersecurity"))
        .expect("the long group header, named in full for a screen reader");
    for (label, rect) in &headers {
        assert!(
            rect.right() <= edge + 0.5,
            "“{label}” runs under the panel's edge ({rect:?}, edge at {edge})"
        );
    }
    // The requirement beside it stays inside the window.
    for node in harness.get_all_by_role(Role::Label) {
        assert!(
            node.rect().right() <= 1024.5,
            "{:?} runs past the window's edge ({:?})",
            node.accesskit_node().value(),
            node.rect()
        );
    }
    harness.get_by_label(&long.0).hover();
    harness.run();
    assert!(
        harness.get_all_by_label(&long.0).count() >= 2,
        "the tooltip shows the whole title"
    );
    // A search opens every group holding a match, not only the frameworks.
    harness.state_mut().apply(mim_assistant::ui::Command::Walk(
        mim_assistant::ui::screens::walk::WalkCommand::SetQuery("logging".into()),
    ));
    harness.run();
    assert!(
        harness
            .get_all_by_role(Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .any(|label| label.starts_with("3.2  Monitoring and logging")),
        "the matching requirement's row is shown in its opened group"
    );
}

#[test]
fn after_writing_the_status_says_what_was_written_and_offers_to_open_it() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example tender");
    click(&mut harness, "2 · Annex and form");
    click(&mut harness, "Write the annex and the response form");
    let notice = harness.state().notice.clone().expect("a status message");
    assert!(notice.text.starts_with("Wrote "), "{}", notice.text);
    assert!(!notice.text.contains("Opened"), "{}", notice.text);
    // No viewer on this machine: the window says where the file is instead.
    click(&mut harness, "Open");
    let notice = harness.state().notice.clone().unwrap();
    assert!(
        notice
            .text
            .starts_with("No program could be started to open it. The file is ")
            && notice.text.ends_with(".pdf."),
        "{}",
        notice.text
    );

    // An assessment's export says so in the status bar too, once it has finished.
    click(&mut harness, "Start");
    click(&mut harness, "Open the example");
    click(&mut harness, "Export…");
    click(&mut harness, "Maturity report (PDF)");
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while harness.state().export.outcome.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the export never ended"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    let target = home.path().join("documents/Sjöbacka-kommun.pdf");
    let notice = harness.state().notice.clone().unwrap();
    assert_eq!(notice.text, format!("Saved to {}.", target.display()));
}

#[test]
fn the_top_bar_follows_the_document_being_worked_on() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    harness.set_size(egui::vec2(1024.0, 768.0));
    click(&mut harness, "Open the example");
    click(&mut harness, "Start");
    click(&mut harness, "Open the example tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    let labels = |harness: &Harness<'static, MimApp>| -> Vec<String> {
        bar_widgets(harness).into_iter().map(|(l, _)| l).collect()
    };
    let bar = labels(&harness);
    for absent in ["Walk-through", "Dashboard", "Export…", "Save"] {
        assert!(
            !bar.iter().any(|l| l == absent),
            "the assessment's “{absent}” is not in the tender's bar: {bar:?}"
        );
    }
    for present in ["Start", "Tender", "Assessment", "Undo", "Redo", "Saved"] {
        assert!(
            bar.iter().any(|l| l == present),
            "“{present}” is in the tender's bar: {bar:?}"
        );
    }
    assert_no_overlap(&harness, "English, tender");

    // The bar's Undo acts on the tender, not on the assessment behind it.
    let before = harness.state().tender.as_ref().unwrap().tender.items[0].modality;
    click(&mut harness, "Item 1: MUST or SHOULD");
    click(&mut harness, "SHOULD");
    assert_ne!(
        harness.state().tender.as_ref().unwrap().tender.items[0].modality,
        before
    );
    assert!(labels(&harness).iter().any(|l| l == "Unsaved changes"));
    click(&mut harness, "Undo");
    assert_eq!(
        harness.state().tender.as_ref().unwrap().tender.items[0].modality,
        before
    );

    // One tab leads back to the assessment, whose own tabs and controls come back.
    click(&mut harness, "Assessment");
    assert_eq!(harness.state().screen, Screen::Walk);
    let bar = labels(&harness);
    for present in ["Walk-through", "Dashboard", "Tender", "Export…", "Save"] {
        assert!(
            bar.iter().any(|l| l == present),
            "“{present}” is in the assessment's bar: {bar:?}"
        );
    }
    harness.check_accessibility();
}

#[test]
fn the_tender_item_column_fills_the_room_and_can_be_widened() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    harness.set_size(egui::vec2(1280.0, 800.0));
    click(&mut harness, "Open the example tender");
    harness.run();
    let handle = |harness: &Harness<'static, MimApp>| {
        harness.get_by_label("Width of the Item column").rect()
    };
    let titles = |harness: &Harness<'static, MimApp>| -> Vec<egui::Rect> {
        let app = harness.state();
        let tender = &app.tender.as_ref().unwrap().tender;
        tender
            .items
            .iter()
            .map(|item| {
                let title = mim_assistant::procurement::item_title(item, &app.library);
                harness.get_by_label(&title).rect()
            })
            .collect()
    };
    let line = 16.0;
    let before = titles(&harness);
    assert!(
        handle(&harness).right() - before[0].left() >= 250.0,
        "the Item column is at least 250 px wide at 1280 px"
    );
    assert!(
        before.iter().all(|t| t.height() <= 2.0 * line + 0.5),
        "no title wraps onto three lines: {before:?}"
    );

    // The handle in the column's heading widens it (from the keyboard as by dragging).
    let start = handle(&harness);
    harness.get_by_label("Width of the Item column").focus();
    harness.run();
    for _ in 0..2 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    assert!(
        handle(&harness).left() >= start.left() + 60.0,
        "the column is wider"
    );
    let after = titles(&harness);
    let wrapped = |titles: &[egui::Rect]| titles.iter().filter(|t| t.height() > line + 0.5).count();
    assert!(
        wrapped(&after) < wrapped(&before),
        "fewer titles wrap in the wider column: {before:?} → {after:?}"
    );
    harness.check_accessibility();
}

/// Every text the window shows whose label contains `text`.
fn shown_containing(harness: &Harness<'static, MimApp>, text: &str) -> Vec<String> {
    harness
        .query_all_by_label_contains(text)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or(node.value()).map(|l| l.to_string())
        })
        .collect()
}

#[test]
fn importing_in_swedish_says_every_problem_in_swedish() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    click(&mut harness, "Start");
    click(&mut harness, "Öppna exempelupphandlingen");
    click(&mut harness, "3 · Anbud och utvärdering");
    // The window's own sentences, every place (sheet, cell, line, field) and what the library
    // says is wrong in the form are all Swedish.
    let english = [
        "is a folder",
        "There is no file",
        "ends neither",
        "was not imported",
        "; expected",
        "Sheet “",
        "Line ",
        "The whole file",
        "the file is empty",
        "the form is for tender",
        "the column headings are missing",
        "as sent out",
    ];
    let assert_swedish = |harness: &Harness<'static, MimApp>, swedish: &str| {
        let shown = shown_containing(harness, swedish);
        assert!(!shown.is_empty(), "the window says “{swedish}…”");
        for text in shown {
            for words in english {
                assert!(!text.contains(words), "English “{words}” in: {text}");
            }
        }
    };

    // The field starts as the tender's folder: Import there lists the forms (no dialog here).
    click(&mut harness, "Importera formuläret");
    assert_swedish(&harness, "är en mapp");

    let missing = home.path().join("documents/saknas.xlsx");
    replace_in(
        &mut harness,
        "Ifyllt formulär",
        &missing.display().to_string(),
    );
    click(&mut harness, "Importera formuläret");
    assert_swedish(&harness, "Det finns ingen fil");

    let text_file = home.path().join("documents/anbud.txt");
    std::fs::write(&text_file, "hej").unwrap();
    replace_in(
        &mut harness,
        "Ifyllt formulär",
        &text_file.display().to_string(),
    );
    click(&mut harness, "Importera formuläret");
    assert_swedish(&harness, "är inget svarsformulär");

    let empty = home.path().join("documents/tomt.csv");
    std::fs::write(&empty, "").unwrap();
    replace_in(
        &mut harness,
        "Ifyllt formulär",
        &empty.display().to_string(),
    );
    click(&mut harness, "Importera formuläret");
    assert_swedish(&harness, "importerades inte");
    assert_swedish(&harness, "Hela filen: filen är tom (0 byte)");

    let wrong = home.path().join("documents/fel.csv");
    std::fs::write(&wrong, "Bidder,Nordvik AB\nItem,Requirement\n1,x\n").unwrap();
    replace_in(
        &mut harness,
        "Ifyllt formulär",
        &wrong.display().to_string(),
    );
    click(&mut harness, "Importera formuläret");
    assert_swedish(
        &harness,
        "Rad 3, fält 2: formuläret gäller upphandlingen “x”",
    );
    assert_swedish(
        &harness,
        "Rad 6: kolumnrubrikerna saknas; förväntat: rubrikerna",
    );
    harness.check_accessibility();
}

#[test]
fn opening_and_exporting_in_swedish_say_what_went_wrong_in_swedish() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    click(&mut harness, "Start");

    // A broken assessment: the sentence is Swedish, the place is the file's line.
    let broken = home.path().join("trasig.mimassess.ron");
    std::fs::write(&broken, "Assessment(\n  format_version: 2,\n  scope: 7,\n)").unwrap();
    click(&mut harness, "Öppna…");
    replace_in(&mut harness, "Sökväg", &broken.display().to_string());
    click(&mut harness, "Öppna");
    let message = harness.state().files.message.clone().unwrap();
    assert!(
        message.starts_with(&format!("Filen kunde inte öppnas: {}:3:", broken.display())),
        "{message}"
    );

    // Exporting the report over a file that holds an assessment is refused, in Swedish.
    let old = home.path().join("gammal.pdf");
    std::fs::copy(&broken, &old).unwrap();
    click(&mut harness, "Start");
    click(&mut harness, "Öppna exemplet");
    click(&mut harness, "Exportera…");
    replace_in(&mut harness, "Sökväg", &old.display().to_string());
    // The screen's title is "Exportera" too: the button is the one to press.
    harness
        .get_by_role_and_label(Role::Button, "Exportera")
        .click();
    harness.run();
    let shown = shown_containing(&harness, "välj en annan fil");
    assert_eq!(shown.len(), 1, "the refusal is shown: {shown:?}");
    assert!(
        shown[0].contains("finns redan och är en bedömning, men här skrivs en PDF"),
        "{}",
        shown[0]
    );
}

#[test]
fn the_report_logo_is_checked_when_chosen_and_put_on_the_cover() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example");
    click(&mut harness, "Export…");
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo");

    let not_an_image = fixtures.join("not-an-image.png");
    replace_in(
        &mut harness,
        "Logo on the cover",
        &not_an_image.display().to_string(),
    );
    assert!(
        harness
            .query_by_label_contains("is neither a PNG nor a JPEG image")
            .is_some(),
        "a wrong file is refused when chosen, before any report is written"
    );

    let logo = fixtures.join("sjobacka-logo.png");
    replace_in(
        &mut harness,
        "Logo on the cover",
        &logo.display().to_string(),
    );
    assert!(
        harness
            .query_by_label_contains("The logo can be used (300 × 120 pixels)")
            .is_some()
    );
    harness.check_accessibility();
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    while harness.state().export.outcome.is_none() {
        assert!(std::time::Instant::now() < deadline, "the export ended");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    let written = harness
        .state()
        .export
        .outcome
        .clone()
        .unwrap()
        .expect("the report is written");
    let pdf = std::fs::read(&written).unwrap();
    let has_image = pdf.windows(6).any(|w| w == b"/Image");
    assert!(has_image, "the cover carries the logo");
    // The logo is remembered for the next report.
    assert_eq!(harness.state().settings.logo, logo.display().to_string());
    drop(home);
}

/// File dialogs that always choose `file` to open.
struct ChooseFile(std::path::PathBuf);

impl mim_assistant::ui::dialogs::FileDialogs for ChooseFile {
    fn pick_file_to_open(
        &self,
        _folder: &std::path::Path,
        _kind: mim_assistant::ui::dialogs::OpenKind,
        _filter_name: &str,
    ) -> Option<std::path::PathBuf> {
        Some(self.0.clone())
    }
    fn pick_file_to_save(
        &self,
        _folder: &std::path::Path,
        _name: &str,
    ) -> Option<std::path::PathBuf> {
        None
    }
    fn open_folder(&self, _folder: &std::path::Path) -> bool {
        false
    }
    fn open_file(&self, _file: &std::path::Path) -> bool {
        false
    }
}

/// The last text field labelled `label` (the evidence just added is the last one).
fn last_field<'a>(harness: &'a Harness<'static, MimApp>, label: &'a str) -> egui_kittest::Node<'a> {
    harness
        .query_all_by_role_and_label(Role::TextInput, label)
        .last()
        .unwrap_or_else(|| panic!("a field labelled {label}"))
}

/// The evidence the test added: the last of the selected requirement's.
fn last_evidence(harness: &Harness<'static, MimApp>) -> mim_assistant::assessment::Evidence {
    let app = harness.state();
    let qid = app.walk.selected.clone().unwrap();
    let doc = app.document.as_ref().unwrap();
    doc.assessment.answers[&qid]
        .evidence
        .last()
        .unwrap()
        .clone()
}

#[test]
fn evidence_takes_real_dates_a_chosen_file_and_marks_a_missing_one() {
    let home = tempfile::tempdir().unwrap();
    let chosen = home.path().join("policy v3.pdf");
    std::fs::write(&chosen, "%PDF-1.4").unwrap();
    let mut harness = window::window_with(
        catalog::load_embedded(),
        window::places(home.path(), Duration::from_secs(60)),
        Box::new(ChooseFile(chosen.clone())),
    );
    click(&mut harness, "Open the example");
    click(&mut harness, "Add evidence");

    // "2 dec" is no date: nothing is stored and the field says what it takes.
    let date = last_field(&harness, "Date");
    date.focus();
    date.type_text("2 dec");
    harness.run();
    assert!(harness.query_by_label_contains("Not a date yet").is_some());
    assert_eq!(last_evidence(&harness).date, "");
    // A real date in words is stored as ISO and shown in words once the field is left.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.run();
    last_field(&harness, "Date").type_text("2 December 2026");
    harness.run();
    assert_eq!(last_evidence(&harness).date, "2026-12-02");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        last_field(&harness, "Date")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("2 December 2026")
    );

    // The example has no file yet: its relative links cannot be checked, and it says so.
    assert!(
        harness
            .query_by_label_contains("looked for beside the assessment file once")
            .is_some()
    );
    // A typed path to no file is marked.
    let missing_marks = |harness: &Harness<'static, MimApp>| {
        harness
            .query_all_by_label_contains("There is no file at")
            .count()
    };
    let marks_before = missing_marks(&harness);
    let missing = home.path().join("evidence").join("missing.pdf");
    let link = last_field(&harness, "Link or file");
    link.focus();
    link.type_text(&missing.display().to_string());
    harness.run();
    assert_eq!(missing_marks(&harness), marks_before + 1);
    // Browse… keeps the chosen file, and the mark goes.
    harness
        .query_all_by_label("Browse…")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(last_evidence(&harness).link, chosen.display().to_string());
    assert_eq!(missing_marks(&harness), marks_before);
    harness.check_accessibility();
}
