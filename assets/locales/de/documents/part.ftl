# Der Fragebogen, den eine Mitwirkende ausfüllt, und die Liste im Bericht, wer was beantwortet hat.

part-sheet = Fragebogen
part-title = Fragebogen: { $organisation }
part-label-for = Für
part-label-from = Von
part-label-id = Teil
part-hint = Füllen Sie nur die gelben Zellen aus: den heute erreichten Reifegrad (aus der Liste wählen), Notizen und Nachweise (einer pro Zeile). Für eine Anforderung, die nicht zutrifft, wählen Sie „Nicht anwendbar“ und schreiben den Grund unter Notizen. Speichern Sie die Datei unverändert und senden Sie sie an { $coordinator } zurück.
part-col-id = Kennung
part-col-requirement = Anforderung
part-col-question = Was zu beantworten ist
part-col-target = Ziel
part-col-level = Reifegrad heute
part-col-notes = Notizen (der Grund, falls nicht anwendbar)
part-col-evidence = Nachweise (einer pro Zeile)
part-not-applicable = Nicht anwendbar
part-list-title = Reifegrad heute
part-list-message = Wählen Sie den heute erreichten Reifegrad oder „{ $na }“.
part-list-error-title = Kein Reifegrad
part-list-error = Wählen Sie einen der Reifegrade aus der Liste.

report-team-title = Wer geantwortet hat
report-team-intro = Die Bewertung wurde unter Kolleginnen und Kollegen aufgeteilt: Diese Antworten gaben die genannten Mitwirkenden, die Bewertende hat sie zusammengeführt; alle anderen Antworten sind ihre eigenen.
report-team-contributor = Mitwirkende
report-team-role = Rolle
report-team-count = Antworten
report-team-requirements = Anforderungen
