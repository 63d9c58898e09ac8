//! What the window remembers between runs: language, theme, text size and recent files (the
//! window's size is kept by eframe). Stored as RON; a broken settings file is reported and replaced by the
//! defaults, never a reason not to start.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::write_safely;
use crate::ui::i18n::Language;

/// How many recent files are listed.
const RECENT_LIMIT: usize = 8;

/// Light, dark or high-contrast colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// White and yellow on black, with strong outlines.
    HighContrast,
}

impl ThemeChoice {
    /// Every choice, in the order the settings list them.
    pub const ALL: [ThemeChoice; 4] = [
        ThemeChoice::System,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    /// The message id of the choice's name.
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::System => "theme-system",
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
            ThemeChoice::HighContrast => "theme-high-contrast",
        }
    }
}

/// The sizes text can be set to, in per cent of the normal size (Ctrl + and Ctrl − step
/// through them).
pub const TEXT_SCALES: [u16; 8] = [80, 90, 100, 110, 125, 150, 175, 200];

/// The size of everything in the window (text with its controls), in per cent; one of
/// [`TEXT_SCALES`] once read ([`TextScale::percent`] puts any other value on the nearest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextScale(pub u16);

impl Default for TextScale {
    fn default() -> Self {
        TextScale(100)
    }
}

impl TextScale {
    /// The size in per cent, on the nearest of [`TEXT_SCALES`] (a hand-edited file may say 1000).
    pub fn percent(self) -> u16 {
        TEXT_SCALES
            .into_iter()
            .min_by_key(|s| s.abs_diff(self.0))
            .unwrap_or(100)
    }

    /// The next larger size (the largest stays).
    pub fn larger(self) -> TextScale {
        let now = self.percent();
        TextScale(TEXT_SCALES.into_iter().find(|s| *s > now).unwrap_or(now))
    }

    /// The next smaller size (the smallest stays).
    pub fn smaller(self) -> TextScale {
        let now = self.percent();
        TextScale(
            TEXT_SCALES
                .into_iter()
                .rev()
                .find(|s| *s < now)
                .unwrap_or(now),
        )
    }

    /// The zoom factor egui draws with.
    pub fn factor(self) -> f32 {
        f32::from(self.percent()) / 100.0
    }
}

/// A change on the Settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsCommand {
    /// Change the window's language.
    SetLanguage(Language),
    /// Change light/dark.
    SetTheme(ThemeChoice),
    /// Change the size of text and controls.
    SetTextScale(TextScale),
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
    /// The size of text and controls.
    pub text_scale: TextScale,
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
            SettingsCommand::SetTextScale(scale) => self.text_scale = TextScale(scale.percent()),
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
        settings.apply(SettingsCommand::SetTextScale(TextScale(175)));
        assert_eq!(settings.text_scale, TextScale(175));
        settings.apply(SettingsCommand::SetTextScale(TextScale(999)));
        assert_eq!(settings.text_scale, TextScale(200));
    }

    #[test]
    fn text_steps_up_and_down_within_its_sizes() {
        let normal = TextScale::default();
        assert_eq!(normal.percent(), 100);
        assert_eq!(normal.larger(), TextScale(110));
        assert_eq!(normal.smaller(), TextScale(90));
        assert_eq!(TextScale(200).larger(), TextScale(200));
        assert_eq!(TextScale(80).smaller(), TextScale(80));
        assert_eq!(TextScale(0).percent(), 80);
        assert_eq!(TextScale(130).larger(), TextScale(150));
        assert!((TextScale(200).factor() - 2.0).abs() < f32::EPSILON);
    }

    #[test]
    fn an_older_settings_file_without_a_text_size_reads_as_normal_size() {
        let settings: Settings = ron::from_str("(language: English, theme: Dark)").unwrap();
        assert_eq!(settings.text_scale, TextScale(100));
        assert_eq!(settings.theme, ThemeChoice::Dark);
    }

    #[test]
    fn settings_round_trip_and_a_broken_file_falls_back_with_a_located_message() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let mut settings = Settings {
            language: Language::Swedish,
            theme: ThemeChoice::HighContrast,
            text_scale: TextScale(150),
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
