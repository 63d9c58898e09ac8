//! The settings screen: language, light or dark, and the recent files. Changes apply at once
//! and are remembered.

use egui::RichText;

use crate::ui::command::Command;
use crate::ui::i18n::Arg;
use crate::ui::i18n::Language;
use crate::ui::screens::settings::{Settings, SettingsCommand, ThemeChoice};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;
use std::path::Path;

/// Draws the settings screen.
pub fn settings_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    settings: &Settings,
    settings_file: Option<&Path>,
) -> Vec<Command> {
    let tr = |id| ctx.i18n.tr(id);
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(theme::space::MEDIUM);
        widgets::screen_title(ui, tr("settings-title"));
        ui.add_space(theme::space::LARGE);
        widgets::subheading(ui, tr("settings-language"));
        let library = ctx.library.english();
        for language in Language::ALL {
            ui.horizontal(|ui| {
                if ui
                    .radio(settings.language == language, language.native_name())
                    .clicked()
                {
                    commands.push(Command::Settings(SettingsCommand::SetLanguage(language)));
                }
                // How much of the checklists' text the language has (the rest is shown in
                // English, the binding original).
                let share = library.language_share(language.code()).percent();
                ui.label(
                    RichText::new(ctx.i18n.tr_args(
                        "settings-language-share",
                        &[("share", Arg::Number(f64::from(share)))],
                    ))
                    .weak(),
                );
            });
        }
        ui.add_space(theme::space::LARGE);
        widgets::subheading(ui, tr("settings-theme"));
        for theme in ThemeChoice::ALL {
            if ui
                .radio(settings.theme == theme, tr(theme.message_id()))
                .clicked()
            {
                commands.push(Command::Settings(SettingsCommand::SetTheme(theme)));
            }
        }
        ui.add_space(theme::space::LARGE);
        widgets::subheading(ui, tr("settings-recent"));
        ui.label(ctx.i18n.tr_args(
            "settings-recent-count",
            &[("count", settings.recent.len().into())],
        ));
        if ui
            .add_enabled(
                !settings.recent.is_empty(),
                egui::Button::new(tr("settings-recent-clear")),
            )
            .clicked()
        {
            commands.push(Command::Settings(SettingsCommand::ClearRecent));
        }
        ui.add_space(theme::space::LARGE);
        if let Some(path) = settings_file {
            ui.label(
                RichText::new(ctx.i18n.tr_args(
                    "settings-stored-in",
                    &[("file", path.display().to_string().into())],
                ))
                .weak(),
            );
        }
    });
    commands
}

/// The egui preference for a theme choice.
pub fn theme_preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    }
}
