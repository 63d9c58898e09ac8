# MIM Assistant — Die Startseite (Deutsch).

## Startseite
start-title = MIM Assistant
start-intro = Bewerten Sie die Datenplattform Ihrer Stadt anhand der Minimal Interoperability Mechanisms von OASC, von ISO/IEC 27001:2022 und von NIS2 – Anforderung für Anforderung, mit Ergebnissen, Lücken und einem Maßnahmenplan am Ende –, oder machen Sie aus denselben Anforderungen eine Anlage zu den Vergabeunterlagen und werten Sie die Angebote aus.
start-new = Neue Bewertung
start-new-hint = Eine kurze geführte Einrichtung, dann die erste Anforderung.
start-open = Öffnen…
start-open-hint = Eine früher gespeicherte Bewertung oder Ausschreibung fortsetzen.
start-example = Beispiel öffnen
start-example-hint = Eine fiktive Stadt, vollständig ausgefüllt, zum gefahrlosen Ausprobieren.
start-catalog = Katalog durchsehen
start-catalog-hint = Die MIMs, ISO/IEC 27001 und NIS2 lesen und sehen, wie sie einander zugeordnet sind.
start-tender = Neue Ausschreibung
start-tender-hint = Anforderungen und Klauseln wählen, dann Anlage und Antwortformular für die Bieter erstellen.
start-example-tender = Beispielausschreibung öffnen
start-example-tender-hint = Die Ausschreibung einer fiktiven Stadt für eine Datenplattform, fertig zum Export.
start-recent = Zuletzt verwendet
start-recent-none = Noch keine Dateien. Dateien, die Sie öffnen oder speichern, erscheinen hier.
recovery-title = Ungespeicherte Arbeit gefunden
recovery-text = MIM Assistant wurde beendet, bevor die Bewertung von { $name } ({ $file }) gespeichert war. Es gibt eine Kopie, die { $minutes ->
    [0] weniger als eine Minute
    [one] 1 Minute
   *[other] { $minutes } Minuten
} davor angelegt wurde.
recovery-never-saved = nie in einer Datei gespeichert
recovery-restore = Arbeit wiederherstellen
recovery-discard = Kopie verwerfen
