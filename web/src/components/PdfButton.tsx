// "Stáhnout PDF" beside a printable report's button: downloads the report as a PDF (the server renders the same
// HTML), the button spinning meanwhile; a failure shows why (503: the server cannot make PDFs, the HTML report
// still works).
import { useState } from 'react';
import { Button } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage } from '../lib/errors';
import { fetchPdf, saveBlob } from '../lib/pdf';
import { useFeedback } from '../app/feedback';

export interface PdfButtonProps {
  /** The printable report's (HTML) URL; the PDF is the same with ?format=pdf. */
  href: string;
  /** The file name when the server gives none. */
  fileName?: string;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
  /** A shorter label ("PDF") where the button stands in a table row. */
  compact?: boolean;
}

export function PdfButton({ href, fileName = 'report.pdf', testId, size, compact }: PdfButtonProps) {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      saveBlob(await fetchPdf(href, i18n.language === 'en' ? 'en' : 'cs', fileName));
    } catch (e) {
      // 503: the server's own sentence (WeasyPrint missing, or the rendering failed and why) when it gave one.
      const text =
        isApiError(e) && e.status === 503
          ? e.message && e.message !== e.code && e.message !== 'Service Unavailable'
            ? e.message
            : t('pdf.unavailable')
          : `${t('pdf.failed')} ${errorMessage(e, t)}`;
      void message.error({ content: text, duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<FilePdfOutlined />}
      size={size}
      loading={busy}
      aria-busy={busy}
      onClick={() => void download()}
      data-testid={testId}
    >
      {busy ? t('pdf.preparing') : compact ? 'PDF' : t('pdf.download')}
    </Button>
  );
}
