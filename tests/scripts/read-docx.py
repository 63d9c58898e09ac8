#!/usr/bin/env python3
"""Reads a DOCX file as another program than ours does, with python-docx, and prints as JSON
what a reader's tools see: every heading-styled paragraph with its style's name ("Title",
"Heading 1" ...) and text, the rows of the first table whose header row has the given column
title (header included), the core properties, and how many pictures carry an alt text.

usage: read-docx.py FILE.docx [COLUMN]
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def heading(paragraph):
    name = paragraph.style.name if paragraph.style is not None else ""
    return name == "Title" or name.startswith("Heading ")


def cell_text(cell):
    return "\n".join(p.text for p in cell.paragraphs)


def main(argv):
    path = argv[0]
    column = argv[1] if len(argv) > 1 else None
    document = docx.Document(path)
    headings = [[p.style.name, p.text] for p in document.paragraphs if heading(p)]
    table_rows = None
    if column is not None:
        for table in document.tables:
            header = [cell_text(c) for c in table.rows[0].cells] if table.rows else []
            if column in header:
                table_rows = [[cell_text(c) for c in row.cells] for row in table.rows]
                break
    pictures = document.element.body.iter(qn("wp:docPr"))
    described = [p.get("descr", "") for p in pictures]
    core = document.core_properties
    print(json.dumps({
        "headings": headings,
        "table": table_rows,
        "tables": len(document.tables),
        "pictures": len(described),
        "pictures_with_alt_text": sum(1 for d in described if d.strip()),
        "title": core.title,
        "author": core.author,
        "subject": core.subject,
        "keywords": core.keywords,
        "language": core.language,
        "created": core.created.isoformat() if core.created else None,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
