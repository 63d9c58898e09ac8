//! The settings screen: language, light, dark or high contrast, the text size, and the recent
//! files. Changes apply at once and are remembered.

use egui::RichText;

use crate::ui::command::Command;
use crate::ui::i18n::Arg;
use crate::ui::i18n::Language;
use crate::ui::keys::{self, Shortcut};
use crate::ui::screens::settings::{Settings, SettingsCommand, TextScale, ThemeChoice};
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
        text_size_ui(ui, ctx, settings.text_scale, &mut commands);
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

/// The text size now, buttons to change it, and the keys that do the same anywhere.
fn text_size_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    scale: TextScale,
    commands: &mut Vec<Command>,
) {
    let tr = |id| ctx.i18n.tr(id);
    widgets::subheading(ui, tr("settings-text-size"));
    ui.horizontal(|ui| {
        let percent = Arg::Number(f64::from(scale.percent()));
        ui.label(
            ctx.i18n
                .tr_args("settings-text-size-value", &[("percent", percent)]),
        );
        let steps = [
            ("settings-text-smaller", scale.smaller(), Shortcut::Smaller),
            ("settings-text-larger", scale.larger(), Shortcut::Larger),
            (
                "settings-text-reset",
                TextScale::default(),
                Shortcut::NormalSize,
            ),
        ];
        for (id, to, shortcut) in steps {
            let button = egui::Button::new(tr(id));
            if ui
                .add_enabled(to != scale, button)
                .on_hover_text(keys::label(ui.ctx(), shortcut))
                .clicked()
            {
                commands.push(Command::Settings(SettingsCommand::SetTextScale(to)));
            }
        }
    });
    let key = |shortcut| Arg::from(keys::label(ui.ctx(), shortcut));
    ui.label(
        RichText::new(ctx.i18n.tr_args(
            "settings-text-size-hint",
            &[
                ("larger", key(Shortcut::Larger)),
                ("smaller", key(Shortcut::Smaller)),
                ("reset", key(Shortcut::NormalSize)),
            ],
        ))
        .weak(),
    );
}

/// The egui preference for a theme choice (high contrast is drawn as egui's dark theme, with
/// its own colours: [`theme::apply_look`]).
pub fn theme_preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::ThemePreference::Dark,
    }
}
