/** Components an author may use in MDX narratives. */
export { default as Chart } from './Chart.astro';
export { default as Indicator } from './Indicator.astro';
export { default as IndicatorCard } from './IndicatorCard.astro';
