# The catalog browser (search bar, framework tree, requirement pages) and the About view.

## Search bar

browser-back = ◀ Back
browser-back-tooltip = Show what was shown before
browser-search = Search
browser-search-hint = an id such as 5.15 or words such as encryption
browser-search-shortcut = Ctrl+F
browser-clear = Clear
browser-search-hits = { $count ->
        [0] no requirement matches
        [one] 1 requirement matches
       *[other] { $count } requirements match
    }

## Navigation

browser-all-frameworks = All frameworks
browser-about-link = About, sources and licences
browser-search-nothing = Nothing matches. Try an id (such as A.5.15 or R1) or fewer words.
browser-framework-about = About { $name }
browser-framework-tooltip = { $requirements ->
        [one] 1 requirement
       *[other] { $requirements } requirements
    } in { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    }
# A group in the tree with the number of requirements in it, such as "C1  Access (12)".
browser-group-title = { $label } ({ $count })

## Detail pages

browser-framework-missing = The framework { $id } is not loaded.
browser-requirement-missing = The requirement { $id } is not in the loaded catalogs.
browser-overview-heading = Checklist catalog
browser-overview-intro = Browse the requirements of the MIMs, ISO/IEC 27001:2022 and NIS2, and the common tender clauses. Open a framework on the left, or search by id or words above. Each requirement shows what it asks, why it matters, how to assess it, what to write in a tender, and how it maps to the other frameworks.
browser-column-framework = Framework
browser-column-kind = Kind
browser-column-groups = Groups
browser-column-requirements = Requirements

## Kinds of framework

browser-kind-mim = MIM
browser-kind-standard = Standard
browser-kind-regulation = EU law
browser-kind-clause-library = Tender clauses

## A framework's page

browser-version = Version: { $version }
# $standing is one of the browser-standing-* texts below.
browser-requirements-standing = Requirements: { $standing }
browser-objectives = Objectives
browser-notes = Notes
browser-mechanisms = Mechanisms: ways to meet the requirements
browser-specifications = Specifications: { $list }
browser-sources = Sources
browser-loaded-from = Loaded from { $origin }

## How well a framework is sourced: "all 21 from primary sources" or
## "18 from primary sources, 5 from secondary sources"

browser-standing-primary = { $count } from primary sources
browser-standing-secondary = { $count } from secondary sources
browser-standing-general = { $count } from general knowledge
# $part is one of the three texts above, when all requirements share it.
browser-standing-all = all { $part }
browser-standing-none = no requirements

## A requirement's page

# SHALL, SHOULD and MAY ($keyword) are RFC 2119 terms and stay in English.
browser-strength-inferred = { $keyword } (inferred)
browser-strength-inferred-tooltip = The source states this without SHALL, SHOULD or MAY; the strength is our reading.
browser-suggested-proof = Suggested proof: { $proof }
browser-capability = Capability { $id }
browser-why = Why it matters
browser-question = Assessment question
browser-guidance = What good looks like
browser-evidence = Evidence examples
browser-tender-clause = Tender clause
browser-also-relies-on = Also relies on
browser-mappings = Mappings
browser-no-mappings = No mapping to other frameworks is recorded for this requirement.
browser-source = Source
browser-where = Where: { $locator }
browser-confidence = Confidence that this reflects the source: { $confidence }
browser-secondary-only = Known from a secondary source only (a third-party copy of the text): check it against the publisher's text before relying on its wording.
browser-ways-to-meet = Ways to meet this
browser-named-for-capability = Named for capability { $id }
browser-licence = Licence:

## Kinds of proof

browser-proof-self-declaration = Self-declaration
browser-proof-documentation = Documentation
browser-proof-certificate = Certificate
browser-proof-demonstration = Demonstration
browser-proof-test = Test

## Confidence levels

browser-confidence-high = high
browser-confidence-medium = medium
browser-confidence-low = low

## Mappings: "<this requirement> is … <the other one>"

