# MIM Assistant — upphandlingsvyns ord (svenska): upphandlingen, bilagan och svarsformuläret,
# anbuden och utvärderingen. Resten av fönstrets ord finns i app.ftl.

## Tender builder, annex and evaluation
tender-heading = Upphandling
tender-buyer = Upphandlande organisation
tender-title = Upphandlingens namn
tender-reference = Diarienummer
tender-date = Datum
tender-language = Dokument på
tender-contact = Frågor till
tender-tab-items = 1 · Krav
tender-tab-annex = 2 · Bilaga och svarsformulär
tender-tab-bids = 3 · Anbud och utvärdering
tender-presets = Börja från ett förval
tender-add-preset = Lägg till: { $name }
tender-no-match = Inget matchar sökningen.
tender-no-warnings = Inga varningar: upphandlingen kan exporteras.
tender-counts = { $items } krav, { $musts } SKA · BÖR-vikterna blir { $weights } av 100
tender-spread = Fördela vikterna jämnt
tender-empty = Inga krav ännu. Markera krav till vänster, eller börja från ett förval.
tender-item = Krav
tender-col-no = Nr
tender-col-item = Krav
tender-item-column-width = Bredd på kolumnen Krav
tender-item-column-width-hint = Dra (eller använd piltangenterna) för att göra kolumnen bredare eller smalare; dubbelklicka för att låta den fylla utrymmet igen.
tender-col-modality = SKA eller BÖR
tender-col-weight = Vikt
tender-col-proof = Hur det visas
tender-col-placement = Var det hör hemma
tender-col-equivalent = ”eller likvärdigt”
tender-col-order = Ordning
tender-pass-fail = obligatoriskt
tender-move-up = Flytta upp
tender-move-down = Flytta ned
tender-remove = Ta bort
tender-annex-file = Bilaga (PDF)
tender-form-file = Svarsformulär (XLSX eller CSV)
tender-export-annex = Skriv bilagan och svarsformuläret
tender-preview = Kraven så som anbudsgivarna läser dem
tender-bids-intro = Importera varje anbudsgivares ifyllda svarsformulär (XLSX eller CSV). Ett formulär med fel importeras inte; felen anger var de finns.
tender-import-file = Ifyllt formulär
tender-import = Importera formuläret
tender-ranking = Rangordning
tender-col-rank = Plats
tender-col-bidder = Anbudsgivare
tender-col-points = Poäng
tender-col-status = SKA-krav
tender-col-file = Fil
tender-remove-bid = Ta bort anbudet från { $bidder }
tender-equivalences = Likvärdighet att pröva
tender-undecided = Inte prövat
tender-accepted = Godtaget
tender-rejected = Underkänt
tender-decision-for = Beslut om { $bidder }, krav { $number }
tender-matrix = Sida vid sida
tender-pass = Uppfyllt
tender-fail = Ej uppfyllt
tender-pending = Avvaktar
tender-evaluation-file = Utvärdering (PDF)
tender-export-evaluation = Skriv utvärderingen
tender-annex-written = Skrev { $annex } ({ $pages } sidor) och { $form }.
tender-imported = Importerade anbudet från { $bidder } ur { $file }.
tender-replaced = Ersatte anbudet från { $bidder } med { $file }.
tender-evaluation-written = Skrev { $file } ({ $pages } sidor).
tender-need-paths = Ange ett filnamn för varje dokument.
tender-no-bids = Importera minst ett anbudsformulär först.
tender-col-modality-short = Typ
tender-col-equivalent-short = El. likv.
tender-found-forms = Formulär i { $folder } (klicka på ett för att importera det):
tender-form-ending = Svarsformuläret skrivs som .xlsx eller .csv: låt filnamnet sluta på något av dem.
tender-has-errors = Rätta först felen ovan: de skulle göra bilagan eller formuläret fel.
tender-must = SKA
tender-should = BÖR
tender-place-specification = Teknisk specifikation
tender-place-selection = Kvalificeringskrav
tender-place-award = Tilldelningskriterier
tender-place-contract = Avtalsvillkor
tender-place-acceptance = Leveransprov
tender-place-specification-basis = Teknisk specifikation (art. 42)
tender-place-selection-basis = Kvalificeringskrav (art. 58)
tender-place-award-basis = Tilldelningskriterier (art. 67)
tender-place-contract-basis = Avtalsvillkor (art. 70)
tender-place-acceptance-basis = Leveransprov
tender-preset-mim6-core = MIM6, kärnan
tender-preset-mim6-core-summary = Alla säkerhetskrav i MIM6: åtkomststyrning, identiteter, inloggningsuppgifter, kryptering under överföring, tillit.
tender-preset-foundational = Grundläggande MIM 0, 1, 2
tender-preset-foundational-summary = De obligatoriska kraven i MIM0 (åtkomst till data), MIM1 (länkade data) och MIM2 (datamodeller): det som de flesta upphandlingar av dataplattformar behöver.
tender-preset-clauses = Gemensamma klausuler
tender-preset-clauses-summary = Rätt till data, utträde, inga inlåsningsavgifter, öppna API:er, förvarning om ändringar, dokumentation, utbildning, säkerhetsskyldigheter, tillgänglighet och likvärdighet.
tender-preset-clauses-core = Gemensamma klausuler (de obligatoriska)
tender-preset-clauses-core-summary = Bara de klausuler som är ska-krav från början.
tender-items-list = { $count ->
    [one] krav { $list }
   *[other] kraven { $list }
}
tender-status-compliant = Uppfyller alla SKA-krav
tender-status-excluded = Utesluten (uppfyller inte { $items })
tender-status-undecided = Öppen: likvärdighet att pröva för { $items }
tender-warn-empty = Upphandlingen har inga krav ännu.
tender-warn-no-must = Inget krav är ett SKA-krav: inget anbud kan uteslutas för att det inte uppfyller ett krav.
tender-warn-weights = BÖR-vikterna blir { $total }, inte 100.
tender-warn-weight-over = Krav { $number } ({ $requirement }) väger { $weight }, mer än de 100 poängen totalt.
tender-warn-placement = Krav { $number } ({ $requirement }): ett SKA-krav hör inte till tilldelningskriterierna, ett BÖR-krav hör dit.
tender-warn-zero-weight = Krav { $number } ({ $requirement }) är ett BÖR-krav med vikten 0: det kan inte ändra rangordningen.
tender-warn-standard = Krav { $number } ({ $requirement }) är ett SKA-krav som nämner en standard utan ”eller likvärdigt” (direktiv 2014/24/EU, art. 42).
tender-warn-unknown = Krav { $number }: { $requirement } finns inte i någon inläst katalog.
tender-warn-duplicate = Krav { $number }: { $requirement } finns redan i upphandlingen.
tender-warn-unfilled = Krav { $number } ({ $requirement }): fyll i [{ $placeholder }].
tender-warn-language = Kravtexterna är på ”{ $language }” där de är översatta (se Inställningar), men bilagans och formulärets egna rubriker och anvisningar är fortfarande på engelska: låt översätta dem.
tender-save-elsewhere = Upphandlingens fil går inte att skriva. Spara den i en annan fil:
tender-form-changed = { $file } har ändrats sedan den importerades; utvärderingen använder den som den är nu. Importera den igen för att godta ändringen.
tender-set-aside = De här formulären hör till upphandlingen men kan inte användas nu: filen saknas eller går inte att läsa, eller passar inte längre (kraven eller diarienumret har ändrats). De står kvar i listan; ångra ändringen, rätta filen eller ta bort formuläret:
tender-remove-form = Ta bort { $file } ur listan

