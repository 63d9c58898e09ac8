# MIM Assistant — Export (Deutsch).

## Export
action-export = Exportieren…
export-title = Exportieren
export-intro = Erstellen Sie den Reifegradbericht für die Leitung und für Prüfungen, die Antworten als Tabelle für eine Tabellenkalkulation oder die Erklärung zur Anwendbarkeit nach ISO/IEC 27001.
export-report = Reifegradbericht (PDF)
export-report-hint = Zusammenfassung, Ergebnisse, Netzdiagramme, Lücken und Maßnahmenplan, Sichten auf NIS2 und ISO/IEC 27001, jede Antwort mit Notizen und Nachweisen, Quellen und ein Fingerabdruck der Bewertung.
export-report-docx = Reifegradbericht (Word, bearbeitbar)
export-report-docx-hint = Derselbe Bericht als Word-Dokument (DOCX), das sich vor der Vorlage im Rat bearbeiten lässt: echte Überschriften, Tabellen, die Diagramme als Bilder, Seitenzahlen und ein Freigabeblock zum Ausfüllen.
export-xlsx = Antworten als Arbeitsmappe (XLSX)
export-xlsx-hint = Eine Zeile je Anforderung: IDs, Regelwerk, Aussage, Reifegrad, Ziel, Lücke, Notizen, Nachweise. Lässt sich in Excel und LibreOffice öffnen.
export-csv = Antworten als CSV
export-csv-hint = Dieselben Zeilen als reiner Text (UTF-8), für andere Programme.
export-soa-xlsx = Erklärung zur Anwendbarkeit (XLSX)
export-soa-xlsx-hint = Jede Maßnahme aus ISO/IEC 27001:2022 Anhang A: einbezogen oder ausgeschlossen und warum, wie weit umgesetzt, Nachweise und Datum — für die Prüfung.
export-soa-pdf = Erklärung zur Anwendbarkeit (PDF)
export-soa-pdf-hint = Dieselbe Erklärung als Dokument, nach Themen gegliedert, mit den Summen.
export-start = Exportieren
export-back = Zurück zur Übersicht
export-running = Die Datei wird geschrieben…
export-done = Gespeichert in { $file }.
export-open-file = Öffnen
export-no-opener = Es konnte kein Programm zum Öffnen gestartet werden. Die Datei liegt unter { $file }.
export-open-folder = Im Ordner zeigen
export-no-file-manager = Es konnte kein Dateimanager gestartet werden. Die Datei liegt im Ordner { $folder }.
export-stopped = Der Export wurde unerwartet abgebrochen.
export-not-started = Der Export konnte nicht gestartet werden: { $reason }

## Das Logo auf dem Deckblatt des Berichts
export-logo = Logo auf dem Deckblatt
export-logo-browse = Logo auswählen…
export-logo-none = Kein Logo
export-logo-filter = Bilder (PNG, JPEG)
export-logo-hint = Optional: das Logo Ihrer Organisation (PNG oder JPEG) neben ihrem Namen auf dem Deckblatt. Es wird für den nächsten Bericht gespeichert.
export-logo-ok = ✓ Das Logo kann verwendet werden ({ $width } × { $height } Pixel); es wird passend für das Deckblatt skaliert.
export-logo-unreadable = { $file } kann nicht gelesen werden: { $reason }
export-logo-too-large = { $file } ist größer als { $megabytes } MB: Wählen Sie eine kleinere Bilddatei des Logos.
export-logo-not-image = { $file } ist weder ein PNG- noch ein JPEG-Bild: Wählen Sie eine .png- oder .jpg-Datei.
export-logo-too-many-pixels = { $file } hat { $width } × { $height } Pixel; erwartet wird ein Logo mit höchstens { $most } Pixeln je Seite.
export-logo-broken = { $file } sieht wie ein Bild aus, lässt sich aber nicht als Bild lesen: Speichern Sie es erneut als PNG oder JPEG.
export-language = Dokumentsprache
