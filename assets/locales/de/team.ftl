# Die Team-Ansicht: die Bewertung unter Kolleginnen und Kollegen aufteilen.

team-title = Diese Bewertung teilen
team-intro = Kolleginnen und Kollegen beantworten ihren Teil ohne Server: Geben Sie allen eine Teildatei (sie öffnen sie in MIM Assistant) oder einen Fragebogen (jedes Tabellenprogramm) und nehmen Sie die Antworten hier zurück. Nichts wird übernommen, bevor Sie bestätigen, und nichts wird stillschweigend überschrieben.
team-colleagues = Mitwirkende
team-none = Noch keine Mitwirkenden. Fügen Sie unten jemanden hinzu und weisen Sie im Durchgang Anforderungen zu.
team-col-name = Mitwirkende
team-col-assigned = Zugewiesen
team-col-answered = Beantwortet
team-col-out = Noch offen
team-col-submitted = Eingereicht
team-col-merged = Übernommen
team-col-hand-out = Ausgeben
team-hand-out-part = Teildatei
team-hand-out-part-for = Teildatei für { $name }
team-hand-out-part-hint = Eine Teildatei für { $name } mit allen zugewiesenen Anforderungen neben diese Bewertung schreiben
team-hand-out-questionnaire = Fragebogen
team-hand-out-questionnaire-for = Fragebogen für { $name }
team-hand-out-questionnaire-hint = Einen Fragebogen (.xlsx) für { $name } mit allen zugewiesenen Anforderungen neben diese Bewertung schreiben
team-nothing-assigned = Noch nichts zugewiesen: Weisen Sie im Durchgang Anforderungen zu
team-written = { $file } geschrieben. Die Ausgabe ist in der Bewertung vermerkt, die gespeichert wurde.
team-written-unsaved = { $file } geschrieben, aber die Bewertung konnte nicht gespeichert werden (siehe Statuszeile): Speichern Sie sie, bevor der Teil zurückkommt, sonst wird er nicht erkannt.
team-save-first = Speichern Sie die Bewertung zuerst: Die Ausgabe wird in ihrer Datei vermerkt.
team-add-title = Mitwirkende hinzufügen
team-name = Name
team-role = Rolle
team-email = E-Mail (optional)
team-add = Hinzufügen
team-instructions = Hinweise für alle Teile
team-instructions-hint = Was alle oben in ihrem Teil lesen: eine Frist, wen sie fragen können.
team-take-back = Antworten zurücknehmen
team-part-path = Zurückgegebener Teil (.mimpart.ron oder .xlsx)
team-read = Teil lesen
team-browse = Durchsuchen…
team-part-filter = Zurückgegebene Teile
team-drop-hint = Sie können zurückgegebene Teile auch auf das Fenster ziehen.
team-review = Zusammenführung prüfen
team-review-part = { $contributor }: { $count ->
    [one] 1 Anforderung
   *[other] { $count } Anforderungen
}, { $submitted ->
    [yes] eingereicht
   *[no] nicht als eingereicht markiert
} ({ $file })
team-refused = Abgelehnt: { $reason }
team-flagged = Ausgelassen: { $reason }
team-review-counts = { $taken } zu übernehmen, { $conflicts } im Konflikt, { $unchanged } unverändert
team-conflicts = Konflikte: Beide Seiten haben diese seit der Ausgabe geändert, oder zwei Mitwirkende haben verschieden geantwortet. Wählen Sie die Antwort, die gelten soll.
team-taken = Zu übernehmende Antworten ({ $count })
team-merge = Zusammenführen: { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
} übernehmen
team-review-changed = Die Bewertung hat sich geändert, seit die Teile gelesen wurden; die Prüfung oben ist neu erstellt: Sehen Sie sie durch und führen Sie dann zusammen.
team-cancel = Abbrechen
team-merge-waiting = Wählen Sie zuerst für jeden Konflikt eine Antwort ({ $open } offen).
team-keep = Die der Bewertung behalten
team-take = Die von { $name } übernehmen
team-by = { $name }, { $date }
team-by-questionnaire = { $name }, aus dem Fragebogen
team-by-you = Ihre, { $date }
team-unanswered = unbeantwortet
team-not-applicable = nicht anwendbar: { $reason }
team-level = Reifegrad { $level } – { $name }
team-merged = { $taken ->
    [one] 1 Antwort
   *[other] { $taken } Antworten
} übernommen, für { $kept } die der Bewertung behalten; { $merged ->
    [one] 1 Teil
   *[other] { $merged } Teile
} übernommen, { $out } noch ausgegeben. Rückgängig nimmt die ganze Zusammenführung zurück.
