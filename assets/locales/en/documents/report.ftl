# report
# The maturity report's own words (src/report/maturity) and the text of `mim-assistant score`.
# Catalog texts (framework, requirement, scale and profile names) come translated from the
# library; these are the words around them. SHALL, SHOULD and MAY are RFC 2119 terms and stay.

## How the report writes dates: "iso" keeps the assessment's YYYY-MM-DD, "words" writes them
## in words (1 March 2026).
report-date-style = iso
## The notice on the sources page of a translated report; empty in English, which is binding.
report-binding-notice = {""}

## Metadata and running header
report-title = Maturity report — { $organisation }
report-subject = Self-assessment against { $frameworks } — round { $round }, { $date }
report-keyword-maturity = maturity
report-header = { $organisation } — maturity report, { $date }

## Shared pieces
report-none = None.
report-counts = { $answered } answered, { $na } not applicable, { $open } open
report-level = level { $level }
report-not-applicable = not applicable
report-not-answered = not answered
report-no-gaps = No answered requirement is below its target.
report-all-frameworks = All frameworks

## Cover
report-cover-kicker = MIM Assistant · maturity report
report-cover-title = Maturity report: { $organisation }
report-cover-title-short = Maturity report
report-fact-organisation = Organisation
report-fact-place = Place
report-fact-assessor = Assessor
report-fact-date = Date
report-fact-round = Round
report-fact-frameworks = Frameworks
report-fact-scale = Scale
report-fact-profile = Target profile
report-fact-program = Program
report-fingerprint = Fingerprint of the assessment (SHA-256 of its canonical content): { $fingerprint }

## At a glance (the one-page summary)
report-glance-title = At a glance
report-glance-band = { report-glance-title } — { $organisation }, round { $round }, { $date }
report-glance-unjudged = { $organisation } reaches a mean level of { $mean }; the scale or the target profile named in the assessment is not loaded, so no target can be judged.
report-glance-below-key = { $count ->
    [one] 1 key measure is
   *[other] { $count } key measures are
} below the minimum of { $min }
report-glance-below-overall = the overall score of { $mean } is below the { $min } it asks
report-glance-reached = { $organisation } reaches its target profile: every requirement is answered and every minimum is met.
report-glance-not-reached = { $organisation } does not reach its target profile: { $below }.
report-glance-not-reached-so-far = { $organisation } does not reach its target profile so far: { $below }, and { $open } not yet answered.
report-glance-incomplete = Whether { $organisation } reaches its target profile is not known yet: nothing is below a minimum so far, but { $open } not yet answered.
report-glance-open = { $count ->
    [one] 1 requirement is
   *[other] { $count } requirements are
}
report-glance-open-one-key = 1 requirement, a key measure, is
report-glance-open-with-key = { $count } requirements ({ $key ->
    [one] 1 key measure
   *[other] { $key } key measures
} among them) are
report-card-overall = Overall score
report-card-overall-detail = mean level out of { $high }; the target profile asks for at least { $min } overall
report-card-completeness = Completeness
report-card-done = { $done } of { $total } done
report-card-with-na = { $text }, { $na } not applicable
report-card-key = Key measures met
report-card-key-detail = { $below } below the minimum, { $open } unanswered
report-card-verdict = Against the target
report-card-gaps = { $count ->
    [one] 1 gap to close
   *[other] { $count } gaps to close
}
report-card-gaps-open-requirements = { $gaps }; { $open ->
    [one] 1 requirement
   *[other] { $open } requirements
} not yet answered
report-card-gaps-open-key = { $gaps }; { $open ->
    [one] 1 key measure
   *[other] { $open } key measures
} not yet answered
report-verdict-reached = Reached
report-verdict-not-reached = Not reached
report-verdict-not-reached-so-far = Not reached so far
report-verdict-incomplete = Not yet known
report-heat-heading = Answers by framework and level
report-heat-corner = Framework
report-heat-level = Level { $level }
report-heat-na = N/A
report-heat-open = Open
report-heat-rest = and { $count ->
    [one] 1 framework
   *[other] { $count } frameworks
} more, together
report-heat-levels = Levels: { $names }.
report-heat-legend = Each cell counts a framework's requirements at that level. The bar under each heading is the level's colour (red for the lowest, through amber, to green for the highest); the deeper a cell's colour, the larger its share of the row. Grey: not applicable; blue-grey: not yet answered.
report-urgent-heading = The most urgent gaps
report-urgent-more = …and { $count } more, ranked under “{ $gaps }” and planned under “{ $roadmap }”.
report-since-heading = Since the last round
report-since-first = This is the first round: there is no earlier round to compare with yet.
report-since-no-new = no requirement was answered for the first time
report-since-new = { $count ->
    [one] 1 requirement was
   *[other] { $count } requirements were
} answered for the first time
report-since = Compared with round { $round }: { $rose ->
    [one] 1 level
   *[other] { $rose } levels
} rose and { $fell } fell; { $new }.
report-since-with-lost = Compared with round { $round }: { $rose ->
    [one] 1 level
   *[other] { $rose } levels
} rose and { $fell } fell; { $new }, and { $lost ->
    [one] 1 is
   *[other] { $lost } are
} no longer.
report-rose-most = Rose most: { $list }.
report-fell-most = Fell most: { $list }.

