//! Benchmark (run with `cargo bench --bench ui_frame`): the CPU time of one frame of the
//! busiest screen — the dashboard of the example assessment widened to every framework — drawn
//! through egui_kittest as the window draws it (layout, text, charts, the accessibility tree
//! and tessellation; only the GPU upload is missing), and of the walk-through with its full
//! tree, and of the tender screen's busiest part: the example tender's bids and evaluation with 10
//! imported bids. Prints the median, 90th percentile and slowest frame. Not a test: it asserts nothing
//! about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::{Duration, Instant};

/// The program's own allocator (src/main.rs), so that a frame costs here what it costs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use egui_kittest::Harness;
use mim_assistant::assessment::{self, FrameworkChoice, example_assessment};
use mim_assistant::catalog::{self, FrameworkKind};
use mim_assistant::procurement::response_form_csv;
use mim_assistant::ui::dialogs::NoDialogs;
use mim_assistant::ui::places::Places;
use mim_assistant::ui::screens::tender::{TenderCommand, TenderTab};
use mim_assistant::ui::{Command, MimApp, Screen, prepare_context};

#[path = "../tests/common/forms.rs"]
mod forms;
use forms::fill_csv;

const WARM_UP: usize = 20;
const FRAMES: usize = 300;

/// CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`); `None` where the clock fails.
fn thread_cpu_time() -> Option<Duration> {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec for the duration of the call.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    (status == 0).then(|| {
        Duration::new(
            u64::try_from(now.tv_sec).unwrap_or(0),
            u32::try_from(now.tv_nsec).unwrap_or(0),
        )
    })
}

/// The cost of one call of `frame`: CPU time where the system reports it, wall time otherwise.
fn cost(frame: impl FnOnce()) -> Duration {
    let (cpu, wall) = (thread_cpu_time(), Instant::now());
    frame();
    match (cpu, thread_cpu_time()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => wall.elapsed(),
    }
}

fn main() {
    let home = tempfile::tempdir().expect("a temporary folder");
    let report = catalog::load_embedded();
    let mut example = example_assessment(&report.library);
    example.frameworks = report
        .library
        .frameworks()
        .iter()
        .filter(|f| f.framework.kind != FrameworkKind::ClauseLibrary)
        .map(|f| FrameworkChoice {
            framework: f.framework.id.clone(),
            groups: Vec::new(),
        })
        .collect();
    let file = home.path().join("all.mimassess.ron");
    assessment::save(&example, &file).expect("the example saves");

    let app = MimApp::with(report, Places::in_folder(home.path()), Box::new(NoDialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(prepare_context)
        .build_ui_state(|ui, app: &mut MimApp| app.show(ui), app);
    harness.state_mut().apply(Command::Open(file));
    harness.run();
    let doc = harness.state().document.as_ref().expect("the file opened");
    println!(
        "example widened to {} requirements in {} frameworks, window 1280×820",
        doc.insights.statuses.len(),
        doc.assessment.frameworks.len()
    );
    for (screen, name) in [
        (Screen::Dashboard, "dashboard"),
        (Screen::Walk, "walk-through"),
    ] {
        harness.state_mut().apply(Command::Show(screen));
        harness.run();
        measure_frames(&mut harness, name);
    }
    drop(harness);

    let mut harness = tender_with_bids(home.path(), BIDS);
    let ws = harness
        .state()
        .tender
        .as_ref()
        .expect("the example tender opened");
    println!(
        "example tender: {} items, {} imported bids, on the bids part",
        ws.tender.items.len(),
        ws.forms.bids.len()
    );
    measure_frames(&mut harness, "tender, bids and evaluation");
}

/// How many bidders' forms the tender benchmark imports.
const BIDS: usize = 10;

/// A window on the example tender's bids part with `bids` filled CSV forms imported: every
/// item met, the second by an equivalent (so the equivalence table is drawn too), and one
/// bidder in three failing the first item (so exclusions show).
fn tender_with_bids(home: &std::path::Path, bids: usize) -> Harness<'static, MimApp> {
    let report = catalog::load_embedded();
    let library = catalog::load_embedded().library;
    let app = MimApp::with(report, Places::in_folder(home), Box::new(NoDialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(prepare_context)
        .build_ui_state(|ui, app: &mut MimApp| app.show(ui), app);
    harness.state_mut().apply(Command::OpenExampleTender);
    harness.run();
    let ws = harness
        .state()
        .tender
        .as_ref()
        .expect("the example tender opened");
    let blank = response_form_csv(&ws.tender, &library);
    let folder = ws.folder();
    for n in 1..=bids {
        let mut answers = vec![(
            2,
            "Meets by equivalent",
            "An equivalent standard, described in annex B.",
        )];
        if n % 3 == 0 {
            answers.push((1, "Does not meet", ""));
        }
        let path = folder.join(format!("bidder-{n:02}.csv"));
        std::fs::write(
            &path,
            fill_csv(&blank, &format!("Bidder {n:02} AB"), &answers),
        )
        .expect("the bid is written");
        harness
            .state_mut()
            .apply(Command::Tender(TenderCommand::ImportFile(path)));
    }
    harness
        .state_mut()
        .apply(Command::Tender(TenderCommand::Tab(TenderTab::Bids)));
    harness.run();
    harness
}

/// Draws `FRAMES` frames (after `WARM_UP`) and prints the median, 90th percentile and slowest.
fn measure_frames(harness: &mut Harness<'static, MimApp>, name: &str) {
    for _ in 0..WARM_UP {
        harness.step();
    }
    let mut frames: Vec<Duration> = (0..FRAMES)
        .map(|_| {
            cost(|| {
                harness.step();
                // kittest stops before painting; tessellate as the real window would.
                let output = harness.output();
                let primitives = harness
                    .ctx
                    .tessellate(output.shapes.clone(), output.pixels_per_point);
                std::hint::black_box(primitives);
            })
        })
        .collect();
    frames.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let measure = if thread_cpu_time().is_some() {
        "CPU time"
    } else {
        "wall time"
    };
    println!(
        "{name}: one frame, {measure} over {FRAMES} frames: median {:.2} ms, 90th percentile {:.2} ms, slowest {:.2} ms",
        ms(frames[FRAMES / 2]),
        ms(frames[FRAMES * 9 / 10]),
        ms(frames[FRAMES - 1])
    );
}
