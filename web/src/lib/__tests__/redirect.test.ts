import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from '../redirect';

describe('safeNextPath', () => {
  it('keeps app paths with their query', () => {
    expect(safeNextPath('/services?kind=13&page=2')).toBe('/services?kind=13&page=2');
  });
  it('refuses other origins and loops', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      'services',
      '',
      null,
      undefined,
      '/login?next=/x',
    ]) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });
});

describe('loginPathFor', () => {
  it('remembers where the user wanted to go', () => {
    expect(loginPathFor('/services', '?kind=13')).toBe('/login?next=%2Fservices%3Fkind%3D13');
    expect(safeNextPath(new URLSearchParams(loginPathFor('/services', '?kind=13').split('?')[1]).get('next'))).toBe(
      '/services?kind=13',
    );
  });
  it('is plain /login for the home page', () => {
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor('/login')).toBe('/login');
  });
});
