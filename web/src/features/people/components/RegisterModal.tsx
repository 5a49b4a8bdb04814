// A provider's manager registers its workers for a session: the organisation (when it manages several) and the
// workers; those beyond the capacity go on the waiting list.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { registerWorkers, usePeopleMutation, useWorkers } from '../api';
import type { PeopleOrganisation } from '../types';
import { useFeedback } from '../../../app/feedback';

export function RegisterModal({
  sessionId,
  orgs,
  taken,
  onClose,
}: {
  sessionId: number;
  orgs: readonly PeopleOrganisation[];
  /** Workers already registered or waiting (not offered again). */
  taken: ReadonlySet<number>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [orgId, setOrgId] = useState<number | undefined>(orgs[0]?.id);
  const [ids, setIds] = useState<number[]>([]);
  const workers = useWorkers({ organisation_id: orgId }, !!orgId);
  const save = usePeopleMutation(() => registerWorkers(sessionId, ids));
  const options = (workers.data?.items ?? [])
    .filter((w) => !taken.has(w.id) && !w.employment_end)
    .map((w) => ({ value: w.id, label: w.position ? `${w.name} (${w.position})` : w.name }));
  return (
    <Modal
      open
      title={t('people.session.registerTitle')}
      onCancel={onClose}
      okText={t('people.session.register')}
      cancelText={t('people.common.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: !ids.length, 'data-testid': 'register-save' } as ButtonProps}
      onOk={() =>
        save.mutate(undefined, {
          onSuccess: (r) => {
            const items = r?.items ?? [];
            message.success(
              t('people.session.registeredN', {
                registered: items.filter((x) => x.state === 'registered').length,
                waiting: items.filter((x) => x.state === 'waiting').length,
              }),
            );
            onClose();
          },
        })
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('people.session.registerHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        {orgs.length > 1 ? (
          <Form.Item label={t('people.common.organisation')}>
            <Select
              value={orgId}
              onChange={(v) => {
                setOrgId(v);
                setIds([]);
              }}
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
              data-testid="register-org"
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('people.session.workers')} required>
          <Select
            mode="multiple"
            loading={workers.isLoading}
            placeholder={t('people.session.chooseWorkers')}
            value={ids}
            onChange={setIds}
            options={options}
            optionFilterProp="label"
            data-testid="register-workers"
          />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
