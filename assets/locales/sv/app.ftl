# MIM Assistant — ramens egna texter (svenska): navigering, sparläge, meddelanden, dialogen om osparat arbete. Varje skärm har en egen .ftl-fil; kravkatalogens texter finns i browser.ftl.
# Kataloginnehållet (krav, ramverk) står kvar på katalogfilernas språk.

## Navigering och åtgärder
nav-start = Start
nav-walk = Genomgång
nav-dashboard = Översikt
nav-catalog = Katalog
nav-settings = Inställningar
nav-tender = Upphandling
nav-team = Team
nav-team-out = Team ({ $count })
nav-team-out-hint = { $count ->
    [one] 1 del är utlämnad och inte införd än
   *[other] { $count } delar är utlämnade och inte införda än
}
nav-assessment = Bedömning
action-save = Spara
action-undo = Ångra
action-redo = Gör om
action-cancel = Avbryt

## Är arbetet i säkerhet?
state-saved = Sparat
state-recovery = Osparat (kopia finns)
state-recovery-hint = Inte sparat i filen än. En återställningskopia finns och erbjuds om programmet startas igen efter en krasch.
state-unsaved = Osparade ändringar
status-ready = Klar.

## Meddelanden
notice-created = Bedömningen är skapad och sparad. Börja med det första kravet nedan.
notice-example-opened = Exemplet med en påhittad stad är öppet. Det sparas inte förrän ni väljer Spara.
notice-example-tender-again = Exempelupphandlingen du öppnade tidigare är öppen igen, med dina ändringar: { $file }.
notice-example-tender-written = Exempelupphandlingen är sparad i { $file }; dina ändringar sparas där.
notice-opened = Öppnade { $file }.
notice-saved = Sparat i { $file }.
notice-restored = Det osparade arbetet är återställt. Spara det för att behålla det i filen.
banner-catalog-problems = { $count ->
    [one] 1 problem i katalogfilerna; de berörda posterna lästes inte in.
   *[other] { $count } problem i katalogfilerna; de berörda posterna lästes inte in.
}
banner-show-details = Visa detaljer
banner-hide-details = Dölj detaljer

## Osparat arbete i vägen
unsaved-title = Spara ändringarna först?
unsaved-text = Bedömningen { $name } har ändringar som ännu inte finns i filen.
unsaved-save = Spara och fortsätt
unsaved-discard = Släng ändringarna
unsaved-keep = Fortsätt arbeta
notice-save-first = Välj först var den här bedömningen ska sparas; gör sedan om det ni tänkte göra.

state-untouched = Inte sparad i någon fil
files-exists = { $file } finns redan. Välj ett annat namn: MIM Assistant skriver aldrig över en annan bedömning.

recovery-tender-text = En upphandling kunde inte sparas i sin fil när MIM Assistant stängdes; den sparades i { $file }. Återställ den för att spara den som en ny fil i dokumentmappen.
files-filter-documents = MIM Assistant-bedömningar och upphandlingar
files-filter-forms = Ifyllda svarsformulär

# dashboard (figures)
dash-nis2-unreached = Ingen punkt i art. 21(2) ingår i bedömningen eller mappas från ett krav som ingår.
dash-nis2-mixed-intro = Punkter som ingår i bedömningen visar era egna svar; de övriga härleds från era svar via mappningarna.

## Vad som inte gick; detaljen efter kolonet säger var och varför, som filen eller systemet anger det
problem-open = Filen kunde inte öppnas: { $detail }
problem-save = Kunde inte spara: { $detail }
problem-autosave = Återställningskopian kunde inte skrivas: { $detail }
problem-part-kept = Din del kunde inte sparas: { $detail }. En kopia av ditt arbete finns i { $copy }; skicka tillbaka den filen i stället.
problem-part-not-saved = Din del kunde inte sparas: { $detail }. Använd Spara som för att behålla ditt arbete i en annan mapp.
problem-recovery = En återställningskopia kunde inte läsas: { $detail }
problem-create = Bedömningen kunde inte skapas: { $detail }
problem-write = Filen kunde inte skrivas: { $detail }
problem-remove-copy = Återställningskopian kunde inte tas bort: { $detail }
problem-settings = Inställningarna kunde inte sparas: { $detail }
problem-start-thread = Arbetet kunde inte startas: { $detail }
problem-refused-input = { $output } är samma fil som { $input }, som läses eller skrivs här. Inget skrevs, så den är orörd: välj en annan fil.
problem-refused-kind = { $output } finns redan och är { $found }, men här skrivs { $writes }. Den lämnades orörd: välj en annan fil.
file-kind-pdf = en PDF
file-kind-document = ett Word-dokument
file-kind-spreadsheet = ett kalkylblad (.xlsx eller .csv)
file-kind-assessment = en bedömning
file-kind-tender = en upphandling
file-kind-part = en del av en bedömning
file-kind-catalog = en katalogfil
file-kind-other = en fil av annat slag

## Datum som man skriver och läser dem
date-month-names = januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december

# Det engelska originalet bredvid en översättning (genomgången och katalogen).
original-toggle = Visa det engelska originalet (den bindande texten)
original-heading = Engelskt original (bindande)
original-obligations = Skyldigheter
original-why = Varför det är viktigt
original-question = Fråga
original-guidance = Vägledning
original-evidence = Exempel på underlag
original-tender-clause = Upphandlingsklausul

## Namn för skärmläsare (visas inte)
a11y-scroll-page = Rulla sidan
a11y-scroll-tree = Rulla trädet
a11y-scroll-list = Rulla listan
a11y-scroll-table = Rulla tabellen
