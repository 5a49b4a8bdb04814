import { describe, expect, it } from 'vitest';
import { scaleName, setCodeOptions, setTitle } from '../setTitles';

describe('standard set titles', () => {
  it('titles the built-in sets in the UI language, never by their code', () => {
    expect(
      setTitle(
        'KOMUNITNI',
        'Kritéria sociálních služeb komunitního charakteru a kritéria transformace a deinstitucionalizace (MPSV, od 1. 4. 2022)',
        'cs',
      ),
    ).toBe('Kritéria komunitních služeb a transformace (MPSV)');
    expect(setTitle('KOMUNITNI', '', 'en')).toBe('Community-based services and transformation criteria (MPSV)');
    expect(setTitle('SQSS', undefined, 'cs')).toBe('Standardy kvality sociálních služeb');
  });
  it('titles an own set by its name, or its code when it has none', () => {
    expect(setTitle('PROCES-POB', 'Procesní audit pobytové služby – kontrolní list', 'cs')).toBe(
      'Procesní audit pobytové služby – kontrolní list',
    );
    expect(setTitle('PROCES-POB', undefined, 'cs')).toBe('PROCES-POB');
    // an own set that happens to use a built-in code keeps its own name
    expect(setTitle('SQSS', 'Krajská sada', 'cs', false)).toBe('Krajská sada');
  });
  it('offers one choice per set code, titled and sorted', () => {
    const opts = setCodeOptions(
      [
        { code: 'SQSS', name: 'x', kind: 'builtin', latest: true },
        { code: 'KOMUNITNI', name: 'y', kind: 'builtin', latest: true },
        { code: 'PROCES-POB', name: 'Procesní audit pobytové služby', kind: 'custom', latest: false },
        { code: 'PROCES-POB', name: 'Procesní audit pobytové služby – kontrolní list', kind: 'custom', latest: true },
      ],
      'cs',
    );
    expect(opts).toEqual([
      { value: 'KOMUNITNI', label: 'Kritéria komunitních služeb a transformace (MPSV)' },
      { value: 'PROCES-POB', label: 'Procesní audit pobytové služby – kontrolní list' },
      { value: 'SQSS', label: 'Standardy kvality sociálních služeb' },
    ]);
  });
});

describe('scaleName', () => {
  const scale = { name_cs: 'Čtyřstupňová škála', name_en: 'Four-level scale' };
  it('names a scale in the UI language', () => {
    expect(scaleName(scale, 'en')).toBe('Four-level scale');
    expect(scaleName(scale, 'cs')).toBe('Čtyřstupňová škála');
  });
  it('falls back to the Czech name when there is no English one', () => {
    expect(scaleName({ name_cs: 'Vlastní škála', name_en: '' }, 'en')).toBe('Vlastní škála');
  });
});
