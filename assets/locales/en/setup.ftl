# MIM Assistant — The guided setup of a new assessment (English).

## New assessment
setup-title = New assessment
setup-intro = Six short steps. You can change answers and targets later; the frameworks and scale are fixed for this assessment.
setup-step-organisation = 1. Who is assessed, and by whom
setup-name = Organisation
setup-city = City
setup-country = Country
setup-scope = What is assessed
setup-assessor = Assessor
setup-step-nis2 = 2. Does NIS2 apply to you?
setup-nis2-question = Has your country's NIS2 law named your organisation (or the company that runs the platform) as an essential or an important entity?
setup-nis2-explain = NIS2 covers a municipality only where the national law brings local government into scope (Art. 2(5)(a)), or where a municipal body or company that runs a service such as drinking water, waste water, energy or transport is at least medium-sized (Art. 2(1), Annexes I and II). Your national authority's list of essential and important entities says which applies (Art. 3(3)). If you do not know yet, choose the last answer; you can still assess against NIS2.
setup-nis2-essential = Yes, as an essential entity
setup-nis2-important = Yes, as an important entity (or local government is in our national NIS2 law)
setup-nis2-no = No, or we do not know yet
setup-step-frameworks = 3. What to assess against
setup-frameworks-hint = Choose one or more. MIM6 is the MIM about security; ISO/IEC 27001 and NIS2 are the checklists it leans on.
setup-framework-item = { $name } ({ $count ->
    [one] 1 requirement
   *[other] { $count } requirements
})
setup-step-scale = 4. The maturity scale
setup-step-profile = 5. The target
setup-profile-hint = The target sets the level each requirement should reach and the minimums for the verdict. Your answer on NIS2 proposes one.
setup-step-file = 6. Where to save
setup-path = File
setup-create = Create the assessment
setup-missing-name = Enter the organisation's name.
setup-missing-nis2 = Answer the NIS2 question.
setup-missing-frameworks = Choose at least one framework.
setup-missing-scale = Choose a scale and a target.
setup-missing-path = Enter where to save the file.
