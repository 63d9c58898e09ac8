# Kravbilagan till upphandlingen och det som upphandlingsdokumenten har gemensamt (metadata,
# titelblock och sammanfattningen av kraven, som utvärderingsrapporten också använder), på
# upphandlingens språk.

## Metadata, titelblock och sammanfattning av kraven
annex-doc-name = Kravbilaga
annex-doc-subject = Krav, svarsanvisningar och utvärderingsregler för
annex-doc-subject-of = { $subject } upphandlingen ”{ $title }”{ $reference }
annex-doc-keywords = upphandling, offentlig upphandling, direktiv 2014/24/EU, MIM, OASC
annex-doc-header = bilaga: krav och svar
annex-tender-line = Upphandling: { $title }
annex-fact-buyer = Myndighet
annex-fact-reference = Diarienummer
annex-item-summary = { $items } krav: { $musts } SKA (obligatoriska) och { $shoulds } BÖR (viktade, sammanlagt { $points } poäng)
annex-binding-notice = Bindande är MIM-kravens engelska originaltexter; översättningen är ett hjälpmedel. Rubrikerna ur ISO/IEC 27001 återges i MIM Assistants egen översättning och endast som upplysning. NIS2-direktivet och genomförandeförordning (EU) 2024/2690 citeras med termerna i deras officiella svenska språkversion.

## 1. Inledning
annex-kicker = Bilaga till upphandlingsdokumenten
annex-title = Krav och anvisningar för svar
annex-fact-date = Datum
annex-fact-questions = Frågor till
annex-fact-items = Krav
annex-fact-answer = Svara i
annex-fact-answer-value = svarsformuläret, bladet ”{ $sheet }” (se avsnitt 2)
annex-h-introduction = Inledning
annex-intro = Denna bilaga ingår i upphandlingsdokumenten för upphandlingen ”{ $title }” som genomförs av { $buyer }. Den anger vad den erbjudna lösningen, och i vissa fall anbudsgivaren, ska eller bör uppfylla, hur svarsformuläret fylls i och hur svaren utvärderas.
annex-intro-reference = Denna bilaga ingår i upphandlingsdokumenten för upphandlingen ”{ $title }” som genomförs av { $buyer }, diarienummer { $reference }. Den anger vad den erbjudna lösningen, och i vissa fall anbudsgivaren, ska eller bör uppfylla, hur svarsformuläret fylls i och hur svaren utvärderas.
annex-no-items = Upphandlingen har inga krav ännu.
annex-intro-counts = Bilagan har { $items } numrerade krav; svarsformuläret och utvärderingen använder samma nummer. { $musts ->
    [one] Det enda SKA-kravet är obligatoriskt: ett anbud som inte uppfyller det utesluts.
   *[other] De { $musts } SKA-kraven är obligatoriska: ett anbud som inte uppfyller ett av dem utesluts.
} { $shoulds ->
    [one] Det enda BÖR-kravet är ett tilldelningskriterium som ger poäng, sammanlagt { $points }.
   *[other] De { $shoulds } BÖR-kraven är tilldelningskriterier som ger poäng, sammanlagt { $points }.
}
annex-intro-frameworks = Kraven är hämtade ur de publicerade ramverken nedan, i de versioner som anges. Kravtexterna är formulerade för denna upphandling; beteckningarna (till exempel mim6:R1) är ramverkens egna.
annex-not-loaded = { $id } (finns inte i de inlästa katalogerna)
annex-unknown-version = okänd
annex-col-framework = Ramverk
annex-col-version = Version som används
annex-col-items = Krav

