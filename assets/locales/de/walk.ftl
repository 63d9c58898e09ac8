# MIM Assistant — Die Bewertung Schritt für Schritt (Deutsch).

## Bewertung
walk-progress = { $answered } von { $total } beantwortet
walk-search = Suche
walk-search-hint = eine ID wie R1 oder Stichwörter
filter-unanswered = Unbeantwortet
filter-below-target = Unter Ziel
filter-key-measures = Schlüsselmaßnahmen
filter-framework = Regelwerk
filter-all-frameworks = Alle Regelwerke
walk-no-match = Keine Treffer für diese Filter und diese Suche.
walk-nothing-selected = Wählen Sie links eine Anforderung.
walk-previous = ◀ Zurück
walk-next = Weiter ▶
walk-keys-hint = Tasten: ↑ ↓ oder J K zum Wechseln, eine Ziffer wählt den Reifegrad, Ctrl+Z macht rückgängig.
walk-key-measure = Schlüsselmaßnahme
walk-key-measure-hint = Das Zielprofil zählt diese Anforderung zu den Schlüsselmaßnahmen: Jede Schlüsselmaßnahme muss für sich allein den Mindestwert des Profils erreichen.
status-unanswered = Unbeantwortet
status-not-applicable = Nicht anwendbar
status-below-target = Unter Ziel
status-on-target = Ziel erreicht
walk-why = Warum es wichtig ist
walk-question = Die zu beantwortende Frage
walk-evidence-examples = Nachweise, die es belegen würden
walk-level = Wo stehen Sie heute?
walk-clear-level = Einstufung aufheben
walk-scale-missing = Die Skala { $scale } ist nicht geladen, daher kann kein Reifegrad gewählt werden.
walk-target = Zielreifegrad
walk-target-default = Zielreifegrad des Profils ({ $level })
walk-not-applicable = Ist die Anforderung anwendbar?
walk-na-check = Diese Anforderung ist für uns nicht anwendbar
walk-na-reason = Begründung
walk-na-reason-needed = Geben Sie eine Begründung an: Bei Prüfungen wird danach gefragt.
walk-notes = Notizen
walk-notes-hint = Was Sie festgestellt haben, wen Sie gefragt haben, was geplant ist.
walk-obligations = Was die Anforderung umfasst
walk-obligations-count = { $met } von { $total } erfüllt.
walk-obligations-hint = Haken Sie jede Pflicht an, die die Stadt heute erfüllt; der Reifegrad darunter bewertet alle gemeinsam.
walk-evidence = Nachweise
walk-evidence-none = Noch keine Nachweise erfasst.
walk-evidence-title = Titel
walk-evidence-link = Link oder Datei
walk-evidence-date = Datum
walk-evidence-browse = Durchsuchen…
walk-evidence-filter = Alle Dateien
walk-evidence-missing = Unter { $file } gibt es keine Datei: Prüfen Sie den Pfad, oder wählen Sie die Datei mit „Durchsuchen…“.
walk-evidence-unsaved = Dieser Pfad wird neben der Bewertungsdatei gesucht, sobald die Bewertung gespeichert ist.
walk-evidence-date-wrong = Noch kein gültiges Datum: Schreiben Sie es als { $example }, 2.12.2026 oder 2026-12-02. Das gespeicherte Datum bleibt unverändert.
walk-evidence-date-hint = Wann der Nachweis erstellt oder zuletzt geprüft wurde, z. B. 2. Dezember 2026.
walk-evidence-remove = Nachweis { $number } entfernen
walk-evidence-add = Nachweis hinzufügen
walk-to-dashboard = Zur Übersicht

# Teilen: wer antwortet, und der Teil einer Mitwirkenden.
walk-share = Mit Kolleginnen und Kollegen teilen…
walk-assigned-to = Beantwortet von
walk-nobody = Niemand (die Bewertende)
walk-assign-group = Ganze Gruppe „{ $group }“
walk-assign-group-choose = Zuweisen an…
walk-part-banner = Ihr Teil der Bewertung von { $organisation }, ausgegeben von { $coordinator } am { $date }: { $count ->
    [one] 1 Anforderung
   *[other] { $count } Anforderungen
}.
walk-part-submit = Als eingereicht markieren
walk-part-submitted = Eingereicht: Senden Sie diese Datei an { $coordinator } zurück.
walk-part-unsubmit = Noch nicht fertig
walk-progress-bar = Anteil der beantworteten Anforderungen
