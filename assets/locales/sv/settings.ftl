# MIM Assistant — Inställningarna (svenska).

## Inställningar
settings-title = Inställningar
settings-language-share = { $share } % av checklistornas texter
settings-language = Språk
settings-theme = Utseende
theme-system = Följ systemet
theme-light = Ljust
theme-dark = Mörkt
settings-recent = Senaste filer
settings-recent-count = { $count ->
    [one] Programmet minns 1 fil.
   *[other] Programmet minns { $count } filer.
}
settings-recent-clear = Glöm de senaste filerna
settings-stored-in = Inställningarna sparas i { $file }.
theme-high-contrast = Hög kontrast
settings-text-size = Textstorlek
settings-text-size-value = { $percent } %
settings-text-smaller = Mindre text
settings-text-larger = Större text
settings-text-reset = Normal storlek
settings-text-size-hint = { $larger } och { $smaller } ändrar storleken var som helst i fönstret, { $reset } återställer den.