## Importing a filled form: what the field names, and a refused form's problems
tender-import-folder = { $forms ->
    [0] { $folder } är en mapp utan ifyllda formulär (.xlsx eller .csv). Skriv formulärets filnamn efter mappen, eller välj Bläddra….
    [one] { $folder } är en mapp. Formuläret som finns i den visas nedan: klicka på det för att importera det, eller välj Bläddra… för en annan fil.
   *[other] { $folder } är en mapp. De { $forms } formulär som finns i den visas nedan: klicka på ett för att importera det, eller välj Bläddra… för en annan fil.
}
tender-import-missing = Det finns ingen fil { $file }. Kontrollera namnet, eller välj Bläddra… för att hitta formuläret.
tender-import-ending = { $file } är inget svarsformulär: namnet slutar varken på .xlsx eller .csv. Importera det ifyllda formulär som anbudsgivaren skickade tillbaka (en Excel-arbetsbok eller en CSV-fil).
tender-form-refused = { $file } importerades inte: { $count ->
    [one] ett problem måste rättas först
   *[other] { $count } problem måste rättas först
}. Inget av formuläret användes.
tender-problem = { $place }: { $what }
tender-problem-expected = { $place }: { $what }; förväntat: { $expected }
tender-place-file = Hela filen
tender-place-cell = Blad ”{ $sheet }”, cell { $cell }
tender-place-row = Blad ”{ $sheet }”, rad { $row }
tender-place-column = Blad ”{ $sheet }”, kolumn { $column }
tender-place-sheet = Blad ”{ $sheet }”
tender-place-field = Rad { $line }, fält { $field }
tender-place-line = Rad { $line }
