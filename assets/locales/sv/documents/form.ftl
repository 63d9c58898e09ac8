# Anbudsgivarnas svarsformulär: bladen, raderna om upphandlingen, kolumnrubrikerna, svarsvärdena
# och anvisningarna, på upphandlingens språk. Ett ifyllt formulär läses in med dessa ord och med de
# engelska, så att ett formulär som skrevs innan det översattes fortfarande går att läsa in.

## Blad, raderna om upphandlingen, kolumnrubrikerna
form-sheet-response = Svar
form-sheet-instructions = Anvisningar
form-label-bidder = Anbudsgivare
form-label-reference = Diarienummer
form-label-tender = Upphandling
form-title = Svarsformulär — { $title } ({ $reference })
form-doc-comment = Svarsformulär skapat med MIM Assistant
form-col-number = Nr
form-col-id = Krav-id
form-col-title = Rubrik
form-col-requirement = Krav
form-col-modality = SKA/BÖR
form-col-weight = Vikt
form-col-proof = Bevismedel
form-col-response = Svar
form-col-evidence = Hänvisning till underlag
form-col-comment = Kommentar

## Vad varje kolumn innehåller, för bladet med anvisningar och för bilagan
form-col-number-explanation = Kravets nummer i bilagan.
form-col-id-explanation = Kravets beteckning (ramverk och nummer).
form-col-title-explanation = Kravets korta rubrik.
form-col-requirement-explanation = Kravet så som det är formulerat i bilagan.
form-col-modality-explanation = SKA: obligatoriskt; ett anbud som inte uppfyller kravet utesluts. BÖR: ett tilldelningskriterium.
form-col-weight-explanation = Poäng av 100 för ett BÖR-krav; ”ej viktat” för ett SKA-krav.
form-col-proof-explanation = Det som den upphandlande myndigheten kommer att kontrollera.
form-col-response-explanation = Välj ett av svaren ”{ $meets }”, ”{ $equivalent }” eller ”{ $not }”.
form-col-evidence-explanation = Var underlaget finns: en webbadress, ett dokument med sidnummer, ett testkonto. Krävs vid ”{ $meets }” och ”{ $equivalent }”.
form-col-comment-explanation = Det som utvärderarna behöver veta; vid ”{ $equivalent }” vad som erbjuds i stället och varför det är likvärdigt (krävs).

## Värdena i beskrivningskolumnerna och i svarslistan
form-must = SKA
form-should = BÖR
form-pass-fail = ej viktat
form-proof-self-declaration = Egen försäkran
form-proof-documentation = Dokumentation
form-proof-certificate = Certifikat
form-proof-demonstration = Demonstration
form-proof-test = Test
form-response-meets = Uppfyller
form-response-equivalent = Uppfyller genom likvärdig lösning
form-response-not = Uppfyller inte
form-quoted = ”{ $text }”
form-equivalent-sentence = Varje standard eller specifikation som nämns här får uppfyllas med en likvärdig lösning; anbudsgivaren visar likvärdigheten.
form-unknown-requirement = (kravet { $id } finns inte i de inlästa katalogerna)

## Raden med anvisning på svarsbladet och listan med svar
form-hint-xlsx = Fyll i de markerade cellerna: ert namn i { $cell } samt { $response }, { $evidence } och { $comment } för varje krav. Bladet ”{ $instructions }” förklarar varje kolumn.
form-hint-csv = Fyll i anbudsgivarens namn ({ $cell }) och för varje krav { $response } ({ $choices }), { $evidence } och { $comment }. Lägg inte till, ta inte bort och flytta inte rader eller kolumner; spara som CSV UTF-8.
form-list-title = Svar
form-list-message = Välj ett: { $choices }.
form-list-error-title = Inget giltigt svar
form-list-error = Svaret ska vara ett av { $choices }.

## Bladet med anvisningar
form-how-title = Så fyller ni i svarsformuläret
form-steps = Steg
form-step-name = Skriv ert företags namn i cell { $cell } på bladet ”{ $sheet }”.
form-step-rows = Fyll för varje krav (en rad per krav, från rad { $row }) i de markerade kolumnerna { $response }, { $evidence } och { $comment }. De övriga kolumnerna beskriver kravet och är låsta.
form-step-values = Skriv in varje värde; använd inga formler.
form-step-layout = Lägg inte till, ta inte bort och flytta inte rader eller kolumner, och byt inte namn på bladet: den upphandlande myndighetens program läser formuläret utifrån dess uppställning och avvisar ett ändrat formulär.
form-step-save = Spara filen som en Excel-arbetsbok (.xlsx). Bladet ”{ $sheet }” sparat som CSV i UTF-8 (”CSV UTF-8”) godtas också.
form-the-columns = Kolumnerna
form-you-fill = Ni fyller i den.
form-buyer-fills = Ifylld av den upphandlande myndigheten; låst.
form-the-responses = Svaren
form-meets-meaning = Anbudet uppfyller kravet så som det är formulerat. Ange hänvisningen till underlag.
form-equivalent-meaning = Anbudet uppfyller kravet genom en likvärdig lösning (en annan standard eller lösning). Det räknas först när den upphandlande myndigheten godtar likvärdigheten. Förklara i kolumnen { $comment } vad som erbjuds i stället och varför det är likvärdigt (krävs), och ange hänvisningen till underlag.
form-not-meaning = Anbudet uppfyller inte kravet. För ett SKA-krav innebär det att anbudet utesluts; för ett BÖR-krav ger det inga poäng.
form-evaluation = Utvärdering
form-rule-must = Ett anbud som inte uppfyller ett SKA-krav utesluts, oavsett poäng.
form-rule-should = Ett BÖR-krav ger sin vikt (poäng av 100) när det är uppfyllt; ”{ $equivalent }” ger vikten först när den upphandlande myndigheten godtar likvärdigheten.
form-rule-unread = Ett formulär med ett tomt eller okänt svar, en saknad hänvisning till underlag eller en ändrad beskrivning skickas tillbaka oläst.
