# Utvärderingen av anbud (src/report/evaluation): det underlag som utvärderingsgruppen beslutar om.

## Metadata och titelblock
eval-name = Utvärdering av anbud
eval-subject = Utvärdering av { $count ->
    [one] 1 anbud
   *[other] { $count } anbud
} i
eval-keywords = upphandling, utvärdering, offentlig upphandling, direktiv 2014/24/EU
eval-header = utvärdering av anbud
eval-kicker = Utvärderingsrapport för utvärderingsgruppen
eval-fact-issued = Upphandlingsdatum
eval-fact-made = Rapportdatum
eval-fact-bids = Utvärderade anbud
eval-fact-items = Krav
eval-fact-program = Program
eval-item-summary = { $items } krav: { $musts } SKA-krav (obligatoriska) och { $shoulds } BÖR-krav (viktade, sammanlagt { $total } poäng)
eval-binding-notice = Den engelska originaltexten till MIM är bindande. Titlarna ur ISO/IEC 27001 återges i projektets egen översättning och endast som referens. NIS2 och genomförandeförordning (EU) 2024/2690 citeras med de termer som används i deras officiella svenska språkversion.

## Ord som används i hela rapporten
eval-none = Inga.
eval-of = { $part } av { $whole }
eval-item-ref = krav { $number }, { $name }
eval-items-list = { $count ->
    [one] krav { $list }
   *[other] kraven { $list }
}
eval-must = SKA
eval-should-weight = BÖR { $weight }
eval-pass = Uppfyllt
eval-fail = Ej uppfyllt
eval-pending = Avvaktar
eval-equiv-accepted = { $outcome } (likv. godtagen)
eval-equiv-rejected = { $outcome } (likv. underkänd)
eval-equiv-undecided = { $outcome } (likv. ej prövad)
eval-status-compliant = Uppfyller alla SKA-krav
eval-status-excluded = Uteslutet (uppfyller inte { $items })
eval-status-undecided = Öppet: likvärdighet att pröva för { $items }
eval-response-meets = Uppfyller
eval-response-equivalent = Uppfyller genom likvärdig lösning
eval-response-does-not-meet = Uppfyller inte
eval-decision-not-claimed = inte åberopad
eval-decision-accepted = Godtagen
eval-decision-rejected = Underkänd
eval-decision-undecided = Inte prövad ännu
eval-col-no = Nr
eval-col-item = Krav
eval-col-bidder = Anbudsgivare
eval-col-rank = Plats
eval-col-musts-met = Uppfyllda SKA-krav
eval-col-points = Poäng
eval-col-status = Status

## 1. Sammanfattning
eval-summary = 1. Sammanfattning
eval-no-bids = Inga anbud har utvärderats.
eval-lead-undecided = Inget anbud kan rangordnas ännu: inget anbud uppfyller alla SKA-krav utan att någon åberopad likvärdighet återstår att pröva.
eval-lead-none = Inget anbud uppfyller alla SKA-krav, så inget anbud rangordnas.
eval-lead-one = Anbudet från { $bidder } kommer på första plats med { $points } poäng.
eval-lead-many = Anbuden från { $bidders } delar första platsen med { $points } poäng vardera.
eval-provisional = Rangordningen är preliminär: { $count ->
    [one] 1 åberopad likvärdighet
   *[other] { $count } åberopade likvärdigheter
} återstår att pröva (se nedan och avsnitt 5).
eval-part-compliant = { $count } uppfyller alla SKA-krav
eval-part-undecided = { $count } väntar på beslut om en likvärdighet
eval-part-excluded = { $count ->
    [one] 1 är uteslutet
   *[other] { $count } är uteslutna
}
eval-evaluated = { $count } anbud har utvärderats: { $parts }.
eval-why-rejected = likvärdighet åberopad och underkänd
eval-why-does-not-meet = svaret ”{ $response }”
eval-excluded = Anbudet från { $bidder } är uteslutet. Det uppfyller inte:
eval-undecided = Anbudet från { $bidder } är inte rangordnat ännu: det åberopar likvärdighet för { $count ->
    [one] ett SKA-krav
   *[other] { $count } SKA-krav
} som utvärderingsgruppen ännu inte har prövat. Hittills har det { $points } poäng.
eval-open-should = En åberopad likvärdighet för ett BÖR-krav ger inga poäng förrän den har godtagits, så följande poäng kan fortfarande ändras:

