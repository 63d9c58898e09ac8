# Svaren som tabell (src/export): kolumnrubrikerna, orden i cellerna och arbetsbokens blad ”Om filen”.

## Kolumnrubriker, i ordning
export-col-id = Krav-id
export-col-framework = Ramverk
export-col-group = Grupp
export-col-title = Rubrik
export-col-statement = Kravtext
export-col-strength = Kravnivå
export-col-key-measure = Nyckelåtgärd
export-col-level = Nivå
export-col-target = Målnivå
export-col-gap = Brist
export-col-status = Status
export-col-not-applicable = Ej tillämpligt eftersom
export-col-notes = Anteckningar
export-col-evidence = Underlag
export-col-changed = Ändrad
export-col-obligations = Skyldigheter

## Celler
export-status-unanswered = obesvarat
export-status-not-applicable = ej tillämpligt
export-status-below-target = under målnivå
export-status-on-target = på eller över målnivå
export-yes = ja
export-no = nej
export-strength-inferred = { $keyword } (vår tolkning)
export-obligations-met = { $met } av { $total } uppfyllda

## Arbetsboken
export-sheet-answers = Svar
export-sheet-about = Om filen
export-title = Självskattning för { $organisation }
export-comment = Skriven med MIM Assistant
export-about-organisation = Organisation
export-about-scope = Vad som bedöms
export-about-assessor = Bedömare
export-about-date = Datum
export-about-scale = Skala
export-about-profile = Målprofil
export-about-rows = Rader
export-about-rows-text = En rad per krav som ingår i bedömningen, i läsordning. Nivå, målnivå och brist är tal på skalan; en tom nivå betyder obesvarat eller ej tillämpligt.
export-about-binding = Bindande text
export-binding-notice = Den engelska originaltexten till MIM är bindande. Titlarna ur ISO/IEC 27001 återges i projektets egen översättning och endast som referens. NIS2 och genomförandeförordning (EU) 2024/2690 citeras med de termer som används i deras officiella svenska språkversion.
