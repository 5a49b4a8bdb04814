// One form modal for the cards part's plain records (a card, a need area, an activity, a meeting): the fields are
// declared, dates travel as "YYYY-MM-DD", the server's error (naming the field) is shown at that field.
import type { ReactNode } from 'react';
import type { ButtonProps, FormRule } from 'antd';
import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNetworkMutation } from '../api';

export type FieldKind = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'multi' | 'checkbox';

export interface Field {
  name: string;
  label: string;
  kind?: FieldKind;
  required?: boolean;
  options?: readonly { value: string | number; label: string }[];
  min?: number;
  help?: ReactNode;
  rules?: FormRule[];
  disabled?: boolean;
}

export type Values = Record<string, unknown>;

export function toForm(fields: readonly Field[], values: Values): Values {
  const out: Values = { ...values };
  for (const f of fields)
    if (f.kind === 'date') {
      const v = values[f.name];
      out[f.name] = typeof v === 'string' && v ? dayjs(v) : null;
    }
  return out;
}

export function fromForm(fields: readonly Field[], values: Values): Values {
  const out: Values = { ...values };
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'date') out[f.name] = v ? (v as Dayjs).format('YYYY-MM-DD') : '';
    else if (f.kind === 'text' || f.kind === 'textarea' || f.kind === undefined)
      out[f.name] = ((v as string) ?? '').trim();
    else if (f.kind === 'checkbox') out[f.name] = !!v;
    else if (f.kind === 'select' && v === undefined) out[f.name] = null;
  }
  return out;
}

export function RecordModal<R>({
  title,
  fields,
  initial,
  onSubmit,
  onClose,
  onDone,
  testId,
}: {
  title: string;
  fields: readonly Field[];
  initial: Values;
  onSubmit: (values: Values) => Promise<R>;
  onClose: () => void;
  onDone?: (result: R) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useNetworkMutation((v: Values) => onSubmit(v));
  const failed = save.error;
  const atField = isApiError(failed) && fields.some((f) => f.name === failed.field);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      okText={t('network.common.save')}
      cancelText={t('network.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': `${testId}-save` } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v: Values) =>
            save.mutate(fromForm(fields, { ...initial, ...v }), {
              onSuccess: (r) => {
                onDone?.(r);
                onClose();
              },
              onError: (e) => {
                if (isApiError(e) && e.field && fields.some((f) => f.name === e.field))
                  form.setFields([{ name: e.field, errors: [e.message] }]);
              },
            }),
          )
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={testId} initialValues={toForm(fields, initial)}>
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.kind === 'checkbox' ? undefined : f.label}
            required={f.required}
            valuePropName={f.kind === 'checkbox' ? 'checked' : 'value'}
            rules={[
              ...(f.required
                ? [{ required: true, message: t('network.common.requiredField', { field: f.label }) }]
                : []),
              ...(f.rules ?? []),
            ]}
            extra={f.help}
          >
            {f.kind === 'textarea' ? (
              <Input.TextArea rows={4} data-testid={`${testId}-${f.name}`} disabled={f.disabled} />
            ) : f.kind === 'date' ? (
              <DatePicker
                format="D. M. YYYY"
                data-testid={`${testId}-${f.name}`}
                style={{ width: '100%' }}
                disabled={f.disabled}
              />
            ) : f.kind === 'number' ? (
              <InputNumber min={f.min} data-testid={`${testId}-${f.name}`} style={{ width: '100%' }} />
            ) : f.kind === 'select' ? (
              <Select
                options={f.options as { value: string | number; label: string }[]}
                data-testid={`${testId}-${f.name}`}
                showSearch
                optionFilterProp="label"
                allowClear={!f.required}
                disabled={f.disabled}
              />
            ) : f.kind === 'multi' ? (
              <Select
                mode="multiple"
                options={f.options as { value: string | number; label: string }[]}
                data-testid={`${testId}-${f.name}`}
                optionFilterProp="label"
              />
            ) : f.kind === 'checkbox' ? (
              <Checkbox data-testid={`${testId}-${f.name}`}>{f.label}</Checkbox>
            ) : (
              <Input data-testid={`${testId}-${f.name}`} disabled={f.disabled} />
            )}
          </Form.Item>
        ))}
      </Form>
      {save.error && !atField ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