## 2. Rangordning
eval-ranking = 2. Rangordning
eval-ranking-intro = Endast anbud som uppfyller alla SKA-krav rangordnas. De övriga anbudens poäng visas för kännedom.

## 3. Metod
eval-method = 3. Utvärderingsmetod
eval-rule-must = Varje SKA-krav är antingen uppfyllt eller inte. Svaret ”{ $response }” innebär att kravet inte är uppfyllt, och detsamma gäller en likvärdighet som utvärderingsgruppen har underkänt. Ett enda ej uppfyllt SKA-krav innebär att anbudet utesluts.
eval-rule-should = Ett uppfyllt BÖR-krav ger hela sin vikt i poäng, ett ej uppfyllt inga poäng. Vikterna, som anges i upphandlingens bilaga, blir sammanlagt { $total } poäng.
eval-rule-equivalent = Svaret ”{ $response }” räknas som uppfyllt när utvärderingsgruppen har godtagit likvärdigheten och som ej uppfyllt när den har underkänt den. Till dess att likvärdigheten är prövad står ett SKA-krav öppet, vilket håller anbudet utanför rangordningen, och ett BÖR-krav ger inga poäng.
eval-rule-unanswered = Ett krav som lämnats obesvarat räknas som ej uppfyllt.
eval-rule-ranking = Anbud som uppfyller alla SKA-krav rangordnas efter poäng, högst först; anbud med lika många poäng delar plats.
eval-rule-sources = Svaren är hämtade ur anbudsgivarnas svarsformulär (avsnitt 7); besluten om likvärdighet är de som har registrerats i upphandlingens fil (avsnitt 5).

## 4. Krav för krav
eval-matrix = 4. Krav för krav
eval-matrix-intro = En rad per krav och en kolumn per anbud, i rangordning. För SKA-krav anges { $pass }, { $fail } eller { $pending }; för BÖR-krav anges de poäng som har uppnåtts av kravets vikt. Svar som har lämnats som ”{ $response }” är markerade med hur likvärdigheten har prövats.
eval-matrix-bid = Anbud { $from } av { $total }
eval-matrix-bids = Anbud { $from }–{ $to } av { $total }
eval-col-modality = SKA / vikt
eval-rank-excluded = uteslutet
eval-rank-not-yet = ej rangordnat ännu

## 5. Åberopad likvärdighet
eval-claims = 5. Åberopad likvärdighet
eval-offered-nothing = (ingen kommentar och inget underlag angivet)
eval-offered-evidence = Underlag: { $evidence }
eval-no-reason = (ingen motivering registrerad)
eval-no-claims = Inget anbud har besvarat något krav med ”{ $response }”.
eval-claims-intro = Varje svar ”{ $response }”, med vad anbudsgivaren erbjuder i stället och utvärderingsgruppens beslut så som det har registrerats i upphandlingens fil.
eval-col-offered = Vad anbudsgivaren erbjuder
eval-col-decision = Beslut
eval-col-reason = Motivering
eval-stray-accepted = godtagen
eval-stray-rejected = underkänd
eval-stray = Följande beslut i upphandlingens fil motsvarar ingen likvärdighet som har åberopats i de inlästa formulären (eller fattades om ett tidigare formulär från anbudsgivaren) och har därför inte använts. Kontrollera anbudsgivarens namn så som det står i formuläret:

## 6. Anbud för anbud
eval-details = 6. Anbud för anbud
eval-details-intro = Alla svar i varje anbud, i rangordning, så som de står i anbudsgivarens formulär.
eval-not-ranked = ej rangordnat
eval-fact-form = Inläst formulär
eval-no-form = Formuläret som anbudet utvärderades utifrån fanns inte med när rapporten skrevs, så underlag och kommentarer kan inte visas.
eval-no-answer = (inget svar)
eval-col-response = Svar
eval-col-evidence = Hänvisning till underlag
eval-col-comment = Kommentar
eval-col-result = Resultat

## 7. Inlästa filer
eval-files = 7. Inlästa filer
eval-files-intro = De svarsformulär som utvärderingen bygger på. Fingeravtrycket är filens SHA-256-kontrollsumma: en fil som ger samma fingeravtryck är exakt den fil som lästes in.
eval-col-file = Fil
eval-col-fingerprint = SHA-256-fingeravtryck
eval-files-note = Krav { $items } i upphandlingen ”{ $title }”; kravtexterna finns i upphandlingens bilaga.
