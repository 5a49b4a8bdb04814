// The form of an inclusion indicator's definition (new or edited), used on the indicators page and on a
// plan's page. A refusal of the server is shown above the form and on the field it names.
import { Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { createIndicator, updateIndicator, useCareMutation } from '../api';
import { formField, indicatorInput } from '../careForms';
import type { QcIndicator, QcIndicatorInput } from '../types';
import { CareModal } from './CareModal';

const DIRECTIONS = ['higher', 'lower', 'none'] as const;

/** Marks the field a server error names on the form (fields: server name → form name where they differ). */
export function markFieldError(form: FormInstance, error: unknown, fields: Record<string, string> = {}) {
  if (!isApiError(error)) return;
  const name = formField(error.field);
  if (!name) return;
  const onForm = fields[name] ?? name;
  if (form.getFieldInstance(onForm) !== undefined || form.getFieldsValue(true)[onForm] !== undefined)
    form.setFields([{ name: onForm, errors: [error.message] }]);
}

interface Values {
  code: string;
  name: string;
  unit?: string;
  direction: string;
  description?: string;
}

export function IndicatorModal({
  region,
  indicator,
  onClose,
}: {
  region: number;
  indicator?: QcIndicator;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useCareMutation((body: QcIndicatorInput) =>
    indicator ? updateIndicator(indicator.id, body) : createIndicator(body),
  );
  const submit = (v: Values) => {
    const fields = {
      code: v.code.trim(),
      name: v.name,
      unit: v.unit ?? '',
      direction: v.direction,
      description: v.description ?? '',
    };
    save.mutate(indicator ? indicatorInput(indicator, fields) : { region_org_id: region, ...fields }, {
      onSuccess: onClose,
      onError: (e) => markFieldError(form, e),
    });
  };
  return (
    <CareModal
      title={t(indicator ? 'qualityCare.indicators.edit' : 'qualityCare.transformation.addIndicator')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
      okTestId="care-indicator-save"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          indicator
            ? {
                code: indicator.code,
                name: indicator.name,
                unit: indicator.unit,
                direction: indicator.direction,
                description: indicator.description,
              }
            : { direction: 'higher' }
        }
      >
        <Form.Item
          name="code"
          label={t('qualityCare.transformation.code')}
          extra={t('qualityCare.indicators.codeHelp')}
          rules={[
            { required: true },
            { pattern: /^[a-z][a-z0-9_]{0,63}$/, message: t('qualityCare.indicators.codeBad') },
          ]}
        >
          <Input data-testid="care-indicator-code" />
        </Form.Item>
        <Form.Item name="name" label={t('qualityCare.transformation.name')} rules={[{ required: true }]}>
          <Input maxLength={300} data-testid="care-indicator-name" />
        </Form.Item>
        <Form.Item name="unit" label={t('qualityCare.transformation.unit')}>
          <Input maxLength={50} data-testid="care-indicator-unit" />
        </Form.Item>
        <Form.Item name="direction" label={t('qualityCare.transformation.direction')}>
          <Select
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`qualityCare.transformation.directions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('qualityCare.transformation.indicatorDescription')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}
