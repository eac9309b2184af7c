import { describe, expect, it } from 'vitest';
import { durationToMonths, monthsToDuration } from '../../src/lib/grammar/duration.js';
import {
  highestMaximum,
  normalizePenalty,
  provisionMaximum,
} from '../../src/lib/normalize/normalize-penalty.js';

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
    expect(
      normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false }, null),
    ).toEqual({
      imprisonment: { minMonths: 36, maxMonths: null, maxIsGeneral: false, life: false },
      fine: null,
      alternative: false,
      increase: null,
      note: null,
    });
  });

  it('keep fines as amounts with their currency', () => {
    expect(
      normalizePenalty(
        {
          imprisonment: { max: '7 years' },
          fine: { kind: 'amount', max: 50_000_000, currency: 'KRW' },
          alternative: true,
        },
        null,
      ).fine,
    ).toEqual({ kind: 'amount', min: null, max: 50_000_000, currency: 'KRW' });
  });

  it('find the highest maximum over all forms, ignoring forms without one', () => {
    const forms = [
      normalizePenalty({ imprisonment: { max: '3 years' }, alternative: true }, null),
      normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false }, null),
      normalizePenalty(
        { imprisonment: { min: '6 months', max: '5 years' }, alternative: false },
        null,
      ),
    ];
    expect(highestMaximum(forms)).toBe(60);
    expect(
      highestMaximum([normalizePenalty({ increase: 'half again', alternative: false }, null)]),
    ).toBeNull();
  });

  it('run a term with only a minimum up to the general maximum, marked as such', () => {
    const minimumOnly = normalizePenalty(
      { imprisonment: { min: '3 years' }, alternative: false },
      360,
    );
    expect(minimumOnly.imprisonment).toEqual({
      minMonths: 36,
      maxMonths: 360,
      maxIsGeneral: true,
      life: false,
    });
    const stated = normalizePenalty({ imprisonment: { max: '7 years' }, alternative: false }, 360);
    expect(stated.imprisonment?.maxIsGeneral).toBe(false);
    expect(provisionMaximum([stated, minimumOnly])).toEqual({
      maxImprisonmentMonths: 360,
      maxImprisonmentBasis: 'general-maximum',
    });
    expect(provisionMaximum([stated])).toEqual({
      maxImprisonmentMonths: 84,
      maxImprisonmentBasis: 'stated',
    });
  });

  it('report no highest maximum while a minimum-only form has no recorded ceiling', () => {
    const forms = [
      normalizePenalty({ imprisonment: { max: '7 years' }, alternative: false }, null),
      normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false }, null),
    ];
    expect(provisionMaximum(forms)).toEqual({
      maxImprisonmentMonths: null,
      maxImprisonmentBasis: 'ceiling-not-recorded',
    });
  });

  it('keep life imprisonment open-ended without inventing a ceiling', () => {
    const life = normalizePenalty(
      { imprisonment: { min: '10 years', life: true }, alternative: false },
      360,
    );
    expect(life.imprisonment).toMatchObject({ maxMonths: null, maxIsGeneral: false, life: true });
  });

  it('rank a form allowing life above every term, general maxima included', () => {
    const forms = [
      normalizePenalty({ imprisonment: { min: '5 years', life: true }, alternative: false }, 360),
      normalizePenalty({ imprisonment: { min: '3 years' }, alternative: false }, 360),
      normalizePenalty({ imprisonment: { max: '7 years' }, alternative: false }, null),
    ];
    expect(provisionMaximum(forms)).toEqual({
      maxImprisonmentMonths: null,
      maxImprisonmentBasis: 'life',
    });
    expect(provisionMaximum(forms.slice(1))).toEqual({
      maxImprisonmentMonths: 360,
      maxImprisonmentBasis: 'general-maximum',
    });
  });
});
