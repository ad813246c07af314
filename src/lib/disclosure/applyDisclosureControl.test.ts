import { describe, expect, test } from 'vitest';
import { formatFigure } from '../figures/formatFigure.ts';
import { countFigure, measureFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { outcomeStatusFigures } from '../topics/outcomeStatus/outcomeStatusFigures.ts';
import { applyDisclosureControl, boundAbove, boundBelow } from './applyDisclosureControl.ts';
import { disclosureRules, TOPICS } from '../topics/index.ts';
import { auditReaderView, pinnedSecrets } from '../../../test/support/readerView.ts';
import { metricOrigin } from '../../../test/support/metricOrigin.ts';

const origin = metricOrigin;
/** The real topics' rules, with gender as the one client attribute. */
const RULES = disclosureRules(TOPICS, ['gender']);
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).inline]));

describe('boundAbove and boundBelow', () => {
  // 80/84 = 95.24% → "over 95%"; 76/80 = 95% exactly → "95% or more"; 4/84 = 4.76% → "under 5%"; 4/40 = 10% → "10% or less".
  test.each([
    [80, 84, 'over 95%'],
    [76, 80, '95% or more'],
  ])('boundAbove(%i, %i) is %s', (least, base, expected) => expect(boundAbove(least, base)).toBe(expected));
  test.each([
    [4, 84, 'under 5%'],
    [4, 40, '10% or less'],
  ])('boundBelow(%i, %i) is %s', (most, base, expected) => expect(boundBelow(most, base)).toBe(expected));
});

describe('applyDisclosureControl(figures, { threshold: 5, rules: RULES })', () => {
  test('a share whose complement is small is shown in a safe bounded form: 81 of 84 engaged is "over 95%"', () => {
    const { figures, report } = applyDisclosureControl([countFigure(origin('referred'), 84), proportionFigure(origin('engaged'), 81, 84)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ referred: '84', engaged: 'over 95% (of 84)' });
    expect(report).toMatchObject({ bounded: 1, suppressed: 0 });
    expect(formatFigure(figures[1] as PublishedFigure).interval).toBe('');
  });

  test('counts of people below the threshold, zero included, are "fewer than 5"; a share on a base under 5 is not shown', () => {
    const { figures } = applyDisclosureControl(
      [
        countFigure(origin('referred', [{ dimension: 'gender', value: 'x', label: 'X' }]), 3),
        proportionFigure(origin('engaged', [{ dimension: 'gender', value: 'x', label: 'X' }]), 3, 3),
        countFigure(origin('reoffenders'), 0),
      ],
      { threshold: 5, rules: RULES },
    );
    expect(shown(figures)).toEqual({ 'referred[gender=x]': 'fewer than 5', 'engaged[gender=x]': 'not shown', reoffenders: 'fewer than 5' });
  });

  test('a small status is collapsed with its neighbour so the share improved survives: 12 / 6 / 2 of 20', () => {
    const statuses = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 12, maintained: 6, deteriorated: 2, total: 20 }, groups: [] }], {
      provenance: 'illustrative',
      source: 'x.csv',
      basis: '',
    });
    const { figures, report } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({
      'reviewed[domain=housing]': '20',
      'improved[domain=housing]': '60% (12 of 20)',
      'maintained[domain=housing]': 'merged',
      'deteriorated[domain=housing]': 'merged',
      'maintained-or-deteriorated[domain=housing]': '40% (8 of 20)',
    });
    expect(report.collapsed).toBe(2);
  });

  test('when improved itself is small, it is bounded and the smallest other status is hidden too: 3 / 10 / 7 of 20', () => {
    // Improved 3 < 5 is protected; with reviewed 20 and maintained 10 shown, a visible deteriorated 7
    // would give improved = 20 − 10 − 7 = 3, so deteriorated (the smallest visible part) is withheld.
    const statuses = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 3, maintained: 10, deteriorated: 7, total: 20 }, groups: [] }], {
      provenance: 'illustrative',
      source: 'x.csv',
      basis: '',
    });
    const { figures, report } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({
      'reviewed[domain=housing]': '20',
      'improved[domain=housing]': '20% or less (of 20)',
      'maintained[domain=housing]': '50% (10 of 20)',
      'deteriorated[domain=housing]': 'not shown',
    });
    expect(report.secondaryCells).toBe(1);
  });

  test('across an attribute the values add up to the whole: one small group hides another', () => {
    const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
    // 84 referred = 3 + 30 + 51: the 3 is suppressed, so the smallest other (30) is withheld too.
    const { figures } = applyDisclosureControl(
      [countFigure(origin('referred'), 84), countFigure(origin('referred', gender('a')), 3), countFigure(origin('referred', gender('b')), 30), countFigure(origin('referred', gender('c')), 51)],
      { threshold: 5, rules: RULES },
    );
    expect(shown(figures)).toEqual({ referred: '84', 'referred[gender=a]': 'fewer than 5', 'referred[gender=b]': 'not shown', 'referred[gender=c]': '51' });
  });

  test('groups within a domain add up to the domain: 2 women and 49 men of 51 reviewed hides the men too', () => {
    const statuses = outcomeStatusFigures(
      [
        {
          domain: 'Housing',
          all: { improved: 17, maintained: 20, deteriorated: 14, total: 51 },
          groups: [
            { dimension: 'gender', value: 'female', label: 'Female', counts: { improved: 1, maintained: 1, deteriorated: 0, total: 2 } },
            { dimension: 'gender', value: 'male', label: 'Male', counts: { improved: 16, maintained: 19, deteriorated: 14, total: 49 } },
          ],
        },
      ],
      { provenance: 'illustrative', source: 'x.csv', basis: '' },
    );
    const { figures } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['reviewed[domain=housing,gender=female]']).toBe('fewer than 5');
    // 51 − 49 = 2 would give the women back, so the men's count is hidden as well.
    expect(view['reviewed[domain=housing,gender=male]']).toBe('not shown');
    expect(view['reviewed[domain=housing]']).toBe('51');
  });

  test('a small count of offences is hidden like a count of people: "0 offences" says nobody re-offended', () => {
    const { figures } = applyDisclosureControl([countFigure(origin('reoffences-within-3-months'), 0), countFigure(origin('reoffences-within-12-months'), 40)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ 'reoffences-within-3-months': 'fewer than 5', 'reoffences-within-12-months': '40' });
  });
});

