//! Every keyboard shortcut of the window, with the command it gives and the label shown for
//! it (Cmd on macOS, Ctrl elsewhere, as egui formats it for the running system).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::assessment::Edit;
use crate::ui::app::MimApp;
use crate::ui::command::{Command, Screen};
use crate::ui::screens::settings::{SettingsCommand, TextScale};
use crate::ui::screens::tender::TenderCommand;
use crate::ui::screens::walk::WalkCommand;

/// Saves the assessment (or the tender, on the tender screen).
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Undoes the last change.
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Redoes the last undone change: the first is the one shown, the second also works.
const REDO: [KeyboardShortcut; 2] = [
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
];
/// Puts the keyboard in the walk-through's search.
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// Makes text (and the controls with it) larger: Ctrl + (the first is the one shown; Ctrl =
/// is the same key without Shift on most layouts).
const LARGER: [KeyboardShortcut; 2] = [
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
];
/// Makes text smaller.
const SMALLER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
/// Sets text back to its normal size.
const NORMAL_SIZE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
/// Moves to the next requirement in the walk-through.
const NEXT: [Key; 2] = [Key::ArrowDown, Key::J];
/// Moves to the previous requirement in the walk-through.
const PREVIOUS: [Key; 2] = [Key::ArrowUp, Key::K];
/// The label of [`NEXT`], shown on the Next button.
pub const NEXT_LABEL: &str = "↓ / J";
/// The label of [`PREVIOUS`], shown on the Previous button.
pub const PREVIOUS_LABEL: &str = "↑ / K";

/// A shortcut a button shows beside its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Save.
    Save,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// Search the walk-through.
    Find,
    /// Larger text.
    Larger,
    /// Smaller text.
    Smaller,
    /// Text at its normal size.
    NormalSize,
}

impl Shortcut {
    /// The keys of the shortcut.
    fn keys(self) -> KeyboardShortcut {
        match self {
            Shortcut::Save => SAVE,
            Shortcut::Undo => UNDO,
            Shortcut::Redo => REDO[0],
            Shortcut::Find => FIND,
            Shortcut::Larger => LARGER[0],
            Shortcut::Smaller => SMALLER,
            Shortcut::NormalSize => NORMAL_SIZE,
        }
    }
}

/// Whether the search shortcut was pressed in this frame (it is then used up).
pub fn find_pressed(ui: &egui::Ui) -> bool {
    ui.input_mut(|input| input.consume_shortcut(&FIND))
}

/// The label of `shortcut` as the running system writes it ("Ctrl+S", or "⌘S" on macOS).
pub fn label(ctx: &egui::Context, shortcut: Shortcut) -> String {
    ctx.format_shortcut(&shortcut.keys())
}

