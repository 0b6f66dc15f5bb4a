"""Draw CollabDesk's icon: a teal rounded square, three linked circles (members working together)
and the syllable 협 (협업) in the bundled NanumGothic Bold. No downloaded art.

    python packaging/make_icon.py OUT_DIR     → OUT_DIR/collabdesk.png (256 px) and collabdesk.ico
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "NanumGothicBold.ttf"
SIZE = 1024  # drawn large, scaled down with a good filter
TEAL = (23, 105, 130, 255)
LIGHT = (222, 242, 246, 255)
ACCENT = (247, 181, 56, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = SIZE // 16
    pen.rounded_rectangle((margin, margin, SIZE - margin, SIZE - margin), radius=SIZE // 5, fill=TEAL)
    # Three linked rings along the bottom edge.
    radius, width, y = SIZE // 11, SIZE // 40, SIZE * 76 // 100
    for i, colour in enumerate((LIGHT, ACCENT, LIGHT)):
        x = SIZE // 2 + (i - 1) * radius * 3 // 2
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colour, width=width)
    font = ImageFont.truetype(str(FONT), SIZE * 46 // 100)
    pen.text((SIZE // 2, SIZE * 40 // 100), "협", font=font, fill=LIGHT, anchor="mm")
    return image


def write_png(path: Path, size: int = 256) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    draw().resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
    return path


def write_ico(path: Path) -> Path:
    """A Windows icon holding every size from 16 to 256 pixels, each frame a 32-bit BMP with alpha:
    PNG frames are read by Windows Vista and later, but not by every tool that reads an .ico."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = draw().resize((256, 256), Image.Resampling.LANCZOS)
    image.save(path, format="ICO", sizes=ICO_SIZES, bitmap_format="bmp")
    return path


def write_icons(out_dir: Path) -> tuple[Path, Path]:
    return write_png(out_dir / "collabdesk.png"), write_ico(out_dir / "collabdesk.ico")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in write_icons(Path(sys.argv[1])):
        print(path)
