# MIM Assistant — fönstrets egna texter (svenska). Kravkatalogens texter finns i browser.ftl.
# Kataloginnehållet (krav, ramverk) står kvar på katalogfilernas språk.

## Navigering och åtgärder
nav-start = Start
nav-walk = Genomgång
nav-dashboard = Översikt
nav-catalog = Katalog
nav-settings = Inställningar
nav-tender = Upphandling
action-save = Spara
action-undo = Ångra
action-redo = Gör om
action-cancel = Avbryt

## Är arbetet i säkerhet?
state-saved = Sparat
state-recovery = Inte sparat i filen än (en återställningskopia finns)
state-unsaved = Osparade ändringar
status-ready = Klar.

## Meddelanden
notice-created = Bedömningen är skapad och sparad. Börja med det första kravet nedan.
notice-example-opened = Exemplet med en påhittad stad är öppet. Det sparas inte förrän ni väljer Spara.
notice-opened = Öppnade { $file }.
notice-saved = Sparat i { $file }.
notice-restored = Det osparade arbetet är återställt. Spara det för att behålla det i filen.
banner-catalog-problems = { $count ->
    [one] 1 problem i katalogfilerna; de berörda posterna lästes inte in.
   *[other] { $count } problem i katalogfilerna; de berörda posterna lästes inte in.
}
banner-show-details = Visa detaljer
banner-hide-details = Dölj detaljer

## Startsidan
start-title = MIM Assistant
start-intro = Bedöm er kommuns dataplattform mot OASC:s Minimal Interoperability Mechanisms, ISO/IEC 27001:2022 och NIS2 — ett krav i taget, med resultat, brister och en färdplan på slutet — eller gör samma krav till en upphandlingsbilaga och utvärdera anbuden.
start-new = Ny bedömning
start-new-hint = En kort guidad uppstart, sedan det första kravet.
start-open = Öppna…
start-open-hint = Fortsätt med en bedömning eller upphandling som sparats tidigare.
start-example = Öppna exemplet
start-example-hint = En påhittad stad, helt ifylld, att utforska utan risk.
start-catalog = Bläddra i katalogen
start-catalog-hint = Läs MIM:arna, ISO/IEC 27001 och NIS2 och se hur de mappas mot varandra.
start-tender = Ny upphandling
start-tender-hint = Välj krav och klausuler och skriv sedan upphandlingsbilagan och anbudsgivarnas svarsformulär.
start-example-tender = Öppna exempelupphandlingen
start-example-tender-hint = En påhittad kommuns upphandling av en dataplattform, klar att exportera.
start-recent = Senaste filer
start-recent-none = Inga filer än. Filer som ni öppnar eller sparar visas här.
recovery-title = Osparat arbete hittades
recovery-text = MIM Assistant stängdes innan bedömningen av { $name } ({ $file }) hade sparats. En kopia från { $minutes ->
    [0] mindre än en minut
    [one] 1 minut
   *[other] { $minutes } minuter
} innan dess finns kvar.
recovery-never-saved = aldrig sparad i någon fil
recovery-restore = Återställ arbetet
recovery-discard = Kasta kopian

## Ny bedömning
setup-title = Ny bedömning
setup-intro = Sex korta steg. Svar och målnivåer kan ändras senare; ramverken och skalan ligger fast för den här bedömningen.
setup-step-organisation = 1. Vem som bedöms, och av vem
setup-name = Organisation
setup-city = Kommun
setup-country = Land
setup-scope = Vad som bedöms
setup-assessor = Bedömare
setup-step-nis2 = 2. Omfattas ni av NIS2?
setup-nis2-question = Har ert lands NIS2-lag pekat ut er organisation (eller bolaget som driver plattformen) som en väsentlig eller en viktig entitet?
setup-nis2-explain = NIS2 omfattar en kommun bara om den nationella lagen tar med offentliga förvaltningsenheter på lokal nivå (art. 2(5)(a)), eller om en kommunal verksamhet eller ett kommunalt bolag som driver en tjänst som dricksvatten, avloppsvatten, energi eller transporter är minst medelstort (art. 2(1), bilagorna I och II). Den nationella myndighetens förteckning över väsentliga och viktiga entiteter visar vad som gäller (art. 3(3)). Om ni inte vet ännu, välj det sista svaret; ni kan ändå bedöma mot NIS2.
setup-nis2-essential = Ja, som väsentlig entitet
setup-nis2-important = Ja, som viktig entitet (eller så omfattar vår nationella NIS2-lag kommunerna)
setup-nis2-no = Nej, eller så vet vi inte ännu
setup-step-frameworks = 3. Vad som ska bedömas mot
setup-frameworks-hint = Välj ett eller flera. MIM6 är den MIM som handlar om säkerhet; ISO/IEC 27001 och NIS2 är checklistorna den bygger på.
setup-framework-item = { $name } ({ $count ->
    [one] 1 krav
   *[other] { $count } krav
})
setup-step-scale = 4. Mognadsskalan
setup-step-profile = 5. Målnivån
setup-profile-hint = Målnivån anger vilken nivå varje krav ska nå och vilka lägstanivåer som gäller för utfallet. Ert svar om NIS2 ger ett förslag.
setup-step-file = 6. Var filen ska sparas
setup-path = Fil
setup-create = Skapa bedömningen
setup-missing-name = Ange organisationens namn.
setup-missing-nis2 = Svara på frågan om NIS2.
setup-missing-frameworks = Välj minst ett ramverk.
setup-missing-scale = Välj en skala och en målnivå.
setup-missing-path = Ange var filen ska sparas.

