# MIM Assistant — Guidad uppsättning av en ny bedömning (svenska).

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
