# MIM Assistant — Guidad uppsättning av en ny bedömning (svenska).

## Ny bedömning
setup-title = Ny bedömning
setup-step-counter = Steg { $number } av { $total } — { $name }
setup-step-current = Steget du är på.
setup-step-done = Klart: gå tillbaka till det här steget.
setup-step-to-come = Ett steg som återstår.
setup-more = Mer
setup-back = ◀ Tillbaka
setup-next = Nästa ▶
setup-enter-hint = Enter gör samma sak.
setup-to-summary = Tillbaka till sammanfattningen
setup-change = Ändra
setup-change-step = Ändra: { $step }

## Steg 1
setup-step-organisation-name = Organisation
setup-step-organisation = Vem som bedöms, och av vem
setup-organisation-hint = Bara organisationens namn behövs; det ger också filen dess namn.
setup-organisation-more = Namn, kommun och land inleder rapporten; vad som bedöms och vem som bedömer skrivs ut tillsammans med dem. Svar och målnivåer kan ändras senare; ramverken och skalan som väljs i steg 3 och 4 ligger fast för den här bedömningen.
setup-name = Organisation
setup-city = Kommun
setup-country = Land
setup-scope = Vad som bedöms
setup-assessor = Bedömare

## Steg 2
setup-step-nis2-name = NIS2
setup-step-nis2 = Omfattas ni av NIS2?
setup-nis2-question = Har ert lands NIS2-lag pekat ut er organisation (eller bolaget som driver plattformen) som en väsentlig eller en viktig entitet?
setup-nis2-hint = Om ni inte vet ännu, välj det sista svaret; ni kan ändå bedöma mot NIS2.
setup-nis2-explain = NIS2 omfattar en kommun bara om den nationella lagen tar med offentliga förvaltningsenheter på lokal nivå (art. 2(5)(a)), eller om en kommunal verksamhet eller ett kommunalt bolag som driver en tjänst som dricksvatten, avloppsvatten, energi eller transporter är minst medelstort (art. 2(1), bilagorna I och II). Den nationella myndighetens förteckning över väsentliga och viktiga entiteter visar vad som gäller (art. 3(3)).
setup-nis2-essential = Ja, som väsentlig entitet
setup-nis2-important = Ja, som viktig entitet (eller så omfattar vår nationella NIS2-lag kommunerna)
setup-nis2-no = Nej, eller så vet vi inte ännu

## Steg 3
setup-step-frameworks-name = Ramverk
setup-step-frameworks = Vad som ska bedömas mot
setup-frameworks-hint = Välj ett eller flera; de ligger fast för den här bedömningen.
setup-frameworks-more = MIM6 är den MIM som handlar om säkerhet; ISO/IEC 27001 och NIS2 är checklistorna den bygger på.
setup-framework-item = { $name } ({ $count ->
    [one] 1 krav
   *[other] { $count } krav
})

## Steg 4
setup-step-scale-name = Skala
setup-step-scale = Mognadsskalan
setup-scale-hint = Hur varje krav bedöms; ligger fast för den här bedömningen.

## Steg 5
setup-step-profile-name = Målnivå
setup-step-profile = Målnivån
setup-profile-hint = Den nivå varje krav ska nå; ert svar om NIS2 gav ett förslag.
setup-profile-more = Målnivån anger också lägstanivåerna för utfallet. Den kan ändras senare.

## Steg 6
setup-step-file-name = Sammanfattning
setup-step-file = Kontrollera dina val, och var filen ska sparas
setup-summary-hint = Bedömningen sparas i filen så snart den har skapats.
setup-summary-title = Dina val
setup-path = Fil
setup-create = Skapa bedömningen
setup-missing-name = Ange organisationens namn.
setup-missing-nis2 = Svara på frågan om NIS2.
setup-missing-frameworks = Välj minst ett ramverk.
setup-missing-scale = Välj en skala.
setup-missing-profile = Välj en målnivå.
setup-missing-path = Ange var filen ska sparas.
setup-language = Dokument på