## 2. Så här svarar ni
annex-h-how = Så här svarar ni
annex-how-intro = Svara i det svarsformulär som hör till denna bilaga. Det är ett kalkylark med två blad: ”{ $instructions }” upprepar det viktigaste i detta avsnitt, och på ”{ $response }” lämnar ni era svar.
annex-column-named = { $title } ({ $letter })
annex-columns-span = kolumnerna { $first } till { $last }
annex-column-single = kolumn { $column }
annex-columns-description = beskrivningskolumnerna
annex-check = Kontrollera att cellerna { $first } och { $second } visar denna upphandling: ”{ $title }”.
annex-check-reference = Kontrollera att cellerna { $first } och { $second } visar denna upphandling: diarienummer { $reference } och ”{ $title }”.
annex-questions-default = den kontaktperson som anges i upphandlingsdokumenten
annex-step-name = Skriv er organisations namn i cell { $cell } (”{ $label }”) på bladet ”{ $sheet }”. Använd det namn som ni lämnar anbudet under: utvärderingen hänvisar till ert anbud med det namnet.
annex-step-rows = Från rad { $row } finns en rad per krav, numrerad som i denna bilaga. Besvara varje krav i kolumnerna { $columns } och skriv in varje värde (inga formler). Ett formulär med ett tomt eller okänt svar, en saknad hänvisning till underlag, ett ”{ $equivalent }” utan kommentar eller en ändrad kravbeskrivning kan inte läsas in och skickas tillbaka oläst till anbudsgivaren.
annex-step-locked = Ändra inte { $locked }, lägg inte till, ta inte bort och flytta inte rader eller kolumner, och byt inte namn på bladen. Beskrivningarna är låsta: den upphandlande myndigheten läser in formuläret med ett program som kontrollerar dem mot denna bilaga.
annex-step-return = Lämna det ifyllda formuläret tillsammans med ert anbud före den sista anbudsdag som anges i upphandlingsdokumenten, som en Excel-arbetsbok (.xlsx); bladet ”{ $sheet }” sparat som ”CSV UTF-8” godtas också. Skicka frågor om denna bilaga till { $contact }.
annex-h-columns = Kolumnerna på bladet ”{ $sheet }”
annex-columns-row = Kolumnrubrikerna står på rad { $row }.
annex-col-column = Kolumn
annex-col-heading = Rubrik
annex-col-filled-by = Fylls i av
annex-col-contains = Innehåll
annex-filled-you = Anbudsgivaren
annex-filled-buyer = Myndigheten (låst)
annex-h-responses = De tre svaren
annex-responses-intro = Ge exakt ett av dessa svar för varje krav, skrivet så som här.
annex-meets-meaning = Den erbjudna lösningen uppfyller kravet så som det är formulerat.
annex-equivalent-meaning = Den erbjudna lösningen uppfyller kravet på annat sätt, till exempel genom en annan standard, som ni visar är likvärdigt. Kravet räknas som uppfyllt när den upphandlande myndigheten godtar likvärdigheten (avsnitt 3).
annex-not-meaning = Den erbjudna lösningen uppfyller inte kravet. För ett SKA-krav innebär det att anbudet utesluts; ett BÖR-krav ger inga poäng.
annex-required = Krävs
annex-optional = Frivillig
annex-not-needed = Behövs inte
annex-equivalent-comment = Krävs: vad ni erbjuder i stället och varför det är likvärdigt
annex-col-meaning = Innebörd
annex-h-evidence = Underlag
annex-evidence-intro = Ange i ”{ $evidence }” exakt var utvärderarna hittar underlaget: en webbadress, ett dokument med sida eller avsnitt, eller inloggningsuppgifterna till ett testkonto. Underlaget ska vara av det slag som kravets kolumn ”{ $proof }” anger:
annex-col-checks = Vad utvärderarna kontrollerar
annex-proof-self-declaration = Er egen undertecknade försäkran om att kravet är uppfyllt.
annex-proof-documentation = Dokument som visar det: policyer, rutiner, arkitekturbeskrivningar, gränssnittsbeskrivningar.
annex-proof-certificate = Ett certifikat som utfärdats av ett ackrediterat organ.
annex-proof-demonstration = En demonstration av lösningen inför utvärderarna.
annex-proof-test = Ett test som utförs av den upphandlande myndigheten eller av en tredje part.

## 3. Så utvärderas anbuden
annex-h-evaluation = Så utvärderas anbuden
annex-rule-must = SKA-krav är obligatoriska. Ett anbud uppfyller inte ett krav när svaret är ”{ $not }” eller när anbudsgivaren åberopar en likvärdig lösning som den upphandlande myndigheten inte godtar. Ett anbud som inte uppfyller ens ett enda SKA-krav utesluts, oavsett poäng.
annex-rule-no-should = Denna bilaga har inga BÖR-krav och ger därför inga poäng.
annex-rule-should = BÖR-krav är tilldelningskriterier. Ett anbud som uppfyller ett BÖR-krav får kravets hela vikt; annars får det inga poäng för kravet men utesluts inte, oavsett vilket verb kravtexten använder (ett ”ska” anger där vad som ger poängen). { $count ->
    [one] Vikten är { $total } poäng; den redovisas i avsnitt { $section }.
   *[other] De { $count } vikterna blir sammanlagt { $total } poäng; de redovisas i avsnitt { $section }.
}
annex-rule-equivalent = ”{ $equivalent }” räknas som uppfyllt när den upphandlande myndigheten har godtagit likvärdigheten, bedömd utifrån det underlag och den kommentar som lämnats. En likvärdighet som inte godtas räknas som ”{ $not }”.
annex-rule-rank = Anbud som uppfyller alla SKA-krav rangordnas efter sina poäng, högst först; anbud med lika många poäng delar placering.
annex-rule-proof = Utvärderarna kontrollerar varje svar mot kravets bevismedel.

