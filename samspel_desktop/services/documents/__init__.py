"""Word documents (``.docx``): the writer, and the documents Samspel writes with it.

``writer`` knows how to write any document on the bundled or a municipality's template;
``agreement``, ``minutes``, ``reports`` and ``seminar_summary`` each write one kind of document
from domain objects they are given. ``naming`` (no python-docx) names the files.
"""
