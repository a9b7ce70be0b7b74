// What a page shows is in its URL, so a search or a pitch can be shared as a link and survives a reload.
import type { ClientProfileInput, FunnelStage, SearchFilter, SearchType } from './generated/graphql';

export interface SearchState {
  q: string;
  type?: string;
  product?: string;
  segment?: string;
  stage?: string;
  tag?: string;
}

const FILTER_KEYS = ['type', 'product', 'segment', 'stage', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function readSearch(params: URLSearchParams): SearchState {
  const state: SearchState = { q: (params.get('q') ?? '').trim() };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function writeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's SearchFilter for these filters; null when none is set. */
export function searchFilter(state: SearchState): SearchFilter | null {
  // A value from the URL that is no enum value gets the API's own error, shown on the page.
  const filter: SearchFilter = {};
  if (state.type) filter.type = state.type as SearchType;
  if (state.product) filter.productSlug = state.product;
  if (state.segment) filter.segmentSlug = state.segment;
  if (state.stage) filter.funnelStage = state.stage as FunnelStage;
  if (state.tag) filter.tag = state.tag;
  return Object.keys(filter).length ? filter : null;
}

/** Sets a filter, or clears it when it already has this value (a facet clicked twice). */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const next = { ...state };
  if (next[key] === value) delete next[key];
  else next[key] = value;
  return next;
}

export interface Metric {
  metric: string;
  value: number;
}

export interface PitchProfile {
  employees?: number;
  industry?: string;
  /** null: unknown (left out of the query); []: the client owns none. */
  productsOwned: string[] | null;
  metrics: Metric[];
}

export function readPitch(params: URLSearchParams): PitchProfile {
  const profile: PitchProfile = { productsOwned: null, metrics: [] };
  const size = Number.parseInt(params.get('size') ?? '', 10);
  if (Number.isFinite(size) && size >= 0) profile.employees = size;
  const industry = (params.get('industry') ?? '').trim();
  if (industry) profile.industry = industry;
  if (params.has('owns')) {
    profile.productsOwned = (params.get('owns') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  }
  for (const pair of params.getAll('m')) {
    const at = pair.lastIndexOf(':');
    const metric = pair.slice(0, at).trim();
    const value = Number.parseFloat(pair.slice(at + 1).replace(',', '.'));
    if (at > 0 && metric && Number.isFinite(value)) profile.metrics.push({ metric, value });
  }
  return profile;
}

export function writePitch(profile: PitchProfile): string {
  const params = new URLSearchParams();
  if (profile.employees !== undefined) params.set('size', String(profile.employees));
  if (profile.industry) params.set('industry', profile.industry);
  if (profile.productsOwned !== null) params.set('owns', profile.productsOwned.join(','));
  for (const m of profile.metrics) params.append('m', `${m.metric}:${m.value}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the form holds anything to match on. */
export function hasProfile(profile: PitchProfile): boolean {
  return profile.employees !== undefined || !!profile.industry || profile.productsOwned !== null || profile.metrics.length > 0;
}

/** The API's ClientProfileInput: what is unknown is left out, never sent as a guess. */
export function clientProfileInput(profile: PitchProfile): ClientProfileInput {
  const input: ClientProfileInput = {};
  if (profile.employees !== undefined) input.employees = profile.employees;
  if (profile.industry) input.industry = profile.industry;
  if (profile.productsOwned !== null) input.productsOwned = profile.productsOwned;
  if (profile.metrics.length) input.metrics = profile.metrics;
  return input;
}