/// The shortcuts. Ctrl +, Ctrl − and Ctrl 0 set the text size everywhere. Ctrl+S saves wherever an assessment is open. Undo and redo (Ctrl+Z,
/// Ctrl+Shift+Z or Ctrl+Y) act on the assessment in the walk-through and the dashboard while no
/// text field has the keyboard (a field keeps them for its own text). In the walk-through,
/// arrows or J/K move and a digit sets the level, if the scale has that level and the
/// requirement applies. Nothing but Ctrl+S acts while a dialog or a drop-down is open.
pub(crate) fn keyboard_commands(app: &MimApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut commands = text_size_keys(app, ui);
    if app.screen == Screen::Tender {
        commands.extend(tender_keys(app, ui));
        return commands;
    }
    let Some(doc) = &app.document else {
        return commands;
    };
    ui.input_mut(|input| {
        if input.consume_shortcut(&SAVE) {
            commands.push(Command::Save);
        }
    });
    let ctx = ui.ctx().clone();
    let assessment_screen = matches!(app.screen, Screen::Walk | Screen::Dashboard);
    if !assessment_screen
        || ctx.text_edit_focused()
        || app.pending.is_some()
        || egui::Popup::is_any_open(&ctx)
    {
        return commands;
    }
    ui.input_mut(|input| {
        if REDO.iter().any(|s| input.consume_shortcut(s)) {
            commands.push(Command::Redo);
        } else if input.consume_shortcut(&UNDO) {
            commands.push(Command::Undo);
        }
    });
    if app.screen != Screen::Walk {
        return commands;
    }
    let scale = app.library.scale(&doc.assessment.scale);
    ui.input_mut(|input| {
        if NEXT
            .iter()
            .any(|key| input.consume_key(Modifiers::NONE, *key))
        {
            commands.push(Command::Walk(WalkCommand::Next));
        }
        if PREVIOUS
            .iter()
            .any(|key| input.consume_key(Modifiers::NONE, *key))
        {
            commands.push(Command::Walk(WalkCommand::Previous));
        }
        let (Some(qid), Some(scale)) = (&app.walk.selected, scale) else {
            return;
        };
        let applies = doc
            .assessment
            .answers
            .get(qid)
            .is_none_or(|a| !a.is_not_applicable());
        for (digit, key) in DIGITS.iter().enumerate() {
            let level = digit as u8;
            if applies && scale.level(level).is_some() && input.consume_key(Modifiers::NONE, *key) {
                commands.push(Command::Edit(Edit::SetLevel {
                    qid: qid.clone(),
                    level: Some(level),
                }));
            }
        }
    });
    commands
}

/// Ctrl +, Ctrl − and Ctrl 0 change the text size on every screen, in a text field too (they
/// type nothing there).
fn text_size_keys(app: &MimApp, ui: &mut egui::Ui) -> Vec<Command> {
    let scale = app.settings.text_scale;
    ui.input_mut(|input| {
        let to = if LARGER.iter().any(|s| input.consume_shortcut(s)) {
            Some(scale.larger())
        } else if input.consume_shortcut(&SMALLER) {
            Some(scale.smaller())
        } else if input.consume_shortcut(&NORMAL_SIZE) {
            Some(TextScale::default())
        } else {
            None
        };
        to.filter(|to| *to != scale)
            .map(|to| Command::Settings(SettingsCommand::SetTextScale(to)))
            .into_iter()
            .collect()
    })
}

/// The digit keys, by the level they set.
const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The tender screen's keys: Ctrl+S saves the tender now; Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y undo
/// and redo its changes while no text field has the keyboard (a field keeps its own undo).
fn tender_keys(app: &MimApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut commands = Vec::new();
    let ctx = ui.ctx().clone();
    // Asked before `input_mut`, which holds the context while it runs.
    let busy = ctx.text_edit_focused() || app.pending.is_some() || egui::Popup::is_any_open(&ctx);
    ui.input_mut(|input| {
        if input.consume_shortcut(&SAVE) {
            commands.push(Command::Tender(TenderCommand::Save));
        }
        if busy {
            return;
        }
        if REDO.iter().any(|s| input.consume_shortcut(s)) {
            commands.push(Command::Tender(TenderCommand::Redo));
        } else if input.consume_shortcut(&UNDO) {
            commands.push(Command::Tender(TenderCommand::Undo));
        }
    });
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_say_ctrl_elsewhere_and_cmd_on_macos() {
        let ctx = egui::Context::default();
        // The macOS label asks the fonts whether they have the key symbols.
        ctx.begin_pass(egui::RawInput::default());
        ctx.set_os(egui::os::OperatingSystem::Windows);
        assert_eq!(label(&ctx, Shortcut::Save), "Ctrl+S");
        assert_eq!(label(&ctx, Shortcut::Redo), "Ctrl+Shift+Z");
        ctx.set_os(egui::os::OperatingSystem::Mac);
        let mac = label(&ctx, Shortcut::Undo);
        assert!(mac.contains('⌘') || mac.contains("Cmd"), "{mac}");
        assert!(!mac.contains("Ctrl"), "{mac}");
        ctx.end_pass().textures_delta.clear();
    }
}
