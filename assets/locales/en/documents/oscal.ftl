# The OSCAL assessment results and plan of action and milestones (src/oscal/).

oscal-results-title = Self-assessment of { $organisation }: assessment results
oscal-result-title = Round { $round } of { $date }
oscal-result-description = The maturity self-assessment of { $organisation } against { $frameworks }, on the scale “{ $scale }”. Scope: { $scope }
oscal-no-scope = as the chosen frameworks and groups.
oscal-plan-title = Scope and method of the self-assessment
oscal-plan-description = There is no separate assessment plan: the self-assessment rates each requirement in scope on a maturity scale against a target level; its scope and method are those of this result.
oscal-assessor = Assessor
oscal-finding-on-target = Level { $level } reached; the target is { $target }.
oscal-finding-no-target = Level { $level } reached.
oscal-finding-below = Level { $level } against a target of { $target }: { $gap ->
    [one] 1 level to go
   *[other] { $gap } levels to go
}.
oscal-finding-not-applicable = Not applicable: { $reason }
oscal-finding-open = Not answered yet.
oscal-observation-title = Notes and evidence for { $requirement }
oscal-observation-evidence = Evidence: { $evidence }
oscal-poam-title = Roadmap of { $organisation }: plan of action and milestones
oscal-poam-item-title = Raise { $requirement } from level { $current } to { $target }
oscal-poam-item-description = { $title } ({ $strength }) is at level { $current } against a target of { $target }. Roadmap phase: { $phase }; priority { $priority } (the gap times the weight of its strength).
