import type { UnitCost } from './costOfCrime.ts';

const PRICE_YEAR = '2015/16';
const SOURCE = 'Home Office, The economic and social costs of crime, 2nd ed. (Heeks et al., 2018)';

/**
 * Unit costs per offence from the Home Office's The economic and social costs of crime, second
 * edition (Heeks et al., 2018), at 2015/16 prices: only the groups whose figures have been
 * confirmed against the report. Homicide is published as about £3.2m and is entered as that.
 *
 * Other groups (domestic burglary, violence without injury, theft from the person, and the rest)
 * could not be confirmed, so they are deliberately absent: their offences show as uncosted until
 * the author supplies unit costs for them, rather than being costed from an unchecked figure.
 * The report costs a crime, not a proven offence; applying its figures to recorded offences is
 * the author's judgement, to be stated on the page.
 */
export const DEFAULT_UNIT_COSTS: readonly UnitCost[] = [
  { group: 'homicide', costGbp: 3_200_000, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'rape', costGbp: 39_360, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'violence with injury', costGbp: 14_050, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'robbery', costGbp: 11_320, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'theft of vehicle', costGbp: 10_290, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'arson', costGbp: 8_420, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'other sexual offences', costGbp: 6_520, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'other criminal damage', costGbp: 1_350, priceYear: PRICE_YEAR, source: SOURCE },
  { group: 'theft from vehicle', costGbp: 870, priceYear: PRICE_YEAR, source: SOURCE },
];
