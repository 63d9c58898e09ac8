# MIM Assistant — Öffnen und Speichern unter (Deutsch).

## Öffnen und speichern
files-open-title = Bewertung oder Ausschreibung öffnen
files-open-hint = Geben Sie den Pfad einer .mimassess.ron-Datei (Bewertung) oder .mimtender.ron-Datei (Ausschreibung) ein oder fügen Sie ihn ein, wählen Sie eine Datei aus Ihrem Dokumentenordner, oder öffnen Sie mit „Durchsuchen…“ den Dateidialog Ihres Systems.
files-save-title = Bewertung speichern unter
files-save-hint = Geben Sie den Pfad der neuen Datei ein, oder öffnen Sie mit „Durchsuchen…“ den Dateidialog Ihres Systems. Die Endung .mimassess.ron wird ergänzt, wenn Sie sie weglassen.
files-path = Pfad
files-open = Öffnen
files-save = Hier speichern
files-browse = Durchsuchen…
files-no-dialog = Es konnte kein Dateidialog angezeigt werden (oder er wurde abgebrochen). Geben Sie den Pfad stattdessen oben in das Feld ein.
files-found = Bewertungen und Ausschreibungen in diesem Ordner
files-found-none = Hier wurde nichts gefunden.
