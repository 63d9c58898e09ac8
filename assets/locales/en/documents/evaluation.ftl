# The evaluation report of bids (src/report/evaluation): what an evaluation committee signs off on.

## Metadata and the title block
eval-name = Evaluation of bids
eval-subject = Evaluation of { $count ->
    [one] 1 bid
   *[other] { $count } bids
} for
# Comma-separated.
eval-keywords = tender, evaluation, public procurement, Directive 2014/24/EU
# The running header after "{buyer} — {tender title} — ".
eval-header = evaluation of bids
eval-kicker = Evaluation report for the evaluation committee
eval-fact-issued = Tender issued
eval-fact-made = Report made
eval-fact-bids = Bids evaluated
eval-fact-items = Items
eval-fact-program = Program
eval-item-summary = { $items ->
    [one] 1 item
   *[other] { $items } items
}: { $musts } MUST (pass/fail) and { $shoulds } SHOULD (weighted, { $total } points in total)
# Printed in a translated report only, on its last page.
eval-binding-notice = The English original of the MIMs is binding. ISO/IEC 27001 titles are given in the project's own translation, for reference only. NIS2 and Implementing Regulation (EU) 2024/2690 are quoted in the terms of that language's official version.

## Words used throughout
eval-none = None.
eval-of = { $part } of { $whole }
eval-item-ref = item { $number }, { $name }
eval-items-list = { $count ->
    [one] item { $list }
   *[other] items { $list }
}
eval-must = MUST
eval-should-weight = SHOULD { $weight }
eval-pass = Pass
eval-fail = Fail
eval-pending = Pending
eval-equiv-accepted = { $outcome } (equiv. accepted)
eval-equiv-rejected = { $outcome } (equiv. rejected)
eval-equiv-undecided = { $outcome } (equiv. undecided)
eval-status-compliant = Meets every MUST
eval-status-excluded = Excluded (fails { $items })
eval-status-undecided = Open: equivalence to decide for { $items }
eval-response-meets = Meets
eval-response-equivalent = Meets by equivalent
eval-response-does-not-meet = Does not meet
eval-decision-not-claimed = not claimed
eval-decision-accepted = Accepted
eval-decision-rejected = Rejected
eval-decision-undecided = Not decided yet
eval-col-no = No.
eval-col-item = Item
eval-col-bidder = Bidder
eval-col-rank = Rank
eval-col-musts-met = MUST items met
eval-col-points = Points
eval-col-status = Status

## 1. Summary
eval-summary = 1. Summary
eval-no-bids = No bids were evaluated.
eval-lead-undecided = No bid can be ranked yet: no bid meets every MUST item without an equivalence that still has to be decided.
eval-lead-none = No bid meets every MUST item, so no bid is ranked.
eval-lead-one = { $bidder } ranks first with { $points } points.
eval-lead-many = { $bidders } share first place with { $points } points each.
eval-provisional = The ranking is provisional: { $count ->
    [one] 1 equivalence claim is
   *[other] { $count } equivalence claims are
} still to be decided (see below and section 5).
eval-part-compliant = { $count ->
    [one] 1 meets
   *[other] { $count } meet
} every MUST item
eval-part-undecided = { $count ->
    [one] 1 waits
   *[other] { $count } wait
} for a decision on an equivalence
eval-part-excluded = { $count ->
    [one] 1 is
   *[other] { $count } are
} excluded
eval-evaluated = { $count ->
    [one] 1 bid
   *[other] { $count } bids
} evaluated: { $parts }.
eval-why-rejected = equivalence claimed and rejected
eval-why-does-not-meet = answered “{ $response }”
eval-excluded = { $bidder } is excluded. It fails:
eval-undecided = { $bidder } is not ranked yet: it claims an equivalence on { $count ->
    [one] a MUST item
   *[other] { $count } MUST items
} that the evaluators have still to decide. It has { $points } points so far.
eval-open-should = Undecided equivalences on SHOULD items earn no points until accepted, so these points may still change:

## 2. Ranking
eval-ranking = 2. Ranking
eval-ranking-intro = Only bids that meet every MUST item are ranked. The points of the other bids are shown for information.

## 3. Method
eval-method = 3. Method
eval-rule-must = Every MUST item is pass/fail. An answer “{ $response }” fails it, and so does an equivalence the evaluators rejected. One failed MUST item excludes the bid.
eval-rule-should = Every SHOULD item earns its full weight when met and nothing otherwise. The weights, published in the tender annex, add up to { $total } points.
eval-rule-equivalent = An answer “{ $response }” counts as met once the evaluators accept the equivalence, and as not met when they reject it. Until it is decided, a MUST item stays pending, which keeps the bid out of the ranking, and a SHOULD item earns nothing.
eval-rule-unanswered = An item left without an answer counts as not met.
eval-rule-ranking = Bids that meet every MUST item are ranked by points, highest first; equal points share a rank.
eval-rule-sources = The answers are read from the bidders' response forms (section 7); the equivalence decisions are those recorded in the tender file (section 5).

## 4. Item by item
eval-matrix = 4. Item by item
eval-matrix-intro = One row per item, one column per bid, in ranking order. MUST items show { $pass }, { $fail } or { $pending }; SHOULD items show the points earned of the item's weight. Answers given as “{ $response }” are marked with the state of the equivalence.
eval-matrix-bid = Bid { $from } of { $total }
eval-matrix-bids = Bids { $from } to { $to } of { $total }
eval-col-modality = MUST / weight
eval-rank-excluded = excluded
eval-rank-not-yet = not ranked yet

## 5. Equivalence claims
eval-claims = 5. Equivalence claims
eval-offered-nothing = (no comment or evidence given)
eval-offered-evidence = Evidence: { $evidence }
eval-no-reason = (no reason recorded)
eval-no-claims = No bid answers any item with “{ $response }”.
eval-claims-intro = Every answer “{ $response }”, with what the bidder offers instead and the evaluators' decision as recorded in the tender file.
eval-col-offered = What the bidder offers
eval-col-decision = Decision
eval-col-reason = Reason
eval-stray-accepted = accepted
eval-stray-rejected = rejected
eval-stray = These decisions in the tender file match no equivalence claimed in the forms read (or were made on an earlier form of the bidder), so they were not used. Check the bidder's name as written in its form:

## 6. Bid by bid
eval-details = 6. Bid by bid
eval-details-intro = Every answer of every bid, in ranking order, as written in the bidder's form.
eval-not-ranked = not ranked
eval-fact-form = Form read
eval-no-form = The form this bid was evaluated from was not given to the report, so its evidence and comments cannot be shown.
eval-no-answer = (no answer)
eval-col-response = Response
eval-col-evidence = Evidence reference
eval-col-comment = Comment
eval-col-result = Result

## 7. Files read
eval-files = 7. Files read
eval-files-intro = The response forms this evaluation was made from. The fingerprint is the SHA-256 of each file: a file that gives the same fingerprint is exactly the file read.
eval-col-file = File
eval-col-fingerprint = SHA-256 fingerprint
eval-files-note = Items { $items } of the tender “{ $title }”; the item texts are in the tender annex.