## Table columns
report-col-number = #
report-col-requirement = Requirement
report-col-level-target = Level → target
report-col-priority = Priority
report-col-phase = Roadmap phase
report-col-level = Level
report-col-name = Name
report-col-meaning = What it means
report-col-framework = Framework
report-col-score = Score
report-col-answered = Answered
report-col-na = N/A
report-col-open = Open
report-col-complete = Complete
report-col-group = Group
report-col-answered-na-open = Answered / N/A / open
report-col-strength = Strength
report-col-current = Level
report-col-target = Target
report-col-when = When
report-col-requirement-phase = Requirement · { $phase }
report-col-from-to = From → to
report-col-point = Point
report-col-coverage = Coverage
report-col-theme = Theme
report-col-controls = Controls
report-col-answers = Answers
report-col-from = From
report-col-relationship = Relationship
report-col-to = To
report-col-confidence = Confidence
report-col-mapping-set = Mapping set
report-col-document = Document
report-col-where = Where
report-col-licence = Licence

## Executive summary
report-summary = Executive summary
report-summary-lead = { $organisation } reaches a mean level of { $mean } on a scale from { $low } to { $high }, over { $answered ->
    [one] 1 answered requirement
   *[other] { $answered } answered requirements
} of { $total } in scope; the target profile asks for at least { $min } overall.
report-summary-lead-unjudged = { $organisation } reaches a mean level of { $mean } over { $answered ->
    [one] 1 answered requirement
   *[other] { $answered } answered requirements
}. The scale or the target profile named in the assessment is not loaded, so no target can be judged.
report-summary-reached = The target profile is reached: every requirement is answered and every minimum is met.
report-summary-not-reached = The target profile is not reached yet: at least one key measure, or the overall score, is below the profile's minimum.
report-summary-incomplete = Whether the target profile is reached is not known yet: some requirements are still unanswered.
report-summary-completeness = { $percent } % of the requirements are answered or marked not applicable ({ $counts }). Of the { $key } key measures, { $met } meet the minimum of { $min }, { $below } are below it and { $open } are not answered yet.
report-summary-extremes = The lowest score is in { $lowest } ({ $low }); the highest in { $highest } ({ $high }).
report-summary-gaps = { $count ->
    [one] 1 requirement is
   *[other] { $count } requirements are
} below target; { $first ->
    [one] 1 belongs
   *[other] { $first } belong
} in the first three months of the roadmap. The most urgent:
report-summary-gap = { $requirement } — level { $level }, target { $target }
report-summary-change = Since the last round, { $rose ->
    [one] 1 level
   *[other] { $rose } levels
} rose and { $fell } fell; { $new ->
    [one] 1 requirement was
   *[other] { $new } requirements were
} answered for the first time.

