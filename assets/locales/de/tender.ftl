# MIM Assistant — die Texte des Bildschirms „Ausschreibung“ (Deutsch): Zusammenstellen der Ausschreibung,
# Export von Anlage und Antwortformular, Angebote und ihre Wertung. Die übrigen Texte des Fensters stehen in app.ftl.

## Ausschreibung zusammenstellen, Anlage und Wertung
tender-heading = Ausschreibung
tender-buyer = Auftraggeber
tender-title = Bezeichnung
tender-reference = Vergabenummer
tender-date = Ausgabedatum
tender-language = Dokumentsprache
tender-contact = Rückfragen an
tender-tab-items = 1 · Anforderungen
tender-tab-annex = 2 · Anlage und Formular
tender-tab-bids = 3 · Angebote und Wertung
tender-presets = Mit einer Vorauswahl beginnen
tender-add-preset = Hinzufügen: { $name }
tender-no-match = Keine Treffer für die Suche.
tender-no-warnings = Keine Warnungen: Die Ausschreibung kann exportiert werden.
tender-counts = { $items ->
    [one] 1 Anforderung
   *[other] { $items } Anforderungen
}, { $musts } MUSS · SOLL-Gewichte zusammen { $weights } von 100
tender-spread = Gewichte gleichmäßig verteilen
tender-empty = Noch keine Anforderungen. Haken Sie links Anforderungen an, oder beginnen Sie mit einer Vorauswahl.
tender-item = Anforderung
tender-col-no = Nr.
tender-col-item = Anforderung
tender-item-column-width = Breite der Spalte „Anforderung“
tender-item-column-width-hint = Ziehen Sie (oder nutzen Sie die Pfeiltasten), um die Spalte breiter oder schmaler zu machen; ein Doppelklick lässt sie wieder den ganzen Platz einnehmen.
tender-col-modality = MUSS oder SOLL
tender-col-weight = Gewicht
tender-col-proof = Nachweis
tender-col-placement = Einordnung
tender-col-equivalent = „oder gleichwertig“
tender-col-order = Reihenfolge
tender-pass-fail = K.-o.-Kriterium
tender-move-up = Nach oben
tender-move-down = Nach unten
tender-remove = Entfernen
tender-annex-file = Anlage (PDF)
tender-form-file = Antwortformular (XLSX oder CSV)
tender-export-annex = Anlage und Antwortformular erstellen
tender-preview = Die Anforderungen, wie die Bieter sie lesen werden
tender-bids-intro = Importieren Sie das ausgefüllte Antwortformular jedes Bieters (XLSX oder CSV). Ein Formular mit Fehlern wird nicht importiert; zu jedem Fehler wird angegeben, wo er liegt.
tender-import-file = Ausgefülltes Formular
tender-import = Formular importieren
tender-ranking = Rangfolge
tender-col-rank = Rang
tender-col-bidder = Bieter
tender-col-points = Punkte
tender-col-status = Muss-Kriterien
tender-col-file = Datei
tender-remove-bid = Angebot von { $bidder } entfernen
tender-equivalences = Zu prüfende Gleichwertigkeit
tender-undecided = Nicht entschieden
tender-accepted = Anerkannt
tender-rejected = Abgelehnt
tender-decision-for = Entscheidung zu { $bidder }, Anforderung { $number }
tender-matrix = Gegenüberstellung
tender-pass = Erfüllt
tender-fail = Nicht erfüllt
tender-pending = Offen
tender-evaluation-file = Wertung (PDF)
tender-export-evaluation = Wertung erstellen
tender-annex-written = { $annex } ({ $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
}) und { $form } erstellt.
tender-imported = Angebot von { $bidder } aus { $file } importiert.
tender-replaced = Angebot von { $bidder } durch { $file } ersetzt.
tender-evaluation-written = { $file } ({ $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
}) erstellt.
tender-need-paths = Geben Sie für jedes Dokument einen Dateinamen an.
tender-no-bids = Importieren Sie zuerst das Formular mindestens eines Bieters.
tender-col-modality-short = Art
tender-col-equivalent-short = O. gleichw.
tender-found-forms = Formulare in { $folder } (zum Importieren anklicken):
tender-form-ending = Das Antwortformular wird als .xlsx oder .csv geschrieben: Lassen Sie den Dateinamen auf eine dieser Endungen enden.
tender-has-errors = Beheben Sie zuerst die oben markierten Fehler: Sonst wären die Anlage oder das Formular fehlerhaft.
tender-must = MUSS
tender-should = SOLL
tender-place-specification = Technische Spezifikation
tender-place-selection = Eignungskriterien
tender-place-award = Zuschlagskriterien
tender-place-contract = Ausführungsbedingung
tender-place-acceptance = Abnahmetest
tender-place-specification-basis = Technische Spezifikation (Art. 42)
tender-place-selection-basis = Eignungskriterien (Art. 58)
tender-place-award-basis = Zuschlagskriterien (Art. 67)
tender-place-contract-basis = Bedingungen für die Auftragsausführung (Art. 70)
tender-place-acceptance-basis = Abnahmetest
tender-preset-mim6-core = MIM6-Kern
tender-preset-mim6-core-summary = Alle Sicherheitsanforderungen von MIM6: Zugangssteuerung, Identitäten, Zugangsdaten, Verschlüsselung bei der Übertragung, Vertrauen.
tender-preset-foundational = Grundlegende MIMs 0, 1, 2
tender-preset-foundational-summary = Die verpflichtenden Anforderungen von MIM0 (Zugang zu Daten), MIM1 (Verknüpfung von Daten) und MIM2 (Datenmodelle): das, was die meisten Ausschreibungen für Datenplattformen brauchen.
tender-preset-clauses = Allgemeine Klauseln
tender-preset-clauses-summary = Datenrechte, Ausstieg, keine Lock-in-Gebühren, offene Schnittstellen (APIs), Ankündigung von Änderungen, Dokumentation, Schulung, Sicherheitspflichten, Barrierefreiheit und Gleichwertigkeit.
tender-preset-clauses-core = Allgemeine Klauseln (verpflichtende)
tender-preset-clauses-core-summary = Nur die Klauseln, die von vornherein Muss-Kriterien sind.
tender-items-list = { $count ->
    [one] Anforderung { $list }
   *[other] Anforderungen { $list }
}
tender-status-compliant = Erfüllt alle Muss-Kriterien
tender-status-excluded = Ausgeschlossen (erfüllt { $items } nicht)
tender-status-undecided = Offen: Gleichwertigkeit bei { $items } noch zu entscheiden
tender-warn-empty = Die Ausschreibung enthält noch keine Anforderungen.
tender-warn-no-must = Keine Anforderung ist ein Muss-Kriterium: Kein Angebot kann ausgeschlossen werden, weil es eine Anforderung nicht erfüllt.
tender-warn-weights = Die SOLL-Gewichte ergeben zusammen { $total }, nicht 100.
tender-warn-weight-over = Anforderung { $number } ({ $requirement }) hat das Gewicht { $weight }, mehr als die insgesamt 100 Punkte.
tender-warn-placement = Anforderung { $number } ({ $requirement }): Ein Muss-Kriterium gehört nicht zu den Zuschlagskriterien, ein Soll-Kriterium gehört dorthin.
tender-warn-zero-weight = Anforderung { $number } ({ $requirement }) ist ein Soll-Kriterium mit dem Gewicht 0: Es hat keinen Einfluss auf die Rangfolge.
tender-warn-standard = Anforderung { $number } ({ $requirement }) ist ein Muss-Kriterium, das eine Norm ohne „oder gleichwertig“ nennt (Richtlinie 2014/24/EU, Art. 42).
tender-warn-unknown = Anforderung { $number }: { $requirement } ist in keinem geladenen Katalog enthalten.
tender-warn-duplicate = Anforderung { $number }: { $requirement } ist bereits in der Ausschreibung enthalten.
tender-warn-unfilled = Anforderung { $number } ({ $requirement }): Füllen Sie [{ $placeholder }] aus.
tender-warn-language = Die Anforderungstexte liegen, soweit übersetzt, in der Sprache „{ $language }“ vor (siehe Einstellungen), die eigenen Überschriften und Hinweise der Anlage und des Formulars aber noch auf Englisch: Lassen Sie diese übersetzen.
tender-save-elsewhere = Die Datei der Ausschreibung kann nicht geschrieben werden. Speichern Sie die Ausschreibung in einer anderen Datei:
tender-form-changed = { $file } wurde seit dem Import geändert; die Wertung verwendet die Datei in ihrem jetzigen Stand. Importieren Sie die Datei erneut, um die Änderung festzuhalten.
tender-set-aside = Diese mit der Ausschreibung gespeicherten Formulare können derzeit nicht verwendet werden: Die Datei fehlt oder ist nicht lesbar, oder sie passt nicht mehr zur Ausschreibung (deren Anforderungen oder Vergabenummer wurden geändert). Die Formulare bleiben in der Liste; machen Sie die Änderung rückgängig, korrigieren Sie die Datei oder nehmen Sie das Formular von der Liste:
tender-remove-form = { $file } von der Liste nehmen

