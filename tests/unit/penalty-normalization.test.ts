import { describe, expect, it } from 'vitest';
import { durationToMonths, monthsToDuration } from '../../src/lib/grammar/duration.js';
import { highestMaximum, normalizePenalty } from '../../src/lib/normalize/normalize-penalty.js';

describe('prison terms', () => {
  it.each([
    ['6 months', 6],
    ['1 month', 1],
    ['1 year', 12],
    ['3 years', 36],
    ['1 year 6 months', 18],
    ['30 years', 360],
  ])('%s is %i months and formats back', (text, months) => {
    expect(durationToMonths(text)).toBe(months);
    expect(monthsToDuration(months)).toBe(text);
  });

  it('refuses anything else', () => {
    expect(() => durationToMonths('three years')).toThrow('not a duration');
    expect(() => durationToMonths('')).toThrow('not a duration');
  });
});

describe('penalties', () => {
  it('make every absent part explicit', () => {
    expect(normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false })).toEqual({
      imprisonment: { minMonths: 36, maxMonths: null, life: false },
      fine: null,
      alternative: false,
      increase: null,
      note: null,
    });
  });

  it('keep fines as amounts with their currency', () => {
    expect(
      normalizePenalty({
        imprisonment: { max: '7 years' },
        fine: { kind: 'amount', max: 50_000_000, currency: 'KRW' },
        alternative: true,
      }).fine,
    ).toEqual({ kind: 'amount', min: null, max: 50_000_000, currency: 'KRW' });
  });

  it('find the highest maximum over all forms, ignoring forms without one', () => {
    const forms = [
      normalizePenalty({ imprisonment: { max: '3 years' }, alternative: true }),
      normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false }),
      normalizePenalty({ imprisonment: { min: '6 months', max: '5 years' }, alternative: false }),
    ];
    expect(highestMaximum(forms)).toBe(60);
    expect(
      highestMaximum([normalizePenalty({ increase: 'half again', alternative: false })]),
    ).toBeNull();
  });
});
