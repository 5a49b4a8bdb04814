import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BmGroup, BmGroupInput } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { kindOptions } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { updateGroup, useBenchmarkMutation } from '../api';
import { useFeedback } from '../../../app/feedback';

export function GroupEditModal({ group, open, onClose }: { group: BmGroup; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<BmGroupInput>();
  const { catalogues, lang } = useCatalogueIndex();
  const save = useBenchmarkMutation((body: BmGroupInput) => updateGroup(group.id, body));
  const resetSave = save.reset;
  useEffect(() => {
    if (open) {
      resetSave();
      form.setFieldsValue({ name: group.name, description: group.description, kinds: group.kinds });
    }
  }, [open, group, form, resetSave]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ name: v.name, description: v.description ?? '', kinds: v.kinds ?? [] });
      void message.success(t('benchmark.saved'));
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <Modal
      open={open}
      title={t('benchmark.groups.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('benchmark.groups.name')}
          rules={[{ required: true, whitespace: true, message: t('benchmark.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('benchmark.groups.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="kinds" label={t('benchmark.groups.kinds')} extra={t('benchmark.groups.kindsHelp')}>
          <Select mode="multiple" options={kindOptions(catalogues?.service_kinds, lang)} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