## Öppna och spara
files-open-title = Öppna en bedömning eller en upphandling
files-open-hint = Skriv eller klistra in sökvägen till en .mimassess.ron-fil (bedömning) eller .mimtender.ron-fil (upphandling), välj en som hittats i dokumentmappen, eller använd Bläddra… för att öppna systemets fildialog.
files-save-title = Spara bedömningen som
files-save-hint = Skriv sökvägen till den nya filen, eller använd Bläddra… för att öppna systemets fildialog. Filändelsen .mimassess.ron läggs till om ni utelämnar den.
files-path = Sökväg
files-open = Öppna
files-save = Spara här
files-browse = Bläddra…
files-no-dialog = Ingen fildialog kunde visas (eller så avbröts den). Skriv sökvägen i fältet ovan i stället.
files-found = Bedömningar och upphandlingar i den här mappen
files-found-none = Inga hittades här.

## Genomgång
walk-progress = { $answered } av { $total } besvarade
walk-search = Sök
walk-search-hint = ett id som R1 eller ord
filter-unanswered = Obesvarade
filter-below-target = Under målnivå
filter-key-measures = Nyckelåtgärder
filter-framework = Ramverk
filter-all-frameworks = Alla ramverk
walk-no-match = Inget matchar filtren och sökningen.
walk-nothing-selected = Välj ett krav till vänster.
walk-previous = ◀ Föregående
walk-next = Nästa ▶
walk-keys-hint = Tangenter: ↑ ↓ eller J K för att flytta, en siffra väljer nivå, Ctrl+Z ångrar.
walk-key-measure = Nyckelåtgärd
walk-key-measure-hint = Målprofilen räknar kravet som en nyckelåtgärd: det måste själv nå profilens lägstanivå, oavsett hur övriga krav ligger till.
status-unanswered = Obesvarat
status-not-applicable = Ej tillämpligt
status-below-target = Under målnivå
status-on-target = På eller över målnivå
walk-why = Varför det är viktigt
walk-question = Frågan att besvara
walk-evidence-examples = Underlag som skulle visa det
walk-level = Var står ni i dag?
walk-clear-level = Rensa nivån
walk-scale-missing = Skalan { $scale } är inte inläst, så ingen nivå kan väljas.
walk-target = Målnivå
walk-target-default = Profilens målnivå ({ $level })
walk-not-applicable = Är kravet tillämpligt?
walk-na-check = Kravet är inte tillämpligt för oss
walk-na-reason = Varför det inte är tillämpligt
walk-na-reason-needed = Ange ett skäl: revisorer kommer att fråga efter det.
walk-notes = Anteckningar
walk-notes-hint = Vad ni kom fram till, vilka ni frågade, vad som är planerat.
walk-evidence = Underlag
walk-evidence-none = Inget underlag har lagts till än.
walk-evidence-title = Titel
walk-evidence-link = Länk eller fil
walk-evidence-date = Datum
walk-evidence-remove = Ta bort underlag { $number }
walk-evidence-add = Lägg till underlag
walk-to-dashboard = Visa översikten

