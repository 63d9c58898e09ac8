# Die Wertung der Angebote (src/report/evaluation): die Grundlage für die Entscheidung der Bewertungskommission.

## Metadaten und Titelblock
eval-name = Wertung der Angebote
eval-subject = Wertung { $count ->
    [one] eines Angebots
   *[other] von { $count } Angeboten
} für
eval-keywords = Ausschreibung, Wertung, öffentliche Auftragsvergabe, Richtlinie 2014/24/EU
eval-header = Wertung der Angebote
eval-kicker = Wertungsbericht für die Bewertungskommission
eval-fact-issued = Ausgabedatum
eval-fact-made = Bericht erstellt am
eval-fact-bids = Angebote
eval-fact-items = Anforderungen
eval-fact-program = Programm
eval-item-summary = { $items ->
    [one] 1 Anforderung
   *[other] { $items } Anforderungen
}: { $musts ->
    [one] 1 Muss-Kriterium
   *[other] { $musts } Muss-Kriterien
} (Ausschlusskriterien) und { $shoulds ->
    [one] 1 Soll-Kriterium
   *[other] { $shoulds } Soll-Kriterien
} (gewichtet, zusammen { $total } Punkte)
eval-binding-notice = Maßgeblich ist der englische Originaltext der MIMs. Die Titel aus ISO/IEC 27001 sind eine eigene Übersetzung des Projekts und dienen nur der Orientierung. NIS2 und die Durchführungsverordnung (EU) 2024/2690 werden in den Begriffen ihrer amtlichen deutschen Sprachfassung wiedergegeben.

## Wörter, die im ganzen Bericht vorkommen
eval-none = Keine.
eval-of = { $part } von { $whole }
eval-item-ref = Anforderung { $number }, { $name }
eval-items-list = { $count ->
    [one] Anforderung { $list }
   *[other] Anforderungen { $list }
}
eval-must = MUSS
eval-should-weight = SOLL { $weight }
eval-pass = Erfüllt
eval-fail = Nicht erfüllt
eval-pending = Offen
eval-equiv-accepted = { $outcome } (Gleichw. anerkannt)
eval-equiv-rejected = { $outcome } (Gleichw. abgelehnt)
eval-equiv-undecided = { $outcome } (Gleichw. offen)
eval-status-compliant = Erfüllt alle Muss-Kriterien
eval-status-excluded = Ausgeschlossen (erfüllt { $items } nicht)
eval-status-undecided = Offen: Gleichwertigkeit bei { $items } noch zu entscheiden
eval-response-meets = Erfüllt
eval-response-equivalent = Gleichwertig erfüllt
eval-response-does-not-meet = Nicht erfüllt
eval-decision-not-claimed = nicht geltend gemacht
eval-decision-accepted = Anerkannt
eval-decision-rejected = Abgelehnt
eval-decision-undecided = Noch offen
eval-col-no = Nr.
eval-col-item = Anforderung
eval-col-bidder = Bieter
eval-col-rank = Rang
eval-col-musts-met = MUSS erfüllt
eval-col-points = Punkte
eval-col-status = Status

## 1. Zusammenfassung
eval-summary = 1. Zusammenfassung
eval-no-bids = Es wurden keine Angebote gewertet.
eval-lead-undecided = Noch kann kein Angebot in die Rangfolge aufgenommen werden: Kein Angebot erfüllt alle Muss-Kriterien, ohne dass über eine geltend gemachte Gleichwertigkeit noch zu entscheiden ist.
eval-lead-none = Kein Angebot erfüllt alle Muss-Kriterien; daher wird kein Angebot in die Rangfolge aufgenommen.
eval-lead-one = Das Angebot von { $bidder } liegt mit { $points } Punkten auf Rang 1.
eval-lead-many = Die Angebote von { $bidders } teilen sich Rang 1 mit je { $points } Punkten.
eval-provisional = Die Rangfolge ist vorläufig: Über { $count ->
    [one] 1 geltend gemachte Gleichwertigkeit
   *[other] { $count } geltend gemachte Gleichwertigkeiten
} ist noch zu entscheiden (siehe unten und Abschnitt 5).
eval-part-compliant = { $count ->
    [one] 1 erfüllt
   *[other] { $count } erfüllen
} alle Muss-Kriterien
eval-part-undecided = { $count ->
    [one] 1 wartet
   *[other] { $count } warten
} auf eine Entscheidung über eine Gleichwertigkeit
eval-part-excluded = { $count ->
    [one] 1 ist
   *[other] { $count } sind
} ausgeschlossen
eval-evaluated = { $count ->
    [one] 1 Angebot wurde
   *[other] { $count } Angebote wurden
} gewertet: { $parts }.
eval-why-rejected = Gleichwertigkeit geltend gemacht und abgelehnt
eval-why-does-not-meet = Antwort „{ $response }“
eval-excluded = Das Angebot von { $bidder } ist ausgeschlossen. Es erfüllt folgende Anforderungen nicht:
eval-undecided = Das Angebot von { $bidder } ist noch nicht in der Rangfolge: Es macht bei { $count ->
    [one] einem Muss-Kriterium
   *[other] { $count } Muss-Kriterien
} eine Gleichwertigkeit geltend, über die die Bewertungskommission noch entscheiden muss. Bisher erreicht es { $points } Punkten.
eval-open-should = Eine noch nicht entschiedene Gleichwertigkeit bei einem Soll-Kriterium bringt erst nach ihrer Anerkennung Punkte; diese Punkte können sich daher noch ändern:

