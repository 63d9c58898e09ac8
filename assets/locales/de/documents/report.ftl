# report
# Die eigenen Wörter des Reifegradberichts (src/report/maturity) und die Textausgabe von
# `mim-assistant score`. SHALL, SHOULD und MAY sind Begriffe aus RFC 2119 und bleiben englisch.
# {"\u00AD"} ist ein bedingter Trennstrich: Das Wort wird dort nur getrennt, wenn es in einer
# schmalen Tabellenspalte sonst nicht passt.

report-date-style = words
report-binding-notice = Maßgeblich ist der englische Originaltext der MIMs. Die Titel von ISO/IEC 27001 sind eine eigene Übersetzung des Projekts und dienen nur der Orientierung; es gelten die Titel der Norm. NIS2 und die Durchführungsverordnung (EU) 2024/2690 werden in den Begriffen ihrer amtlichen deutschen Fassung wiedergegeben.

## Metadaten und Kopfzeile
report-title = Reifegradbericht — { $organisation }
report-subject = Selbstbewertung nach { $frameworks } — Runde { $round }, { $date }
report-keyword-maturity = Reifegrad
report-header = { $organisation } — Reifegradbericht, { $date }

## Gemeinsame Teile
report-none = Keine.
report-counts = { $answered } beantwortet, { $na } nicht anwendbar, { $open } offen
report-level = Reifegrad { $level }
report-not-applicable = nicht anwendbar
report-not-answered = nicht beantwortet
report-no-gaps = Keine beantwortete Anforderung liegt unter ihrem Zielreifegrad.
report-all-frameworks = Alle Regelwerke

## Deckblatt
report-cover-kicker = MIM Assistant · Reifegradbericht
report-cover-title = Reifegradbericht: { $organisation }
report-cover-title-short = Reifegradbericht
report-fact-organisation = Organisation
report-fact-place = Ort
report-fact-assessor = Bewertet durch
report-fact-date = Datum
report-fact-round = Runde
report-fact-frameworks = Regelwerke
report-fact-scale = Skala
report-fact-profile = Zielprofil
report-fact-program = Programm
report-fingerprint = Fingerabdruck der Bewertung (SHA-256 ihres kanonischen Inhalts): { $fingerprint }