## Översikt
dash-title = Översikt
dash-overall = Samlat resultat
dash-overall-detail = medelnivå, högst { $high }; målnivån kräver { $min }
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
verdict-incomplete = Ännu inte känt
dash-gaps-count = { $count ->
    [one] 1 brist att åtgärda
   *[other] { $count } brister att åtgärda
}
dash-per-framework = Resultat per ramverk
dash-col-framework = Ramverk
dash-col-level = Medelnivå
dash-col-mean = Resultat
dash-col-done = Besvarade
dash-bar-legend = Stapeln visar medelnivån; det lodräta strecket är målnivåns samlade lägstanivå ({ $min }).
dash-radar = Radardiagram
dash-radar-frameworks = Alla ramverk
dash-radar-none = Ett radardiagram kräver minst tre ramverk eller grupper med resultat.
dash-radar-legend = Fylld yta: uppnådd medelnivå. Streckad linje: målnivåns samlade lägstanivå.
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

## Inställningar
settings-title = Inställningar
settings-language = Språk
settings-theme = Utseende
theme-system = Följ systemet
theme-light = Ljust
theme-dark = Mörkt
settings-recent = Senaste filer
settings-recent-count = { $count ->
    [one] Programmet minns 1 fil.
   *[other] Programmet minns { $count } filer.
}
settings-recent-clear = Glöm de senaste filerna
settings-stored-in = Inställningarna sparas i { $file }.

## Färdplanens faser
phase-first = inom 3 månader
phase-second = om 3–12 månader
phase-later = efter 12 månader

## Osparat arbete i vägen
unsaved-title = Spara ändringarna först?
unsaved-text = Bedömningen { $name } har ändringar som ännu inte finns i filen.
unsaved-save = Spara och fortsätt
unsaved-discard = Släng ändringarna
unsaved-keep = Fortsätt arbeta
notice-save-first = Välj först var den här bedömningen ska sparas; gör sedan om det ni tänkte göra.

state-untouched = Inte sparad i någon fil
files-exists = { $file } finns redan. Välj ett annat namn: MIM Assistant skriver aldrig över en annan bedömning.

## Export
action-export = Exportera…
export-title = Exportera
export-intro = Skriv mognadsrapporten till ledning och revisorer, eller svaren som en tabell för kalkylprogram.
export-report = Mognadsrapport (PDF)
export-report-hint = Sammanfattning, resultat, radardiagram, brister och färdplan, NIS2- och ISO/IEC 27001-vyer, varje svar med anteckningar och underlag, källor och ett fingeravtryck av bedömningen.
export-xlsx = Svaren som arbetsbok (XLSX)
export-xlsx-hint = En rad per krav: id, ramverk, kravtext, nivå, målnivå, brist, anteckningar, underlag. Öppnas i Excel och LibreOffice.
export-csv = Svaren som CSV
export-csv-hint = Samma rader som vanlig text (UTF-8), för andra verktyg.
export-start = Exportera
export-back = Tillbaka till översikten
export-running = Skriver filen…
export-done = Sparad i { $file }.
export-open-folder = Öppna mappen
export-no-file-manager = Ingen filhanterare kunde startas. Filen finns i { $folder }.
export-stopped = Exporten avbröts oväntat.
export-not-started = Exporten kunde inte startas: { $reason }

## Tender builder, annex and evaluation
tender-heading = Upphandling
tender-buyer = Upphandlande organisation
tender-title = Upphandlingens namn
tender-reference = Diarienummer
tender-date = Datum
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
tender-warn-language = Bilagan och formuläret är skrivna på engelska; upphandlingens språk är ”{ $language }”: låt översätta dem.
tender-save-elsewhere = Upphandlingens fil går inte att skriva. Spara den i en annan fil:
recovery-tender-text = En upphandling kunde inte sparas i sin fil när MIM Assistant stängdes; den sparades i { $file }. Återställ den för att spara den som en ny fil i dokumentmappen.
tender-form-changed = { $file } har ändrats sedan den importerades; utvärderingen använder den som den är nu. Importera den igen för att godta ändringen.
tender-set-aside = De här formulären hör till upphandlingen men kan inte användas nu: filen saknas eller går inte att läsa, eller passar inte längre (kraven eller diarienumret har ändrats). De står kvar i listan; ångra ändringen, rätta filen eller ta bort formuläret:
tender-remove-form = Ta bort { $file } ur listan
files-filter-documents = MIM Assistant-bedömningar och upphandlingar
files-filter-forms = Ifyllda svarsformulär
