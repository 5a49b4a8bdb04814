// @vitest-environment happy-dom
// "Stáhnout PDF": the report's URL with format=pdf, fetched with the session cookie, saved under the server's
// (Czech, RFC 5987) file name; the button spins meanwhile; a 503 shows the server's reason (fetch mocked).
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { PdfButton } from '../PdfButton';
import { fileNameOf, pdfUrl } from '../../lib/pdf';
import { byTestId, click, render, type Rendered } from '../../test/render';
import { FeedbackHost } from '../../app/feedback';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('pdf links', () => {
  it('asks for the PDF variant of the report', () => {
    expect(pdfUrl('/api/quality/audits/3/report')).toBe('/api/quality/audits/3/report?format=pdf');
    expect(pdfUrl('/api/benchmark/groups/1/report?round=4')).toBe('/api/benchmark/groups/1/report?round=4&format=pdf');
    expect(pdfUrl('/api/x?format=html&lang=en')).toBe('/api/x?format=pdf&lang=en');
  });
  it('reads the UTF-8 file name first', () => {
    expect(
      fileNameOf(`attachment; filename="zpr_va-z-auditu-3.pdf"; filename*=UTF-8''zpr%C3%A1va-z-auditu-3.pdf`, 'x.pdf'),
    ).toBe('zpráva-z-auditu-3.pdf');
    expect(fileNameOf('attachment; filename="audit-3.pdf"', 'x.pdf')).toBe('audit-3.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });
});

describe('PdfButton', () => {
  let view: Rendered | undefined;
  let saved: { href: string; download: string }[] = [];
  let answer: () => Response;
  const requests: string[] = [];
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  beforeEach(() => {
    saved = [];
    requests.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        requests.push(url);
        return answer();
      }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
  });
  afterEach(() => {
    view?.unmount();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const show = () =>
    render(
      <>
        <FeedbackHost />
        <PdfButton href="/api/quality/audits/3/report" fileName="audit-3.pdf" testId="pdf" />
      </>,
    );

  it('downloads the PDF under the server’s name', async () => {
    answer = () =>
      new Response('%PDF-1.7', {
        status: 200,
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="zpr_va.pdf"; filename*=UTF-8''zpr%C3%A1va-z-auditu-3.pdf`,
        },
      });
    view = show();
    const button = byTestId(view.container, 'pdf')!;
    expect(button.textContent).toBe('Stáhnout PDF');
    click(button);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toContain('Připravuji PDF');
    await flush();
    await flush();
    expect(requests).toEqual(['/api/quality/audits/3/report?format=pdf']);
    expect(saved).toEqual([{ href: 'blob:pdf', download: 'zpráva-z-auditu-3.pdf' }]);
    expect(button.getAttribute('aria-busy')).toBe('false');
  });

  it('says why when the server cannot make PDFs', async () => {
    const reason =
      'Tvorba PDF není na serveru k dispozici (chybí program WeasyPrint); sestava je k dispozici jako HTML.';
    answer = () =>
      new Response(JSON.stringify({ error: { code: 'unavailable', message: reason } }), {
        status: 503,
        headers: { 'Content-Type': 'application/json' },
      });
    view = show();
    click(byTestId(view.container, 'pdf'));
    await flush();
    await flush();
    expect(saved).toEqual([]);
    // the message's holder loads with the first use (app/feedback.tsx)
    await vi.waitFor(() => expect(document.body.textContent).toContain(reason));
  });

  it('falls back to its own text for a bare 503', async () => {
    answer = () => new Response('', { status: 503, statusText: 'Service Unavailable' });
    view = show();
    click(byTestId(view.container, 'pdf'));
    await flush();
    await flush();
    await vi.waitFor(() => expect(document.body.textContent).toContain('PDF teď nelze vytvořit'));
  });
});
