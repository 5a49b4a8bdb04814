// The PDF of a printable report: the report's own URL with ?format=pdf (the server renders the same HTML with
// WeasyPrint), fetched with the session cookie and saved under the name the server gives.
import { ApiError, errorFromResponse } from '../api/client';

/** The PDF variant of a printable report's URL (`…/report?round=3` → `…/report?round=3&format=pdf`). */
export function pdfUrl(reportUrl: string): string {
  const [path, query = ''] = reportUrl.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('format', 'pdf');
  return `${path}?${params.toString()}`;
}

/** The file name of a Content-Disposition header: filename* (RFC 5987, UTF-8) first, then filename. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* a malformed encoding: the plain name below */
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition) ?? /filename=([^;]+)/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

export interface PdfFile {
  blob: Blob;
  fileName: string;
}

/** Fetches the PDF of a report; a failed answer (403/404, 503 when WeasyPrint is missing) throws an ApiError. */
export async function fetchPdf(reportUrl: string, language: string, fallbackName: string): Promise<PdfFile> {
  let res: Response;
  try {
    res = await fetch(pdfUrl(reportUrl), {
      credentials: 'same-origin',
      headers: { Accept: 'application/pdf', 'Accept-Language': language },
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error)?.message ?? 'network error');
  }
  if (!res.ok) throw await errorFromResponse(res);
  return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition'), fallbackName) };
}

/** Saves a blob as a file through a temporary object URL (browser only). */
export function saveBlob(file: PdfFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
