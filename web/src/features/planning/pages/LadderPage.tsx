// A ladder instrument's definition: name, description, range, stages (from–to: name) and areas. New at
// /planning/ladders/new?org=…; read-only for those who do not manage the organisation's plans.
import { Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createLadder, updateLadder, useLadder, useOrganisations, usePlanningMutation } from '../api';
import { stagesText, type LadderStage } from '../planning';
import type { Ladder, LadderInput } from '../types';
import { useFeedback } from '../../../app/feedback';

interface Values {
  name: string;
  description: string;
  scale_min: number;
  scale_max: number;
  stages: LadderStage[];
  areas: { id?: number; name: string; description: string }[];
}

export default function LadderPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const ladder = useLadder(isNew ? 0 : Number(id));
  const orgs = useOrganisations();
  if (ladder.error) return <ErrorAlert error={ladder.error} backTo="/planning/ladders" />;
  if (!isNew && !ladder.data) return <Card loading />;
  const orgId = ladder.data?.organisation_id ?? Number(params.get('org'));
  const org = orgs.data?.items.find((o) => o.id === orgId) ?? (isNew ? orgs.data?.items[0] : undefined);
  return <LadderForm ladder={ladder.data} organisationId={org?.id ?? orgId} canManage={org?.can_manage ?? false} />;
}

function LadderForm({
  ladder,
  organisationId,
  canManage,
}: {
  ladder?: Ladder;
  organisationId: number;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    name: ladder?.name ?? '',
    description: ladder?.description ?? '',
    scale_min: ladder?.scale_min ?? 1,
    scale_max: ladder?.scale_max ?? 10,
    stages: ladder ? ladder.stage_list.map((x) => ({ ...x })) : [],
    areas: ladder?.areas.map((a) => ({ id: a.id, name: a.name, description: a.description ?? '' })) ?? [
      { name: '', description: '' },
    ],
  };
  const save = usePlanningMutation((v: Values) => {
    const body: LadderInput = {
      organisation_id: organisationId,
      name: v.name.trim(),
      description: (v.description ?? '').trim(),
      scale_min: v.scale_min,
      scale_max: v.scale_max,
      stages: stagesText(
        (v.stages ?? []).filter((s) => s && s.name?.trim()).map((s) => ({ ...s, name: s.name.trim() })),
      ),
      areas: (v.areas ?? []).map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        name: a.name.trim(),
        description: (a.description ?? '').trim(),
      })),
    };
    return ladder ? updateLadder(ladder.id, body) : createLadder(body);
  });
  return (
    <div data-testid="planning-ladder-page">
      <Link to="/planning/ladders">{t('planning.ladders.back')}</Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {ladder ? ladder.name : t('planning.ladders.create')}
      </Typography.Title>
      <Form
        key={ladder?.id ?? 'new'}
        form={form}
        layout="vertical"
        disabled={!canManage}
        initialValues={initial}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (l) => {
              void message.success(t('planning.ladders.saved'));
              if (!ladder) navigate(`/planning/ladders/${l.id}`);
            },
          })
        }
        style={{ maxWidth: 860 }}
      >
        <Form.Item
          name="name"
          label={t('planning.ladders.name')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input data-testid="ladder-name" />
        </Form.Item>
        <Form.Item name="description" label={t('planning.common.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="scale_min"
            label={t('planning.ladders.scaleMin')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item
            name="scale_max"
            label={t('planning.ladders.scaleMax')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
        </Space>
        <Card size="small" title={t('planning.ladders.stages')} style={{ marginBottom: 16 }}>
          <Form.List name="stages">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[f.name, 'from']}
                      label={t('planning.ladders.stageFrom')}
                      rules={[{ required: true, message: t('planning.common.required') }]}
                    >
                      <InputNumber precision={0} style={{ width: 80 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'to']}
                      label={t('planning.ladders.stageTo')}
                      rules={[{ required: true, message: t('planning.common.required') }]}
                    >
                      <InputNumber precision={0} style={{ width: 80 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'name']}
                      label={t('planning.ladders.stageName')}
                      rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
                    >
                      <Input style={{ width: 260 }} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('planning.common.remove')}
                      onClick={() => remove(f.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Space>
                ))}
                <div>
                  <Button icon={<PlusOutlined />} onClick={() => add({ from: 1, to: 1, name: '' })}>
                    {t('planning.ladders.addStage')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={t('planning.ladders.areas')} style={{ marginBottom: 16 }}>
          <Form.List name="areas">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[f.name, 'name']}
                      label={t('planning.ladders.areaName')}
                      rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
                    >
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'description']} label={t('planning.ladders.areaDescription')}>
                      <Input style={{ width: 360 }} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('planning.common.remove')}
                      onClick={() => remove(f.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Space>
                ))}
                <div>
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', description: '' })}>
                    {t('planning.ladders.addArea')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
        </Card>
        {save.error ? <ErrorAlert error={save.error} /> : null}
        {canManage ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="ladder-save">
            {t('planning.common.save')}
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