## Method and scale
report-method = Method and scale
report-method-text = Each requirement was rated on the maturity scale below, against a target level. A score is the mean level of the answered requirements; requirements marked not applicable (with a reason) are left out, and unanswered ones are counted as open, never as zero. Key measures must each reach the profile's minimum on their own.
report-method-scale = Scale: { $name }
report-method-profile = Target profile: { $name }
report-fact-targets = Targets
report-targets = SHALL { $shall }, SHOULD { $should }, MAY { $may } (on the profile's scale { $scale })
report-fact-minimums = Minimums
report-minimums = every key measure { $key }, overall { $overall }
report-roadmap-rule-heading = Roadmap rule
report-roadmap-rule = SHALL requirements two or more levels below target come first (0–3 months); other SHALL gaps and SHOULD gaps of two or more levels follow (3–12 months); everything else is planned for 12 months and later.

## Scores and radar
report-scores = Scores
report-bars-note = Bars show the mean level; the mark is the target profile's overall minimum ({ $min }).
report-radar = Radar
report-radar-text = Each spoke is a framework or a capability; the solid shape is the mean level reached (a spoke with nothing answered yet has no point, rather than a point at the centre), the dashed line the target profile's overall minimum.

## Gaps and roadmap
report-gaps = Gaps against target
report-gaps-text = Ranked by priority: the gap in levels times the weight of the requirement's strength (SHALL 3, SHOULD 2, MAY 1). The tag says in which phase of the roadmap the gap is to be closed.
report-roadmap = Roadmap
report-phase-first = 0–3 months
report-phase-second = 3–12 months
report-phase-later = 12+ months
report-phase-first-asks = act first
report-phase-second-asks = plan next
report-phase-later-asks = later
report-band = { $phase } ({ $count ->
    [one] 1 item
   *[other] { $count } items
}) — { $asks }

## NIS2 and ISO/IEC 27001 Annex A
report-nis2 = NIS2 Art. 21(2) coverage
report-nis2-assessed = NIS2 is part of this assessment: the levels are the assessor's own answers.
report-nis2-derived = NIS2 was not assessed directly. Each point below is derived from the answers through the mappings: an equal or wider requirement carries its level over (covered); a narrower or overlapping one covers the point partly at most. Derived values are marked "(derived)".
report-nis2-mixed = Points in the assessment's scope show the assessor's own answers. The others are derived from the answers through the mappings: an equal or wider requirement carries its level over (covered); a narrower or overlapping one covers the point partly at most. Derived values are marked "(derived)".
report-nis2-none = No point of Art. 21(2) is in the assessment's scope or mapped from a requirement in it.
report-covered-level = covered, level { $level } (derived)
report-coverage-covered = covered (derived)
report-coverage-partly = partly covered (derived)
report-coverage-not-covered = not covered (derived)
report-coverage-from = { $value }; from { $sources }
report-annex-a = ISO/IEC 27001 Annex A
report-annex-a-assessed = Annex A theme by theme, from the assessor's own answers.
report-annex-a-derived = ISO/IEC 27001 was not assessed directly; the controls are counted as covered or partly covered through the mappings (derived).
report-annex-a-counts = { $covered } covered, { $partly } partly, { $missing } not covered (derived)

## Requirement by requirement
report-details = Requirement by requirement
report-details-text = Every requirement in scope with its level, target, notes and evidence, in reading order.
report-not-applicable-reason = not applicable: { $reason }
report-strength-line = { $strength } · { $level } · target { $target }
report-strength-line-secondary = { $strength } · { $level } · target { $target } · secondary source only
report-strength-inferred = { $keyword } (inferred)
report-covers = What it covers ({ $met } of { $total } met):
report-notes = Notes: { $notes }
report-answered-by = Answered by { $name } on { $date }, merged from their part.
report-evidence = Evidence:

## Mappings
report-mappings = Appendix: mappings
report-mappings-text = The relationships (NIST IR 8477) between requirements in scope and other requirements, as the catalogs state them; coverage above is derived from these.
report-relationship-equal = Equal to
report-relationship-subset = Part of
report-relationship-superset = Covers all of
report-relationship-intersects = Overlaps with
report-confidence-high = high
report-confidence-medium = medium
report-confidence-low = low
report-confidence-derived = { $confidence }, derived

## Sources and credits
report-sources = Appendix: sources and credits
report-secondary-heading = Items resting on a secondary source
report-secondary-text = Per framework assessed, how many requirements are known only from a secondary source (a third-party copy of the publisher's text, such as the MIMs booklet or a machine-readable copy of a regulation); they are marked “secondary source only” in the appendix and should be checked against the publisher's text (OASC, EUR-Lex) before their wording is relied on.
report-secondary-none = { $framework }: none
report-secondary-count = { $framework }: { $count } of { $total } requirements
report-credits = Credits
report-own-words = Requirement statements, questions and guidance are MIM Assistant's own wording of the sources named above; identifiers, titles and numbers come from the sources.
report-custom-words = The texts of { $frameworks } come from a catalog added in this installation (imported from another format or written by the organisation), not from MIM Assistant: they are the source's own words, and fields the source lacks were generated on import, as each requirement's notes say.

## Sign-off (the last section): lines to fill in by hand
report-signoff = Sign-off
report-signoff-intro = By signing, the assessor confirms that the answers describe the organisation as it stood on { $date }; the approver accepts the report and the roadmap it sets out.
report-signoff-assessor = Assessed by
report-signoff-approver = Approved by (for example the CISO or the council)
report-signoff-name = Name
report-signoff-role = Role
report-signoff-date = Date
report-signoff-signature = Signature
## `mim-assistant score` (text output; --json stays as it is)
report-score-heading = { $organisation } ({ $place }) — round { $round }, { $date }
report-score-scale = Scale { $scale } ({ $min }–{ $max }); target profile: { $profile } (every key measure ≥ { $key }, overall ≥ { $overall })
report-score-col-framework = framework
report-score-col-mean = mean
report-score-col-answered = answered
report-score-col-unanswered = unanswered
report-score-col-na = N/A
report-score-col-complete = complete
report-score-overall = overall
report-score-key-measures = Key measures: { $total } — { $met } met, { $below } below { $min }, { $open } unanswered, { $na } not applicable
report-score-verdict-reached = reached
report-score-verdict-not-reached = NOT reached
report-score-verdict-incomplete = not yet decided (key measures unanswered)
report-score-verdict = Verdict against "{ $profile }": { $verdict }
report-score-gaps = Top gaps (of { $count }):
report-score-priority = priority
report-score-rule = Roadmap rule: { $rule }
report-score-derived = Derived through mappings (not assessed directly):
report-score-derived-line = { $covered } covered, { $partly } partly covered, { $missing } not covered (derived)
report-score-since = Since round { $round }: { $rose } rose, { $fell } fell, { $new } newly answered, { $lost } no longer answered
report-score-rose = Rose
report-score-fell = Fell
report-score-more = { $list } and { $count } more
report-score-unknown = { $count } answer(s) name requirements not in the loaded catalogs; they are kept: { $ids }
