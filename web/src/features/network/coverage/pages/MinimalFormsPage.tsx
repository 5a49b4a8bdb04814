// The minimal forms of the region, one line per kind (state, required needs, services meeting it); region staff
// start a draft for a kind from a locked coverage round.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { useCurrentUser } from '../../../../app/SessionContext';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate } from '../../../../lib/format';
import { createMinimalForm, useMinimalForms, useNetworkMutation, useRounds } from '../api';
import { useCurrentRegion } from '../region';
import { readsMinimalForms } from '../minimal';
import { sortRounds } from '../rounds';
import type { MinimalFormSummary } from '../types';
import { MinimalStatusTag } from '../components/Tags';
import { useFeedback } from '../../../../app/feedback';

interface CreateValues {
  basis_round_id: number;
  kind_code: string;
}

export default function MinimalFormsPage() {
  return readsMinimalForms(useCurrentUser()) ? <MinimalForms /> : <MinimalNotForYou />;
}

/** Municipalities, audit bodies and evaluators: what the page is and who uses it, without asking the server. */
export function MinimalNotForYou() {
  const { t } = useTranslation();
  return (
    <div data-testid="minimal-forms-page" data-readers="none">
      <PageHeader title={t('networkCoverage.minimal.title')} />
      <Typography.Paragraph type="secondary">{t('networkCoverage.minimal.intro')}</Typography.Paragraph>
      <Alert type="info" showIcon data-testid="minimal-not-for-you" message={t('networkCoverage.minimal.notForYou')} />
    </div>
  );
}

function MinimalForms() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const { code } = useCurrentRegion();
  const forms = useMinimalForms(code);
  const rounds = useRounds(code);
  const canManage = Boolean(forms.data?.can_manage);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CreateValues>();
  const basisId = Form.useWatch('basis_round_id', form);
  const create = useNetworkMutation((v: CreateValues) => createMinimalForm({ ...v, region: code }));
  const locked = sortRounds(rounds.data?.items ?? []).filter((r) => r.status === 'locked');
  const basis = locked.find((r) => r.id === basisId);

  const start = () => {
    create.reset();
    form.setFieldsValue({ basis_round_id: locked[0]?.id, kind_code: undefined });
    setOpen(true);
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await create.mutateAsync(v);
      void message.success(t('networkCoverage.minimal.created'));
      setOpen(false);
      navigate(`/network/minimal/${created.id}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="minimal-forms-page">
      <PageHeader
        title={t('networkCoverage.minimal.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={start} data-testid="minimal-create">
              {t('networkCoverage.minimal.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('networkCoverage.minimal.intro')}</Typography.Paragraph>
      {forms.error ? <ErrorAlert error={forms.error} onRetry={() => void forms.refetch()} /> : null}
      <Card className="kv-table-card">
        <Table<MinimalFormSummary>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={forms.isPending}
          dataSource={[...(forms.data?.items ?? [])].sort(
            (a, b) => a.kind_name.localeCompare(b.kind_name, 'cs') || b.id - a.id,
          )}
          locale={{ emptyText: t('networkCoverage.minimal.empty') }}
          onRow={(f) =>
            ({
              'data-testid': `minimal-row-${f.id}`,
              'data-kind': f.kind_code,
              'data-status': f.status,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'kind',
              title: t('networkCoverage.minimal.kind'),
              render: (_, f) => (
                <Link to={`/network/minimal/${f.id}`} data-testid={`minimal-link-${f.id}`}>
                  {f.kind_name}
                </Link>
              ),
            },
            {
              key: 'status',
              title: t('networkCoverage.minimal.status'),
              render: (_, f) => <MinimalStatusTag status={f.status} />,
            },
            {
              key: 'valid',
              responsive: ['md'],
              title: t('networkCoverage.minimal.validFrom'),
              render: (_, f) => formatDate(f.valid_from),
            },
            {
              key: 'basis',
              responsive: ['md'],
              title: t('networkCoverage.minimal.basisRound'),
              render: (_, f) => f.basis_round_title || '—',
            },
            {
              key: 'required',
              responsive: ['md'],
              title: t('networkCoverage.minimal.needsRequired'),
              align: 'right',
              dataIndex: 'needs_required',
            },
            {
              key: 'meeting',
              title: t('networkCoverage.minimal.servicesMeeting'),
              align: 'right',
              render: (_, f) =>
                f.status === 'draft'
                  ? '—'
                  : t('networkCoverage.minimal.servicesMeetingOf', {
                      meeting: f.services_meeting,
                      checked: f.services_checked,
                    }),
            },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('networkCoverage.minimal.create')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ disabled: locked.length === 0, ...({ 'data-testid': 'minimal-create-submit' } as object) }}
      >
        {create.error ? <ErrorAlert error={create.error} testId="minimal-create-error" /> : null}
        {locked.length === 0 && !rounds.isPending ? (
          <Alert type="info" showIcon message={t('networkCoverage.minimal.noBasis')} />
        ) : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="basis_round_id"
            label={t('networkCoverage.minimal.basisRound')}
            rules={[{ required: true, message: t('networkCoverage.rounds.required') }]}
          >
            <Select
              options={locked.map((r) => ({ value: r.id, label: r.title }))}
              onChange={() => form.setFieldValue('kind_code', undefined)}
              data-testid="minimal-create-round"
            />
          </Form.Item>
          <Form.Item
            name="kind_code"
            label={t('networkCoverage.minimal.kind')}
            rules={[{ required: true, message: t('networkCoverage.rounds.required') }]}
          >
            <Select
              options={(basis?.kinds ?? []).map((k) => ({ value: k.code, label: k.name }))}
              optionRender={(o) => <span data-testid={`minimal-create-kind-${o.value}`}>{o.label}</span>}
              data-testid="minimal-create-kind"
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
