// A minimal form of a kind: every need of the card with the share of services meeting it directly in the basis
// round; region staff choose the required needs of a draft and set it. A set form shows the check of services.
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Checkbox, Input, Popconfirm, Progress, Skeleton, Space, Table } from 'antd';
import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { useCurrentUser } from '../../../../app/SessionContext';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatPercent } from '../../../../lib/format';
import { setMinimalForm, updateMinimalForm, useMinimalForm, useNetworkMutation } from '../api';
import { minimalChange, readsMinimalForms, requiredIds, suggestedIds } from '../minimal';
import { MinimalNotForYou } from './MinimalFormsPage';
import type { MinimalNeed } from '../types';
import { ChecksCard } from '../components/ChecksCard';
import { MinimalStatusTag } from '../components/Tags';
import { useFeedback } from '../../../../app/feedback';

export default function MinimalFormPage() {
  return readsMinimalForms(useCurrentUser()) ? <MinimalFormDetail /> : <MinimalNotForYou />;
}

function MinimalFormDetail() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const query = useMinimalForm(id);
  const f = query.data;
  const editable = Boolean(f?.can_manage && f.status === 'draft');
  const [chosen, setChosen] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const loadedFor = useRef(0);
  const save = useNetworkMutation(() =>
    updateMinimalForm(id, minimalChange({ valid_from: f?.valid_from ?? '', note }, chosen)),
  );
  const set = useNetworkMutation(() => setMinimalForm(id));

  useEffect(() => {
    if (f && loadedFor.current !== f.id) {
      loadedFor.current = f.id;
      setChosen(requiredIds(f.needs));
      setNote(f.note ?? '');
    }
  }, [f]);

  const onSave = async (quiet = false) => {
    setActionError(null);
    try {
      await save.mutateAsync(undefined);
      if (!quiet) void message.success(t('networkCoverage.minimal.saved'));
      return true;
    } catch (e) {
      setActionError(e);
      return false;
    }
  };

  const onSet = async () => {
    if (!chosen.length) {
      setActionError(null);
      void message.error(t('networkCoverage.minimal.noneChosen'));
      return;
    }
    if (!(await onSave(true))) return;
    try {
      await set.mutateAsync(undefined);
      void message.success(t('networkCoverage.minimal.setDone'));
    } catch (e) {
      setActionError(e);
    }
  };

  const toggle = (needId: number, on: boolean) =>
    setChosen((c) => (on ? [...new Set([...c, needId])] : c.filter((x) => x !== needId)));

  return (
    <div data-testid="minimal-form-page" data-status={f?.status} data-kind={f?.kind_code}>
      <Breadcrumb
        items={[
          { title: <Link to="/network/minimal">{t('networkCoverage.tabs.minimal')}</Link> },
          { title: f?.kind_name ?? '…' },
        ]}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending && !query.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {f ? (
        <>
          <PageHeader
            title={`${t('networkCoverage.minimal.title')}: ${f.kind_name}`}
            subtitle={
              <Space wrap>
                <MinimalStatusTag status={f.status} />
                {f.basis_round_title ? (
                  <span>
                    {t('networkCoverage.minimal.basisRound')}: {f.basis_round_title}
                  </span>
                ) : null}
                {f.valid_from ? (
                  <span>
                    {t('networkCoverage.minimal.validFrom')}: {formatDate(f.valid_from)}
                  </span>
                ) : null}
              </Space>
            }
            extra={
              editable ? (
                <>
                  <Button
                    icon={<SaveOutlined />}
                    onClick={() => void onSave()}
                    loading={save.isPending}
                    data-testid="minimal-save"
                  >
                    {t('networkCoverage.minimal.save')}
                  </Button>
                  <Popconfirm
                    title={t('networkCoverage.minimal.setConfirm')}
                    okText={t('networkCoverage.minimal.set')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void onSet()}
                    okButtonProps={{ 'data-testid': 'minimal-set-confirm' } as Record<string, string>}
                  >
                    <Button type="primary" icon={<CheckOutlined />} loading={set.isPending} data-testid="minimal-set">
                      {t('networkCoverage.minimal.set')}
                    </Button>
                  </Popconfirm>
                </>
              ) : null
            }
          />
          {actionError ? <ErrorAlert error={actionError} testId="minimal-error" /> : null}
          <Card
            title={t('networkCoverage.minimal.need')}
            className="kv-table-card kv-section"
            extra={
              editable ? (
                <Button size="small" onClick={() => setChosen(suggestedIds(f.needs))} data-testid="minimal-suggest">
                  {t('networkCoverage.minimal.suggest')}
                </Button>
              ) : null
            }
          >
            {editable ? (
              <Alert type="info" showIcon message={t('networkCoverage.minimal.chooseNeeds')} style={{ margin: 8 }} />
            ) : null}
            <Table<MinimalNeed>
              rowKey="need_area_id"
              size="small"
              pagination={false}
              dataSource={f.needs}
              data-testid="minimal-needs"
              onRow={(n) =>
                ({
                  'data-testid': `minimal-need-${n.need_area_id}`,
                  'data-required': String(chosen.includes(n.need_area_id)),
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'required',
                  title: t('networkCoverage.minimal.required'),
                  width: 90,
                  render: (_, n) => (
                    <Checkbox
                      checked={chosen.includes(n.need_area_id)}
                      disabled={!editable}
                      aria-label={`${n.name}: ${t('networkCoverage.minimal.required')}`}
                      onChange={(e) => toggle(n.need_area_id, e.target.checked)}
                      data-testid={`minimal-required-${n.need_area_id}`}
                    />
                  ),
                },
                { key: 'name', title: t('networkCoverage.minimal.need'), dataIndex: 'name' },
                {
                  key: 'share',
                  title: t('networkCoverage.minimal.share'),
                  width: 200,
                  render: (_, n) =>
                    n.services_answered === 0 ? (
                      '—'
                    ) : (
                      <Progress
                        percent={Math.round(n.share_direct * 100)}
                        size="small"
                        format={() => formatPercent(n.share_direct)}
                      />
                    ),
                },
              ]}
            />
            {editable || f.note ? (
              <div style={{ padding: 8 }}>
                <label>
                  {t('networkCoverage.minimal.note')}
                  <Input.TextArea
                    value={note}
                    disabled={!editable}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={2000}
                    onChange={(e) => setNote(e.target.value)}
                  />
                </label>
              </div>
            ) : null}
          </Card>
          {f.status !== 'draft' ? <ChecksCard formId={f.id} canManage={f.can_manage} /> : null}
        </>
      ) : null}
    </div>
  );
}