## Auf einen Blick
report-glance-title = Auf einen Blick
report-glance-band = { report-glance-title } — { $organisation }, Runde { $round }, { $date }
report-glance-unjudged = { $organisation } erreicht einen mittleren Reifegrad von { $mean }; die in der Bewertung genannte Skala oder das Zielprofil ist nicht geladen, daher lässt sich kein Ziel beurteilen.
report-glance-below-key = { $count ->
    [one] 1 Schlüsselmaßnahme liegt
   *[other] { $count } Schlüsselmaßnahmen liegen
} unter dem Mindestwert von { $min }
report-glance-below-overall = das Gesamtergebnis von { $mean } liegt unter den geforderten { $min }
report-glance-reached = { $organisation } erreicht das Zielprofil: Jede Anforderung ist beantwortet, und jeder Mindestwert ist erreicht.
report-glance-not-reached = { $organisation } erreicht das Zielprofil nicht: { $below }.
report-glance-not-reached-so-far = { $organisation } erreicht das Zielprofil bisher nicht: { $below }, und { $open } noch nicht beantwortet.
report-glance-incomplete = Ob { $organisation } das Zielprofil erreicht, steht noch nicht fest: Bisher liegt nichts unter einem Mindestwert, aber { $open } noch nicht beantwortet.
report-glance-open = { $count ->
    [one] 1 Anforderung ist
   *[other] { $count } Anforderungen sind
}
report-glance-open-one-key = 1 Anforderung, eine Schlüsselmaßnahme, ist
report-glance-open-with-key = { $count } Anforderungen (darunter { $key ->
    [one] 1 Schlüsselmaßnahme
   *[other] { $key } Schlüsselmaßnahmen
}) sind
report-card-overall = Gesamtergebnis
report-card-overall-detail = mittlerer Reifegrad, Skala bis { $high }; Ziel: insgesamt mindestens { $min }
report-card-completeness = Vollständigkeit
report-card-done = { $done } von { $total } erledigt
report-card-with-na = { $text }, { $na } nicht anwendbar
report-card-key = Erfüllte Schlüsselmaßnahmen
report-card-key-detail = { $below } unter dem Mindestwert, { $open } unbeantwortet
report-card-verdict = Zielerreichung
report-card-gaps = { $count ->
    [one] 1 zu schließende Lücke
   *[other] { $count } zu schließende Lücken
}
report-card-gaps-open-requirements = { $gaps }; { $open ->
    [one] 1 Anforderung
   *[other] { $open } Anforderungen
} offen
report-card-gaps-open-key = { $gaps }; { $open ->
    [one] 1 Schlüsselmaßnahme
   *[other] { $open } Schlüsselmaßnahmen
} offen
report-verdict-reached = Erreicht
report-verdict-not-reached = Nicht erreicht
report-verdict-not-reached-so-far = Bisher nicht erreicht
report-verdict-incomplete = Noch offen
report-heat-heading = Antworten nach Regelwerk und Stufe
report-heat-corner = Regelwerk
report-heat-level = Stufe { $level }
report-heat-na = n. a.
report-heat-open = Offen
report-heat-rest = und { $count ->
    [one] 1 weiteres Regelwerk
   *[other] { $count } weitere Regelwerke
} zusammen
report-heat-levels = Stufen: { $names }.
report-heat-legend = Jede Zelle zählt die Anforderungen eines Regelwerks auf dieser Stufe. Der Balken unter jeder Überschrift hat die Farbe der Stufe (Rot für die niedrigste, über Orange, bis Grün für die höchste); je kräftiger eine Zelle gefärbt ist, desto größer ihr Anteil an der Zeile. Grau: nicht anwendbar; Blaugrau: noch offen.
report-urgent-heading = Die dringendsten Lücken
report-urgent-more = … und { $count } weitere, nach Priorität geordnet unter „{ $gaps }“ und eingeplant unter „{ $roadmap }“.
report-since-heading = Seit der letzten Runde
report-since-first = Dies ist die erste Runde: Es gibt noch keine frühere Runde zum Vergleich.
report-since-no-new = keine Anforderung wurde erstmals beantwortet
report-since-new = { $count ->
    [one] 1 Anforderung wurde
   *[other] { $count } Anforderungen wurden
} erstmals beantwortet
report-since = Im Vergleich mit Runde { $round }: { $rose ->
    [one] 1 Reifegrad ist
   *[other] { $rose } Reifegrade sind
} gestiegen und { $fell } gesunken; { $new }.
report-since-with-lost = Im Vergleich mit Runde { $round }: { $rose ->
    [one] 1 Reifegrad ist
   *[other] { $rose } Reifegrade sind
} gestiegen und { $fell } gesunken; { $new }, { $lost } nicht mehr.
report-rose-most = Am stärksten gestiegen: { $list }.
report-fell-most = Am stärksten gesunken: { $list }.

## Tabellenspalten
report-col-number = Nr.
report-col-requirement = Anforderung
report-col-level-target = Ist → Ziel
report-col-priority = Prio{"\u00AD"}rität
report-col-phase = Zeitraum
report-col-level = Stufe
report-col-name = Bezeichnung
report-col-meaning = Bedeutung
report-col-framework = Regelwerk
report-col-score = Ergebnis
report-col-answered = Beant{"\u00AD"}wortet
report-col-na = n. a.
report-col-open = Offen
report-col-complete = Vollständig
report-col-group = Gruppe
report-col-answered-na-open = Beantwortet / n. a. / offen
report-col-strength = Verbind{"\u00AD"}lichkeit
report-col-current = Ist
report-col-target = Ziel
report-col-when = Zeitraum
report-col-requirement-phase = Anforderung · { $phase }
report-col-from-to = Ist → Ziel
report-col-point = Punkt
report-col-coverage = Abdeckung
report-col-theme = Thema
report-col-controls = Maß{"\u00AD"}nahmen
report-col-answers = Antworten
report-col-from = Von
report-col-relationship = Beziehung
report-col-to = Nach
report-col-confidence = Verlässlichkeit
report-col-mapping-set = Zuordnungstabelle
report-col-document = Dokument
report-col-where = Fundstelle
report-col-licence = Lizenz