describe('how a protected figure reads in a sentence: its phrase, never "not shown" or "merged" alone', () => {
  const inSentence = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, figure.disclosure?.phrase ?? formatFigure(figure).inline]));
  const housing = (all: { improved: number; maintained: number; deteriorated: number; total: number }) =>
    applyDisclosureControl(outcomeStatusFigures([{ domain: 'Housing', all, groups: [] }], { provenance: 'illustrative', source: 'x.csv', basis: '' }), { threshold: 5, rules: RULES }).figures;

  test('a range of a shown base gives the counts the range allows: 81 of 84 is "80 or more of 84", 3 of 20 "fewer than 5 of 20"', () => {
    // 84 − 5 + 1 = 80: every count from 80 to 84 shows as "over 95%". Improved 3 of 20 is under the threshold of 5.
    const { figures } = applyDisclosureControl([countFigure(origin('referred'), 84), proportionFigure(origin('engaged'), 81, 84)], { threshold: 5, rules: RULES });
    expect(inSentence(figures)['engaged']).toBe('over 95% (80 or more of 84)');
    expect(inSentence(housing({ improved: 3, maintained: 10, deteriorated: 7, total: 20 }))).toMatchObject({
      'improved[domain=housing]': '20% or less (fewer than 5 of 20)',
      // Hidden only so that 20 − 10 − 7 cannot give the 3 back.
      'deteriorated[domain=housing]': 'a number (not shown, to protect other figures)',
    });
  });

  test('a small count is "fewer than 5"; a count hidden to protect another is "5 or more"; a share or mean of fewer than 5 people is "too small"', () => {
    const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
    const { figures } = applyDisclosureControl(
      [
        countFigure(origin('referred'), 84),
        countFigure(origin('referred', gender('a')), 3),
        countFigure(origin('referred', gender('b')), 30),
        countFigure(origin('referred', gender('c')), 51),
        proportionFigure(origin('engaged', gender('a')), 3, 3),
        countFigure(origin('assessed', gender('a')), 3),
        measureFigure(origin('assessment-mean', gender('a')), 6.5, 3),
      ],
      { threshold: 5, rules: RULES },
    );
    expect(inSentence(figures)).toMatchObject({
      'referred[gender=a]': 'fewer than 5',
      // 30 is hidden so that 84 − 51 cannot give the 3 back: a small count would read "fewer than 5", so this one is 5 or more.
      'referred[gender=b]': '5 or more',
      'engaged[gender=a]': 'a number (too small to publish)',
      'assessment-mean[gender=a]': 'a value (not shown, as it describes too few people)',
    });
  });

  test('a merged category says what it is counted within, and names that figure: 12 / 6 / 2 of 20', () => {
    const figures = housing({ improved: 12, maintained: 6, deteriorated: 2, total: 20 });
    const maintained = figures.find((figure) => figure.id === 'maintained[domain=housing]');
    expect(maintained?.disclosure).toMatchObject({ phrase: 'a number (counted only within “maintained or deteriorated”)', mergedInto: 'maintained-or-deteriorated[domain=housing]' });
    expect(formatFigure(maintained as PublishedFigure).prose).toEqual({ value: 'a number', rest: ' (counted only within “maintained or deteriorated”)' });
  });
});

