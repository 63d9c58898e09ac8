//! The application state behind the window and the one place that draws it. Kept free of
//! `eframe` so that tests drive it through `egui_kittest` exactly as a user would.

use egui::RichText;

use super::browser::{self, BrowserCommand, BrowserState};
use crate::catalog::{Library, LoadReport};

/// Everything the window shows.
#[derive(Debug, Default)]
pub struct MimApp {
    /// The loaded catalogs.
    pub library: Library,
    /// Problems met while loading catalogs, one line each (`path:line:col: …`), shown in a banner.
    pub load_problems: Vec<String>,
    /// The catalog browser's state.
    pub browser: BrowserState,
    show_problems: bool,
}

/// Anything the user can ask the window to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A browser action.
    Browser(BrowserCommand),
    /// Show or hide the list of catalog problems.
    ToggleProblems,
}

impl MimApp {
    /// The app over a loaded catalog; problems of the load are listed in a banner.
    pub fn new(report: LoadReport) -> Self {
        let load_problems = report
            .problems
            .iter()
            .map(ToString::to_string)
            .chain(report.unreadable)
            .collect();
        MimApp {
            library: report.library,
            load_problems,
            ..MimApp::default()
        }
    }

    /// Applies one command: the only place where the window changes state.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Browser(c) => self.browser.apply(c),
            Command::ToggleProblems => self.show_problems = !self.show_problems,
        }
    }

    /// Draws the whole window into `ui` and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut commands: Vec<Command> = Vec::new();
        let hits = (!self.browser.query.trim().is_empty())
            .then(|| self.library.search(&self.browser.query).len());
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new("MIM Assistant").font(super::fonts::bold(18.0)));
                ui.label(RichText::new("Catalog browser").weak());
            });
            commands.extend(
                browser::search_bar_ui(ui, &self.browser, hits)
                    .into_iter()
                    .map(Command::Browser),
            );
            if !self.load_problems.is_empty() {
                commands.extend(self.problems_banner_ui(ui));
            }
            ui.add_space(4.0);
        });
        egui::Panel::left("navigation")
            .resizable(true)
            .default_size(360.0)
            .min_size(220.0)
            .max_size(560.0)
            .show(ui, |ui| {
                commands.extend(
                    browser::navigation_ui(ui, &self.library, &self.browser)
                        .into_iter()
                        .map(Command::Browser),
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(
                browser::detail_ui(ui, &self.library, &self.browser)
                    .into_iter()
                    .map(Command::Browser),
            );
        });
        for command in commands {
            self.apply(command);
        }
    }

    fn problems_banner_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "{} problem(s) in catalog files; the items concerned were not loaded.",
                    self.load_problems.len()
                ),
            );
            let label = if self.show_problems {
                "Hide details"
            } else {
                "Show details"
            };
            if ui.button(label).clicked() {
                commands.push(Command::ToggleProblems);
            }
        });
        if self.show_problems {
            for problem in &self.load_problems {
                ui.label(RichText::new(problem).monospace());
            }
        }
        commands
    }
}

impl eframe::App for MimApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