## Zusammenfassung
report-summary = Zusammenfassung
report-summary-lead = { $organisation } erreicht über { $answered ->
    [one] 1 beantwortete Anforderung
   *[other] { $answered } beantwortete Anforderungen
} von { $total } im Umfang der Bewertung einen mittleren Reifegrad von { $mean } auf einer Skala von { $low } bis { $high }; das Zielprofil verlangt insgesamt mindestens { $min }.
report-summary-lead-unjudged = { $organisation } erreicht über { $answered ->
    [one] 1 beantwortete Anforderung
   *[other] { $answered } beantwortete Anforderungen
} einen mittleren Reifegrad von { $mean }. Die in der Bewertung genannte Skala oder das Zielprofil ist nicht geladen, daher lässt sich kein Ziel beurteilen.
report-summary-reached = Das Zielprofil ist erreicht: Jede Anforderung ist beantwortet, und jeder Mindestwert ist erfüllt.
report-summary-not-reached = Das Zielprofil ist noch nicht erreicht: Mindestens eine Schlüsselmaßnahme oder das Gesamtergebnis liegt unter dem Mindestwert des Profils.
report-summary-incomplete = Ob das Zielprofil erreicht ist, steht noch nicht fest: Einige Anforderungen sind noch unbeantwortet.
report-summary-completeness = { $percent } % der Anforderungen sind beantwortet oder als nicht anwendbar gekennzeichnet ({ $counts }). Von den { $key } Schlüsselmaßnahmen erreichen { $met } den Mindestwert von { $min }, { $below } liegen darunter und { $open } sind noch nicht beantwortet.
report-summary-extremes = Das niedrigste Ergebnis hat { $lowest } ({ $low }), das höchste { $highest } ({ $high }).
report-summary-gaps = { $count ->
    [one] 1 Anforderung liegt
   *[other] { $count } Anforderungen liegen
} unter dem Ziel; { $first ->
    [one] 1 davon gehört
   *[other] { $first } davon gehören
} in die ersten drei Monate des Maßnahmenplans. Die dringendsten:
report-summary-gap = { $requirement } — Reifegrad { $level }, Ziel { $target }
report-summary-change = Seit der letzten Runde { $rose ->
    [one] ist 1 Reifegrad
   *[other] sind { $rose } Reifegrade
} gestiegen und { $fell } gesunken; { $new ->
    [one] 1 Anforderung wurde
   *[other] { $new } Anforderungen wurden
} erstmals beantwortet.

## Methode und Skala
report-method = Methode und Skala
report-method-text = Jede Anforderung wurde auf der folgenden Reifegradskala gegenüber einem Zielreifegrad eingestuft. Ein Ergebnis ist der mittlere Reifegrad der beantworteten Anforderungen; als nicht anwendbar gekennzeichnete Anforderungen (mit Begründung) bleiben außer Betracht, unbeantwortete zählen als offen, nie als null. Jede Schlüsselmaßnahme muss für sich allein den Mindestwert des Profils erreichen.
report-method-scale = Skala: { $name }
report-method-profile = Zielprofil: { $name }
report-fact-targets = Zielreifegrade
report-targets = SHALL { $shall }, SHOULD { $should }, MAY { $may } (auf der Skala des Profils, { $scale })
report-fact-minimums = Mindestwerte
report-minimums = jede Schlüsselmaßnahme { $key }, insgesamt { $overall }
report-roadmap-rule-heading = Regel des Maßnahmenplans
report-roadmap-rule = SHALL-Anforderungen, die zwei oder mehr Stufen unter dem Ziel liegen, kommen zuerst (0–3 Monate); die übrigen SHALL-Lücken und SHOULD-Lücken von zwei oder mehr Stufen folgen (3–12 Monate); alles Übrige wird für die Zeit ab 12 Monaten geplant.

## Ergebnisse und Netzdiagramme
report-scores = Ergebnisse
report-bars-note = Die Balken zeigen den mittleren Reifegrad; die Markierung ist der Gesamtmindestwert des Zielprofils ({ $min }).
report-radar = Netzdiagramme
report-radar-text = Jede Achse ist ein Regelwerk oder eine Fähigkeit; die gefüllte Fläche ist der erreichte mittlere Reifegrad (eine Achse, zu der noch nichts beantwortet ist, hat keinen Punkt statt eines Punkts in der Mitte), die gestrichelte Linie der Gesamtmindestwert des Zielprofils.

