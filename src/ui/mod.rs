//! The window: a thin view over the library. Views draw from state and return commands; the app's
//! `apply` is the one place that changes state.

mod about;
mod app;
pub mod browser;
pub mod fonts;

pub use app::{Command, MimApp};

use crate::{catalog, paths};

/// Opens the window and runs until it is closed.
pub fn run_window() -> Result<(), eframe::Error> {
    let report = catalog::load_with_user_dir(paths::user_catalog_dir().as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("MIM Assistant")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "MIM Assistant",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            Ok(Box::new(MimApp::new(report)))
        }),
    )
}
