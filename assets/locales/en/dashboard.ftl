# MIM Assistant — The dashboard (English).

## Dashboard
dash-title = Dashboard
dash-overall = Overall score
dash-overall-detail = mean level out of { $high }; the target profile asks for at least { $min } overall
dash-completeness = Completeness
dash-completeness-detail = { $done } of { $total } done{ $na ->
    [0] {""}
   *[other] , { $na } not applicable
}
dash-key-measures = Key measures met
dash-key-measures-detail = { $below } below the minimum, { $open } unanswered{ $na ->
    [0] {""}
   *[other] , { $na } not applicable
}
dash-verdict = Against the target
verdict-reached = Reached
verdict-not-reached = Not reached
verdict-not-reached-so-far = Not reached so far
verdict-incomplete = Not yet known
dash-gaps-count = { $count ->
    [one] 1 gap to close
   *[other] { $count } gaps to close
}
dash-gaps-open-key-measures = { $count ->
    [one] 1 gap to close
   *[other] { $count } gaps to close
}; { $open ->
    [one] 1 key measure
   *[other] { $open } key measures
} not yet answered
dash-gaps-open-requirements = { $count ->
    [one] 1 gap to close
   *[other] { $count } gaps to close
}; { $open ->
    [one] 1 requirement
   *[other] { $open } requirements
} not yet answered
dash-per-framework = Scores per framework
dash-col-framework = Framework
dash-col-level = Mean level
dash-col-mean = Score
dash-col-done = Answered
dash-bar-legend = The bar shows the mean level; the vertical mark is the target's overall minimum ({ $min }).
dash-radar = Radar
dash-radar-frameworks = All frameworks
dash-radar-none = A radar needs at least three frameworks or groups with scores.
dash-radar-legend = Filled shape: the mean level reached; a spoke with nothing answered yet has no point. Dashed line: the target's overall minimum.
dash-nis2 = NIS2 Art. 21(2) coverage
dash-nis2-none = NIS2 is not loaded.
dash-nis2-assessed-intro = NIS2 is part of this assessment: the levels are your own answers.
dash-nis2-derived-intro = NIS2 is not assessed directly: each point is derived from your answers through the mappings.
dash-nis2-assessed = level { $level }
dash-nis2-covered = covered, level { $level } (derived)
dash-nis2-partly = partly covered (derived)
dash-nis2-not-covered = not covered (derived)
dash-gaps = Top gaps
dash-gaps-none = No gaps: every answered requirement is at or above its target.
dash-gap-open = Open this requirement in the walk-through
dash-gap-detail = { $strength }: level { $current } → target { $target }

## Roadmap phases
phase-first = within 3 months
phase-second = in 3 to 12 months
phase-later = after 12 months
dash-team = Colleagues' progress
dash-team-open = Hand out and take back…
