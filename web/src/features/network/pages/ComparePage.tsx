// Two versions of a card side by side, part by part (texts, needs added or removed, their answers and activities),
// the changes highlighted word by word; by default against the previous version.
import { useId, useState } from 'react';
import { Card, Col, Empty, Row, Select, Space, Switch, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCard, useComparison, useVersion } from '../api';
import { DiffText } from '../components/DiffText';
import { ChangeTag } from '../components/Tags';
import { changeCounts, wordDiff } from '../network';

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const other = Number(params.get('with')) || undefined;
  const [onlyChanges, setOnlyChanges] = useState(true);
  const onlyChangesLabel = useId();
  const version = useVersion(id);
  const card = useCard(version.data?.card_id ?? 0);
  const versions = [...(card.data?.versions ?? [])].sort((a, b) => b.version_no - a.version_no);
  const thisNo = version.data?.version_no ?? 0;
  const previous = other ? versions.find((v) => v.version_id === other) : versions.find((v) => v.version_no < thisNo);
  const first = version.data?.version_no === 1 && !other;
  const comparison = useComparison(id, other, !!version.data && !first);
  if (version.error) return <ErrorAlert error={version.error} onRetry={() => version.refetch()} backTo="/network" />;
  const items = comparison.data?.items ?? [];
  const counts = changeCounts(items);
  const shown = onlyChanges ? items.filter((x) => x.change !== 'same') : items;
  return (
    <div data-testid="network-compare-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('network.compare.title')}
        {version.data ? `: ${version.data.kind_name}` : ''}
      </Typography.Title>
      <Card size="small" className="kv-section">
        <Space wrap>
          {version.data ? (
            <Link to={`/network/versions/${id}`}>{t('network.cards.versionNo', { no: thisNo })}</Link>
          ) : null}
          <Typography.Text>{t('network.compare.withVersion')}</Typography.Text>
          <Select
            style={{ minWidth: 160 }}
            value={previous?.version_id}
            placeholder={t('network.compare.previous')}
            data-testid="compare-with"
            options={versions
              .filter((v) => v.version_id !== id)
              .map((v) => ({ value: v.version_id, label: t('network.cards.versionNo', { no: v.version_no }) }))}
            onChange={(v: number) => {
              const next = new URLSearchParams(params);
              next.set('with', String(v));
              setParams(next, { replace: true });
            }}
          />
          <Switch
            checked={onlyChanges}
            onChange={setOnlyChanges}
            aria-labelledby={onlyChangesLabel}
            data-testid="compare-only-changes"
          />
          <Typography.Text id={onlyChangesLabel}>{t('network.compare.onlyChanges')}</Typography.Text>
        </Space>
        {comparison.data ? (
          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="compare-summary">
            {t('network.compare.summary', counts)} ·{' '}
            <ins style={{ background: '#d9f7be', textDecoration: 'none' }}>{t('network.compare.legendAdded')}</ins>{' '}
            <del style={{ background: '#ffccc7' }}>{t('network.compare.legendRemoved')}</del>
          </Typography.Paragraph>
        ) : null}
      </Card>
      {first ? (
        <Empty
          style={{ marginTop: 16 }}
          description={t('network.compare.noPrevious')}
          data-testid="compare-no-previous"
        />
      ) : null}
      {comparison.error ? <ErrorAlert error={comparison.error} onRetry={() => comparison.refetch()} /> : null}
      {comparison.isLoading && !first ? <Card loading style={{ marginTop: 16 }} /> : null}
      {comparison.data && shown.length === 0 ? (
        <Empty style={{ marginTop: 16 }} description={t('network.compare.nothing')} data-testid="compare-nothing" />
      ) : null}
      {shown.map((x, i) => {
        const diff = wordDiff(x.before ?? '', x.after ?? '');
        return (
          <Card
            key={`${x.part}-${i}`}
            size="small"
            style={{ marginTop: 12 }}
            data-testid="compare-part"
            data-part={x.part}
            data-change={x.change}
            title={
              <Space wrap size={4}>
                <span>{en && x.label_en ? x.label_en : x.label}</span>
                <ChangeTag change={x.change} />
              </Space>
            }
          >
            <Row gutter={[16, 8]}>
              <Col xs={24} md={12}>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {previous ? t('network.compare.before', { no: previous.version_no }) : t('network.compare.previous')}
                </Typography.Text>
                <DiffText pieces={diff.before} testId="compare-before" />
              </Col>
              <Col xs={24} md={12}>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('network.compare.after', { no: thisNo })}
                </Typography.Text>
                <DiffText pieces={diff.after} testId="compare-after" />
              </Col>
            </Row>
          </Card>
        );
      })}
    </div>
  );
}
