# MIM Assistant — Die Übersicht (Deutsch).

## Übersicht
dash-title = Übersicht
dash-overall = Gesamtergebnis
dash-overall-detail = mittlerer Reifegrad auf der Skala bis { $high }; das Zielprofil verlangt insgesamt mindestens { $min }
dash-completeness = Vollständigkeit
dash-completeness-detail = { $done } von { $total } erledigt{ $na ->
    [0] {""}
   *[other] , { $na } nicht anwendbar
}
dash-key-measures = Erfüllte Schlüsselmaßnahmen
dash-key-measures-detail = { $below } unter dem Mindestwert, { $open } unbeantwortet{ $na ->
    [0] {""}
   *[other] , { $na } nicht anwendbar
}
dash-verdict = Zielerreichung
verdict-reached = Erreicht
verdict-not-reached = Nicht erreicht
verdict-not-reached-so-far = Bisher nicht erreicht
verdict-incomplete = Noch offen
dash-gaps-count = { $count ->
    [one] 1 zu schließende Lücke
   *[other] { $count } zu schließende Lücken
}
dash-gaps-open-key-measures = { $count ->
    [one] 1 zu schließende Lücke
   *[other] { $count } zu schließende Lücken
}; { $open ->
    [one] 1 Schlüsselmaßnahme
   *[other] { $open } Schlüsselmaßnahmen
} noch nicht beantwortet
dash-gaps-open-requirements = { $count ->
    [one] 1 zu schließende Lücke
   *[other] { $count } zu schließende Lücken
}; { $open ->
    [one] 1 Anforderung
   *[other] { $open } Anforderungen
} noch nicht beantwortet
dash-per-framework = Ergebnisse je Regelwerk
dash-col-framework = Regelwerk
dash-col-level = Ø Reifegrad
dash-col-mean = Ergebnis
dash-col-done = Beantwortet
dash-bar-legend = Der Balken zeigt den mittleren Reifegrad; die senkrechte Markierung ist der Gesamtmindestwert des Ziels ({ $min }).
dash-radar = Netzdiagramm
dash-radar-frameworks = Alle Regelwerke
dash-radar-none = Ein Netzdiagramm braucht mindestens drei Regelwerke oder Gruppen mit Ergebnissen.
dash-radar-legend = Gefüllte Fläche: der erreichte mittlere Reifegrad; eine Achse, zu der noch nichts beantwortet ist, hat keinen Punkt. Gestrichelte Linie: der Gesamtmindestwert des Ziels.
dash-nis2 = Abdeckung von NIS2 Art. 21 Abs. 2
dash-nis2-none = NIS2 ist nicht geladen.
dash-nis2-assessed-intro = NIS2 ist Teil dieser Bewertung: Die Reifegrade sind Ihre eigenen Antworten.
dash-nis2-derived-intro = NIS2 wird nicht direkt bewertet: Jeder Punkt wird über die Zuordnungen aus Ihren Antworten abgeleitet.
dash-nis2-assessed = Reifegrad { $level }
dash-nis2-covered = abgedeckt, Reifegrad { $level } (abgeleitet)
dash-nis2-partly = teilweise abgedeckt (abgeleitet)
dash-nis2-not-covered = nicht abgedeckt (abgeleitet)
dash-gaps = Größte Lücken
dash-gaps-none = Keine Lücken: Jede beantwortete Anforderung erreicht ihren Zielreifegrad oder liegt darüber.
dash-gap-open = Diese Anforderung in der Bewertung öffnen
dash-gap-detail = { $strength }: Reifegrad { $current } → Zielreifegrad { $target }

## Phasen des Maßnahmenplans
phase-first = innerhalb von 3 Monaten
phase-second = in 3 bis 12 Monaten
phase-later = nach 12 Monaten
dash-team = Fortschritt der Mitwirkenden
dash-team-open = Ausgeben und zurücknehmen…
