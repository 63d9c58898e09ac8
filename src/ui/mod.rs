//! The window: a thin view over the library. Views draw from state and return commands; the
//! app's `apply` is the one place that changes state.

mod a11y;
mod app;
mod chart_ui;
mod command;
pub mod dialogs;
pub mod document;
pub mod fonts;
mod frame;
pub mod i18n;
mod keys;
mod language_pick;
mod original;
pub mod palette;
pub mod places;
mod problems;
pub mod screens;
mod theme;
mod view_ctx;
mod widgets;

pub use app::{MimApp, Notice};
pub use command::{Command, Screen};
pub use screens::files::{FilePanel, FilePurpose};

use crate::{catalog, paths};

/// Fonts and style for a new egui context: the window, tests and benchmarks all use this.
pub fn prepare_context(ctx: &egui::Context) {
    fonts::install(ctx);
    theme::install(ctx);
}

/// Opens the window and runs until it is closed.
pub fn run_window() -> Result<(), eframe::Error> {
    let report = catalog::load_with_user_dir(paths::user_catalog_dir().as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("MIM Assistant")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([800.0, 540.0]),
        ..Default::default()
    };
    eframe::run_native(
        "MIM Assistant",
        options,
        Box::new(move |cc| {
            prepare_context(&cc.egui_ctx);
            Ok(Box::new(MimApp::new(report)))
        }),
    )
}

impl eframe::App for MimApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_unsaved_work();
    }
}