## Lücken und Maßnahmenplan
report-gaps = Lücken zum Ziel
report-gaps-text = Nach Priorität geordnet: die Lücke in Stufen mal das Gewicht der Verbindlichkeit der Anforderung (SHALL 3, SHOULD 2, MAY 1). Die farbige Markierung gibt an, in welcher Phase des Maßnahmenplans die Lücke geschlossen werden soll.
report-roadmap = Maßnahmenplan
report-phase-first = 0–3 Monate
report-phase-second = 3–12 Monate
report-phase-later = ab 12 Monaten
report-phase-first-asks = zuerst angehen
report-phase-second-asks = als Nächstes planen
report-phase-later-asks = später
report-band = { $phase } ({ $count ->
    [one] 1 Anforderung
   *[other] { $count } Anforderungen
}) — { $asks }

## NIS2 und ISO/IEC 27001 Anhang A
report-nis2 = Abdeckung von NIS2 Art. 21 Abs. 2
report-nis2-assessed = NIS2 ist Teil dieser Bewertung: Die Reifegrade sind die in der Bewertung gegebenen Antworten.
report-nis2-derived = NIS2 wurde nicht direkt bewertet. Jeder der folgenden Punkte wird über die Zuordnungen aus den Antworten abgeleitet: Eine gleichwertige oder weiter gefasste Anforderung überträgt ihren Reifegrad (abgedeckt); eine enger gefasste oder sich überschneidende deckt den Punkt höchstens teilweise ab. Abgeleitete Werte sind mit „(abgeleitet)“ gekennzeichnet.
report-nis2-mixed = Punkte im Umfang der Bewertung zeigen die dort gegebenen Antworten. Die übrigen werden über die Zuordnungen aus den Antworten abgeleitet: Eine gleichwertige oder weiter gefasste Anforderung überträgt ihren Reifegrad (abgedeckt); eine enger gefasste oder sich überschneidende deckt den Punkt höchstens teilweise ab. Abgeleitete Werte sind mit „(abgeleitet)“ gekennzeichnet.
report-nis2-none = Kein Punkt von Art. 21 Abs. 2 gehört zum Umfang der Bewertung oder ist einer ihrer Anforderungen zugeordnet.
report-covered-level = abgedeckt, Reifegrad { $level } (abgeleitet)
report-coverage-covered = abgedeckt (abgeleitet)
report-coverage-partly = teilweise abgedeckt (abgeleitet)
report-coverage-not-covered = nicht abgedeckt (abgeleitet)
report-coverage-from = { $value }; aus { $sources }
report-annex-a = ISO/IEC 27001 Anhang A
report-annex-a-assessed = Anhang A Thema für Thema, aus den in der Bewertung gegebenen Antworten.
report-annex-a-derived = ISO/IEC 27001 wurde nicht direkt bewertet; die Maßnahmen werden über die Zuordnungen als abgedeckt oder teilweise abgedeckt gezählt (abgeleitet).
report-annex-a-counts = { $covered } abgedeckt, { $partly } teilweise, { $missing } nicht abgedeckt (abgeleitet)

## Anforderung für Anforderung
report-details = Anforderung für Anforderung
report-details-text = Jede Anforderung im Umfang der Bewertung mit Reifegrad, Ziel, Notizen und Nachweisen, in Lesereihenfolge.
report-not-applicable-reason = nicht anwendbar: { $reason }
report-strength-line = { $strength } · { $level } · Ziel { $target }
report-strength-line-secondary = { $strength } · { $level } · Ziel { $target } · nur aus Sekundärquelle
report-strength-inferred = { $keyword } (unsere Lesart)
report-covers = Was sie abdeckt ({ $met } von { $total } erfüllt):
report-notes = Notizen: { $notes }
report-answered-by = Beantwortet von { $name } am { $date }, aus dem eigenen Teil übernommen.
report-evidence = Nachweise:

## Zuordnungen
report-mappings = Anhang: Zuordnungen
report-mappings-text = Die Beziehungen (NIST IR 8477) zwischen Anforderungen im Umfang der Bewertung und anderen Anforderungen, wie die Kataloge sie angeben; die Abdeckung oben ist daraus abgeleitet.
report-relationship-equal = Entspricht
report-relationship-subset = Teil von
report-relationship-superset = Umfasst vollständig
report-relationship-intersects = Überlappt mit
report-confidence-high = hoch
report-confidence-medium = mittel
report-confidence-low = niedrig
report-confidence-derived = { $confidence }, abgeleitet

