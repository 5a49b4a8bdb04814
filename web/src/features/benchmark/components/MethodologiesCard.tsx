// Methodology versions of a group; the region starts a new draft (a copy of the latest).
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BmGroup, BmMethodologySummary } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { createMethodology, useBenchmarkMutation, useMethodologies } from '../api';
import { MethodologyStatusTag } from './Tags';
import { useFeedback } from '../../../app/feedback';

export function MethodologiesCard({ group }: { group: BmGroup }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const list = useMethodologies(group.id);
  const create = useBenchmarkMutation(() => createMethodology(group.id, { copy_from_latest: true }));

  const start = async () => {
    try {
      const m = await create.mutateAsync(undefined);
      navigate(`/benchmarking/methodologies/${m.id}`);
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <Card
      className="kv-table-card"
      data-testid="methodologies-card"
      extra={
        group.can_manage ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() => void start()}
            loading={create.isPending}
            data-testid="methodology-create"
          >
            {t('benchmark.methodology.create')}
          </Button>
        ) : null
      }
    >
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<BmMethodologySummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('benchmark.methodology.empty') }}
        columns={[
          { key: 'version', title: t('benchmark.methodology.version'), render: (_, m) => `v${m.version}` },
          {
            key: 'name',
            title: t('benchmark.methodology.name'),
            render: (_, m) => (
              <Link to={`/benchmarking/methodologies/${m.id}`} data-testid={`methodology-link-${m.id}`}>
                {m.name}
              </Link>
            ),
          },
          {
            key: 'status',
            title: t('benchmark.methodology.status'),
            render: (_, m) => <MethodologyStatusTag status={m.status} />,
          },
          { key: 'items', title: t('benchmark.methodology.items'), align: 'right', dataIndex: 'item_count' },
          {
            key: 'indicators',
            title: t('benchmark.methodology.indicators'),
            align: 'right',
            dataIndex: 'indicator_count',
          },
          { key: 'rules', title: t('benchmark.methodology.rules'), align: 'right', dataIndex: 'rule_count' },
          { key: 'created', title: t('benchmark.groups.created_at'), render: (_, m) => formatDate(m.created_at) },
        ]}
      />
    </Card>
  );
}
