"""A country's TIP tier by report year as a small inline SVG: no script, no request.

Years run down the chart and tiers across it, so that it stays legible on a
320 px phone screen however many years there are. The page shows the same data
in a table; the chart is an image with a text alternative for screen readers.
"""

from html import escape

# Left to right as the State Department ranks them; Special Cases have no tier.
TIER_ORDER = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3")
# Column headings on two lines, so that four columns fit a phone's width.
TIER_HEADINGS = {
    "Tier 1": ("Tier 1",),
    "Tier 2": ("Tier 2",),
    "Tier 2 Watch List": ("Tier 2", "Watch List"),
    "Tier 3": ("Tier 3",),
}

LEFT, TOP, ROW, COLUMN, MARGIN = 48, 44, 26, 64, 8


ENGLISH_TITLE = "%s: TIP report tier by report year"


def tier_chart_svg(
    country, tiers_by_year, *, title=ENGLISH_TITLE, headings=None, tier_names=None, slug=None
):
    """SVG markup for one country; `tiers_by_year` maps a year to a value of TIER_ORDER.

    The words are the page's language's: `title` ("%s" is the country, as shown),
    `headings` (each tier's column heading, in lines) and `tier_names` (the tiers in
    the text alternative); English by default. `slug` makes the ids unique on the page
    when `country` is a translated name."""
    years = sorted(year for year, tier in tiers_by_year.items() if tier in TIER_ORDER)
    if not years:
        return ""
    span = list(range(years[0], years[-1] + 1))
    width = LEFT + COLUMN * len(TIER_ORDER) + MARGIN
    height = TOP + ROW * len(span) + MARGIN
    headings = {**TIER_HEADINGS, **(headings or {})}
    tier_names = tier_names or {}
    slug = "".join(ch if ch.isalnum() else "-" for ch in (slug or country).lower())
    title_id, desc_id = f"tier-chart-{slug}-title", f"tier-chart-{slug}-desc"

    def x(tier):
        return LEFT + COLUMN * TIER_ORDER.index(tier) + COLUMN // 2

    def y(year):
        return TOP + ROW * (year - span[0]) + ROW // 2

    description = "; ".join(
        f"{year}: {tier_names.get(tiers_by_year[year], tiers_by_year[year])}" for year in years
    )
    parts = [
        f'<svg class="tier-chart" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{title_id}">{escape(title % country)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
    ]
    for tier in TIER_ORDER:
        for line, heading in enumerate(headings[tier]):
            parts.append(
                f'<text x="{x(tier)}" y="{16 + 14 * line}" text-anchor="middle">'
                f"{escape(heading)}</text>"
            )
        parts.append(
            f'<line x1="{x(tier)}" y1="{TOP}" x2="{x(tier)}" y2="{height - MARGIN}" '
            f'stroke="#a9aeb1" stroke-width="1"/>'
        )
    for year in span:
        parts.append(f'<text x="{LEFT - 8}" y="{y(year) + 4}" text-anchor="end">{year}</text>')
    points = " ".join(f"{x(tiers_by_year[year])},{y(year)}" for year in years)
    parts.append(f'<polyline points="{points}" fill="none" stroke="#005ea2" stroke-width="2"/>')
    for year in years:
        parts.append(f'<circle cx="{x(tiers_by_year[year])}" cy="{y(year)}" r="5" fill="#005ea2"/>')
    parts.append("</svg>")
    return "".join(parts)
