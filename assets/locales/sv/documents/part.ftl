# Frågeformuläret som en bidragsgivare fyller i, och rapportens lista över vem som svarade på vad.

part-sheet = Frågeformulär
part-title = Frågeformulär: { $organisation }
part-label-for = Till
part-label-from = Från
part-label-id = Del
part-hint = Fyll bara i de gula cellerna: nivån som nås i dag (välj den i listan), anteckningar och belägg (ett per rad). Välj ”Ej tillämpligt” för ett krav som inte gäller och skriv varför under Anteckningar. Spara filen som den är och skicka tillbaka den till { $coordinator }.
part-col-id = Id
part-col-requirement = Krav
part-col-question = Vad du ska svara på
part-col-target = Mål
part-col-level = Nivå i dag
part-col-notes = Anteckningar (skälet, om ej tillämpligt)
part-col-evidence = Belägg (ett per rad)
part-not-applicable = Ej tillämpligt
part-list-title = Nivå i dag
part-list-message = Välj nivån som nås i dag, eller ”{ $na }”.
part-list-error-title = Ingen nivå
part-list-error = Välj en av nivåerna i listan.

report-team-title = Vem som svarade
report-team-intro = Bedömningen delades mellan kolleger: dessa svar gavs av de namngivna bidragsgivarna och fördes samman av bedömaren; alla andra svar är bedömarens egna.
report-team-contributor = Bidragsgivare
report-team-role = Roll
report-team-count = Svar
report-team-requirements = Krav
