//! Catalog → Import…: pick an OSCAL catalog or a CISO Assistant library, read what it would
//! import (framework, counts, licence, what is left out, or every problem with its place), and
//! import it into the user catalog folder. The panel only holds what is shown; the app plans
//! and writes through [`crate::import`] and reloads the library.

use egui::RichText;

use crate::import::{SourceFormat, Summary};
use crate::ui::command::Command;
use crate::ui::i18n::I18n;
use crate::ui::widgets;

/// What the import view shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPanel {
    /// The file typed or chosen.
    pub path: String,
    /// Write over an earlier import of the same file.
    pub replace: bool,
    /// What the chosen file would import, once checked.
    pub preview: Option<Preview>,
    /// The files the last import wrote.
    pub written: Vec<String>,
}

/// The outcome of checking a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Preview {
    /// It can be imported: what each input gives.
    Ready(Vec<Summary>),
    /// It cannot: every problem, with its place.
    Refused(Vec<String>),
}

/// What the user can do in the import view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportCommand {
    /// Change the path typed.
    SetPath(String),
    /// Ask the system's file dialog for the file, then check it.
    Browse,
    /// Read the file and show what it would import.
    Check,
    /// Write over an earlier import, or not.
    SetReplace(bool),
    /// Import the checked file into the user catalog folder.
    Import,
}

impl ImportPanel {
    /// Applies a command that only changes what is shown; the others are the app's.
    pub fn apply(&mut self, command: &ImportCommand) {
        match command {
            ImportCommand::SetPath(path) => {
                self.path.clone_from(path);
                self.preview = None;
            }
            ImportCommand::SetReplace(on) => {
                self.replace = *on;
                self.preview = None;
            }
            ImportCommand::Browse | ImportCommand::Check | ImportCommand::Import => {}
        }
    }
}

/// Draws the import view; `folder` is where the import writes.
pub fn import_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    panel: &ImportPanel,
    folder: Option<&str>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut send = |c: ImportCommand| commands.push(Command::CatalogImport(c));
    widgets::screen_title(ui, i18n.tr("import-heading"));
    ui.add(egui::Label::new(i18n.tr("import-intro")).wrap());
    match folder {
        Some(folder) => ui.label(i18n.tr_args("import-folder", &[("folder", folder.into())])),
        None => ui.colored_label(
            crate::ui::theme::error(ui.visuals()),
            i18n.tr("import-no-folder"),
        ),
    };
    ui.add_space(crate::ui::theme::space::TIGHT);
    // The field on its own line (it takes the pane's width), the buttons below it.
    ui.horizontal(|ui| {
        if let Some(path) = widgets::path_field(ui, &i18n.tr("import-path"), &panel.path) {
            send(ImportCommand::SetPath(path));
        }
    });
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("import-browse")).clicked() {
            send(ImportCommand::Browse);
        }
        let can_check = !panel.path.trim().is_empty();
        if ui
            .add_enabled(can_check, egui::Button::new(i18n.tr("import-check")))
            .clicked()
        {
            send(ImportCommand::Check);
        }
    });
    let mut replace = panel.replace;
    if ui
        .checkbox(&mut replace, i18n.tr("import-replace"))
        .changed()
    {
        send(ImportCommand::SetReplace(replace));
    }
    match &panel.preview {
        None => {}
        Some(Preview::Refused(problems)) => {
            widgets::section_heading(ui, i18n, "import-problems-heading");
            for problem in problems {
                widgets::outcome_line(ui, problem, true);
            }
        }
        Some(Preview::Ready(summaries)) => {
            for summary in summaries {
                summary_ui(ui, i18n, summary);
            }
            if folder.is_some() && ui.button(i18n.tr("import-button")).clicked() {
                send(ImportCommand::Import);
            }
        }
    }
    if !panel.written.is_empty() {
        widgets::section_heading(ui, i18n, "import-written-heading");
        for file in &panel.written {
            widgets::bullet(ui, file);
        }
    }
    commands
}

fn summary_ui(ui: &mut egui::Ui, i18n: &I18n, summary: &Summary) {
    widgets::section_title(ui, &summary.name);
    ui.label(
        RichText::new(i18n.tr_args(
            "import-summary-file",
            &[
                ("file", summary.file.as_str().into()),
                ("format", i18n.tr(format_key(summary.format)).into()),
                ("id", summary.id.as_str().into()),
            ],
        ))
        .weak(),
    );
    let counts = if summary.mappings > 0 {
        i18n.tr_args(
            "import-summary-mappings",
            &[("count", summary.mappings.into())],
        )
    } else {
        i18n.tr_args(
            "import-summary-counts",
            &[
                ("groups", summary.groups.into()),
                ("requirements", summary.requirements.into()),
            ],
        )
    };
    ui.label(counts);
    if summary.scale_levels > 0 {
        ui.label(i18n.tr_args(
            "import-summary-scale",
            &[("levels", summary.scale_levels.into())],
        ));
    }
    ui.add(
        egui::Label::new(i18n.tr_args(
            "import-summary-licence",
            &[("licence", summary.licence.as_str().into())],
        ))
        .wrap(),
    );
    let left = summary.left_out;
    for (id, count) in [
        ("import-left-withdrawn", left.withdrawn),
        ("import-left-empty-groups", left.empty_groups),
        ("import-left-not-related", left.not_related),
    ] {
        if count > 0 {
            widgets::bullet(ui, &i18n.tr_args(id, &[("count", count.into())]));
        }
    }
}

fn format_key(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::Oscal => "import-format-oscal",
        SourceFormat::OscalOurs => "import-format-oscal-ours",
        SourceFormat::CisoFramework => "import-format-ciso-framework",
        SourceFormat::CisoMappings => "import-format-ciso-mappings",
    }
}
