import { describe, expect, it } from 'vitest';
import { matchRoute, type Route, type Viewer } from './router';

const page = async () => {};
const search: Route = { path: '/search', aliases: ['/'], nav: 'Поиск', page };
const card: Route = { path: '/card/', page };
const pm: Route = { path: '/pm', nav: 'Для продакта', page, allowed: (v) => v.readsUnpublished };
const ROUTES = [search, card, pm];
const sales: Viewer = { name: 'anna', roles: ['SALES'], readsUnpublished: false };
const productManager: Viewer = { name: 'pavel', roles: ['PM'], readsUnpublished: true };

describe('matchRoute', () => {
  it('finds a fixed path and its aliases', () => {
    expect(matchRoute(ROUTES, '/search', sales)).toEqual({ route: search, rest: '' });
    expect(matchRoute(ROUTES, '/', sales)).toEqual({ route: search, rest: '' });
  });

  it('gives a prefix route the decoded rest of the path', () => {
    expect(matchRoute(ROUTES, '/card/%D0%BA%D0%BE%D0%BB%D0%BB', sales)).toEqual({ route: card, rest: 'колл' });
  });

  it('has no page for an unknown path, a bare prefix or a malformed escape', () => {
    expect(matchRoute(ROUTES, '/nope', sales)).toBeNull();
    expect(matchRoute(ROUTES, '/card/', sales)).toBeNull();
    expect(matchRoute(ROUTES, '/card/%E0%A4%A', sales)).toBeNull();
    expect(matchRoute(ROUTES, '/search/x', sales)).toBeNull();
  });

  it('hides a route from a viewer it is not for, and from no one signed in', () => {
    expect(matchRoute(ROUTES, '/pm', sales)).toBeNull();
    expect(matchRoute(ROUTES, '/pm', null)).toBeNull();
    expect(matchRoute(ROUTES, '/pm', productManager)).toEqual({ route: pm, rest: '' });
  });
});
