"""Baseline for the agreement export: plain python-docx writing the same paragraphs.

    python benchmarks/docx_baseline.py PARAGRAPHS.json TEMPLATE.docx|- OUT.docx

``PARAGRAPHS.json`` is a list of ``[style, text]`` pairs prepared by ``run.py`` from the same
agreement version the app exports; ``-`` uses python-docx's default template.
"""

from __future__ import annotations

import json
import sys

import docx


def main() -> None:
    source, template, target = sys.argv[1:4]
    with open(source, encoding="utf-8") as handle:
        paragraphs = json.load(handle)
    document = docx.Document(None if template == "-" else template)
    styles = {s.name for s in document.styles}
    for style, text in paragraphs:
        document.add_paragraph(text, style=style if style in styles else None)
    document.save(target)


if __name__ == "__main__":
    main()
