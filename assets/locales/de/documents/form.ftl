# Das Antwortformular für Bieter: Tabellenblätter, die Zeilen zur Ausschreibung, Spaltenüberschriften,
# Antwortwerte und Ausfüllhinweise, in der Sprache der Ausschreibung. Ein ausgefülltes Formular wird mit
# diesen und mit den englischen Wörtern eingelesen, damit auch ein vor der Übersetzung erstelltes
# Formular lesbar bleibt.

## Tabellenblätter, Zeilen zur Ausschreibung, Spaltenüberschriften
form-sheet-response = Antwort
form-sheet-instructions = Ausfüllhinweise
form-label-bidder = Name des Bieters
form-label-reference = Vergabenummer
form-label-tender = Ausschreibung
form-title = Antwortformular — { $title } ({ $reference })
form-doc-comment = Antwortformular, erstellt mit MIM Assistant
form-col-number = Nr.
form-col-id = Kennung
form-col-title = Titel
form-col-requirement = Anforderung
form-col-modality = MUSS/SOLL
form-col-weight = Gewicht
form-col-proof = Nachweise
form-col-response = Antwort
form-col-evidence = Fundstelle des Nachweises
form-col-comment = Anmerkung

## Was jede Spalte enthält, für die Ausfüllhinweise und die Anlage
form-col-number-explanation = Die Nummer der Anforderung in der Anlage.
form-col-id-explanation = Die Kennung der Anforderung (Rahmenwerk und Nummer).
form-col-title-explanation = Der Kurztitel der Anforderung.
form-col-requirement-explanation = Die Anforderung im Wortlaut der Anlage.
form-col-modality-explanation = MUSS: K.-o.-Kriterium; ein Angebot, das sie nicht erfüllt, wird ausgeschlossen. SOLL: ein Zuschlagskriterium.
form-col-weight-explanation = Punkte von 100 bei einer SOLL-Anforderung; „K.-o.“ (Ausschlusskriterium) bei einer MUSS-Anforderung.
form-col-proof-explanation = Was der Auftraggeber prüfen wird.
form-col-response-explanation = Wählen Sie eine Antwort: „{ $meets }“, „{ $equivalent }“ oder „{ $not }“.
form-col-evidence-explanation = Wo der Nachweis zu finden ist: eine URL, ein Dokument mit Seitenangabe, ein Testkonto. Erforderlich bei „{ $meets }“ und „{ $equivalent }“.
form-col-comment-explanation = Was die Wertung wissen sollte; bei „{ $equivalent }“, was stattdessen angeboten wird und warum es gleichwertig ist (erforderlich).

## Die Werte der beschreibenden Spalten und der Antwortliste
form-must = MUSS
form-should = SOLL
form-pass-fail = K.-o.
form-proof-self-declaration = Eigenerklärung
form-proof-documentation = Dokumentation
form-proof-certificate = Zertifikat
form-proof-demonstration = Vorführung
form-proof-test = Test
form-response-meets = Erfüllt
form-response-equivalent = Gleichwertig erfüllt
form-response-not = Nicht erfüllt
form-quoted = „{ $text }“
form-equivalent-sentence = Jede hier genannte Norm oder Spezifikation kann durch eine gleichwertige erfüllt werden; die Gleichwertigkeit weist der Bieter nach.
form-unknown-requirement = (die Anforderung { $id } ist in keinem geladenen Katalog enthalten)

## Die Hinweiszeile des Antwortblatts und die Liste der Antworten
form-hint-xlsx = Füllen Sie die markierten Zellen aus: Ihren Namen in { $cell } sowie { $response }, { $evidence } und { $comment } zu jeder Anforderung. Das Tabellenblatt „{ $instructions }“ erläutert jede Spalte.
form-hint-csv = Tragen Sie den Namen des Bieters ein ({ $cell }) und zu jeder Anforderung { $response } ({ $choices }), { $evidence } und { $comment }. Fügen Sie keine Zeilen oder Spalten hinzu, entfernen oder verschieben Sie keine; speichern Sie als CSV UTF-8.
form-list-title = Antwort
form-list-message = Wählen Sie eine Antwort: { $choices }.
form-list-error-title = Keine gültige Antwort
form-list-error = Die Antwort muss eine der folgenden sein: { $choices }.

## Das Tabellenblatt mit den Ausfüllhinweisen
form-how-title = So füllen Sie das Antwortformular aus
form-steps = Schritte
form-step-name = Tragen Sie den Namen Ihres Unternehmens in Zelle { $cell } des Tabellenblatts „{ $sheet }“ ein.
form-step-rows = Füllen Sie zu jeder Anforderung (eine Zeile je Anforderung, ab Zeile { $row }) die markierten Spalten { $response }, { $evidence } und { $comment } aus. Die übrigen Spalten beschreiben die Anforderung und sind gesperrt.
form-step-values = Tippen Sie jeden Wert ein; verwenden Sie keine Formeln.
form-step-layout = Fügen Sie keine Zeilen oder Spalten hinzu, entfernen oder verschieben Sie keine und benennen Sie das Tabellenblatt nicht um: Das Programm des Auftraggebers liest das Formular anhand seines Aufbaus und weist ein verändertes Formular zurück.
form-step-save = Speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx). Das Tabellenblatt „{ $sheet }“, als CSV in UTF-8 gespeichert („CSV UTF-8“), wird ebenfalls angenommen.
form-the-columns = Die Spalten
form-you-fill = Von Ihnen auszufüllen.
form-buyer-fills = Vom Auftraggeber ausgefüllt; gesperrt.
form-the-responses = Die Antworten
form-meets-meaning = Das Angebot erfüllt die Anforderung wie formuliert. Geben Sie die Fundstelle des Nachweises an.
form-equivalent-meaning = Das Angebot erfüllt die Anforderung durch eine gleichwertige Lösung (eine andere Norm oder Lösung). Sie zählt erst, wenn der Auftraggeber die Gleichwertigkeit anerkennt. Erläutern Sie in der Spalte { $comment }, was stattdessen angeboten wird und warum es gleichwertig ist (erforderlich), und geben Sie die Fundstelle des Nachweises an.
form-not-meaning = Das Angebot erfüllt die Anforderung nicht. Bei einer MUSS-Anforderung führt das zum Ausschluss des Angebots; bei einer SOLL-Anforderung bringt es keine Punkte.
form-evaluation = Wertung
form-rule-must = Ein Angebot, das eine MUSS-Anforderung nicht erfüllt, wird ausgeschlossen, unabhängig von seinen Punkten.
form-rule-should = Eine SOLL-Anforderung bringt ihr Gewicht (Punkte von 100), wenn sie erfüllt ist; „{ $equivalent }“ bringt es erst, wenn der Auftraggeber die Gleichwertigkeit anerkennt.
form-rule-unread = Ein Formular mit einer leeren oder unbekannten Antwort, einer fehlenden Fundstelle des Nachweises oder einer geänderten Beschreibung wird ungelesen zurückgegeben.
