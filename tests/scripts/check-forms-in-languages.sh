#!/usr/bin/env bash
# The response form in the tender's language, filled in by another program: for a Swedish and a
# German example tender, openpyxl fills the XLSX form with the response values of the form's own
# list (Swedish "Uppfyller" …, German "Erfüllt" …), and `evaluate` must read it (exit 0) with the
# points the answers are worth; a value not in the list is refused (exit 1) at its cell, the
# column named as the form names it. Needs python3 with openpyxl (python3-openpyxl).
# usage: tests/scripts/check-forms-in-languages.sh [path/to/mim-assistant]
set -euo pipefail
bin=${1:-target/debug/mim-assistant}
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
[[ -n $py ]] || { echo "check-forms-in-languages: python3-openpyxl is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# language, the response column's heading, the MUST and SHOULD words of the form
for case in "sv Svar SKA BÖR" "de Antwort MUSS SOLL"; do
  read -r lang column must should <<<"$case"
  tender="$work/$lang.mimtender.ron"
  "$bin" example tender --language "$lang" -o "$tender" >/dev/null
  "$bin" annex "$tender" -o "$work/$lang.pdf" --form "$work/$lang.xlsx" >"$work/annex.out" 2>&1 || {
    echo "annex ($lang) failed:" >&2; cat "$work/annex.out" >&2; exit 1
  }
  if grep -q "note:" "$work/annex.out"; then
    echo "annex ($lang) warned that the language is not available:" >&2; cat "$work/annex.out" >&2; exit 1
  fi
  # Every item met with evidence, except the first SHOULD item (not met) and the last MUST item
  # (met by an equivalent, accepted below); the values are the form's own list's.
  read -r points item < <("$py" - "$work/$lang.xlsx" "$work/$lang" "$must" "$should" <<'PY'
import sys
import openpyxl
form, out, must, should = sys.argv[1:5]
book = openpyxl.load_workbook(form)
sheet = book.worksheets[0]
meets, equivalent, not_met = sheet.data_validations.dataValidation[0].formula1.strip('"').split(",")
rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=1, max_col=10)]
items = [i for i, r in enumerate(rows) if i >= 6 and r[1]]
first_should = next(i for i in items if rows[i][4] == should)
last_must = [i for i in items if rows[i][4] == must][-1]
points = 0
sheet["B2"] = "Nordvik Data AB"
for i in items:
    if i == first_should:
        answer = (not_met, None, None)
    elif i == last_must:
        answer = (equivalent, "Bilaga C", "Se bilaga C.")
    else:
        answer = (meets, f"https://nordvik.example/{i + 1}", None)
        if rows[i][4] == should:
            points += int(rows[i][5])
    for column, value in enumerate(answer, start=8):
        sheet.cell(row=i + 1, column=column, value=value)
book.save(f"{out}-filled.xlsx")
sheet.cell(row=items[0] + 1, column=8, value="Yes")
book.save(f"{out}-wrong.xlsx")
print(points, last_must - 5)
PY
  )
  "$bin" evaluate "$tender" "$work/$lang-filled.xlsx" --accept "Nordvik Data AB#$item" \
    -o "$work/$lang-evaluation.pdf" >"$work/evaluate.out" 2>"$work/evaluate.err" || {
    echo "evaluate ($lang) refused the filled form:" >&2; cat "$work/evaluate.err" >&2; exit 1
  }
  grep -qx " 1  Nordvik Data AB: $points of 100 points" "$work/evaluate.out" || {
    echo "evaluate ($lang): expected $points points, got:" >&2; cat "$work/evaluate.out" >&2; exit 1
  }
  echo "evaluate read the $lang form filled by openpyxl: $points of 100 points"
  status=0
  "$bin" evaluate "$tender" "$work/$lang-wrong.xlsx" -o "$work/wrong.pdf" >/dev/null 2>"$work/wrong.err" || status=$?
  if [[ $status -ne 1 ]] || ! grep -q "cell H7 ($column): “Yes” is not a response" "$work/wrong.err"; then
    echo "evaluate ($lang) of a wrongly filled form: expected exit 1 naming cell H7, got exit $status:" >&2
    cat "$work/wrong.err" >&2; exit 1
  fi
  echo "evaluate refused a wrongly filled $lang form: $(head -n 1 "$work/wrong.err" | sed "s|$work/||")"
done
