// A new card of the region: a kind of service (and optionally one of its forms) that has no card yet.
import { Form, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createCard, useNetworkMutation } from '../api';
import type { CardDetail } from '../types';
import type { KindOption } from './useKinds';

export function CreateCardModal({
  kinds,
  formName,
  taken,
  region,
  onClose,
  onDone,
}: {
  kinds: readonly KindOption[];
  formName: (code: string) => string;
  /** `kind|form` of the cards the region has */
  taken: ReadonlySet<string>;
  region: string | undefined;
  onClose: () => void;
  onDone: (card: CardDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind_code?: string; form_code?: string }>();
  const kind = Form.useWatch('kind_code', form) ?? '';
  const save = useNetworkMutation((v: { kind_code: string; form_code: string }) => createCard(v, region));
  const forms = kinds.find((k) => k.value === kind)?.forms ?? [];
  const free = (k: KindOption) => !taken.has(`${k.value}|`) || k.forms.some((f) => !taken.has(`${k.value}|${f}`));
  return (
    <Modal
      open
      title={t('network.cards.createTitle')}
      onCancel={onClose}
      okText={t('network.common.create')}
      cancelText={t('network.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'card-form-save' } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            save.mutate(
              { kind_code: v.kind_code ?? '', form_code: v.form_code ?? '' },
              {
                onSuccess: (c) => {
                  onDone(c);
                  onClose();
                },
              },
            ),
          )
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="card-form" initialValues={{ form_code: '' }}>
        <Form.Item
          name="kind_code"
          label={t('network.common.kind')}
          rules={[{ required: true, message: t('network.common.requiredField', { field: t('network.common.kind') }) }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="card-form-kind"
            options={kinds.filter(free).map((k) => ({ value: k.value, label: k.label }))}
            onChange={() => form.setFieldValue('form_code', '')}
          />
        </Form.Item>
        <Form.Item
          name="form_code"
          label={t('network.common.form')}
          dependencies={['kind_code']}
          rules={[
            {
              validator: (_, v: string) =>
                taken.has(`${form.getFieldValue('kind_code')}|${v ?? ''}`)
                  ? Promise.reject(new Error(t('network.cards.kindTaken')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select
            data-testid="card-form-form"
            options={[
              { value: '', label: t('network.common.allForms') },
              ...forms.map((f) => ({ value: f, label: formName(f) || f })),
            ]}
          />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
