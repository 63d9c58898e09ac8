# MIM Assistant — Export (svenska).

## Export
action-export = Exportera…
export-title = Exportera
export-intro = Skriv mognadsrapporten till ledning och revisorer, svaren som en tabell för kalkylprogram, eller uttalandet om tillämplighet för ISO/IEC 27001.
export-report = Mognadsrapport (PDF)
export-report-hint = Sammanfattning, resultat, radardiagram, brister och färdplan, NIS2- och ISO/IEC 27001-vyer, varje svar med anteckningar och underlag, källor och ett fingeravtryck av bedömningen.
export-report-docx = Mognadsrapport (Word, redigerbar)
export-report-docx-hint = Samma rapport som Word-dokument (DOCX) att redigera innan den går till nämnden: riktiga rubriker, tabeller, diagrammen som bilder, sidnummer och ett underskriftsblock att fylla i.
export-xlsx = Svaren som arbetsbok (XLSX)
export-xlsx-hint = En rad per krav: id, ramverk, kravtext, nivå, målnivå, brist, anteckningar, underlag. Öppnas i Excel och LibreOffice.
export-csv = Svaren som CSV
export-csv-hint = Samma rader som vanlig text (UTF-8), för andra verktyg.
export-soa-xlsx = Uttalande om tillämplighet (XLSX)
export-soa-xlsx-hint = Varje åtgärd i ISO/IEC 27001:2022 bilaga A: ingår eller undantagen och varför, hur långt den är genomförd, belägg och datum — för revisorn.
export-soa-pdf = Uttalande om tillämplighet (PDF)
export-soa-pdf-hint = Samma uttalande som dokument, grupperat efter tema, med summorna.
export-start = Exportera
export-back = Tillbaka till översikten
export-running = Skriver filen…
export-done = Sparad i { $file }.
export-open-file = Öppna
export-no-opener = Inget program kunde startas för att öppna den. Filen är { $file }.
export-open-folder = Visa i mappen
export-no-file-manager = Ingen filhanterare kunde startas. Filen finns i { $folder }.
export-stopped = Exporten avbröts oväntat.
export-not-started = Exporten kunde inte startas: { $reason }

## Logotypen på rapportens försättsblad
export-logo = Logotyp på försättsbladet
export-logo-browse = Välj en logotyp…
export-logo-none = Ingen logotyp
export-logo-filter = Bilder (PNG, JPEG)
export-logo-hint = Valfritt: organisationens logotyp (PNG eller JPEG) bredvid namnet på försättsbladet. Den sparas till nästa rapport.
export-logo-ok = ✓ Logotypen kan användas ({ $width } × { $height } bildpunkter); den skalas för att få plats.
export-logo-unreadable = { $file } kan inte läsas: { $reason }
export-logo-too-large = { $file } är större än { $megabytes } MB: välj en mindre bild av logotypen.
export-logo-not-image = { $file } är varken en PNG- eller en JPEG-bild: välj en .png- eller .jpg-fil.
export-logo-too-many-pixels = { $file } är { $width } × { $height } bildpunkter; en logotyp på högst { $most } bildpunkter per sida väntas.
export-logo-broken = { $file } ser ut som en bild men kan inte läsas som en: spara den igen som PNG eller JPEG.
export-language = Dokument på
