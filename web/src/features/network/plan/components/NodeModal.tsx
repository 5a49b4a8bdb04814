// Adding or editing a node of the plan's tree (priority, goal, measure or activity): its title, description, who is
// responsible and its links to kinds of service, target groups and territories (chosen by name).
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { addNode, updateNode, usePlanMutation } from '../api';
import { nodeUpdate } from '../sprss';
import type { NodeInput, NodeLevel, PlanNode } from '../types';
import { useCatalogueOptions } from './useCatalogueOptions';
import { useFeedback } from '../../../../app/feedback';

interface NodeValues {
  title: string;
  description?: string;
  responsible?: string;
  kinds?: string[];
  target_groups?: string[];
  territories?: string[];
}

export type NodeEdit =
  { planId: number; node: PlanNode } | { planId: number; parent: PlanNode | null; level: NodeLevel };

export function NodeModal({ edit, regionCode, onClose }: { edit: NodeEdit; regionCode?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const options = useCatalogueOptions(regionCode);
  const existing = 'node' in edit ? edit.node : null;
  const level = existing ? existing.level : (edit as { level: NodeLevel }).level;
  const [form] = Form.useForm<NodeValues>();
  const save = usePlanMutation((body: NodeInput) =>
    existing ? updateNode(existing.id, nodeUpdate(existing, body)) : addNode(edit.planId, body),
  );
  const submit = async () => {
    const v = await form.validateFields();
    const body: NodeInput = {
      title: v.title.trim(),
      description: (v.description ?? '').trim(),
      responsible: (v.responsible ?? '').trim(),
      kinds: v.kinds ?? [],
      target_groups: v.target_groups ?? [],
      territories: v.territories ?? [],
    };
    if (!existing) {
      body.level = level;
      const parent = (edit as { parent: PlanNode | null }).parent;
      if (parent) body.parent_id = parent.id;
    }
    try {
      await save.mutateAsync(body);
      void message.success(t('networkPlan.tree.saved'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      title={existing ? `${t(`networkPlan.level.${level}`)} ${existing.code}` : t(`networkPlan.levelAdd.${level}`)}
      okText={t('networkPlan.common.save')}
      cancelText={t('networkPlan.common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'nwp-node-save' } as Record<string, string>}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          existing
            ? {
                title: existing.title,
                description: existing.description,
                responsible: existing.responsible,
                kinds: existing.kinds.map((k) => k.code),
                target_groups: existing.target_groups.map((g) => g.code),
                territories: existing.territories.map((x) => x.code),
              }
            : {}
        }
      >
        <Form.Item
          name="title"
          label={t('networkPlan.tree.nodeTitle')}
          rules={[{ required: true, whitespace: true, message: t('networkPlan.tree.titleRequired') }]}
        >
          <Input maxLength={300} data-testid="nwp-node-title" />
        </Form.Item>
        <Form.Item name="description" label={t('networkPlan.tree.description')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="nwp-node-description" />
        </Form.Item>
        <Form.Item name="responsible" label={t('networkPlan.tree.responsible')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kinds" label={t('networkPlan.tree.kinds')}>
          <Select mode="multiple" optionFilterProp="label" options={options.kinds} data-testid="nwp-node-kinds" />
        </Form.Item>
        <Form.Item name="target_groups" label={t('networkPlan.tree.targetGroups')}>
          <Select mode="multiple" optionFilterProp="label" options={options.targetGroups} />
        </Form.Item>
        <Form.Item name="territories" label={t('networkPlan.tree.territories')}>
          <Select mode="multiple" optionFilterProp="label" options={options.territories} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
