# report
# Mognadsrapportens egna ord (src/report/maturity) och textutskriften från `mim-assistant score`.
# SHALL, SHOULD och MAY är termer från RFC 2119 och översätts inte.
# {"\u00AD"} är ett mjukt bindestreck: ordet avstavas där bara när det annars inte får plats i
# en smal tabellkolumn.

report-date-style = words
report-binding-notice = Den engelska originaltexten till MIM:arna är bindande. Titlarna i ISO/IEC 27001 är projektets egen översättning och ges endast som vägledning; standardens egna titlar gäller. NIS2 och genomförandeförordning (EU) 2024/2690 återges med de termer som används i deras officiella svenska språkversion.

## Metadata och sidhuvud
report-title = Mognadsrapport — { $organisation }
report-subject = Självskattning mot { $frameworks } — omgång { $round }, { $date }
report-keyword-maturity = mognad
report-header = { $organisation } — mognadsrapport, { $date }

## Gemensamma delar
report-none = Inga.
report-counts = { $answered } besvarade, { $na } ej tillämpliga, { $open } öppna
report-level = nivå { $level }
report-not-applicable = ej tillämpligt
report-not-answered = ej besvarat
report-no-gaps = Inget besvarat krav ligger under sin målnivå.
report-all-frameworks = Alla ramverk

## Försättsblad
report-cover-kicker = MIM Assistant · mognadsrapport
report-cover-title = Mognadsrapport: { $organisation }
report-cover-title-short = Mognadsrapport
report-fact-organisation = Organisation
report-fact-place = Ort
report-fact-assessor = Bedömare
report-fact-date = Datum
report-fact-round = Omgång
report-fact-frameworks = Ramverk
report-fact-scale = Skala
report-fact-profile = Målprofil
report-fact-program = Program
report-fingerprint = Bedömningens fingeravtryck (SHA-256 av dess kanoniska innehåll): { $fingerprint }

## I korthet (sammanfattningen på en sida)
report-glance-title = I korthet
report-glance-band = { report-glance-title } — { $organisation }, omgång { $round }, { $date }
report-glance-unjudged = { $organisation } når en medelnivå på { $mean }; skalan eller målprofilen som bedömningen anger är inte inläst, så ingen målnivå kan bedömas.
report-glance-below-key = { $count ->
    [one] 1 nyckelåtgärd ligger
   *[other] { $count } nyckelåtgärder ligger
} under lägstanivån { $min }
report-glance-below-overall = det samlade resultatet { $mean } ligger under de { $min } som krävs
report-glance-reached = { $organisation } når sin målprofil: alla krav är besvarade och alla lägstanivåer är uppfyllda.
report-glance-not-reached = { $organisation } når inte sin målprofil: { $below }.
report-glance-not-reached-so-far = { $organisation } når hittills inte sin målprofil: { $below }, och { $open }.
report-glance-incomplete = Om { $organisation } når sin målprofil är ännu inte känt: inget ligger under en lägstanivå hittills, men { $open }.
report-glance-open = { $count ->
    [one] 1 krav är ännu inte besvarat
   *[other] { $count } krav är ännu inte besvarade
}
report-glance-open-one-key = 1 krav, en nyckelåtgärd, är ännu inte besvarat
report-glance-open-with-key = { $count } krav (varav { $key ->
    [one] 1 nyckelåtgärd
   *[other] { $key } nyckelåtgärder
}) är ännu inte besvarade
report-card-overall = Samlat resultat
report-card-overall-detail = medelnivå av högst { $high }; målprofilen kräver minst { $min } totalt
report-card-completeness = Fullständighet
report-card-done = { $done } av { $total } klara
report-card-with-na = { $text }, { $na ->
    [one] 1 ej tillämpligt
   *[other] { $na } ej tillämpliga
}
report-card-key = Uppfyllda nyckelåtgärder
report-card-key-detail = { $below } under lägstanivån, { $open } obesvarade
report-card-verdict = Mot målnivån
report-card-gaps = { $count ->
    [one] 1 brist att åtgärda
   *[other] { $count } brister att åtgärda
}
report-card-gaps-open-requirements = { $gaps }; { $open ->
    [one] 1 krav ännu obesvarat
   *[other] { $open } krav ännu obesvarade
}
report-card-gaps-open-key = { $gaps }; { $open ->
    [one] 1 nyckelåtgärd ännu obesvarad
   *[other] { $open } nyckelåtgärder ännu obesvarade
}
report-verdict-reached = Uppnådd
report-verdict-not-reached = Inte uppnådd
report-verdict-not-reached-so-far = Inte uppnådd hittills
report-verdict-incomplete = Ännu inte känt
report-heat-heading = Svar per ramverk och nivå
report-heat-corner = Ramverk
report-heat-level = Nivå { $level }
report-heat-na = Ej till{"\u00AD"}ämpligt
report-heat-open = Öppna
report-heat-rest = och { $count ->
    [one] 1 ramverk till
   *[other] { $count } ramverk till
}, sammanlagt
report-heat-levels = Nivåer: { $names }.
report-heat-legend = Varje cell räknar ett ramverks krav på den nivån. Stapeln under varje rubrik har nivåns färg (rött för den lägsta, via gult, till grönt för den högsta); ju mörkare en cells färg är, desto större är dess andel av raden. Grått: ej tillämpligt; blågrått: ännu inte besvarat.
report-urgent-heading = De mest brådskande bristerna
report-urgent-more = … och { $count } till, rangordnade under ”{ $gaps }” och planerade under ”{ $roadmap }”.
report-since-heading = Sedan förra omgången
report-since-first = Det här är den första omgången: det finns ännu ingen tidigare omgång att jämföra med.
report-since-no-new = inget krav besvarades för första gången
report-since-new = { $count } krav besvarades för första gången
report-since = Jämfört med omgång { $round }: { $rose ->
    [one] 1 nivå
   *[other] { $rose } nivåer
} steg och { $fell } sjönk; { $new }.
report-since-with-lost = Jämfört med omgång { $round }: { $rose ->
    [one] 1 nivå
   *[other] { $rose } nivåer
} steg och { $fell } sjönk; { $new }, och { $lost ->
    [one] 1 är inte längre besvarat
   *[other] { $lost } är inte längre besvarade
}.
report-rose-most = Steg mest: { $list }.
report-fell-most = Sjönk mest: { $list }.

