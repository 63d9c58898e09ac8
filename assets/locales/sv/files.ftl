# MIM Assistant — Öppna och Spara som (svenska).

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
