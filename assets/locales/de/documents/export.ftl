# Die Antworten als Tabelle (src/export): die Spaltenüberschriften, die Wörter in den Zellen und das
# Blatt „Über diese Datei“ der Arbeitsmappe.

## Spaltenüberschriften, in ihrer Reihenfolge
export-col-id = Anforderungs-ID
export-col-framework = Regelwerk
export-col-group = Gruppe
export-col-title = Titel
export-col-statement = Aussage
export-col-strength = Verbindlichkeit
export-col-key-measure = Schlüsselmaßnahme
export-col-level = Reifegrad
export-col-target = Ziel
export-col-gap = Lücke
export-col-status = Status
export-col-not-applicable = Nicht anwendbar, weil
export-col-notes = Notizen
export-col-evidence = Nachweise
export-col-changed = Geändert
export-col-obligations = Pflichten

## Zellen
export-status-unanswered = unbeantwortet
export-status-not-applicable = nicht anwendbar
export-status-below-target = unter Ziel
export-status-on-target = Ziel erreicht
export-yes = ja
export-no = nein
export-strength-inferred = { $keyword } (unsere Lesart)
export-obligations-met = { $met } von { $total } erfüllt

## Die Arbeitsmappe
export-sheet-answers = Antworten
export-sheet-about = Über diese Datei
export-title = Selbstbewertung von { $organisation }
export-comment = Erstellt mit MIM Assistant
export-about-organisation = Organisation
export-about-scope = Gegenstand der Bewertung
export-about-assessor = Bewertet durch
export-about-date = Datum
export-about-scale = Skala
export-about-profile = Zielprofil
export-about-rows = Zeilen
export-about-rows-text = Eine Zeile je Anforderung im Umfang der Bewertung, in Lesereihenfolge. Reifegrad, Ziel und Lücke sind Zahlen auf der Skala; ein leerer Reifegrad bedeutet unbeantwortet oder nicht anwendbar.
export-about-binding = Maßgeblicher Text
export-binding-notice = Maßgeblich ist der englische Originaltext der MIMs. Die Titel aus ISO/IEC 27001 sind eine eigene Übersetzung des Projekts und dienen nur der Orientierung. NIS2 und die Durchführungsverordnung (EU) 2024/2690 werden in den Begriffen ihrer amtlichen deutschen Sprachfassung wiedergegeben.
