"""Draw theme/static/share.png: the picture a messenger or social network shows
beside a shared link (Open Graph `og:image`, 1200 × 630 px).

    .venv/bin/python deploy/make_share_image.py [OUTPUT]

It shows the site's name, its subtitle and the U.S. hotline numbers exactly as the
help notice on every page gives them (theme/templates/help_notice.html), in the
theme's colours. The text is drawn in DejaVu Sans where it is installed (Debian's
fonts-dejavu-core), else in the font Pillow ships. Run it again after changing any
of the words below, and commit the new PNG with it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "theme" / "static" / "share.png"
WIDTH, HEIGHT = 1200, 630

SITE_NAME = "Stop Human Trafficking"
SUBTITLE = "National Slavery and Human Trafficking Prevention Month"
HOTLINE_INTRO = "In the United States, call the National Human Trafficking Hotline at"
HOTLINE = "1-888-373-7888"
TEXT_LINE = "or text HELP or INFO to 233733"
CHECK_LINE = "Check the numbers on the hotline's official page, humantraffickinghotline.org."
# What a reader who cannot see the picture is told instead (og:image:alt).
ALT_TEXT = (
    f"{SITE_NAME}: {SUBTITLE}. {HOTLINE_INTRO} {HOTLINE}, {TEXT_LINE}. "
    "Check the numbers on the hotline's official page."
)

# The theme's colours (theme/static/css/site.css).
HEADER = "#162e51"
HEADER_TEXT = "#ffffff"
NOTICE = "#e7f6f8"
NOTICE_BORDER = "#00bde3"
TEXT = "#1b1b1b"
MUTED = "#4a4a4a"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    if (DEJAVU / name).is_file():
        return ImageFont.truetype(str(DEJAVU / name), size)
    return ImageFont.load_default(size)


def draw_share_image() -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), HEADER)
    draw = ImageDraw.Draw(image)
    margin = 72
    draw.text((margin, 70), SITE_NAME, font=font(78, bold=True), fill=HEADER_TEXT)
    draw.text((margin, 182), SUBTITLE, font=font(34), fill=HEADER_TEXT)
    # The help notice, as on every page: a pale panel with a bright edge.
    top = 280
    draw.rectangle((0, top, WIDTH, HEIGHT), fill=NOTICE)
    draw.rectangle((0, top, 20, HEIGHT), fill=NOTICE_BORDER)
    draw.text((margin, top + 40), HOTLINE_INTRO, font=font(32), fill=TEXT)
    draw.text((margin, top + 96), HOTLINE, font=font(104, bold=True), fill=TEXT)
    draw.text((margin, top + 228), TEXT_LINE, font=font(36, bold=True), fill=TEXT)
    draw.text((margin, top + 292), CHECK_LINE, font=font(24), fill=MUTED)
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(OUTPUT), help="the PNG to write")
    args = parser.parse_args(argv)
    image = draw_share_image().quantize(colors=32)
    image.save(args.output, optimize=True)
    print(f"wrote {args.output} ({Path(args.output).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
