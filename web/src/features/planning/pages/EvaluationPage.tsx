// One evaluation of a goal: when, the period, the result and conclusion, who took part, the values against the
// targets (with how many clients stand behind each) and the evidence (links and files).
import { Button, Card, Descriptions, Form, Input, List, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { DeleteOutlined, LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../../lib/format';
import {
  addEvidenceLink,
  deleteEvidence,
  planningLinks,
  uploadEvidenceFile,
  useEvaluation,
  usePlanningMutation,
} from '../api';
import { IndicatorValue } from '../components/Outcome';
import { ParticipantsText } from '../components/ParticipantsEditor';
import { LevelTag, ResultTag } from '../components/Tags';
import type { EvaluationDetail, Evidence } from '../types';
import { goalName } from '../planning';
import { useFeedback } from '../../../app/feedback';

export default function EvaluationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const ev = useEvaluation(id);
  if (ev.error) return <ErrorAlert error={ev.error} backTo="/planning" />;
  if (!ev.data) return <Card loading />;
  const d = ev.data;
  const e = d.evaluation;
  return (
    <div data-testid="evaluation-page">
      <Link to={`/planning/goals/${d.goal.id}`}>
        <LevelTag level={d.goal.level} /> {goalName(d.goal)}
      </Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.evaluation.detail')} {formatDate(e.held_on)}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        className="kv-section"
        items={[
          { key: 'k', label: t('planning.evaluation.kind'), children: t(`planning.evaluationKind.${e.kind}`) },
          { key: 'r', label: t('planning.evaluation.result'), children: <ResultTag result={e.result} /> },
          {
            key: 'p',
            label: t('planning.evaluation.period'),
            children: `${formatDate(e.period_from)} – ${formatDate(e.period_to)}`,
          },
          { key: 'h', label: t('planning.evaluation.heldOn'), children: formatDate(e.held_on) },
          {
            key: 'c',
            label: t('planning.evaluation.conclusion'),
            span: 2,
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{e.conclusion || '—'}</span>,
          },
          {
            key: 'w',
            label: t('planning.evaluation.participants'),
            span: 2,
            children: <ParticipantsText list={d.participants} />,
          },
        ]}
      />
      <Card title={t('planning.evaluation.values')} className="kv-section" style={{ marginTop: 16 }}>
        <Table
          rowKey="indicator_id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.values}
          data-testid="evaluation-values-table"
          columns={[
            { title: t('planning.indicator.name'), dataIndex: 'name' },
            {
              title: t('planning.evaluation.value'),
              key: 'v',
              render: (_, v) => (
                <IndicatorValue value={v.value} unit={v.unit} target={v.target} onTarget={v.on_target} />
              ),
            },
            {
              title: t('planning.evaluation.clientsN'),
              dataIndex: 'clients_n',
              align: 'right',
              render: (n: number | null) => formatNumber(n),
            },
            { title: t('planning.common.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <EvidenceCard d={d} />
    </div>
  );
}

function EvidenceCard({ d }: { d: EvaluationDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ label: string; url: string }>();
  const id = d.evaluation.id;
  const addLink = usePlanningMutation((v: { label: string; url: string }) =>
    addEvidenceLink(id, v.label.trim(), v.url.trim()),
  );
  const upload = usePlanningMutation((f: File) => uploadEvidenceFile(id, f));
  const remove = usePlanningMutation((eid: number) => deleteEvidence(eid));
  const manage = d.can_manage;
  return (
    <Card
      title={t('planning.evaluation.evidence')}
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="evaluation-evidence"
    >
      <List<Evidence>
        dataSource={d.evidence}
        locale={{ emptyText: t('planning.evaluation.noEvidence') }}
        renderItem={(x) => (
          <List.Item
            actions={
              manage
                ? [
                    <Popconfirm
                      key="d"
                      title={t('planning.evaluation.deleteEvidence')}
                      okText={t('planning.common.remove')}
                      cancelText={t('planning.common.cancel')}
                      onConfirm={() => remove.mutate(x.id)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('planning.common.remove')} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {x.kind === 'link' ? (
              <a href={x.url} target="_blank" rel="noreferrer noopener" data-testid="evidence-link">
                <LinkOutlined /> {x.label || x.url}
              </a>
            ) : (
              <a href={planningLinks.evidenceFile(x.id)} data-testid="evidence-file">
                <PaperClipOutlined /> {x.label || x.file_name} ({formatNumber(Math.ceil(x.size_bytes / 1024))} kB)
              </a>
            )}
          </List.Item>
        )}
      />
      {manage ? (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Form
            form={form}
            layout="inline"
            style={{ rowGap: 8 }}
            onFinish={(v) => addLink.mutate(v, { onSuccess: () => form.resetFields() })}
          >
            <Form.Item
              name="label"
              rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
            >
              <Input placeholder={t('planning.evaluation.linkLabel')} aria-label={t('planning.evaluation.linkLabel')} />
            </Form.Item>
            <Form.Item name="url" rules={[{ required: true, type: 'url', message: t('planning.common.required') }]}>
              <Input
                placeholder={t('planning.evaluation.linkUrl')}
                aria-label={t('planning.evaluation.linkUrl')}
                style={{ width: 280 }}
              />
            </Form.Item>
            <Button
              htmlType="submit"
              icon={<LinkOutlined />}
              loading={addLink.isPending}
              data-testid="evidence-add-link"
            >
              {t('planning.evaluation.addLink')}
            </Button>
          </Form>
          <Space wrap>
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file, {
                  onSuccess: () => {
                    void message.success(t('planning.evaluation.uploaded', { name: file.name }));
                  },
                });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending}>
                {t('planning.evaluation.uploadFile')}
              </Button>
            </Upload>
          </Space>
          {addLink.error || upload.error || remove.error ? (
            <ErrorAlert error={addLink.error ?? upload.error ?? remove.error} />
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}