## Ein ausgefülltes Formular importieren: was das Feld angibt, und die Fehler eines abgelehnten Formulars
tender-import-folder = { $forms ->
    [0] { $folder } ist ein Ordner ohne ausgefülltes Formular (.xlsx oder .csv). Geben Sie nach dem Ordner den Dateinamen des Formulars ein, oder wählen Sie „Durchsuchen…“.
    [one] { $folder } ist ein Ordner. Das darin gefundene Formular ist unten aufgeführt: Klicken Sie darauf, um es zu importieren, oder wählen Sie „Durchsuchen…“ für eine andere Datei.
   *[other] { $folder } ist ein Ordner. Die { $forms } darin gefundenen Formulare sind unten aufgeführt: Klicken Sie auf eines, um es zu importieren, oder wählen Sie „Durchsuchen…“ für eine andere Datei.
}
tender-import-missing = Die Datei { $file } gibt es nicht. Prüfen Sie den Namen, oder suchen Sie das Formular mit „Durchsuchen…“.
tender-import-ending = { $file } ist kein Antwortformular: Der Name endet weder auf .xlsx noch auf .csv. Importieren Sie das ausgefüllte Formular, das der Bieter zurückgeschickt hat (eine Excel-Arbeitsmappe oder eine CSV-Datei).
tender-form-refused = { $file } wurde nicht importiert: { $count ->
    [one] Zuerst muss ein Fehler behoben werden
   *[other] Zuerst müssen { $count } Fehler behoben werden
}. Vom Formular wurde nichts übernommen.
tender-problem = { $place }: { $what }
tender-problem-expected = { $place }: { $what }; erwartet: { $expected }
tender-place-file = Gesamte Datei
tender-place-cell = Blatt „{ $sheet }“, Zelle { $cell }
tender-place-row = Blatt „{ $sheet }“, Zeile { $row }
tender-place-column = Blatt „{ $sheet }“, Spalte { $column }
tender-place-sheet = Blatt „{ $sheet }“
tender-place-field = Zeile { $line }, Feld { $field }
tender-place-line = Zeile { $line }
