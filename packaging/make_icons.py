#!/usr/bin/env python3
"""Write Samspel's app icon: the SVG source and every raster each platform needs.

    python packaging/make_icons.py

The SVG below is the single source. Qt's SVG renderer (QtSvg, part of PySide6-Essentials) draws
it into ``resources/icons/``:

* ``samspel.svg`` – the source (Linux ``scalable`` icon theme entry);
* ``samspel-16.png`` … ``samspel-512.png`` – window icon and Linux hicolor sizes;
* ``samspel.ico`` – Windows (exe, MSI, Start menu): 16–256 px, PNG-compressed entries;
* ``samspel.icns`` – macOS (.app): 16–1024 px, PNG entries.

The .ico and .icns containers are written here with ``struct`` (both formats accept PNG data
as is), so no extra tool is needed and the output is byte-for-byte reproducible for one Qt
version. The generated files are committed; rerun after changing the drawing.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types: PNG data of the given pixel size (the @2x types reuse larger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

# Two overlapping speech bubbles, turned towards each other: politics and administration in
# dialogue. Calm blue and green, the overlap a blend of both; no text, legible at 16 px.
SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Samspel</title>
  <path fill="#2F6690"
        d="M 122 56 H 282 A 90 90 0 0 1 372 146 V 214 A 90 90 0 0 1 282 304
           H 170 L 84 372 L 104 296 A 90 90 0 0 1 32 214 V 146 A 90 90 0 0 1 122 56 Z"/>
  <path fill="#3A9E7E" fill-opacity="0.88"
        d="M 230 196 H 390 A 90 90 0 0 1 480 286 V 354 A 90 90 0 0 1 408 436
           L 428 504 L 342 444 H 230 A 90 90 0 0 1 140 354 V 286 A 90 90 0 0 1 230 196 Z"/>
</svg>
"""


def _render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("The icon SVG is not valid")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (width/height byte 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    directory, data = b"", b""
    for size in ICO_SIZES:
        png = pngs[size]
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + directory + data


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/paint needs an application
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "samspel.svg").write_text(SVG, encoding="utf-8")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: _render(size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"samspel-{size}.png").write_bytes(pngs[size])
    (ICONS / "samspel.ico").write_bytes(ico(pngs))
    (ICONS / "samspel.icns").write_bytes(icns(pngs))
    for path in sorted(ICONS.iterdir()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