describe('what "not shown" tells a reader', () => {
  // Ten reviewed in one domain: none improved, 5 maintained, 5 deteriorated. Improved (0) is under
  // 5, so it is bounded ("40% or less" of 10 would say 0 to 4). Hiding one more status by
  // secondary suppression is not enough: a status "not shown" is one that is not small (a small
  // one would be bounded), so "deteriorated: not shown" would mean 5 of 10 at least, and with
  // maintained 5 shown, improved would be 0 exactly. The audit must read "not shown" that way too.
  test('a hidden zero cannot be worked out from a status not shown', () => {
    const figures = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 0, maintained: 5, deteriorated: 5, total: 10 }, groups: [] }], {
      provenance: 'illustrative',
      source: 'x.csv',
      basis: '',
    });
    const { figures: treated, report } = applyDisclosureControl(figures, { threshold: 5, rules: RULES });
    expect(report.exposed).toEqual([]);
    expect(pinnedSecrets(auditReaderView(treated, 5, RULES), 5)).toEqual([]);
    // Neither maintained nor deteriorated can stay in view beside the bounded improved.
    expect(shown(treated)['maintained[domain=housing]']).not.toBe('50% (5 of 10)');
  });
});

describe('counts no figure publishes, tied by sums', () => {
  // 67 clients started. Each re-offending window splits them: 3 months 64 eligible + 3 not yet;
  // 6 months 58 + 9; 12 months 31 + 36; and the before-and-after comparison 50 compared + 8 with no
  // offences before + 9 followed up too briefly. "Fewer than 5" not yet eligible at 3 months would
  // be 58 + 9 − 64 = 3 from the 6-month split, unless disclosure control knows the splits share a total.
  const reoffending = [
    proportionFigure(origin('reoffended-within-3-months'), 14, 64),
    countFigure(origin('not-yet-eligible-3-months'), 3),
    proportionFigure(origin('reoffended-within-6-months'), 24, 58),
    countFigure(origin('not-yet-eligible-6-months'), 9),
    proportionFigure(origin('reoffended-within-12-months'), 20, 31),
    countFigure(origin('not-yet-eligible-12-months'), 36),
    countFigure(origin('compared-before-after'), 50),
    countFigure(origin('excluded-no-offences-before'), 8),
    countFigure(origin('excluded-short-follow-up'), 9),
  ];
  const started = disclosureRules(TOPICS, [], { unpublished: new Map([['started|', 67]]) });

  test('the splits of the clients who started cannot give a hidden count back', () => {
    const { figures, report } = applyDisclosureControl(reoffending, { threshold: 5, rules: started });
    expect(report.exposed).toEqual([]);
    expect(shown(figures)['not-yet-eligible-3-months']).toBe('fewer than 5');
    // The clients who started (67) may be worked out: they are many, and no figure claims to hide them.
    expect(pinnedSecrets(auditReaderView(figures, 5, started), 5, ['started|'])).toEqual([]);
  });

  test('the independent audit sees the leak when the total is not known to tie them', () => {
    const { figures } = applyDisclosureControl(reoffending, { threshold: 5, rules: disclosureRules(TOPICS, []) });
    const pinned = pinnedSecrets(auditReaderView(figures, 5, started), 5, ['started|']);
    expect(pinned.map((exposure) => exposure.id)).toContain('not-yet-eligible-3-months|');
  });
});

