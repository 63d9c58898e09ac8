# MIM Assistant — The guided setup of a new assessment (English).

## New assessment
setup-title = New assessment
setup-step-counter = Step { $number } of { $total } — { $name }
setup-step-current = The step you are on.
setup-step-done = Done: go back to this step.
setup-step-to-come = A step still to come.
setup-more = More
setup-back = ◀ Back
setup-next = Next ▶
setup-enter-hint = Enter does this too.
setup-to-summary = Back to the summary
setup-change = Change
setup-change-step = Change: { $step }

## Step 1
setup-step-organisation-name = Organisation
setup-step-organisation = Who is assessed, and by whom
setup-organisation-hint = Only the organisation's name is needed; it names the file too.
setup-organisation-more = The name, city and country open the report; what is assessed and who assesses are printed with them. You can change answers and targets later; the frameworks and scale chosen in steps 3 and 4 are fixed for this assessment.
setup-name = Organisation
setup-city = City
setup-country = Country
setup-scope = What is assessed
setup-assessor = Assessor

## Step 2
setup-step-nis2-name = NIS2
setup-step-nis2 = Does NIS2 apply to you?
setup-nis2-question = Has your country's NIS2 law named your organisation (or the company that runs the platform) as an essential or an important entity?
setup-nis2-hint = If you do not know yet, choose the last answer; you can still assess against NIS2.
setup-nis2-explain = NIS2 covers a municipality only where the national law brings local government into scope (Art. 2(5)(a)), or where a municipal body or company that runs a service such as drinking water, waste water, energy or transport is at least medium-sized (Art. 2(1), Annexes I and II). Your national authority's list of essential and important entities says which applies (Art. 3(3)).
setup-nis2-essential = Yes, as an essential entity
setup-nis2-important = Yes, as an important entity (or local government is in our national NIS2 law)
setup-nis2-no = No, or we do not know yet

## Step 3
setup-step-frameworks-name = Frameworks
setup-step-frameworks = What to assess against
setup-frameworks-hint = Choose one or more; they are fixed for this assessment.
setup-frameworks-more = MIM6 is the MIM about security; ISO/IEC 27001 and NIS2 are the checklists it leans on.
setup-framework-item = { $name } ({ $count ->
    [one] 1 requirement
   *[other] { $count } requirements
})

## Step 4
setup-step-scale-name = Scale
setup-step-scale = The maturity scale
setup-scale-hint = How each requirement is rated; fixed for this assessment.

## Step 5
setup-step-profile-name = Target
setup-step-profile = The target
setup-profile-hint = The level each requirement should reach; your answer on NIS2 proposed one.
setup-profile-more = The target also sets the minimums for the verdict. You can change it later.

## Step 6
setup-step-file-name = Summary
setup-step-file = Check your choices, and where to save
setup-summary-hint = The assessment is saved to the file as soon as it is created.
setup-summary-title = Your choices
setup-path = File
setup-create = Create the assessment
setup-missing-name = Enter the organisation's name.
setup-missing-nis2 = Answer the NIS2 question.
setup-missing-frameworks = Choose at least one framework.
setup-missing-scale = Choose a scale.
setup-missing-profile = Choose a target.
setup-missing-path = Enter where to save the file.
setup-language = Documents in