## Quellen und Urheberangaben
report-sources = Anhang: Quellen und Urheberangaben
report-secondary-heading = Anforderungen, die nur auf einer Sekundärquelle beruhen
report-secondary-text = Je bewertetem Regelwerk, wie viele Anforderungen nur aus einer Sekundärquelle bekannt sind (einer Wiedergabe des Texts des Herausgebers durch Dritte, etwa der MIMs-Broschüre oder einer maschinenlesbaren Fassung einer Verordnung); sie sind im Anhang mit „nur aus Sekundärquelle“ gekennzeichnet und sollten mit dem Text des Herausgebers (OASC, EUR-Lex) abgeglichen werden, bevor man sich auf ihren Wortlaut verlässt.
report-secondary-none = { $framework }: keine
report-secondary-count = { $framework }: { $count } von { $total } Anforderungen
report-credits = Urheberangaben
report-own-words = Anforderungstexte, Fragen und Hinweise sind eigene Formulierungen von MIM Assistant auf Grundlage der oben genannten Quellen; Kennungen, Titel und Nummern stammen aus den Quellen.
report-custom-words = Die Texte von { $frameworks } stammen aus einem in dieser Installation hinzugefügten Katalog (aus einem anderen Format importiert oder von der Organisation selbst geschrieben), nicht von MIM Assistant: Es sind die Worte der Quelle, und Felder, die der Quelle fehlen, wurden beim Import erzeugt, wie die Hinweise jeder Anforderung sagen.

## Freigabe (der letzte Abschnitt): Zeilen zum Ausfüllen von Hand
report-signoff = Freigabe
report-signoff-intro = Mit der Unterschrift bestätigt die bewertende Person, dass die Antworten die Organisation so beschreiben, wie sie am { $date } stand; wer freigibt, nimmt den Bericht und seinen Fahrplan an.
report-signoff-assessor = Bewertet von
report-signoff-approver = Freigegeben von (zum Beispiel CISO oder Rat)
report-signoff-name = Name
report-signoff-role = Funktion
report-signoff-date = Datum
report-signoff-signature = Unterschrift
## `mim-assistant score` (Textausgabe; --json bleibt unverändert)
report-score-heading = { $organisation } ({ $place }) — Runde { $round }, { $date }
report-score-scale = Skala { $scale } ({ $min }–{ $max }); Zielprofil: { $profile } (jede Schlüsselmaßnahme ≥ { $key }, insgesamt ≥ { $overall })
report-score-col-framework = Regelwerk
report-score-col-mean = Mittel
report-score-col-answered = beantwortet
report-score-col-unanswered = unbeantwortet
report-score-col-na = n. a.
report-score-col-complete = vollständig
report-score-overall = gesamt
report-score-key-measures = Schlüsselmaßnahmen: { $total } — { $met } erfüllt, { $below } unter { $min }, { $open } unbeantwortet, { $na } nicht anwendbar
report-score-verdict-reached = erreicht
report-score-verdict-not-reached = NICHT erreicht
report-score-verdict-incomplete = noch nicht entschieden (Schlüsselmaßnahmen unbeantwortet)
report-score-verdict = Zielerreichung „{ $profile }“: { $verdict }
report-score-gaps = Größte Lücken (von { $count }):
report-score-priority = Priorität
report-score-rule = Regel des Maßnahmenplans: { $rule }
report-score-derived = Über Zuordnungen abgeleitet (nicht direkt bewertet):
report-score-derived-line = { $covered } abgedeckt, { $partly } teilweise abgedeckt, { $missing } nicht abgedeckt (abgeleitet)
report-score-since = Seit Runde { $round }: { $rose } gestiegen, { $fell } gesunken, { $new } neu beantwortet, { $lost } nicht mehr beantwortet
report-score-rose = Gestiegen
report-score-fell = Gesunken
report-score-more = { $list } und { $count } weitere
report-score-unknown = { $count } Antwort(en) nennen Anforderungen, die in den geladenen Katalogen fehlen; sie bleiben erhalten: { $ids }
