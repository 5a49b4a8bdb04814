// One form modal for a module's plain records (a worker, an absence, a service card, a need area, a meeting …):
// the fields are declared, dates travel as "YYYY-MM-DD", the server's error (naming the field) is shown at that
// field (or in the modal when no field has its name). A save invalidates the module's queries (`invalidates`).
import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ButtonProps, FormRule } from 'antd';
import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { ErrorAlert } from './ErrorAlert';

export type FieldKind = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'multi' | 'tags' | 'checkbox';

export interface Field {
  name: string;
  label: string;
  kind?: FieldKind;
  required?: boolean;
  options?: readonly { value: string | number; label: string }[];
  min?: number;
  max?: number;
  step?: number;
  help?: ReactNode;
  /** Checks beside "required" (a shape, an order against another field). */
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

export function fromForm(fields: readonly Field[], values: Values, clearedSelectAsNull = false): Values {
  const out: Values = { ...values };
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'date') out[f.name] = v ? (v as Dayjs).format('YYYY-MM-DD') : '';
    else if (f.kind === 'text' || f.kind === 'textarea' || f.kind === undefined)
      out[f.name] = ((v as string) ?? '').trim();
    else if (f.kind === 'checkbox') out[f.name] = !!v;
    else if (clearedSelectAsNull && f.kind === 'select' && v === undefined) out[f.name] = null;
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
  extra,
  invalidates,
  clearedSelectAsNull = false,
}: {
  title: string;
  fields: readonly Field[];
  initial: Values;
  onSubmit: (values: Values) => Promise<R>;
  onClose: () => void;
  onDone?: (result: R) => void;
  testId: string;
  extra?: (values: Values) => ReactNode;
  /** The query key whose queries a successful save refreshes (the module's root key). */
  invalidates: QueryKey;
  /** A cleared select is sent as null (the API clears the value) instead of being left out. */
  clearedSelectAsNull?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [live, setLive] = useState<Values>(initial);
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) => onSubmit(v),
    onSuccess: () => qc.invalidateQueries({ queryKey: invalidates }),
  });
  // the server names the field of its error: show the message at that field
  const failed = save.error;
  const atField = isApiError(failed) && fields.some((f) => f.name === failed.field);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': `${testId}-save` } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v: Values) =>
            save.mutate(fromForm(fields, { ...initial, ...v }, clearedSelectAsNull), {
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
      <Form
        form={form}
        layout="vertical"
        data-testid={testId}
        initialValues={toForm(fields, initial)}
        onValuesChange={(_, all: Values) => setLive(fromForm(fields, all, clearedSelectAsNull))}
      >
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.kind === 'checkbox' ? undefined : f.label}
            required={f.required}
            valuePropName={f.kind === 'checkbox' ? 'checked' : 'value'}
            rules={[
              ...(f.required ? [{ required: true, message: t('common.requiredField', { field: f.label }) }] : []),
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
              <InputNumber
                min={f.min}
                max={f.max}
                step={f.step}
                decimalSeparator=","
                data-testid={`${testId}-${f.name}`}
                style={{ width: '100%' }}
                disabled={f.disabled}
              />
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
                disabled={f.disabled}
              />
            ) : f.kind === 'tags' ? (
              <Select mode="tags" open={false} data-testid={`${testId}-${f.name}`} tokenSeparators={[';']} />
            ) : f.kind === 'checkbox' ? (
              <Checkbox data-testid={`${testId}-${f.name}`} disabled={f.disabled}>
                {f.label}
              </Checkbox>
            ) : (
              <Input data-testid={`${testId}-${f.name}`} disabled={f.disabled} />
            )}
          </Form.Item>
        ))}
        {extra ? extra(live) : null}
      </Form>
      {save.error && !atField ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
