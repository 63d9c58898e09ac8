//! One frame of the window: the top bar (where am I, is my work safe, undo/redo/save), the
//! screen itself, the status bar, and the keyboard shortcuts. Commands collected from every part
//! are applied at the end of the frame.

use std::time::Instant;

use egui::RichText;

use crate::ui::a11y;
use crate::ui::app::{MimApp, Work};
use crate::ui::command::{Command, Screen};
use crate::ui::document::SaveState;
use crate::ui::i18n::I18n;
use crate::ui::keys::{self, Shortcut};
use crate::ui::problems::framed;
use crate::ui::screens::catalog::{self, BrowserCommand};
use crate::ui::screens::dashboard;
use crate::ui::screens::export;
use crate::ui::screens::files;
use crate::ui::screens::settings;
use crate::ui::screens::setup;
use crate::ui::screens::start;
use crate::ui::screens::team;
use crate::ui::screens::tender::{self, TenderCommand};
use crate::ui::screens::walk;
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// How often the window looks at a running export's progress.
const EXPORT_REFRESH: std::time::Duration = std::time::Duration::from_millis(100);

impl MimApp {
    /// Draws the whole window into `ui` and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        ui.ctx()
            .set_theme(settings::theme_preference(self.settings.theme));
        let look = (
            self.settings.theme == settings::ThemeChoice::HighContrast,
            self.settings.text_scale,
        );
        if self.shown_look != Some(look) {
            theme::apply_look(ui.ctx(), look.0);
            ui.ctx().set_zoom_factor(look.1.factor());
            self.shown_look = Some(look);
        }
        let title = a11y::window_title(self.work_name().as_deref());
        a11y::show_window_title(ui.ctx(), &title, &mut self.window_title);
        let mut commands = keys::keyboard_commands(self, ui);
        commands.extend(self.dropped_parts(ui));
        egui::Panel::top("top-bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
        });
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar_ui(ui));
        match self.screen {
            Screen::Start => commands.extend(start::start_ui(
                ui,
                &start::StartView {
                    i18n: &self.i18n,
                    recent: &self.settings.recent,
                    recovery: &self.recovery,
                    tender_recovery: &self.tender_recovery,
                },
            )),
            Screen::Setup => commands.extend(setup::setup_ui(ui, &self.view_ctx(), &self.setup)),
            Screen::Open | Screen::SaveAs => commands.extend(files::files_ui(
                ui,
                &self.view_ctx(),
                &self.files,
                self.document.is_some(),
            )),
            Screen::Walk | Screen::Dashboard if self.document.is_none() => {
                commands.push(Command::Show(Screen::Start));
            }
            Screen::Walk => {
                if let Some(doc) = &self.document {
                    let view = walk::WalkView {
                        ctx: self.view_ctx(),
                        walk: &self.walk,
                        scroll_pending: self.walk_scroll_pending(),
                    };
                    commands.extend(walk::walk_ui(ui, &view, doc));
                }
            }
            Screen::Dashboard => {
                if let Some(doc) = &self.document {
                    commands.extend(dashboard::dashboard_ui(ui, &self.view_ctx(), doc));
                }
            }
            Screen::Team => match &self.document {
                Some(doc) => commands.extend(team::team_ui(ui, &self.view_ctx(), &self.team, doc)),
                None => commands.push(Command::Show(Screen::Start)),
            },
            Screen::Catalog => commands.extend(self.catalog_ui(ui)),
            Screen::Settings => commands.extend(settings::settings_ui(
                ui,
                &self.view_ctx(),
                &self.settings,
                self.places.settings_file.as_deref(),
            )),
            Screen::Export if self.document.is_none() => {
                commands.push(Command::Show(Screen::Start));
            }
            Screen::Export => {
                let language = self
                    .document
                    .as_ref()
                    .map_or("en", |d| d.assessment.language.as_str());
                commands.extend(export::export_ui(
                    ui,
                    &self.view_ctx(),
                    &self.export,
                    language,
                ));
            }
            Screen::Tender => match &self.tender {
                Some(ws) => {
                    let (library, i18n) = (&self.library, &self.i18n);
                    let context = tender::TenderContext { library, i18n };
                    commands.extend(tender::tender_ui(ui, &context, ws));
                }
                None => commands.push(Command::Show(Screen::Start)),
            },
        }
        if self.pending.is_some() {
            commands.extend(self.unsaved_work_modal(ui));
        }
        self.walk_scrolled();
        for command in commands {
            self.apply(command);
        }
        let autosave_waiting = self.tick(Instant::now());
        if self.export.job.is_some() {
            ui.ctx().request_repaint_after(EXPORT_REFRESH);
        } else if autosave_waiting {
            ui.ctx().request_repaint_after(self.places.autosave_delay);
        }
    }

    /// The name of the document being worked on, for the window's title.
    fn work_name(&self) -> Option<String> {
        match (self.work, &self.tender, &self.document) {
            (Work::Tender, Some(ws), _) => Some(ws.display_name()),
            (_, _, Some(doc)) => Some(doc.display_name()),
            (_, Some(ws), None) => Some(ws.display_name()),
            (_, None, None) => None,
        }
    }

    /// The context every view draws from.
    fn view_ctx(&self) -> ViewCtx<'_> {
        ViewCtx {
            library: &self.library,
            i18n: &self.i18n,
        }
    }

    /// The tabs of the document being worked on (with one tab for the other open document),
    /// and on the right that document's name, save state, undo and redo.
    fn top_bar_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let tr = |id| self.i18n.tr(id);
        let mut commands = Vec::new();
        ui.add_space(theme::space::TIGHT);
        let on_tender = self.work == Work::Tender && self.tender.is_some();
        let bar = ui.horizontal(|ui| {
            // The program's name only where there is room to spare: a narrow window in a
            // longer language (German at 1024 px) needs the room for the document's name and
            // save state; the window's title says the name anyway.
            if ui.available_width() >= theme::width::BAR_WITH_APP_NAME {
                widgets::heading(ui, "MIM Assistant", theme::text::APP_NAME);
                ui.add_space(theme::space::LARGE);
            }
            let mut screens = vec![(Screen::Start, "nav-start")];
            if on_tender {
                screens.push((Screen::Tender, "nav-tender"));
                if self.document.is_some() {
                    screens.push((Screen::Walk, "nav-assessment"));
                }
            } else {
                if let Some(doc) = &self.document {
                    screens.push((Screen::Walk, "nav-walk"));
                    // A contributor's part has only their requirements: no scores of its own
                    // to show, and it is not shared further.
                    if doc.part.is_none() {
                        screens.push((Screen::Dashboard, "nav-dashboard"));
                        screens.push((Screen::Team, "nav-team"));
                    }
                }
                if self.tender.is_some() {
                    screens.push((Screen::Tender, "nav-tender"));
                }
            }
            screens.push((Screen::Catalog, "nav-catalog"));
            screens.push((Screen::Settings, "nav-settings"));
            for (screen, id) in screens {
                // The team tab says how many parts are out, in a number (the words on hover):
                // the bar has no room for more in a longer language at 1024 px.
                let out = self
                    .document
                    .as_ref()
                    .filter(|_| screen == Screen::Team)
                    .map_or(0, |doc| doc.assessment.team.parts_out());
                let (label, hint) = if out > 0 {
                    let count = [("count", out.into())];
                    (
                        self.i18n.tr_args("nav-team-out", &count),
                        Some(self.i18n.tr_args("nav-team-out-hint", &count)),
                    )
                } else {
                    (tr(id), None)
                };
                let mut tab = ui.selectable_label(self.screen == screen, label);
                if let Some(hint) = hint {
                    tab = tab.on_hover_text(hint);
                }
                if tab.clicked() {
                    commands.push(Command::Show(screen));
                }
            }
            // With large text (or a narrow window) the buttons go on a row of their own rather
            // than over the tabs.
            let one_row = ui.available_width() >= self.controls_width(ui, on_tender);
            if one_row {
                commands.extend(self.document_controls_ui(ui, on_tender));
            }
            one_row
        });
        if !bar.inner {
            ui.horizontal(|ui| commands.extend(self.document_controls_ui(ui, on_tender)));
        }
        if !self.load_problems.is_empty() {
            commands.extend(self.problems_banner_ui(ui));
        }
        ui.add_space(theme::space::TIGHT);
        commands
    }

    /// The controls of the document worked on, right to left from the bar's right edge.
    fn document_controls_ui(&self, ui: &mut egui::Ui, on_tender: bool) -> Vec<Command> {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if on_tender {
                self.tender_controls_ui(ui)
            } else {
                self.assessment_controls_ui(ui)
            }
        })
        .inner
    }

    /// The room the document's buttons take in the top bar, with the least room for its name.
    fn controls_width(&self, ui: &egui::Ui, on_tender: bool) -> f32 {
        let mut ids = vec!["action-redo", "action-undo"];
        if !on_tender && let Some(doc) = &self.document {
            ids.push("action-save");
            if doc.part.is_none() {
                ids.push("action-export");
            }
        } else if !on_tender {
            return 0.0;
        }
        let spacing = ui.spacing();
        let padding = 2.0 * spacing.button_padding.x + spacing.item_spacing.x;
        let buttons: f32 = ids
            .into_iter()
            .map(|id| {
                egui::WidgetText::from(self.i18n.tr(id))
                    .into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        egui::TextStyle::Button,
                    )
                    .size()
                    .x
                    + padding
            })
            .sum();
        buttons + theme::width::BAR_NAME_MIN
    }

    /// The open assessment's export, save, redo and undo, save state and name, right to left.
    fn assessment_controls_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let tr = |id| self.i18n.tr(id);
        let mut commands = Vec::new();
        let Some(doc) = &self.document else {
            return commands;
        };
        // A contributor's part is sent back, not reported on.
        if doc.part.is_none() && ui.button(tr("action-export")).clicked() {
            commands.push(Command::Show(Screen::Export));
        }
        if ui
            .button(tr("action-save"))
            .on_hover_text(keys::label(ui.ctx(), Shortcut::Save))
            .clicked()
        {
            commands.push(Command::Save);
        }
        let (undo, redo) = undo_redo_ui(
            ui,
            &self.i18n,
            doc.history.can_undo(),
            doc.history.can_redo(),
        );
        if undo {
            commands.push(Command::Undo);
        }
        if redo {
            commands.push(Command::Redo);
        }
        let (state, hint, colour) = match doc.save_state() {
            SaveState::Saved => ("state-saved", None, theme::weak(ui.visuals())),
            SaveState::Untouched => ("state-untouched", None, theme::weak(ui.visuals())),
            SaveState::InRecoveryCopy => (
                "state-recovery",
                Some("state-recovery-hint"),
                theme::warning(ui.visuals()),
            ),
            SaveState::Unsaved => ("state-unsaved", None, theme::warning(ui.visuals())),
        };
        let state = tr(state);
        let hint = hint.map_or_else(|| state.clone(), tr);
        name_and_state_ui(ui, &doc.display_name(), &state, &hint, colour);
        commands
    }

    /// Returned parts dropped on the window, to read into the merge review (only while a
    /// coordinator's assessment is open).
    fn dropped_parts(&self, ui: &egui::Ui) -> Vec<Command> {
        let coordinating = self.document.as_ref().is_some_and(|d| d.part.is_none());
        if !coordinating {
            return Vec::new();
        }
        ui.ctx().input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| {
                    crate::sharing::is_part_file(path)
                        || path
                            .extension()
                            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
                })
                .map(Command::ReadPart)
                .collect()
        })
    }

    /// The open tender's redo and undo, save state and name, right to left.
    fn tender_controls_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(ws) = &self.tender else {
            return commands;
        };
        let (undo, redo) = undo_redo_ui(ui, &self.i18n, ws.can_undo(), ws.can_redo());
        if undo {
            commands.push(Command::Tender(TenderCommand::Undo));
        }
        if redo {
            commands.push(Command::Tender(TenderCommand::Redo));
        }
        let (state, colour) = if let Some(problem) = ws.save_problem() {
            (
                framed(&self.i18n, "problem-save", problem),
                ui.visuals().error_fg_color,
            )
        } else if ws.has_unsaved_changes() {
            (self.i18n.tr("state-unsaved"), theme::warning(ui.visuals()))
        } else {
            (self.i18n.tr("state-saved"), theme::weak(ui.visuals()))
        };
        name_and_state_ui(ui, &ws.display_name(), &state, &state, colour);
        commands
    }

    /// Asks what to do with unsaved work before another assessment replaces it.
    fn unsaved_work_modal(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let name = self
            .document
            .as_ref()
            .map(crate::ui::document::OpenAssessment::display_name)
            .unwrap_or_default();
        let modal = egui::Modal::new(egui::Id::unique("unsaved-work")).show(ui.ctx(), |ui| {
            ui.set_max_width(theme::width::DIALOG);
            widgets::heading(ui, self.i18n.tr("unsaved-title"), theme::text::HEADING);
            ui.label(
                self.i18n
                    .tr_args("unsaved-text", &[("name", name.as_str().into())]),
            );
            ui.add_space(theme::space::MEDIUM);
            ui.horizontal(|ui| {
                if ui.button(self.i18n.tr("unsaved-save")).clicked() {
                    commands.push(Command::SaveThenContinue);
                }
                if ui.button(self.i18n.tr("unsaved-discard")).clicked() {
                    commands.push(Command::DiscardThenContinue);
                }
                if ui.button(self.i18n.tr("unsaved-keep")).clicked() {
                    commands.push(Command::KeepWorking);
                }
            });
        });
        if modal.should_close() && commands.is_empty() {
            commands.push(Command::KeepWorking);
        }
        commands
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| match &self.notice {
            Some(notice) => widgets::outcome_line(ui, &notice.text, notice.is_error),
            None => {
                ui.label(RichText::new(self.i18n.tr("status-ready")).weak());
            }
        });
    }

    fn catalog_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands: Vec<BrowserCommand> = Vec::new();
        let hits = (!self.browser.query.trim().is_empty())
            .then(|| self.library.search(&self.browser.query).len());
        egui::Panel::top("catalog-search").show(ui, |ui| {
            ui.add_space(theme::space::TIGHT);
            commands.extend(catalog::search_bar_ui(ui, &self.i18n, &self.browser, hits));
            ui.add_space(theme::space::TIGHT);
        });
        egui::Panel::left("navigation")
            .resizable(true)
            .default_size(theme::width::CATALOG_TREE[0])
            .min_size(theme::width::CATALOG_TREE[1])
            .max_size(theme::width::CATALOG_TREE[2])
            .show(ui, |ui| {
                commands.extend(catalog::navigation_ui(
                    ui,
                    &self.i18n,
                    &self.library,
                    &self.browser,
                ));
            });
        let mut import = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            if self.browser.selection == catalog::Selection::Import {
                let folder = self
                    .places
                    .catalog_dir
                    .as_ref()
                    .map(|d| d.display().to_string());
                let area = egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(theme::width::READING));
                        import = catalog::import_ui(
                            ui,
                            &self.i18n,
                            &self.catalog_import,
                            folder.as_deref(),
                        );
                    });
                a11y::name_scroll_bars(ui, area.id, &self.i18n.tr("a11y-scroll-page"));
            } else {
                commands.extend(catalog::detail_ui(
                    ui,
                    &self.i18n,
                    &self.library,
                    &self.browser,
                ));
            }
        });
        commands
            .into_iter()
            .map(Command::Browser)
            .chain(import)
            .collect()
    }

    fn problems_banner_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                theme::warning(ui.visuals()),
                self.i18n.tr_args(
                    "banner-catalog-problems",
                    &[("count", self.load_problems.len().into())],
                ),
            );
            let label = if self.show_problems {
                "banner-hide-details"
            } else {
                "banner-show-details"
            };
            if ui.button(self.i18n.tr(label)).clicked() {
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

/// Redo and undo buttons, right to left; returns (undo clicked, redo clicked).
fn undo_redo_ui(ui: &mut egui::Ui, i18n: &I18n, can_undo: bool, can_redo: bool) -> (bool, bool) {
    let redo = ui
        .add_enabled(can_redo, egui::Button::new(i18n.tr("action-redo")))
        .on_hover_text(keys::label(ui.ctx(), Shortcut::Redo))
        .clicked();
    let undo = ui
        .add_enabled(can_undo, egui::Button::new(i18n.tr("action-undo")))
        .on_hover_text(keys::label(ui.ctx(), Shortcut::Undo))
        .clicked();
    (undo, redo)
}

/// The document's save state and name, right to left: cut to the room left between the tabs
/// and the buttons (in full on hover), never drawn over the tabs.
fn name_and_state_ui(
    ui: &mut egui::Ui,
    name: &str,
    state: &str,
    hint: &str,
    colour: egui::Color32,
) {
    let room = ui.available_width();
    if room < theme::width::BAR_NAME_MIN {
        // No room left beside the buttons: the state and name would be drawn over the tabs.
        return;
    }
    ui.scope(|ui| {
        ui.set_max_width(room * 0.5);
        ui.add(egui::Label::new(RichText::new(state).color(colour)).truncate())
    })
    .inner
    .on_hover_text(hint);
    ui.add(egui::Label::new(RichText::new(name).strong()).truncate())
        .on_hover_text(name);
}
