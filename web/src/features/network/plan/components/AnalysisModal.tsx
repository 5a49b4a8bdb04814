// Editing a plan's title, period and analytical part: the vision, the region's analysis and the links to the
// coverage map, benchmarking results, the audit overview or another source.
import { Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { updatePlan, usePlanMutation } from '../api';
import { LINK_KINDS, type AnalysisLink, type PlanDetail, type PlanInput } from '../types';
import { useFeedback } from '../../../../app/feedback';

interface Values {
  title: string;
  year_from: number;
  year_to: number;
  vision?: string;
  analysis_text?: string;
  links?: { kind: string; label: string; url?: string }[];
}

export function AnalysisModal({ detail, onClose }: { detail: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const save = usePlanMutation((body: PlanInput) => updatePlan(detail.plan.id, body));
  const submit = async () => {
    const v = await form.validateFields();
    const links: AnalysisLink[] = (v.links ?? []).map((l, i) => {
      const old = detail.links[i];
      const out: AnalysisLink = { kind: l.kind, label: l.label.trim() };
      if (old && old.kind === l.kind && old.ref_id) out.ref_id = old.ref_id;
      if (l.url?.trim()) out.url = l.url.trim();
      return out;
    });
    try {
      await save.mutateAsync({
        title: v.title.trim(),
        year_from: v.year_from,
        year_to: v.year_to,
        vision: (v.vision ?? '').trim(),
        analysis_text: (v.analysis_text ?? '').trim(),
        links,
      });
      void message.success(t('networkPlan.common.saved'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('networkPlan.plan.edit')}
      okText={t('networkPlan.common.save')}
      cancelText={t('networkPlan.common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'nwp-analysis-save' } as Record<string, string>}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: detail.plan.title,
          year_from: detail.plan.year_from,
          year_to: detail.plan.year_to,
          vision: detail.vision,
          analysis_text: detail.analysis_text,
          links: detail.links.map((l) => ({ kind: l.kind, label: l.label, url: l.url ?? '' })),
        }}
      >
        <Form.Item
          name="title"
          label={t('networkPlan.plans.name')}
          rules={[{ required: true, whitespace: true, message: t('networkPlan.plans.titleRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="year_from" label={t('networkPlan.plans.yearFrom')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="year_to" label={t('networkPlan.plans.yearTo')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="vision" label={t('networkPlan.plan.vision')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="nwp-analysis-vision" />
        </Form.Item>
        <Form.Item name="analysis_text" label={t('networkPlan.plan.analysisText')}>
          <Input.TextArea rows={6} maxLength={20000} data-testid="nwp-analysis-text" />
        </Form.Item>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]} style={{ minWidth: 200 }}>
                    <Select
                      aria-label={t('networkPlan.plan.linkKind')}
                      options={LINK_KINDS.map((k) => ({ value: k, label: t(`networkPlan.linkKind.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'label']}
                    rules={[{ required: true, whitespace: true, message: t('networkPlan.plan.labelRequired') }]}
                  >
                    <Input placeholder={t('networkPlan.plan.linkLabel')} maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'url']}>
                    <Input placeholder={t('networkPlan.plan.linkUrl')} maxLength={500} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('networkPlan.common.remove')}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'coverage_map', label: '', url: '' })}>
                {t('networkPlan.plan.addLink')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
