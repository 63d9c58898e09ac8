# Was im ausgefüllten Antwortformular eines Bieters falsch ist und was dort erwartet wurde. Die
# Bibliothek formuliert diese Texte für die Kommandozeile (auf Englisch) und für das Fenster (in
# dessen Sprache); die Stelle (Blatt und Zelle, Zeile und Feld) wird davor gesetzt. Zitierte Werte
# ($found, $value …) kommen in Anführungszeichen und auf eine lesbare Länge gekürzt. Spaltenüberschriften
# wie „Comment“ und „Evidence reference“ stehen so, wie das (englische) Formular sie hat.

## Die ganze Datei
form-no-values = das Formular enthält keine Werte
form-no-values-expected = das versandte Antwortformular, ausgefüllt
form-wrong-ending = der Dateiname endet weder auf .xlsx noch auf .csv
form-wrong-ending-expected = ein Antwortformular, gespeichert als .xlsx (Excel-Arbeitsmappe) oder .csv (CSV UTF-8)
form-unreadable = { $reason }
form-unreadable-expected = eine lesbare Datei
form-empty = die Datei ist leer (0 Byte)
form-empty-expected = ein ausgefülltes Antwortformular

## Zellen
form-formula = eine Formel ({ $formula })
form-formula-expected = ein eingegebener Wert, keine Formel
form-outside-columns = ein Wert außerhalb der Formularspalten A bis J: { $value }
form-outside-columns-expected = nichts rechts von Spalte { $last }; Anmerkungen gehören in die Spalte „Comment“
form-overlong = ein Text mit { $units } Zeichen, länger, als eine Zelle fasst
form-overlong-expected = höchstens { $limit } Zeichen in einer Zelle; längere Nachweise gehören in ein Dokument, das unter „Evidence reference“ genannt wird
form-no-bidder = der Name des Bieters fehlt
form-no-bidder-expected = der Name des Bieters in Zelle { $cell }
form-other-tender = das Formular gehört zur Ausschreibung { $found }
form-other-tender-expected = { $reference }, die Vergabenummer dieser Ausschreibung (verwenden Sie das dafür versandte Formular)
form-no-headings = die Spaltenüberschriften fehlen
form-no-headings-expected = die Überschriften { $headings } in { $unit ->
    [line] Zeile
   *[row] Zeile
} { $row }, wie im versandten Formular
form-heading-missing = die Überschrift fehlt
form-heading-wrong = die Überschrift { $found } gehört nicht zum Formular
form-heading-expected = { $heading } (Spalten dürfen nicht hinzugefügt, entfernt oder umgestellt werden)
form-second-row = eine zweite Zeile für Anforderung { $number } ({ $id }); die erste ist { $unit ->
    [line] Zeile
   *[row] Zeile
} { $first }
form-second-row-expected = eine Zeile je Anforderung
form-missing-row = die Zeile für Anforderung { $number } ({ $id }) fehlt
form-missing-row-expected = eine Zeile für jede Anforderung der Ausschreibung, wie im versandten Formular
form-no-item-id = eine Zeile ohne ID einer Anforderung ({ $first })
form-no-item-id-expected = nur die Anforderungszeilen des versandten Formulars (Anmerkungen gehören in die Spalte „Comment“)
form-unknown-item = unbekannte Anforderung { $id }: nicht in dieser Ausschreibung
form-unknown-item-expected = die ID einer Anforderung dieser Ausschreibung, wie im versandten Formular
form-description-changed = die Beschreibung von Anforderung { $number } wurde geändert: { $found }
form-description-expected = { $sent } wie versandt (die Spalten A bis G dürfen nicht geändert werden)
form-response-expected = eine der Antworten { $choices }
form-no-response = keine Antwort für Anforderung { $number }
form-not-a-response = { $found } ist keine gültige Antwort
form-no-evidence = { $response } ohne Angabe eines Nachweises
form-no-evidence-expected = wo der Nachweis zu finden ist: eine URL, ein Dokument mit Seitenangabe, ein Testzugang
form-no-equivalent-comment = { $response } ohne Kommentar
form-no-equivalent-comment-expected = was stattdessen angeboten wird und warum es gleichwertig ist

## Das Lesen der Datei
form-not-found = die Datei kann nicht gelesen werden: keine solche Datei vorhanden
form-no-permission = die Datei kann nicht gelesen werden: keine Leseberechtigung
form-not-regular = dies ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät); gelesen werden nur gewöhnliche Dateien
form-too-large = die Datei ist größer als { $megabytes } MB; mehr liest dieses Programm nicht
form-csv-unreadable = die CSV-Datei kann nicht gelesen werden: { $reason }
form-csv-unreadable-expected = eine CSV-Datei, gespeichert mit einem Tabellenkalkulationsprogramm
form-not-utf8 = die Datei ist kein UTF-8-Text: Byte { $byte } (Zeichen { $character } der Zeile)
form-not-utf8-expected = eine als UTF-8 gespeicherte CSV-Datei („CSV UTF-8“ unter „Speichern unter“ der Tabellenkalkulation)

## Arbeitsmappen
form-xlsx-expected = eine als .xlsx gespeicherte Arbeitsmappe (Excel 2007 oder neuer)
form-not-zip = die Datei ist keine XLSX-Arbeitsmappe (sie ist kein ZIP-Archiv)
form-xlsx-unreadable = die Arbeitsmappe kann nicht gelesen werden: { $reason }
form-no-response-sheet = die Arbeitsmappe hat kein Blatt „{ $sheet }“ (ihre Blätter: { $count ->
    [0] keine
   *[other] { $found }
})
form-no-response-sheet-expected = das Blatt „{ $sheet }“ des versandten Formulars, nicht umbenannt