## Tabellkolumner
report-col-number = Nr
report-col-requirement = Krav
report-col-level-target = Nivå → mål
report-col-priority = Prio{"\u00AD"}ritet
report-col-phase = Fas i färdplanen
report-col-level = Nivå
report-col-name = Namn
report-col-meaning = Vad den innebär
report-col-framework = Ramverk
report-col-score = Resultat
report-col-answered = Besvarade
report-col-na = Ej till{"\u00AD"}ämpliga
report-col-open = Öppna
report-col-complete = Klart
report-col-group = Grupp
report-col-answered-na-open = Besvarade / ej tillämpliga / öppna
report-col-strength = Kravnivå
report-col-current = Nivå
report-col-target = Mål
report-col-when = När
report-col-requirement-phase = Krav · { $phase }
report-col-from-to = Från → till
report-col-point = Punkt
report-col-coverage = Täckning
report-col-theme = Tema
report-col-controls = Åtgärder
report-col-answers = Svar
report-col-from = Från
report-col-relationship = Relation
report-col-to = Till
report-col-confidence = Förtroende
report-col-mapping-set = Mappnings{"\u00AD"}uppsättning
report-col-document = Dokument
report-col-where = Webbadress
report-col-licence = Licens

## Sammanfattning
report-summary = Sammanfattning
report-summary-lead = { $organisation } når en medelnivå på { $mean } på en skala från { $low } till { $high }, över { $answered ->
    [one] 1 besvarat krav
   *[other] { $answered } besvarade krav
} av { $total } som ingår; målprofilen kräver minst { $min } totalt.
report-summary-lead-unjudged = { $organisation } når en medelnivå på { $mean } över { $answered ->
    [one] 1 besvarat krav
   *[other] { $answered } besvarade krav
}. Skalan eller målprofilen som bedömningen anger är inte inläst, så ingen målnivå kan bedömas.
report-summary-reached = Målprofilen är uppnådd: alla krav är besvarade och alla lägstanivåer är uppfyllda.
report-summary-not-reached = Målprofilen är ännu inte uppnådd: minst en nyckelåtgärd, eller det samlade resultatet, ligger under profilens lägstanivå.
report-summary-incomplete = Om målprofilen är uppnådd är ännu inte känt: några krav är fortfarande obesvarade.
report-summary-completeness = { $percent } % av kraven är besvarade eller markerade som ej tillämpliga ({ $counts }). Av de { $key } nyckelåtgärderna når { $met } lägstanivån { $min }, { $below } ligger under den och { $open } är ännu inte besvarade.
report-summary-extremes = Lägst resultat har { $lowest } ({ $low }), högst { $highest } ({ $high }).
report-summary-gaps = { $count } krav ligger under målnivån; { $first } av dem hör till färdplanens första tre månader. De mest brådskande:
report-summary-gap = { $requirement } — nivå { $level }, mål { $target }
report-summary-change = Sedan förra omgången har { $rose ->
    [one] 1 nivå
   *[other] { $rose } nivåer
} stigit och { $fell } sjunkit; { $new } krav besvarades för första gången.