describe('complements: the people a share leaves out of its base', () => {
  // 30 referred: 24 men, 3 women, 3 not recorded. Engaged: 24 of 30, 18 of 24 men, and every one of
  // the 3 women and the 3 not recorded. The women's and not recorded groups are under 5, so hidden.
  // But if "referred 30", "men 24", "engaged 24 of 30" and "men engaged 18 of 24" were all shown,
  // the 6 outside the men include 24 − 18 = 6 engaged: everyone of them engaged, women included.
  // A reader knows that no group has more engaged than referred, so that is not a range but a fact.
  const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
  const figures = [
    countFigure(origin('referred'), 30),
    proportionFigure(origin('engaged'), 24, 30),
    countFigure(origin('referred', gender('male')), 24),
    proportionFigure(origin('engaged', gender('male')), 18, 24),
    countFigure(origin('referred', gender('female')), 3),
    proportionFigure(origin('engaged', gender('female')), 3, 3),
    countFigure(origin('referred', gender('not-recorded')), 3),
    proportionFigure(origin('engaged', gender('not-recorded')), 3, 3),
  ];

  test('a complement of zero cannot be worked out: one more figure is hidden', () => {
    const { figures: treated, report } = applyDisclosureControl(figures, { threshold: 5, rules: RULES });
    expect(report.exposed).toEqual([]);
    const view = shown(treated);
    expect([view['referred'], view['engaged'], view['referred[gender=male]'], view['engaged[gender=male]']]).not.toEqual(['30', '80% (24 of 30)', '24', '75% (18 of 24)']);
    expect(pinnedSecrets(auditReaderView(treated, 5, RULES), 5)).toEqual([]);
  });
});

describe('when disclosure control cannot finish', () => {
  const gender = [{ dimension: 'gender', value: 'female', label: 'Female' }];
  // The men too: an attribute's groups are everyone, so with the women alone they would be the whole 40.
  const men = [{ dimension: 'gender', value: 'male', label: 'Male' }];
  const figures = [countFigure(origin('referred'), 40), countFigure(origin('referred', gender), 12), proportionFigure(origin('engaged', gender), 9, 12), countFigure(origin('referred', men), 28)];

  test('the figures left exposed are named by indicator and dimension, never by a group', () => {
    const { report } = applyDisclosureControl(figures, { threshold: 5, rules: RULES, audit: () => ['engaged|gender=female'] });
    expect(report.exposed).toEqual(['engaged|gender=female']);
    expect(report.exposedFigures).toEqual(['engaged by gender']);
    expect(report.auditFailed).toBe(false);
  });

  test('an audit that stops is a failure, not an exception', () => {
    const { report } = applyDisclosureControl(figures, {
      threshold: 5,
      rules: RULES,
      audit: () => {
        throw new RangeError('the published figures contradict each other');
      },
    });
    expect(report.auditFailed).toBe(true);
  });

  // A sum that is false for the true counts (12 women are not all 40 clients) is a fault in the
  // rules: the audit could prove nothing with it, so it fails, naming the figures.
  test('a sum that does not hold is a failure naming its figures', () => {
    const rules = disclosureRules(TOPICS, ['gender'], { sums: [{ totalCell: 'referred|', partCells: ['referred|gender=female'] }] });
    const { report } = applyDisclosureControl(figures, { threshold: 5, rules });
    expect(report.auditFailed).toBe(true);
    expect(report.exposedFigures).toEqual(['referred', 'referred by gender']);
  });
});

describe('ranges that meet at one value', () => {
  // 5 referred: 5 men, 0 women. The 0 is hidden, so the men's 5 is hidden too (the two add up to
  // the 5 shown): "not shown", so 5 or more. Their share of everyone is 5 of 5, none left out, so
  // a range: "over 20% (of 5)", 1 to 5. Together: exactly 5. No sum is needed to see it, so even
  // an audit that finds nothing must not let it through.
  test('a hidden count pinned by two ranges alone is exposed', () => {
    const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
    const figures = [
      countFigure(origin('referred'), 5),
      countFigure(origin('referred', gender('male')), 5),
      countFigure(origin('referred', gender('female')), 0),
      proportionFigure(origin('cohort-share', gender('male')), 5, 5),
      proportionFigure(origin('cohort-share', gender('female')), 0, 5),
    ];
    const { report } = applyDisclosureControl(figures, { threshold: 5, rules: RULES, audit: () => [] });
    expect(report.exposed).toContain('referred|gender=male');
  });
});
