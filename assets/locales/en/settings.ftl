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
theme-high-contrast = High contrast
settings-text-size = Text size
settings-text-size-value = { $percent } %
settings-text-smaller = Smaller text
settings-text-larger = Larger text
settings-text-reset = Normal size
settings-text-size-hint = { $larger } and { $smaller } change the size anywhere in the window, { $reset } sets it back.