## Metod och skala
report-method = Metod och skala
report-method-text = Varje krav har skattats på mognadsskalan nedan, mot en målnivå. Ett resultat är medelnivån för de besvarade kraven; krav som markerats som ej tillämpliga (med motivering) räknas inte med, och obesvarade krav räknas som öppna, aldrig som noll. Varje nyckelåtgärd måste på egen hand nå profilens lägstanivå.
report-method-scale = Skala: { $name }
report-method-profile = Målprofil: { $name }
report-fact-targets = Målnivåer
report-targets = SHALL { $shall }, SHOULD { $should }, MAY { $may } (på profilens skala { $scale })
report-fact-minimums = Lägstanivåer
report-minimums = varje nyckelåtgärd { $key }, totalt { $overall }
report-roadmap-rule-heading = Färdplanens regel
report-roadmap-rule = SHALL-krav som ligger två eller fler nivåer under målnivån kommer först (0–3 månader); övriga SHALL-brister och SHOULD-brister på två eller fler nivåer följer (3–12 månader); allt annat planeras in från och med 12 månader.

## Resultat och radardiagram
report-scores = Resultat
report-bars-note = Staplarna visar medelnivån; strecket är målprofilens samlade lägstanivå ({ $min }).
report-radar = Radardiagram
report-radar-text = Varje eker är ett ramverk eller en förmåga; den fyllda ytan är den uppnådda medelnivån (en eker utan svar har ingen punkt, i stället för en punkt i mitten), den streckade linjen målprofilens samlade lägstanivå.

## Brister och färdplan
report-gaps = Brister mot målnivån
report-gaps-text = Rangordnade efter prioritet: bristen i nivåer gånger vikten för kravets kravnivå (SHALL 3, SHOULD 2, MAY 1). Etiketten anger i vilken fas av färdplanen bristen ska åtgärdas.
report-roadmap = Färdplan
report-phase-first = 0–3 månader
report-phase-second = 3–12 månader
report-phase-later = från 12 månader
report-phase-first-asks = åtgärda först
report-phase-second-asks = planera därefter
report-phase-later-asks = senare
report-band = { $phase } ({ $count } krav) — { $asks }

## NIS2 och ISO/IEC 27001 bilaga A
report-nis2 = Täckning av NIS2 art. 21(2)
report-nis2-assessed = NIS2 ingår i den här bedömningen: nivåerna är bedömningens egna svar.
report-nis2-derived = NIS2 har inte bedömts direkt. Varje punkt nedan härleds från svaren via mappningarna: ett likvärdigt eller bredare krav för över sin nivå (täckt); ett snävare eller överlappande krav täcker punkten högst delvis. Härledda värden är markerade med ”(härlett)”.
report-nis2-mixed = Punkter som ingår i bedömningen visar bedömningens egna svar. Övriga härleds från svaren via mappningarna: ett likvärdigt eller bredare krav för över sin nivå (täckt); ett snävare eller överlappande krav täcker punkten högst delvis. Härledda värden är markerade med ”(härlett)”.
report-nis2-none = Ingen punkt i art. 21(2) ingår i bedömningen eller mappas från ett krav som ingår.
report-covered-level = täckt, nivå { $level } (härlett)
report-coverage-covered = täckt (härlett)
report-coverage-partly = delvis täckt (härlett)
report-coverage-not-covered = inte täckt (härlett)
report-coverage-from = { $value }; från { $sources }
report-annex-a = ISO/IEC 27001 bilaga A
report-annex-a-assessed = Bilaga A tema för tema, utifrån bedömningens egna svar.
report-annex-a-derived = ISO/IEC 27001 har inte bedömts direkt; åtgärderna räknas som täckta eller delvis täckta via mappningarna (härlett).
report-annex-a-counts = { $covered } täckta, { $partly } delvis, { $missing } inte täckta (härlett)

