"""Two versions of an agreement side by side, as the editor's comparison tab shows them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from samspel_desktop.services.agreement_comparison import DiffSegment, VersionComparison


def comparison_html(comparison: VersionComparison) -> str:
    """The comparison as HTML: deletions struck through in red, insertions green."""
    labels = {
        "added": QCoreApplication.translate("AgreementEditor", "nytt avsnitt"),
        "removed": QCoreApplication.translate("AgreementEditor", "borttaget avsnitt"),
        "changed": QCoreApplication.translate("AgreementEditor", "ändrat"),
        "unchanged": QCoreApplication.translate("AgreementEditor", "oförändrat"),
    }
    styles = {
        "delete": "background:#fbe3e3;color:#8a1f1f;text-decoration:line-through;",
        "insert": "background:#e1f3e1;color:#1d5e1d;",
        "equal": "",
    }

    def render(segments: tuple[DiffSegment, ...]) -> str:
        out = []
        for segment in segments:
            body = html.escape(segment.text).replace("\n", "<br>")
            style = styles[segment.kind]
            out.append(f'<span style="{style}">{body}</span>' if style else body)
        return "".join(out)

    old, new = comparison.old, comparison.new
    summary = (
        QCoreApplication.translate(
            "AgreementEditor",
            "<b>Version %1</b> → <b>Version %2</b>: %3 av %4 avsnitt har ändrats.",
        )
        .replace("%1", str(old.number))
        .replace("%2", str(new.number))
        .replace("%3", str(comparison.changed))
        .replace("%4", str(len(comparison.sections)))
    )
    parts = [f"<p>{summary}</p>"]
    for section in comparison.sections:
        parts.append(f"<h4>{render(section.title)} <small>({labels[section.change]})</small></h4>")
        if section.change != "unchanged":
            parts.append(f"<p>{render(section.body)}</p>")
    return "".join(parts)
