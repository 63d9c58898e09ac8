# OSCAL-bedömningsresultat och åtgärdsplan (src/oscal/).

oscal-results-title = Självbedömning av { $organisation }: bedömningsresultat
oscal-result-title = Omgång { $round } den { $date }
oscal-result-description = Mognadsbedömningen av { $organisation } mot { $frameworks }, på skalan ”{ $scale }”. Omfattning: { $scope }
oscal-no-scope = de valda ramverken och grupperna.
oscal-plan-title = Självbedömningens omfattning och metod
oscal-plan-description = Det finns ingen separat bedömningsplan: självbedömningen sätter en mognadsnivå på varje krav i omfattningen och jämför den med en målnivå; omfattning och metod är detta resultats.
oscal-assessor = Bedömare
oscal-finding-on-target = Nivå { $level } uppnådd; målet är { $target }.
oscal-finding-no-target = Nivå { $level } uppnådd.
oscal-finding-below = Nivå { $level } mot målet { $target }: { $gap ->
    [one] 1 nivå kvar
   *[other] { $gap } nivåer kvar
}.
oscal-finding-not-applicable = Ej tillämpligt: { $reason }
oscal-finding-open = Ännu inte besvarat.
oscal-observation-title = Anteckningar och underlag för { $requirement }
oscal-observation-evidence = Underlag: { $evidence }
oscal-poam-title = Färdplan för { $organisation }: åtgärdsplan med milstolpar
oscal-poam-item-title = Höj { $requirement } från nivå { $current } till { $target }
oscal-poam-item-description = { $title } ({ $strength }) ligger på nivå { $current } mot målet { $target }. Fas i färdplanen: { $phase }; prioritet { $priority } (gapet gånger kravstyrkans vikt).