## Krav för krav
report-details = Krav för krav
report-details-text = Varje krav som ingår, med nivå, målnivå, anteckningar och underlag, i läsordning.
report-not-applicable-reason = ej tillämpligt: { $reason }
report-strength-line = { $strength } · { $level } · mål { $target }
report-strength-line-secondary = { $strength } · { $level } · mål { $target } · endast sekundärkälla
report-strength-inferred = { $keyword } (vår tolkning)
report-covers = Vad det omfattar ({ $met } av { $total } uppfyllda):
report-notes = Anteckningar: { $notes }
report-answered-by = Besvarat av { $name } den { $date }, infört från deras del.
report-evidence = Underlag:

## Mappningar
report-mappings = Bilaga: mappningar
report-mappings-text = Relationerna (NIST IR 8477) mellan krav som ingår och andra krav, så som katalogerna anger dem; täckningen ovan härleds från dessa.
report-relationship-equal = Likvärdigt med
report-relationship-subset = Del av
report-relationship-superset = Täcker hela
report-relationship-intersects = Överlappar med
report-confidence-high = hög
report-confidence-medium = medel
report-confidence-low = låg
report-confidence-derived = { $confidence }, härledd

## Källor och upphovsangivelser
report-sources = Bilaga: källor och upphovsangivelser
report-secondary-heading = Krav som bygger på en sekundärkälla
report-secondary-text = Per bedömt ramverk: hur många krav som bara är kända från en sekundärkälla (en kopia av utgivarens text från tredje part, till exempel MIMs-häftet eller en maskinläsbar kopia av en förordning); de är markerade med ”endast sekundärkälla” i bilagan och bör stämmas av mot utgivarens text (OASC, EUR-Lex) innan man förlitar sig på formuleringen.
report-secondary-none = { $framework }: inga
report-secondary-count = { $framework }: { $count } av { $total } krav
report-credits = Upphovsangivelser
report-own-words = Kravtexter, frågor och vägledning är MIM Assistants egna formuleringar av källorna ovan; identifierare, titlar och nummer kommer från källorna.
report-custom-words = Texterna i { $frameworks } kommer från en katalog som lagts till i den här installationen (importerad från ett annat format eller skriven av organisationen), inte från MIM Assistant: de är källans egna ord, och fält som källan saknar skapades vid importen, som varje kravs anteckningar säger.

## Underskrifter (sista avsnittet): rader att fylla i för hand
report-signoff = Underskrifter
report-signoff-intro = Med sin underskrift intygar bedömaren att svaren beskriver organisationen som den var { $date }; den som godkänner rapporten ställer sig bakom den och dess färdplan.
report-signoff-assessor = Bedömd av
report-signoff-approver = Godkänd av (till exempel CISO eller nämnden)
report-signoff-name = Namn
report-signoff-role = Befattning
report-signoff-date = Datum
report-signoff-signature = Underskrift
## `mim-assistant score` (textutskrift; --json är oförändrad)
report-score-heading = { $organisation } ({ $place }) — omgång { $round }, { $date }
report-score-scale = Skala { $scale } ({ $min }–{ $max }); målprofil: { $profile } (varje nyckelåtgärd ≥ { $key }, totalt ≥ { $overall })
report-score-col-framework = ramverk
report-score-col-mean = medel
report-score-col-answered = besvarade
report-score-col-unanswered = obesvarade
report-score-col-na = ej tillämpl.
report-score-col-complete = klart
report-score-overall = totalt
report-score-key-measures = Nyckelåtgärder: { $total } — { $met } uppfyllda, { $below } under { $min }, { $open } obesvarade, { $na } ej tillämpliga
report-score-verdict-reached = uppnådd
report-score-verdict-not-reached = INTE uppnådd
report-score-verdict-incomplete = ännu inte avgjort (obesvarade nyckelåtgärder)
report-score-verdict = Utfall mot ”{ $profile }”: { $verdict }
report-score-gaps = Största brister (av { $count }):
report-score-priority = prioritet
report-score-rule = Färdplanens regel: { $rule }
report-score-derived = Härlett via mappningar (inte bedömt direkt):
report-score-derived-line = { $covered } täckta, { $partly } delvis täckta, { $missing } inte täckta (härlett)
report-score-since = Sedan omgång { $round }: { $rose } steg, { $fell } sjönk, { $new } nyligen besvarade, { $lost } inte längre besvarade
report-score-rose = Steg
report-score-fell = Sjönk
report-score-more = { $list } och { $count } till
report-score-unknown = { $count } svar gäller krav som inte finns i de inlästa katalogerna; de behålls: { $ids }
