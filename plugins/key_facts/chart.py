"""A country's TIP tier by report year as a small inline SVG: no script, no request.

The page shows the same data in a table; the chart is an image with a text
alternative for screen readers.
"""

from html import escape

# Top to bottom as the State Department ranks them; Special Cases have no tier.
TIER_ORDER = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3")

LEFT, TOP, ROW, COLUMN, BOTTOM = 132, 16, 34, 44, 36


def tier_chart_svg(country, tiers_by_year):
    """SVG markup for one country; `tiers_by_year` maps a year to a value of TIER_ORDER."""
    years = sorted(year for year, tier in tiers_by_year.items() if tier in TIER_ORDER)
    if not years:
        return ""
    span = list(range(years[0], years[-1] + 1))
    width = LEFT + COLUMN * len(span) + 16
    height = TOP + ROW * (len(TIER_ORDER) - 1) + BOTTOM
    slug = "".join(ch if ch.isalnum() else "-" for ch in country.lower())
    title_id, desc_id = f"tier-chart-{slug}-title", f"tier-chart-{slug}-desc"

    def x(year):
        return LEFT + COLUMN * (year - span[0]) + COLUMN // 2

    def y(tier):
        return TOP + ROW * TIER_ORDER.index(tier)

    description = "; ".join(f"{year}: {tiers_by_year[year]}" for year in years)
    parts = [
        f'<svg class="tier-chart" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{title_id}">{escape(country)}: TIP report tier by report year</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
    ]
    for tier in TIER_ORDER:
        parts.append(
            f'<line x1="{LEFT}" y1="{y(tier)}" x2="{width - 8}" y2="{y(tier)}" '
            f'stroke="#a9aeb1" stroke-width="1"/>'
            f'<text x="{LEFT - 8}" y="{y(tier) + 4}" text-anchor="end">{escape(tier)}</text>'
        )
    for year in span:
        parts.append(f'<text x="{x(year)}" y="{height - 12}" text-anchor="middle">{year}</text>')
    points = " ".join(f"{x(year)},{y(tiers_by_year[year])}" for year in years)
    parts.append(f'<polyline points="{points}" fill="none" stroke="#005ea2" stroke-width="2"/>')
    for year in years:
        parts.append(f'<circle cx="{x(year)}" cy="{y(tiers_by_year[year])}" r="5" fill="#005ea2"/>')
    parts.append("</svg>")
    return "".join(parts)
