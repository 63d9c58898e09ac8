# OSCAL-Bewertungsergebnisse und Maßnahmenplan (src/oscal/).

oscal-results-title = Selbstbewertung von { $organisation }: Bewertungsergebnisse
oscal-result-title = Runde { $round } vom { $date }
oscal-result-description = Die Reifegrad-Selbstbewertung von { $organisation } gegen { $frameworks }, auf der Skala „{ $scale }“. Umfang: { $scope }
oscal-no-scope = die gewählten Rahmenwerke und Gruppen.
oscal-plan-title = Umfang und Methode der Selbstbewertung
oscal-plan-description = Es gibt keinen eigenen Bewertungsplan: Die Selbstbewertung stuft jede Anforderung im Umfang auf einer Reifegradskala gegen ein Zielniveau ein; Umfang und Methode sind die dieses Ergebnisses.
oscal-assessor = Bewerter
oscal-finding-on-target = Stufe { $level } erreicht; das Ziel ist { $target }.
oscal-finding-no-target = Stufe { $level } erreicht.
oscal-finding-below = Stufe { $level } gegen das Ziel { $target }: { $gap ->
    [one] noch 1 Stufe
   *[other] noch { $gap } Stufen
}.
oscal-finding-not-applicable = Nicht anwendbar: { $reason }
oscal-finding-open = Noch nicht beantwortet.
oscal-observation-title = Notizen und Nachweise zu { $requirement }
oscal-observation-evidence = Nachweis: { $evidence }
oscal-poam-title = Fahrplan von { $organisation }: Maßnahmenplan mit Meilensteinen
oscal-poam-item-title = { $requirement } von Stufe { $current } auf { $target } heben
oscal-poam-item-description = { $title } ({ $strength }) steht auf Stufe { $current } gegen das Ziel { $target }. Phase im Fahrplan: { $phase }; Priorität { $priority } (die Lücke mal das Gewicht ihrer Verbindlichkeit).
