//! What the window remembers between runs: language, theme and recent files (the window's size
//! is kept by eframe). Stored as RON; a broken settings file is reported and replaced by the
//! defaults, never a reason not to start.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::write_safely;
use crate::ui::i18n::Language;

/// How many recent files are listed.
const RECENT_LIMIT: usize = 8;

/// Light or dark colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in the order the settings list them.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The message id of the choice's name.
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::System => "theme-system",
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
        }
    }
}

/// A change on the Settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsCommand {
    /// Change the window's language.
    SetLanguage(Language),
    /// Change light/dark.
    SetTheme(ThemeChoice),
    /// Forget the recent files.
    ClearRecent,
}

/// The remembered settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The window's language.
    pub language: Language,
    /// Light, dark or the system's.
    pub theme: ThemeChoice,
    /// Assessment files opened or saved lately, newest first.
    pub recent: Vec<PathBuf>,
    /// The logo put on the maturity report's cover (a PNG or JPEG file), as last chosen on
    /// the Export screen; empty for none.
    pub logo: String,
}

impl Settings {
    /// Reads the settings; the defaults when there is no file, and the defaults with a message
    /// when the file is broken.
    pub fn load(path: &Path) -> (Settings, Option<String>) {
        let Ok(text) = std::fs::read_to_string(path) else {
            return (Settings::default(), None);
        };
        match ron::from_str(&text) {
            Ok(settings) => (settings, None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "{}:{}:{}: {}; the default settings are used",
                    path.display(),
                    e.span.start.line,
                    e.span.start.col,
                    e.code
                )),
            ),
        }
    }

    /// Writes the settings safely.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(|e| e.to_string())?;
        write_safely(path, &text).map_err(|e| e.to_string())
    }

    /// Carries out one change (the caller stores the settings afterwards).
    pub fn apply(&mut self, command: SettingsCommand) {
        match command {
            SettingsCommand::SetLanguage(language) => self.language = language,
            SettingsCommand::SetTheme(theme) => self.theme = theme,
            SettingsCommand::ClearRecent => self.recent.clear(),
        }
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_LIMIT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_change_language_theme_and_recent_files() {
        let mut settings = Settings::default();
        settings.remember(Path::new("/a.mimassess.ron"));
        settings.apply(SettingsCommand::SetLanguage(Language::Swedish));
        settings.apply(SettingsCommand::SetTheme(ThemeChoice::Light));
        assert_eq!(settings.language, Language::Swedish);
        assert_eq!(settings.theme, ThemeChoice::Light);
        assert_eq!(settings.recent.len(), 1);
        settings.apply(SettingsCommand::ClearRecent);
        assert!(settings.recent.is_empty());
    }

    #[test]
    fn settings_round_trip_and_a_broken_file_falls_back_with_a_located_message() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let mut settings = Settings {
            language: Language::Swedish,
            theme: ThemeChoice::Dark,
            recent: Vec::new(),
            logo: "/logos/byn.png".to_owned(),
        };
        settings.remember(Path::new("/a.mimassess.ron"));
        settings.remember(Path::new("/b.mimassess.ron"));
        settings.remember(Path::new("/a.mimassess.ron"));
        assert_eq!(settings.recent[0], PathBuf::from("/a.mimassess.ron"));
        assert_eq!(settings.recent.len(), 2);
        settings.save(&path).unwrap();
        assert_eq!(Settings::load(&path), (settings, None));
        std::fs::write(&path, "(language: Klingon)").unwrap();
        let (fallback, message) = Settings::load(&path);
        assert_eq!(fallback, Settings::default());
        assert!(message.unwrap().contains("settings.ron:1:"));
    }
}