## Kraven, ”eller likvärdigt”, klausulerna, tilldelningskriterierna
annex-col-no = Nr
annex-col-id = Id
annex-col-requirement = Krav
annex-col-clause = Klausul
annex-col-modality = SKA / BÖR
annex-col-weight = Vikt
annex-col-placement = Var det hör hemma
annex-h-requirements = Krav
annex-items = { $count ->
    [one] krav { $list }
   *[other] kraven { $list }
}
annex-requirements-intro = Tabellen visar { $items } med den kravtext som gäller. ”{ $placement }” anger den del av upphandlingsdokumenten som kravet hör till.
annex-requirements-clauses = De gemensamma klausulerna, { $items }, finns i avsnitt { $section }.
annex-requirements-articles = Artikelnumren avser direktiv 2014/24/EU.
annex-place-specification = Teknisk specifikation (art. 42)
annex-place-selection = Kvalificeringskrav (art. 58)
annex-place-award = Tilldelningskriterier (art. 67)
annex-place-contract = Avtalsvillkor (art. 70)
annex-place-acceptance = Leveransprov
annex-place-specification-meaning = Ett minimikrav på den erbjudna lösningen.
annex-place-selection-meaning = Ett minimikrav som anbudsgivaren själv ska visa att den uppfyller, om dess förmåga att fullgöra kontraktet.
annex-place-award-meaning = Ett kriterium som ger poäng, med den vikt som publiceras i denna bilaga.
annex-place-contract-meaning = Ett villkor för hur kontraktet ska fullgöras, som ingår i avtalsutkastet.
annex-place-specification-column = Teknisk specifikation (art. 42)
annex-place-selection-column = Kvalificering (art. 58)
annex-place-award-column = Tilldelning (art. 67)
annex-place-contract-column = Avtalsvillkor (art. 70)
annex-place-acceptance-column = Leveransprov
annex-place-acceptance-meaning = Kontrolleras på nytt när lösningen levereras, innan den upphandlande myndigheten godkänner den.
annex-h-equivalent = ”Eller likvärdigt”
annex-equivalent-none = Inget krav i denna bilaga är markerat med formuleringen ”eller likvärdigt”. Regeln nedan gäller ändå för varje standard, specifikation, certifikat eller märkning som ett krav nämner.
annex-equivalent-some = När ett krav nämner en standard, en specifikation, ett certifikat eller en märkning godtas en likvärdig lösning. I denna bilaga gäller det { $items }: deras text säger själv ”eller likvärdigt” eller slutar med meningen:
annex-equivalent-law = Detta följer av direktiv 2014/24/EU. Enligt artikel 42 ska varje hänvisning till en standard i en teknisk specifikation följas av orden ”eller likvärdigt”, och ett anbud får inte förkastas för att det inte följer den angivna standarden när anbudsgivaren på lämpligt sätt visar att lösningen uppfyller kravet lika väl. Enligt artikel 44 godtas även certifikat från likvärdiga organ för bedömning av överensstämmelse, och en anbudsgivare som av skäl som den inte ansvarar för inte har kunnat få ett certifikat eller en provningsrapport i tid får lämna annan lämplig bevisning, till exempel tillverkarens tekniska dokumentation.
annex-equivalent-claim = För att åberopa en likvärdig lösning svarar ni ”{ $response }”. Ange i ”{ $comment }” vad ni erbjuder i stället och varför det uppfyller kravet lika väl, och i ”{ $evidence }” var underlaget finns. Det är anbudsgivaren som ska visa likvärdigheten; den upphandlande myndigheten avgör om den godtas.
annex-h-clauses = Gemensamma klausuler
annex-clauses-intro = Dessa klausuler gäller oavsett vilken lösning som erbjuds. De kommer från { $names } och är numrerade som övriga krav; besvara dem i svarsformuläret på samma sätt. De är grupperade efter den del av upphandlingsdokumenten som de hör till.
annex-h-award = Tilldelningskriterier
annex-award-none = Denna bilaga har inga BÖR-krav och anger därför inga viktade tilldelningskriterier.
annex-award-intro = BÖR-kraven är denna bilagas tilldelningskriterier. Deras vikter publiceras här, innan anbuden lämnas, så som artikel 67 i direktiv 2014/24/EU kräver. Ett anbud som uppfyller ett krav får dess vikt; ett anbud kan som mest få { $total } poäng.
annex-col-award = Tilldelningskriterium
annex-total = Summa
annex-secondary-note = (Känt endast från en sekundär källa; se Källor och erkännanden.)

## Källor och erkännanden
annex-h-sources = Källor och erkännanden
annex-none = Inga.
annex-sources-intro = De dokument som kraven är hämtade ur:
annex-col-catalog = Ramverk
annex-col-document = Dokument
annex-col-where = Var
annex-col-licence = Licens
annex-secondary-list = Kända endast från en sekundär källa (en kopia av MIM-texten från tredje part, förtecknad ovan), att läsas tillsammans med utgivarens text där de skiljer sig åt: { $ids }.
annex-h-credits = Erkännanden
annex-worded-by = Krav- och klausultexterna är formulerade och översatta av MIM Assistant { $version } utifrån källorna ovan; beteckningar och nummer kommer från källorna.
annex-custom-words = Texterna i { $frameworks } kommer från en katalog som köparen lagt till (importerad från ett annat format eller skriven av köparen), inte från MIM Assistant: de är källans egna ord.
