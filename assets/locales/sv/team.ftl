# Teamvyn: bedömningen delad mellan kolleger.

team-title = Dela bedömningen
team-intro = Kolleger besvarar sin del utan server: ge var och en en delfil (de öppnar den i MIM Assistant) eller ett frågeformulär (valfritt kalkylprogram) och ta sedan tillbaka svaren här. Inget tas in innan du bekräftar, och inget skrivs över i tysthet.
team-colleagues = Kolleger
team-none = Inga kolleger än. Lägg till en nedan och tilldela dem krav i genomgången.
team-col-name = Kollega
team-col-assigned = Tilldelade
team-col-answered = Besvarade
team-col-out = Utlämnade
team-col-submitted = Inlämnade
team-col-merged = Införda
team-col-hand-out = Lämna ut
team-hand-out-part = Delfil
team-hand-out-part-for = Delfil till { $name }
team-hand-out-part-hint = Skriv en delfil till { $name } med alla krav som tilldelats dem, bredvid bedömningen
team-hand-out-questionnaire = Frågeformulär
team-hand-out-questionnaire-for = Frågeformulär till { $name }
team-hand-out-questionnaire-hint = Skriv ett frågeformulär (.xlsx) till { $name } med alla krav som tilldelats dem, bredvid bedömningen
team-nothing-assigned = Inget är tilldelat än: tilldela krav i genomgången
team-written = Skrev { $file }. Utlämningen är antecknad i bedömningen, som sparades.
team-written-unsaved = Skrev { $file }, men bedömningen kunde inte sparas (se statusraden): spara den innan delen kommer tillbaka, annars känns den inte igen.
team-save-first = Spara bedömningen först: utlämningen antecknas i dess fil.
team-add-title = Lägg till en kollega
team-name = Namn
team-role = Roll
team-email = E-post (valfritt)
team-add = Lägg till kollega
team-instructions = Instruktioner för alla delar
team-instructions-hint = Det som varje kollega läser överst i sin del: ett sista datum, vem man kan fråga.
team-take-back = Ta tillbaka svar
team-part-path = Återlämnad del (.mimpart.ron eller .xlsx)
team-read = Läs delen
team-browse = Bläddra…
team-part-filter = Återlämnade delar
team-drop-hint = Du kan också släppa återlämnade delar på fönstret.
team-review = Granska sammanslagningen
team-review-part = { $contributor }: { $count } krav, { $submitted ->
    [yes] inlämnad
   *[no] inte markerad som inlämnad
} ({ $file })
team-refused = Avvisad: { $reason }
team-flagged = Utelämnad: { $reason }
team-review-counts = { $taken } att ta in, { $conflicts } i konflikt, { $unchanged } oförändrade
team-conflicts = Konflikter: båda sidor har ändrat dessa sedan utlämningen, eller två kolleger svarade olika. Välj svaret som ska gälla.
team-taken = Svar att ta in ({ $count })
team-merge = Slå samman: ta in { $count } svar
team-review-changed = Bedömningen har ändrats sedan delarna lästes, så granskningen ovan är gjord på nytt: kontrollera den och slå sedan samman.
team-cancel = Avbryt
team-merge-waiting = Välj ett svar för varje konflikt först ({ $open } kvar).
team-keep = Behåll bedömningens
team-take = Ta svaret från { $name }
team-by = { $name }, { $date }
team-by-questionnaire = { $name }, från frågeformuläret
team-by-you = ditt, { $date }
team-unanswered = obesvarat
team-not-applicable = ej tillämpligt: { $reason }
team-level = nivå { $level } – { $name }
team-merged = Tog in { $taken } svar och behöll bedömningens för { $kept }; { $merged ->
    [one] 1 del införd
   *[other] { $merged } delar införda
}, { $out } fortfarande utlämnade. Ångra tar tillbaka hela sammanslagningen.
