// Links a project activity to what it produced in Kvalis: the kind of record, then the record (searched among
// those the caller may see).
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { addLink, useLinkCandidates, usePeopleMutation } from '../api';
import { LINK_KINDS } from '../people';

export function LinkModal({
  projectId,
  activityId,
  onClose,
}: {
  projectId: number;
  activityId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>('training_session');
  const [q, setQ] = useState('');
  const [objectId, setObjectId] = useState<number | undefined>(undefined);
  const candidates = useLinkCandidates({ project_id: projectId, kind, q: q || undefined }, true);
  const save = usePeopleMutation(() => addLink(activityId, kind, objectId ?? 0));
  return (
    <Modal
      open
      title={t('people.project.addLink')}
      onCancel={onClose}
      okText={t('people.project.addLink')}
      cancelText={t('people.common.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: !objectId, 'data-testid': 'link-save' } as ButtonProps}
      onOk={() => save.mutate(undefined, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('people.project.linkKind')} required>
          <Select
            value={kind}
            onChange={(v) => {
              setKind(v);
              setObjectId(undefined);
            }}
            options={LINK_KINDS.map((k) => ({ value: k, label: t(`people.linkKind.${k}`) }))}
            data-testid="link-kind"
          />
        </Form.Item>
        <Form.Item label={t('people.project.linkObject')} required>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={candidates.isFetching}
            value={objectId}
            onChange={setObjectId}
            options={(candidates.data?.items ?? []).map((c) => ({
              value: c.object_id,
              label: c.date ? `${formatDate(c.date)} · ${c.label}` : c.label,
            }))}
            data-testid="link-object"
          />
        </Form.Item>
      </Form>
      {candidates.error ? <ErrorAlert error={candidates.error} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
