# MIM Assistant — The settings (English).

## Settings
settings-title = Settings
settings-language-share = { $share } % of the checklist texts
settings-language = Language
settings-theme = Appearance
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
settings-recent = Recent files
settings-recent-count = { $count ->
    [one] 1 file is remembered.
   *[other] { $count } files are remembered.
}
settings-recent-clear = Forget the recent files
settings-stored-in = Settings are kept in { $file }.
