// Results: verdict with the reasons, total, per-standard table and a radar of the standards.
import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPct, notAssessedStandards, radarOption } from '../charts';
import type { QResults, QStandardResult } from '../types';
import { Chart } from '../../../components/charts/Chart';
import { VerdictTag } from './Tags';

export function ResultsPanel({ results, passRuleText }: { results: QResults; passRuleText: string }) {
  const { t } = useTranslation();
  const notAssessed = notAssessedStandards(results.standards);
  return (
    <div data-testid="results">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('quality.results.title')}>
            <div style={{ fontSize: 18, marginBottom: 8 }}>
              <VerdictTag verdict={results.verdict} testId="verdict" />
            </div>
            <Statistic title={t('quality.results.total')} value={formatPct(results.total.percent, 1)} />
            <div style={{ color: '#595959', margin: '4px 0 12px' }}>
              {results.total.points} / {results.total.max} {t('quality.common.points')}
            </div>
            {results.reasons.length ? (
              <Alert
                type={results.verdict === 'fail' ? 'error' : 'warning'}
                showIcon
                message={t('quality.results.reasons')}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="verdict-reasons">
                    {results.reasons.map((r, i) => (
                      <li key={i} data-kind={r.kind} data-criterion={r.criterion_code}>
                        {r.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            {passRuleText ? (
              <div style={{ marginTop: 12, color: '#595959' }}>
                {t('quality.detail.passRule')}: {passRuleText}
              </div>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('quality.results.radar')}>
            {results.standards.length - notAssessed.length > 0 ? (
              <Chart
                option={radarOption(results.standards, t('quality.results.total'), t('quality.overview.notAssessed'))}
                height={320}
                testId="results-radar"
                data={{ axes: results.standards.length - notAssessed.length }}
              />
            ) : null}
            {notAssessed.length ? (
              <div style={{ color: '#595959', fontSize: 12 }} data-testid="results-not-assessed">
                {t('quality.results.notAssessedList', { list: notAssessed.join(', ') })}
              </div>
            ) : null}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('quality.results.perStandard')} style={{ marginTop: 16 }} className="kv-table-card">
        <Table<QStandardResult>
          rowKey="standard"
          size="small"
          pagination={false}
          dataSource={results.standards}
          data-testid="results-standards"
          columns={[
            { title: t('quality.common.standard'), key: 's', render: (_, s) => `${s.standard}. ${s.name_cs}` },
            {
              title: t('quality.common.points'),
              key: 'p',
              align: 'right',
              render: (_, s) => `${s.score.points} / ${s.score.max}`,
            },
            {
              title: t('quality.common.percentOfMax'),
              key: 'pct',
              align: 'right',
              render: (_, s) => (s.scored === 0 ? t('quality.overview.notAssessed') : formatPct(s.score.percent, 1)),
            },
            { title: t('quality.results.scored'), dataIndex: 'scored', align: 'right' },
            { title: t('quality.results.notApplicable'), dataIndex: 'not_applicable', align: 'right' },
            { title: t('quality.results.notScored'), dataIndex: 'not_scored', align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}
