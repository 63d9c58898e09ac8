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