browser-relationship-equal = Equal to
browser-relationship-subset = Part of
browser-relationship-superset = Covers all of
browser-relationship-intersects = Overlaps with
browser-mapping-derived = derived
browser-mapping-confidence = confidence { $confidence }
# Tooltip of a mapping: why the pair is related, then the mapping set it comes from.
browser-mapping-tooltip =
    { $provenance }
    From: { $set }

## About view

about-heading = About MIM Assistant
about-custom-catalog = Added in this installation (imported or written by you, not shipped with MIM Assistant). Licence or copyright as its source states it: { $licence }
about-intro = Version { $version }. MIM Assistant helps a city assess its data platform against the OASC Minimal Interoperability Mechanisms (MIMs), ISO/IEC 27001:2022 and NIS2, and turn their requirements into tender documents. It works offline; nothing leaves this computer.
about-own-words = Every statement, question and tender clause in the checklists is written by the MIM Assistant project in its own words; identifiers, titles and numbers come from the sources below. Where a source and this program differ, the source governs. This is not legal advice: have tender documents checked by your procurement lawyer.
about-frameworks-heading = Frameworks, versions and how they are sourced
about-source-kinds = Primary: the publisher's own text or an official act. Secondary: a third-party copy or summary, used only where the publisher's text was not available.
about-version = Version: { $version }
about-requirements-standing = Requirements: { $standing }
about-credits-heading = Credits required by licences
about-no-credits = No loaded source asks for a credit line.
about-credit-font = DejaVu Sans font: Bitstream Vera and Arev licences; DejaVu changes are in the public domain.
about-credit-code = Program code: MIT or Apache-2.0, at your choice.
about-sources-heading = Sources and licences, framework by framework
about-framework-sources = { $name } ({ $count ->
        [one] 1 source
       *[other] { $count } sources
    })
about-loaded-from = Loaded from { $origin }
about-mapping-sets-heading = Mapping sets
about-mapping-set = { $title } ({ $count ->
        [one] 1 pair
       *[other] { $count } pairs
    })
about-derived = Derived: inferred through a third framework.
about-languages-heading = Languages
about-languages-intro = Each language's share of the checklist texts; what a language lacks is shown in English, the binding original.
about-language = { $language }: { $translated } of { $total } texts

## Catalog → Import…

browser-import-link = Import a catalog…
import-heading = Import a catalog
import-intro = Bring in a checklist you already hold: an OSCAL catalog (JSON or YAML) or a CISO Assistant library (YAML: a framework with its scores, or a mapping library). It is turned into a catalog of this program and kept in your catalog folder, beside the catalogs that come with it. MIM Assistant ships no third-party library: the file is yours, and so are its terms of use.
import-folder = Imports are written to { $folder }.
import-no-folder = This system has no catalog folder for your user, so nothing can be imported from the window; use mim-assistant import-catalog with -o instead.
import-path = File to import
import-browse = Choose a file…
import-check = Check
import-replace = Write over an earlier import of this file
import-filter = Catalogs (OSCAL, CISO Assistant)
import-problems-heading = This file cannot be imported
import-button = Import
import-written-heading = Written
import-done = { $count ->
        [one] Imported: 1 file written. The catalog is loaded.
       *[other] Imported: { $count } files written. The catalogs are loaded.
    }
import-summary-file = { $file } · { $format } · id { $id }
import-summary-counts = { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    }, { $requirements ->
        [one] 1 requirement
       *[other] { $requirements } requirements
    }
import-summary-mappings = { $count ->
        [one] 1 mapping
       *[other] { $count } mappings
    }
import-summary-scale = A scale of { $levels } levels
import-summary-licence = Licence or copyright as the file states it: { $licence }
import-left-withdrawn = Left out: { $count } withdrawn control(s)
import-left-empty-groups = Left out: { $count } heading(s) without requirements
import-left-not-related = Left out: { $count } pair(s) marked not related
import-format-oscal = OSCAL catalog
import-format-oscal-ours = OSCAL catalog exported by MIM Assistant
import-format-ciso-framework = CISO Assistant framework library
import-format-ciso-mappings = CISO Assistant mapping library
