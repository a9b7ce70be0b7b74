import { describe, expect, it } from 'vitest';
import { clientProfileInput, hasProfile, readPitch, readSearch, searchFilter, toggleFilter, writePitch, writeSearch } from './url';

describe('search state in the URL', () => {
  it('reads the query and filters and writes them back unchanged', () => {
    const state = readSearch(new URLSearchParams('q=%D0%BA%D0%BE%D0%BB%D0%BB%D1%82%D1%80%D0%B5%D0%BA%D0%B8%D0%BD%D0%B3&type=CARD&product=call-tracking'));
    expect(state).toEqual({ q: 'коллтрекинг', type: 'CARD', product: 'call-tracking' });
    expect(readSearch(new URLSearchParams(writeSearch(state)))).toEqual(state);
  });

  it('leaves out empty values', () => {
    expect(writeSearch({ q: '' })).toBe('');
    expect(writeSearch({ q: 'mql', tag: '' })).toBe('?q=mql');
  });

  it('maps filters to the API names and sends none when nothing is chosen', () => {
    expect(searchFilter({ q: 'x' })).toBeNull();
    expect(searchFilter({ q: 'x', product: 'analytics', stage: 'SALES', segment: 'big-retail', tag: 't', type: 'CARD' }))
      .toEqual({ productSlug: 'analytics', funnelStage: 'SALES', segmentSlug: 'big-retail', tag: 't', type: 'CARD' });
  });

  it('clears a facet clicked a second time', () => {
    const once = toggleFilter({ q: 'x' }, 'type', 'CARD');
    expect(once.type).toBe('CARD');
    expect(toggleFilter(once, 'type', 'CARD').type).toBeUndefined();
    expect(toggleFilter(once, 'type', 'GLOSSARY').type).toBe('GLOSSARY');
  });
});

describe('client profile in the URL', () => {
  it('round-trips a full profile', () => {
    const profile = { employees: 800, industry: 'retail', productsOwned: ['vacancies', 'call-tracking'], metrics: [{ metric: 'missed_call_share', value: 25.5 }] };
    expect(readPitch(new URLSearchParams(writePitch(profile)))).toEqual(profile);
  });

  it('tells "owns nothing" from "unknown"', () => {
    expect(readPitch(new URLSearchParams('owns=')).productsOwned).toEqual([]);
    expect(readPitch(new URLSearchParams('size=10')).productsOwned).toBeNull();
    expect(clientProfileInput(readPitch(new URLSearchParams('owns=')))).toEqual({ productsOwned: [] });
    expect(clientProfileInput(readPitch(new URLSearchParams('size=10')))).toEqual({ employees: 10 });
  });

  it('ignores values that are not numbers and accepts a decimal comma', () => {
    const profile = readPitch(new URLSearchParams('size=много&m=open_vacancies:abc&m=missed_call_share:12,5'));
    expect(profile.employees).toBeUndefined();
    expect(profile.metrics).toEqual([{ metric: 'missed_call_share', value: 12.5 }]);
  });

  it('has nothing to match on when the form is empty', () => {
    expect(hasProfile(readPitch(new URLSearchParams('')))).toBe(false);
    expect(hasProfile(readPitch(new URLSearchParams('industry=it')))).toBe(true);
  });
});
