# MIM Assistant — Die geführte Einrichtung einer neuen Bewertung (Deutsch).

## Neue Bewertung
setup-title = Neue Bewertung
setup-step-counter = Schritt { $number } von { $total } – { $name }
setup-step-current = Der aktuelle Schritt.
setup-step-done = Erledigt: zu diesem Schritt zurückkehren.
setup-step-to-come = Ein noch folgender Schritt.
setup-more = Mehr
setup-back = ◀ Zurück
setup-next = Weiter ▶
setup-enter-hint = Enter hat dieselbe Wirkung.
setup-to-summary = Zurück zur Zusammenfassung
setup-change = Ändern
setup-change-step = Ändern: { $step }

## Schritt 1
setup-step-organisation-name = Organisation
setup-step-organisation = Wer bewertet wird und von wem
setup-organisation-hint = Nur der Name der Organisation ist erforderlich; er wird auch für den Dateinamen verwendet.
setup-organisation-more = Name, Stadt und Land stehen am Anfang des Berichts; Gegenstand der Bewertung und wer bewertet, werden mit aufgeführt. Antworten und Ziele können Sie später ändern; die in Schritt 3 und 4 gewählten Regelwerke und die Skala stehen für diese Bewertung fest.
setup-name = Organisation
setup-city = Stadt
setup-country = Land
setup-scope = Gegenstand der Bewertung
setup-assessor = Bewertet durch

## Schritt 2
setup-step-nis2-name = NIS2
setup-step-nis2 = Gilt NIS2 für Sie?
setup-nis2-question = Hat das NIS2-Gesetz Ihres Landes Ihre Organisation (oder das Unternehmen, das die Plattform betreibt) als wesentliche oder als wichtige Einrichtung eingestuft?
setup-nis2-hint = Wenn Sie es noch nicht wissen, wählen Sie die letzte Antwort; Sie können trotzdem nach NIS2 bewerten.
setup-nis2-explain = NIS2 erfasst eine Kommune nur, wenn das nationale Recht die öffentliche Verwaltung auf lokaler Ebene einbezieht (Art. 2 Abs. 5 Buchst. a) oder wenn eine kommunale Stelle oder ein kommunales Unternehmen, das einen Dienst wie Trinkwasser, Abwasser, Energie oder Verkehr erbringt, mindestens mittelgroß ist (Art. 2 Abs. 1, Anhänge I und II). Welcher Fall zutrifft, ergibt sich aus der Liste der wesentlichen und wichtigen Einrichtungen Ihrer nationalen Behörde (Art. 3 Abs. 3).
setup-nis2-essential = Ja, als wesentliche Einrichtung
setup-nis2-important = Ja, als wichtige Einrichtung (oder unser nationales NIS2-Gesetz erfasst die Kommunalverwaltung)
setup-nis2-no = Nein, oder wir wissen es noch nicht

## Schritt 3
setup-step-frameworks-name = Regelwerke
setup-step-frameworks = Wonach bewertet wird
setup-frameworks-hint = Wählen Sie ein oder mehrere Regelwerke; sie stehen für diese Bewertung fest.
setup-frameworks-more = MIM6 behandelt die Sicherheit; ISO/IEC 27001 und NIS2 sind die Prüflisten, auf die sich MIM6 stützt.
setup-framework-item = { $name } ({ $count ->
    [one] 1 Anforderung
   *[other] { $count } Anforderungen
})

## Schritt 4
setup-step-scale-name = Skala
setup-step-scale = Die Reifegradskala
setup-scale-hint = Wie jede Anforderung eingestuft wird; steht für diese Bewertung fest.

## Schritt 5
setup-step-profile-name = Ziel
setup-step-profile = Das Ziel
setup-profile-hint = Der Reifegrad, den jede Anforderung erreichen soll; aus Ihrer Antwort zu NIS2 ergibt sich ein Vorschlag.
setup-profile-more = Das Ziel legt auch die Mindestwerte für das Gesamturteil fest. Sie können es später ändern.

## Schritt 6
setup-step-file-name = Zusammenfassung
setup-step-file = Angaben prüfen und Speicherort wählen
setup-summary-hint = Die Bewertung wird in der Datei gespeichert, sobald sie angelegt ist.
setup-summary-title = Ihre Angaben
setup-path = Datei
setup-create = Bewertung anlegen
setup-missing-name = Geben Sie den Namen der Organisation ein.
setup-missing-nis2 = Beantworten Sie die Frage zu NIS2.
setup-missing-frameworks = Wählen Sie mindestens ein Regelwerk.
setup-missing-scale = Wählen Sie eine Skala.
setup-missing-profile = Wählen Sie ein Ziel.
setup-missing-path = Geben Sie an, wo die Datei gespeichert werden soll.
setup-language = Dokumentsprache
