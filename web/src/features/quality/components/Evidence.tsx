// Evidence files: an upload button (the raw file as the request body) and a list with download links.
import { Button, List, Popconfirm, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { deleteEvidence, qualityLinks, useQualityMutation } from '../api';
import type { QEvidence } from '../types';
import { useFeedback } from '../../../app/feedback';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.txt,.csv';

export function EvidenceUpload({
  upload,
  testId,
  disabled,
}: {
  upload: (file: File) => Promise<QEvidence>;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const run = useQualityMutation(upload);
  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      showUploadList={false}
      disabled={disabled}
      customRequest={({ file, onSuccess, onError }) => {
        const f = file as File;
        run.mutateAsync(f).then(
          (ev) => {
            onSuccess?.(ev);
            void message.success(t('quality.common.uploaded', { name: f.name }));
          },
          (e: unknown) => {
            onError?.(e as Error);
            void message.error(errorMessage(e, t));
          },
        );
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={run.isPending} disabled={disabled} data-testid={testId}>
        {t('quality.common.upload')}
      </Button>
    </Upload>
  );
}

export function EvidenceList({
  items,
  canDelete,
  testId,
}: {
  items: readonly QEvidence[];
  canDelete?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const del = useQualityMutation(deleteEvidence);
  if (!items.length) return null;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...items]}
      renderItem={(e) => (
        <List.Item
          actions={
            canDelete
              ? [
                  <Popconfirm key="d" title={t('quality.findings.deleteConfirm')} onConfirm={() => del.mutate(e.id)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                  </Popconfirm>,
                ]
              : []
          }
        >
          <span>
            <PaperClipOutlined />{' '}
            <a href={qualityLinks.evidence(e.id)} target="_blank" rel="noreferrer" data-testid={`evidence-${e.id}`}>
              {e.file_name}
            </a>{' '}
            <span style={{ color: '#595959', fontSize: 12 }}>
              {formatNumber(Math.ceil(e.size_bytes / 1024))} kB · {e.uploaded_by} · {formatDateTime(e.uploaded_at)}
            </span>
          </span>
        </List.Item>
      )}
    />
  );
}
