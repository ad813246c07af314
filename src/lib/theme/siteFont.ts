/**
 * The site's self-hosted typeface (from @fontsource, loaded by the layout). Charts name it so
 * their labels match the prose; diagrams measure their labels with the same font's metrics
 * (scripts/io/siteFontMetrics.ts).
 */
export const SITE_FONT_FAMILY = "'Atkinson Hyperlegible Next', system-ui, sans-serif";
