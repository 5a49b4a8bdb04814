// @vitest-environment happy-dom
// One page that throws shows the page-error message in its place, the rest of the shell stays, and going
// elsewhere (or "try again") renders pages again.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Link, Route, Routes, useLocation } from 'react-router-dom';
import i18n from '../../i18n';
import { PageErrorBoundary } from '../PageErrorBoundary';
import { byTestId, click, render, type Rendered } from '../../test/render';

let failures = 0;
function Broken(): never {
  failures += 1;
  throw new Error('staffing.children.map is not a function');
}

/** Throws until `healed` is set: what a page with a passing fault does. */
let healed = false;
function Flaky() {
  if (!healed) throw new Error('temporary');
  return <p data-testid="flaky-ok">loaded</p>;
}

function Shell() {
  const location = useLocation();
  return (
    <>
      <nav data-testid="nav">
        <Link to="/other" data-testid="to-other">
          other
        </Link>
      </nav>
      <main>
        <PageErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<p data-testid="home">home</p>} />
            <Route path="/broken" element={<Broken />} />
            <Route path="/flaky" element={<Flaky />} />
            <Route path="/other" element={<p data-testid="other">other page</p>} />
          </Routes>
        </PageErrorBoundary>
      </main>
    </>
  );
}

/** Renders at `path`, then lets the message's Result arrive (it loads when first shown: components/LazyResult.tsx). */
async function renderAt(path: string): Promise<Rendered> {
  const rendered = render(
    <MemoryRouter initialEntries={[path]}>
      <Shell />
    </MemoryRouter>,
  );
  await act(async () => {
    await import('antd/es/result');
    await new Promise((r) => setTimeout(r, 0));
  });
  return rendered;
}

describe('PageErrorBoundary', () => {
  let view: Rendered | undefined;
  beforeEach(async () => {
    failures = 0;
    healed = false;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    vi.restoreAllMocks();
  });

  it('shows the message in Czech in place of the broken page and keeps the navigation', async () => {
    view = await renderAt('/broken');
    const box = byTestId(view.container, 'page-error');
    expect(box).not.toBeNull();
    expect(box!.textContent).toContain('Tuto stránku se nepodařilo zobrazit');
    expect(box!.textContent).toContain('staffing.children.map is not a function');
    expect(byTestId(view.container, 'page-error-retry')!.textContent).toBe('Zkusit znovu');
    expect(byTestId(view.container, 'page-error-back')!.getAttribute('href')).toBe('/');
    expect(byTestId(view.container, 'nav')).not.toBeNull();
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    view = await renderAt('/broken');
    expect(byTestId(view.container, 'page-error')!.textContent).toContain('This page could not be shown');
    expect(byTestId(view.container, 'page-error-retry')!.textContent).toBe('Try again');
    expect(byTestId(view.container, 'page-error-back')!.textContent).toBe('Back to the dashboard');
  });

  it('forgets the error when the user goes to another page', async () => {
    view = await renderAt('/broken');
    click(byTestId(view.container, 'to-other'));
    expect(byTestId(view.container, 'page-error')).toBeNull();
    expect(byTestId(view.container, 'other')!.textContent).toBe('other page');
  });

  it('goes back to the dashboard from the message', async () => {
    view = await renderAt('/broken');
    click(byTestId(view.container, 'page-error-back'));
    expect(byTestId(view.container, 'page-error')).toBeNull();
    expect(byTestId(view.container, 'home')).not.toBeNull();
  });

  it('renders the page again on "try again"', async () => {
    view = await renderAt('/flaky');
    expect(byTestId(view.container, 'page-error')).not.toBeNull();
    healed = true;
    click(byTestId(view.container, 'page-error-retry'));
    expect(byTestId(view.container, 'page-error')).toBeNull();
    expect(byTestId(view.container, 'flaky-ok')!.textContent).toBe('loaded');
  });

  it('shows the same message again when the page still fails after "try again"', async () => {
    view = await renderAt('/broken');
    const before = failures;
    click(byTestId(view.container, 'page-error-retry'));
    expect(failures).toBeGreaterThan(before);
    expect(byTestId(view.container, 'page-error')).not.toBeNull();
  });
});
