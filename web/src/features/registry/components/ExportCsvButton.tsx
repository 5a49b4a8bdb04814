import { useRef, useState } from 'react';
import { Button, Modal, Progress } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fetchAllServices } from '../api';
import type { ServiceFilters } from '../serviceFilters';
import { serviceCsvColumns } from '../serviceCsv';
import { capacityUnit } from '../capacity';
import type { CatalogueIndex } from '../catalogueLabels';
import { csvFileName, toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { useFeedback } from '../../../app/feedback';

/** Exports every service matching the filters (all pages, 200 at a time) as CSV. */
export function ExportCsvButton({
  filters,
  index,
  lang,
  disabled,
}: {
  filters: ServiceFilters;
  index: CatalogueIndex;
  lang: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const run = async () => {
    const ctrl = new AbortController();
    abortRef.current = ctrl;
    setProgress({ loaded: 0, total: 0 });
    try {
      const rows = await fetchAllServices(filters, setProgress, ctrl.signal);
      const columns = serviceCsvColumns(
        {
          header: (k) => t(`services.${k}`),
          form: (c) => t(`serviceForm.${c}`),
          status: (c) => t(`serviceStatus.${c}`),
          unit: (c, n) => capacityUnit(t, c, n, lang),
        },
        index,
        lang,
      );
      downloadText(csvFileName(lang === 'en' ? 'kvalis-services' : 'kvalis-sluzby'), toCsv(columns, rows));
      void message.success(t('services.exportDone', { n: formatNumber(rows.length) }));
    } catch (e) {
      if ((e as { name?: string })?.name !== 'AbortError')
        void message.error(t('services.exportFailed', { message: errorMessage(e, t) }));
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void run()}
        disabled={disabled || progress !== null}
        data-testid="export-csv"
      >
        {t('services.exportCsv')}
      </Button>
      <Modal
        open={progress !== null}
        title={t('services.exporting')}
        closable={false}
        maskClosable={false}
        footer={
          <Button onClick={() => abortRef.current?.abort()} data-testid="export-cancel">
            {t('services.exportCancel')}
          </Button>
        }
      >
        <div data-testid="export-progress">
          <Progress percent={percent} status="active" />
          <div>
            {t('services.exportProgress', {
              loaded: formatNumber(progress?.loaded ?? 0),
              total: formatNumber(progress?.total ?? 0),
            })}
          </div>
        </div>
      </Modal>
    </>
  );
}
