#!/usr/bin/env python3
"""Fills a questionnaire workbook as a colleague would in a spreadsheet program, with openpyxl
(another program than ours): finds each requirement's row by its id in column A and types the
value into the column given, then saves under a new name.

usage: fill-questionnaire.py IN.xlsx OUT.xlsx COLUMN@QID=VALUE...
  e.g. E@iso27001:A.6.1=4 – Managed   F@iso27001:A.6.1=Checked by HR
"""
import sys

import openpyxl


def main(argv):
    source, target, *cells = argv
    book = openpyxl.load_workbook(source)
    sheet = book.worksheets[0]
    rows = {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=1) if row[0].value}
    for cell in cells:
        place, value = cell.split("=", 1)
        column, qid = place.split("@", 1)
        if qid not in rows:
            sys.exit(f"fill-questionnaire: no row for {qid}")
        sheet[f"{column}{rows[qid]}"] = value
    book.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
