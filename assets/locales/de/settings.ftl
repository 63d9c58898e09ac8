# MIM Assistant — Die Einstellungen (Deutsch).

## Einstellungen
settings-title = Einstellungen
settings-language-share = { $share } % der Texte der Prüflisten
settings-language = Sprache
settings-theme = Darstellung
theme-system = Wie im System
theme-light = Hell
theme-dark = Dunkel
settings-recent = Zuletzt verwendet
settings-recent-count = { $count ->
    [one] Das Programm merkt sich 1 Datei.
   *[other] Das Programm merkt sich { $count } Dateien.
}
settings-recent-clear = Liste leeren
settings-stored-in = Die Einstellungen werden in { $file } gespeichert.
theme-high-contrast = Hoher Kontrast
settings-text-size = Textgröße
settings-text-size-value = { $percent } %
settings-text-smaller = Kleinere Schrift
settings-text-larger = Größere Schrift
settings-text-reset = Normale Größe
settings-text-size-hint = { $larger } und { $smaller } ändern die Größe überall im Fenster, { $reset } stellt sie zurück.
