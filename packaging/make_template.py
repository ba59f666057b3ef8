#!/usr/bin/env python3
# ruff: noqa: E501 - the package parts are literal XML, kept one element per line.
"""Build Samspel's Word template ``resources/templates/samspel.docx`` from plain XML.

    python packaging/make_template.py          # (re)generate
    python packaging/make_template.py --check  # fail if the committed file is out of date

Written by hand rather than derived from python-docx's default document, so nothing in it
names a tool, every style is one we chose, and the bytes are reproducible (fixed zip dates).

What it holds: A4 portrait with 25 mm margins; Calibri 11 pt (LibreOffice substitutes the
metric-compatible Carlito); Swedish (sv-SE) as the language of every style, so Word and
LibreOffice spell-check in Swedish; the named styles the exporter uses – Title, Subtitle,
Heading 1, Heading 2, Normal, List Bullet, List Number, Header, Footer and the table style
"Samspel Tabell" – and the numbering definitions behind the two list styles. Headers, footers
and the body are written by the exporter.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "samspel.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = "Calibri"
ACCENT = "1F3A5F"  # a calm dark blue for headings
MUTED = "595959"
# A4 in twentieths of a point, 25 mm margins: text width 9072.
PAGE_W, PAGE_H, MARGIN = 11906, 16838, 1417
TEXT_WIDTH = PAGE_W - 2 * MARGIN
FIXED_DATE = (2026, 1, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>
"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Samspel – dokumentmall</dc:title>
<dc:creator>Samspel</dc:creator>
<cp:lastModifiedBy>Samspel</cp:lastModifiedBy>
<dc:language>sv-SE</dc:language>
<cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>
"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>Samspel</Application>
</Properties>
"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}">
<w:defaultTabStop w:val="1304"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="sv-SE"/>
</w:settings>
"""

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}">
<w:body>
<w:p/>
<w:sectPr>
<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>
<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="709" w:footer="567" w:gutter="0"/>
<w:cols w:space="708"/>
</w:sectPr>
</w:body>
</w:document>
"""


def _lang() -> str:
    return '<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/>'


def _para_style(
    style_id: str,
    name: str,
    *,
    ppr: str = "",
    rpr: str = "",
    based_on: str | None = "Normal",
    next_style: str | None = None,
    extra: str = "",
    default: bool = False,
) -> str:
    flag = ' w:default="1"' if default else ""
    parts = [
        f'<w:style w:type="paragraph"{flag} w:styleId="{style_id}">',
        f'<w:name w:val="{name}"/>',
    ]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append(extra)
    parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    parts.append(f"<w:rPr>{rpr}{_lang()}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def _border(side: str, size: int = 4, color: str = "BFBFBF") -> str:
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'


def styles_xml() -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    heading = f'<w:b/><w:bCs/><w:color w:val="{ACCENT}"/>'
    styles = [
        _para_style(
            "Normal",
            "Normal",
            based_on=None,
            extra='<w:uiPriority w:val="0"/>',
            ppr='<w:spacing w:after="140" w:line="276" w:lineRule="auto"/>',
            default=True,
        ),
        _para_style(
            "Title",
            "Title",
            next_style="Normal",
            ppr='<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>'
            "<w:contextualSpacing/>",
            rpr=f'<w:b/><w:bCs/><w:color w:val="{ACCENT}"/><w:kern w:val="28"/>'
            '<w:sz w:val="44"/><w:szCs w:val="44"/>',
        ),
        _para_style(
            "Subtitle",
            "Subtitle",
            next_style="Normal",
            ppr='<w:spacing w:after="320"/>',
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="26"/><w:szCs w:val="26"/>',
        ),
        _para_style(
            "Heading1",
            "heading 1",
            next_style="Normal",
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
            '<w:outlineLvl w:val="0"/>',
            rpr=heading + '<w:sz w:val="30"/><w:szCs w:val="30"/>',
        ),
        _para_style(
            "Heading2",
            "heading 2",
            next_style="Normal",
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
            '<w:outlineLvl w:val="1"/>',
            rpr=heading + '<w:sz w:val="24"/><w:szCs w:val="24"/>',
        ),
        _para_style(
            "ListBullet",
            "List Bullet",
            ppr='<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _para_style(
            "ListNumber",
            "List Number",
            ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _para_style(
            "Header",
            "header",
            ppr=f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "Footer",
            "footer",
            ppr='<w:jc w:val="center"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "TableText",
            "Samspel tabelltext",
            ppr='<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
        ),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:styleId="SamspelTabell">'
        '<w:name w:val="Samspel Tabell"/><w:basedOn w:val="TableNormal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:tblPr><w:tblBorders>"
        + _border("top", 8, ACCENT)
        + _border("bottom", 8, ACCENT)
        + _border("insideH")
        + "</w:tblBorders><w:tblCellMar>"
        '<w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E9EEF4"/></w:tcPr></w:tblStylePr>'
        f'<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/><w:color w:val="{ACCENT}"/>'
        "</w:rPr></w:tblStylePr>"
        "</w:style>",
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}">'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}"
        f'<w:sz w:val="22"/><w:szCs w:val="22"/>{_lang()}</w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>" + "".join(styles) + "</w:styles>\n"
    )


def _level(ilvl: int, fmt: str, text: str, style: str | None) -> str:
    indent = 360 + 360 * ilvl
    pstyle = f'<w:pStyle w:val="{style}"/>' if style and ilvl == 0 else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def numbering_xml() -> str:
    bullets = "".join(_level(i, "bullet", "•", "ListBullet") for i in range(3))
    numbers = "".join(_level(i, "decimal", f"%{i + 1}.", "ListNumber") for i in range(3))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:numbering xmlns:w="{W}">'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{bullets}</w:abstractNum>"
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{numbers}</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>\n"
    )


def build() -> bytes:
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/document.xml", DOCUMENT),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", SETTINGS),
    ]
    buffer = io.BytesIO()
    # Stored, not deflated: zlib versions differ in their output, and the check compares bytes.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    data = build()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_bytes() != data:
            print(f"Out of date (run packaging/make_template.py): {TARGET.relative_to(ROOT)}")
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
