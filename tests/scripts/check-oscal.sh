#!/usr/bin/env bash
# Checks the OSCAL exports with other people's tools: the example's catalogs, assessment results,
# plan of action and milestones and mapping collections validate against NIST's OSCAL 1.2.3 JSON
# schemas (check-jsonschema, which handles their \p{L} patterns) and with compliance-trestle's
# `partial-object-validate`; exporting twice gives the same bytes. Needs check-jsonschema and
# trestle on PATH (pip install check-jsonschema compliance-trestle); fails if either is missing.
# usage: tests/scripts/check-oscal.sh [path/to/mim-assistant]
set -euo pipefail
bin=${1:-target/debug/mim-assistant}
schemas="$(cd "$(dirname "$0")/../fixtures/oscal-schemas" && pwd)"
for tool in check-jsonschema trestle; do
  command -v "$tool" >/dev/null || { echo "check-oscal: $tool is not installed" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" example assessment -o "$work/example.mimassess.ron" >/dev/null
export_all() {
  "$bin" oscal catalog -o "$1/catalogs" >/dev/null
  "$bin" oscal mapping -o "$1/mappings" >/dev/null
  "$bin" oscal results "$work/example.mimassess.ron" -o "$1/ar.json" >/dev/null
  "$bin" oscal poam "$work/example.mimassess.ron" -o "$1/poam.json" >/dev/null
}
export_all "$work/a"
export_all "$work/b"
diff -r "$work/a" "$work/b" >/dev/null || { echo "check-oscal: two exports of the same input differ" >&2; exit 1; }
echo "the same input gives the same OSCAL files, byte for byte"

cd "$work/a"
check() { # schema model files...
  local schema=$1 model=$2
  shift 2
  check-jsonschema --schemafile "$schemas/oscal_${schema}_schema.json" "$@" >"$work/cj.log" 2>&1 \
    || { cut -c1-400 "$work/cj.log" >&2; exit 1; }
  for file in "$@"; do
    (cd "$work" && trestle partial-object-validate -f "$work/a/$file" -e "$model") >"$work/tr.log" 2>&1 \
      || { tail -20 "$work/tr.log" >&2; exit 1; }
    grep -q "^VALID" "$work/tr.log" || { tail -20 "$work/tr.log" >&2; exit 1; }
  done
  echo "OSCAL $model: $# file(s) valid (check-jsonschema, trestle)"
}
check catalog catalog catalogs/*.catalog.json
check assessment-results assessment-results ar.json
check poam plan-of-action-and-milestones poam.json
check mapping mapping-collection mappings/*.mapping.json
