import { describe, expect, test } from 'vitest';
import { contrastFailures, DEFAULT_SITE_COLOURS, siteColours } from './siteColours.ts';

describe('siteColours(set)', () => {
  test('with nothing set, or evalsite’s own text and background, the site keeps its own colours', () => {
    expect(siteColours({})).toEqual(DEFAULT_SITE_COLOURS);
    expect(siteColours({ text: '#1b1f24', background: '#ffffff' })).toEqual(DEFAULT_SITE_COLOURS);
  });

  test('links take the accent unless set; panels and secondary text are mixed from the text and background', () => {
    const colours = siteColours({ accent: '#006400', text: '#000000', background: '#ffffff' });
    expect(colours.link).toBe('#006400');
    // 5% of the way from white (255) to black (0): 255 − 12.75 = 242.25, rounded to 242 = f2.
    expect(colours.panel).toBe('#f2f2f2');
    // 25% of the way from black to white: 63.75, rounded to 64 = 40.
    expect(colours.muted).toBe('#404040');
  });
});

describe('contrastFailures(colours)', () => {
  test('evalsite’s own colours pass every pair', () => {
    expect(contrastFailures(DEFAULT_SITE_COLOURS)).toEqual([]);
  });

  test('a grey link of 4.48:1 on white fails on the background and on panels, and nothing else does', () => {
    // #777777: 119/255 = 0.4667, linear ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; on white (1.05) / (0.1845 + 0.05) = 4.478.
    const failures = contrastFailures(siteColours({ link: '#777777' }));
    expect(failures.map(({ pair }) => `${pair.front} on ${pair.back}`)).toEqual(['link text on the background', 'link text on panels (a tint of the background)']);
    expect(failures[0]?.ratio).toBeCloseTo(4.478, 2);
    expect(failures[0]?.pair.minimum).toBe(4.5);
  });

  test('a dark background fails for the charts, whose palette is made for a light page', () => {
    // White text on near-black passes; the charts' own dark ink (#1b1f24) on #1b1f24 is 1:1.
    const failures = contrastFailures(siteColours({ text: '#ffffff', background: '#1b1f24', accent: '#ffd27f', link: '#9ecbff' }));
    const fronts = failures.map(({ pair }) => pair.front);
    expect(fronts).toContain('chart text');
    expect(fronts).toContain('the faintest chart colour');
    expect(failures.find(({ pair }) => pair.front === 'chart text')?.ratio).toBeCloseTo(1, 5);
    expect(fronts).not.toContain('text');
  });
});
