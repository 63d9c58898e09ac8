# MIM Assistant — Översikten (svenska).

## Översikt
dash-title = Översikt
dash-overall = Samlat resultat
dash-overall-detail = medelnivå av högst { $high }; målprofilen kräver minst { $min } totalt
dash-completeness = Fullständighet
dash-completeness-detail = { $done } av { $total } klara{ $na ->
    [0] {""}
    [one] , 1 ej tillämpligt
   *[other] , { $na } ej tillämpliga
}
dash-key-measures = Uppfyllda nyckelåtgärder
dash-key-measures-detail = { $below } under lägstanivån, { $open } obesvarade{ $na ->
    [0] {""}
   *[other] , { $na } ej tillämpliga
}
dash-verdict = Mot målnivån
verdict-reached = Uppnådd
verdict-not-reached = Inte uppnådd
verdict-not-reached-so-far = Inte uppnådd hittills
verdict-incomplete = Ännu inte känt
dash-gaps-count = { $count ->
    [one] 1 brist att åtgärda
   *[other] { $count } brister att åtgärda
}
dash-gaps-open-key-measures = { $count ->
    [one] 1 brist att åtgärda
   *[other] { $count } brister att åtgärda
}; { $open ->
    [one] 1 nyckelåtgärd
   *[other] { $open } nyckelåtgärder
} ännu obesvarade
dash-gaps-open-requirements = { $count ->
    [one] 1 brist att åtgärda
   *[other] { $count } brister att åtgärda
}; { $open ->
    [one] 1 krav
   *[other] { $open } krav
} ännu obesvarade
dash-per-framework = Resultat per ramverk
dash-col-framework = Ramverk
dash-col-level = Medelnivå
dash-col-mean = Resultat
dash-col-done = Besvarade
dash-bar-legend = Stapeln visar medelnivån; det lodräta strecket är målnivåns samlade lägstanivå ({ $min }).
dash-radar = Radardiagram
dash-radar-frameworks = Alla ramverk
dash-radar-none = Ett radardiagram kräver minst tre ramverk eller grupper med resultat.
dash-radar-legend = Fylld yta: uppnådd medelnivå; en eker utan svar har ingen punkt. Streckad linje: målnivåns samlade lägstanivå.
dash-nis2 = Täckning av NIS2 art. 21(2)
dash-nis2-none = NIS2 är inte inläst.
dash-nis2-assessed-intro = NIS2 ingår i den här bedömningen: nivåerna är era egna svar.
dash-nis2-derived-intro = NIS2 bedöms inte direkt: varje punkt härleds från era svar via mappningarna.
dash-nis2-assessed = nivå { $level }
dash-nis2-covered = täckt, nivå { $level } (härlett)
dash-nis2-partly = delvis täckt (härlett)
dash-nis2-not-covered = inte täckt (härlett)
dash-gaps = Största brister
dash-gaps-none = Inga brister: varje besvarat krav når sin målnivå eller högre.
dash-gap-open = Öppna kravet i genomgången
dash-gap-detail = { $strength }: nivå { $current } → målnivå { $target }

## Färdplanens faser
phase-first = inom 3 månader
phase-second = om 3–12 månader
phase-later = efter 12 månader
dash-team = Kollegernas framsteg
dash-team-open = Lämna ut och ta tillbaka…
