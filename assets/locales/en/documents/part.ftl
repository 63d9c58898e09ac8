# The questionnaire workbook a contributor fills in (src/sharing/questionnaire.rs), and the
# report's list of who answered what (src/report/maturity/details.rs).

part-sheet = Questionnaire
part-title = Questionnaire: { $organisation }
part-label-for = For
part-label-from = From
part-label-id = Part
part-hint = Fill in the yellow cells only: the level reached today (choose it from the list), notes, and evidence (one per line). For a requirement that does not apply, choose “Not applicable” and write why in Notes. Save the file as it is and send it back to { $coordinator }.
part-col-id = Id
part-col-requirement = Requirement
part-col-question = What to answer
part-col-target = Target
part-col-level = Level today
part-col-notes = Notes (the reason, if not applicable)
part-col-evidence = Evidence (one per line)
part-not-applicable = Not applicable
part-list-title = Level today
part-list-message = Choose the level reached today, or “{ $na }”.
part-list-error-title = Not a level
part-list-error = Choose one of the levels in the list.

report-team-title = Who answered
report-team-intro = The assessment was shared among colleagues: these answers were given by the contributors named and merged by the assessor; every other answer is the assessor's own.
report-team-contributor = Contributor
report-team-role = Role
report-team-count = Answers
report-team-requirements = Requirements