## 2. Rangfolge
eval-ranking = 2. Rangfolge
eval-ranking-intro = Nur Angebote, die alle Muss-Kriterien erfüllen, werden in die Rangfolge aufgenommen. Die Punkte der übrigen Angebote sind zur Information angegeben.

## 3. Wertungsmethode
eval-method = 3. Wertungsmethode
eval-rule-must = Jedes Muss-Kriterium ist entweder erfüllt oder nicht erfüllt. Mit der Antwort „{ $response }“ ist es nicht erfüllt, ebenso bei einer Gleichwertigkeit, die die Bewertungskommission abgelehnt hat. Schon ein nicht erfülltes Muss-Kriterium führt zum Ausschluss des Angebots.
eval-rule-should = Ein erfülltes Soll-Kriterium bringt sein volles Gewicht an Punkten, ein nicht erfülltes keine. Die in der Anlage zur Ausschreibung veröffentlichten Gewichte ergeben zusammen { $total } Punkte.
eval-rule-equivalent = Die Antwort „{ $response }“ gilt als erfüllt, sobald die Bewertungskommission die Gleichwertigkeit anerkennt, und als nicht erfüllt, wenn sie sie ablehnt. Bis zur Entscheidung bleibt ein Muss-Kriterium offen, sodass das Angebot nicht in die Rangfolge kommt, und ein Soll-Kriterium bringt keine Punkte.
eval-rule-unanswered = Eine unbeantwortete Anforderung gilt als nicht erfüllt.
eval-rule-ranking = Angebote, die alle Muss-Kriterien erfüllen, werden nach Punkten geordnet, die höchste Punktzahl zuerst; bei gleicher Punktzahl teilen sie sich den Rang.
eval-rule-sources = Die Antworten stammen aus den Antwortformularen der Bieter (Abschnitt 7); die Entscheidungen über Gleichwertigkeiten sind die in der Ausschreibungsdatei festgehaltenen (Abschnitt 5).

## 4. Gegenüberstellung
eval-matrix = 4. Gegenüberstellung
eval-matrix-intro = Eine Zeile je Anforderung, eine Spalte je Angebot, in der Reihenfolge der Rangfolge. Bei Muss-Kriterien steht { $pass }, { $fail } oder { $pending }; bei Soll-Kriterien die erreichten Punkte von dem Gewicht der Anforderung. Antworten „{ $response }“ sind mit dem Stand der Entscheidung über die Gleichwertigkeit gekennzeichnet.
eval-matrix-bid = Angebot { $from } von { $total }
eval-matrix-bids = Angebote { $from } bis { $to } von { $total }
eval-col-modality = MUSS / Gewicht
eval-rank-excluded = ausgeschlossen
eval-rank-not-yet = noch ohne Rang

## 5. Geltend gemachte Gleichwertigkeit
eval-claims = 5. Geltend gemachte Gleichwertigkeit
eval-offered-nothing = (weder Kommentar noch Nachweis angegeben)
eval-offered-evidence = Nachweis: { $evidence }
eval-no-reason = (keine Begründung festgehalten)
eval-no-claims = Kein Angebot beantwortet eine Anforderung mit „{ $response }“.
eval-claims-intro = Jede Antwort „{ $response }“, mit dem, was der Bieter stattdessen anbietet, und der Entscheidung der Bewertungskommission, wie sie in der Ausschreibungsdatei festgehalten ist.
eval-col-offered = Was der Bieter anbietet
eval-col-decision = Beschluss
eval-col-reason = Begründung
eval-stray-accepted = anerkannt
eval-stray-rejected = abgelehnt
eval-stray = Diese Entscheidungen in der Ausschreibungsdatei passen zu keiner in den gelesenen Formularen geltend gemachten Gleichwertigkeit (oder wurden zu einem früheren Formular des Bieters getroffen) und wurden daher nicht berücksichtigt. Prüfen Sie den Namen des Bieters, wie er in seinem Formular steht:

## 6. Die Angebote im Einzelnen
eval-details = 6. Die Angebote im Einzelnen
eval-details-intro = Alle Antworten jedes Angebots, in der Reihenfolge der Rangfolge, wie sie im Formular des Bieters stehen.
eval-not-ranked = nicht in der Rangfolge
eval-fact-form = Gelesenes Formular
eval-no-form = Das Formular, nach dem dieses Angebot gewertet wurde, lag dem Bericht nicht vor; Nachweise und Kommentare können daher nicht gezeigt werden.
eval-no-answer = (keine Antwort)
eval-col-response = Antwort
eval-col-evidence = Fundstelle des Nachweises
eval-col-comment = Anmerkung
eval-col-result = Ergebnis

## 7. Gelesene Dateien
eval-files = 7. Gelesene Dateien
eval-files-intro = Die Antwortformulare, auf denen diese Wertung beruht. Der Fingerabdruck ist der SHA-256-Hashwert jeder Datei: Eine Datei mit demselben Fingerabdruck ist genau die gelesene Datei.
eval-col-file = Datei
eval-col-fingerprint = SHA-256-Fingerabdruck
eval-files-note = Anforderungen { $items } der Ausschreibung „{ $title }“; der Wortlaut der Anforderungen steht in der Anlage zur Ausschreibung.
