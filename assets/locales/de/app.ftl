# MIM Assistant — die Texte des Programmrahmens (Deutsch): Navigation, Speicherstand, Meldungen, der Dialog zu ungespeicherter Arbeit. Jeder Bildschirm hat eine eigene .ftl-Datei; die Texte des Katalogs stehen in browser.ftl.
# Der Kataloginhalt (Anforderungen, Regelwerke) bleibt in der Sprache der Katalogdateien.

## Navigation und Aktionen
nav-start = Start
nav-walk = Bewertung
nav-dashboard = Übersicht
nav-catalog = Katalog
nav-settings = Einstellungen
nav-tender = Ausschreibung
nav-team = Team
nav-team-out = Team ({ $count })
nav-team-out-hint = { $count ->
    [one] 1 Teil ist ausgegeben und noch nicht übernommen
   *[other] { $count } Teile sind ausgegeben und noch nicht übernommen
}
nav-assessment = Bewertung
action-save = Speichern
action-undo = Rückgängig
action-redo = Wiederholen
action-cancel = Abbrechen

## Ist die Arbeit gesichert?
state-saved = Gespeichert
state-recovery = Nicht gespeichert (Kopie vorhanden)
state-recovery-hint = Noch nicht in der Datei gespeichert. Eine Wiederherstellungskopie ist vorhanden; sie wird angeboten, wenn das Programm nach einem Absturz neu gestartet wird.
state-unsaved = Nicht gespeichert
status-ready = Bereit.

## Meldungen
notice-created = Die Bewertung ist angelegt und gespeichert. Beginnen Sie mit der ersten Anforderung unten.
notice-example-opened = Das Beispiel einer fiktiven Stadt ist geöffnet. Es wird erst gespeichert, wenn Sie „Speichern“ wählen.
notice-example-tender-again = Die Beispielausschreibung, die Sie zuvor geöffnet hatten, ist wieder geöffnet, mit allen Ihren Änderungen: { $file }.
notice-example-tender-written = Die Beispielausschreibung wurde in { $file } geschrieben; Ihre Änderungen werden dort gespeichert.
notice-opened = { $file } geöffnet.
notice-saved = Gespeichert in { $file }.
notice-restored = Ihre ungespeicherte Arbeit ist wiederhergestellt. Speichern Sie sie, um sie in ihrer Datei zu behalten.
banner-catalog-problems = { $count ->
    [one] 1 Fehler in den Katalogdateien; die betroffenen Einträge wurden nicht geladen.
   *[other] { $count } Fehler in den Katalogdateien; die betroffenen Einträge wurden nicht geladen.
}
banner-show-details = Details anzeigen
banner-hide-details = Details ausblenden

## Ungespeicherte Arbeit im Weg
unsaved-title = Änderungen zuerst speichern?
unsaved-text = Die Bewertung { $name } enthält Änderungen, die noch nicht in ihrer Datei gespeichert sind.
unsaved-save = Speichern und fortfahren
unsaved-discard = Änderungen verwerfen
unsaved-keep = Weiterarbeiten
notice-save-first = Wählen Sie zuerst, wo diese Bewertung gespeichert werden soll; führen Sie danach noch einmal aus, was Sie vorhatten.

state-untouched = Noch ohne Datei
files-exists = { $file } ist bereits vorhanden. Wählen Sie einen anderen Namen: MIM Assistant überschreibt nie eine andere Bewertung.

recovery-tender-text = Eine Ausschreibung konnte beim Beenden von MIM Assistant nicht in ihrer Datei gespeichert werden; sie wurde in { $file } aufbewahrt. Beim Wiederherstellen wird sie als neue Datei in Ihrem Dokumentenordner gespeichert.
files-filter-documents = Bewertungen und Ausschreibungen von MIM Assistant
files-filter-forms = Ausgefüllte Antwortformulare

# Übersicht (Kennzahlen)
dash-nis2-unreached = Kein Punkt von Art. 21 Abs. 2 gehört zum Umfang dieser Bewertung oder ist über eine Zuordnung mit einer ihrer Anforderungen verbunden.
dash-nis2-mixed-intro = Punkte im Umfang dieser Bewertung zeigen Ihre eigenen Antworten; die übrigen werden über die Zuordnungen aus Ihren Antworten abgeleitet.

## Was nicht ausgeführt werden konnte; die Angabe nach dem Doppelpunkt sagt wo und warum, so wie die Datei oder das System es meldet
problem-open = Die Datei konnte nicht geöffnet werden: { $detail }
problem-save = Speichern fehlgeschlagen: { $detail }
problem-autosave = Die Wiederherstellungskopie konnte nicht geschrieben werden: { $detail }
problem-part-kept = Ihr Teil konnte nicht gespeichert werden: { $detail }. Eine Kopie Ihrer Arbeit liegt in { $copy }; senden Sie stattdessen diese Datei zurück.
problem-part-not-saved = Ihr Teil konnte nicht gespeichert werden: { $detail }. Sichern Sie Ihre Arbeit mit „Speichern unter“ in einem anderen Ordner.
problem-recovery = Eine Wiederherstellungskopie konnte nicht gelesen werden: { $detail }
problem-create = Die Bewertung konnte nicht angelegt werden: { $detail }
problem-write = Die Datei konnte nicht geschrieben werden: { $detail }
problem-remove-copy = Die Wiederherstellungskopie konnte nicht entfernt werden: { $detail }
problem-settings = Die Einstellungen konnten nicht gespeichert werden: { $detail }
problem-start-thread = Der Vorgang konnte nicht gestartet werden: { $detail }
problem-refused-input = { $output } ist dieselbe Datei wie { $input }, die hier gelesen oder geschrieben wird. Es wurde nichts geschrieben, die Datei ist also unverändert: Wählen Sie eine andere Datei.
problem-refused-kind = { $output } ist bereits vorhanden und ist { $found }, hier wird aber { $writes } geschrieben. Die Datei bleibt unverändert: Wählen Sie eine andere Datei.
file-kind-pdf = eine PDF-Datei
file-kind-document = ein Word-Dokument
file-kind-spreadsheet = eine Tabellendatei (.xlsx oder .csv)
file-kind-assessment = eine Bewertung
file-kind-tender = eine Ausschreibung
file-kind-part = ein Teil einer Bewertung
file-kind-catalog = eine Katalogdatei
file-kind-other = eine Datei anderer Art

## Datumsangaben, wie man sie schreibt und liest
date-month-names = Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember

# Das englische Original neben einer Übersetzung (Bewertung und Katalog).
original-toggle = Englisches Original anzeigen (maßgeblicher Text)
original-heading = Englisches Original (maßgeblich)
original-obligations = Pflichten
original-why = Warum es wichtig ist
original-question = Frage
original-guidance = Hinweise
original-evidence = Beispiele für Nachweise
original-tender-clause = Vergabeklausel

## Namen für Bildschirmleser (nicht angezeigt)
a11y-scroll-page = Seite blättern
a11y-scroll-tree = Baum blättern
a11y-scroll-list = Liste blättern
a11y-scroll-table = Tabelle blättern
