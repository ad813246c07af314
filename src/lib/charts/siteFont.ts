/**
 * The site's self-hosted typeface (from @fontsource, loaded by the layout). Charts name it so
 * their labels match the prose; later work measures text with the same font's metrics.
 */
export const SITE_FONT_FAMILY = "'Atkinson Hyperlegible Next', system-ui, sans-serif";
