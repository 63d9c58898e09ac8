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

recovery-tender-text = En upphandling kunde inte sparas i sin fil när MIM Assistant stängdes; den sparades i { $file }. Återställ den för att spara den som en ny fil i dokumentmappen.
files-filter-documents = MIM Assistant-bedömningar och upphandlingar
files-filter-forms = Ifyllda svarsformulär
