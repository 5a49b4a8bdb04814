// Corrections after a round is locked: who changed which value, when and why (region staff).
import { Button, Card, Col, Form, Input, Row, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BmCorrection, BmForm } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime, formatDecimal } from '../../../lib/format';
import { correctForm, useFormMutation } from '../api';
import { parseDecimal } from '../formValues';
import { useFeedback } from '../../../app/feedback';

interface CorrectionValues {
  item_code: string;
  value: string;
  reason: string;
}

export function CorrectionsCard({
  form: f,
  roundId,
  serviceId,
  onSaved,
}: {
  form: BmForm;
  roundId: number;
  serviceId: number;
  onSaved: (f: BmForm) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useFormMutation(roundId, serviceId, (v: CorrectionValues) => {
    const parsed = parseDecimal(v.value ?? '');
    return correctForm(roundId, serviceId, {
      item_code: v.item_code,
      value: parsed.ok ? parsed.value : null,
      reason: v.reason.trim(),
    });
  });
  const names = new Map(f.items.map((i) => [i.code, i.name]));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      onSaved(await correct.mutateAsync(v));
      form.resetFields();
      void message.success(t('benchmark.corrections.saved'));
    } catch {
      /* shown above the form */
    }
  };

  return (
    <Card
      title={t('benchmark.corrections.title')}
      className="kv-section"
      data-testid="corrections-card"
      style={{ marginTop: 16 }}
    >
      {f.can_correct ? (
        <>
          {correct.error ? <ErrorAlert error={correct.error} /> : null}
          <Form form={form} layout="vertical" data-testid="correction-form">
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="item_code"
                  label={t('benchmark.form.item')}
                  rules={[{ required: true, message: t('benchmark.required') }]}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={f.items.map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }))}
                    data-testid="correction-item"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  name="value"
                  label={t('benchmark.corrections.newValue')}
                  extra={t('benchmark.corrections.emptyClears')}
                  rules={[
                    {
                      validator: (_, v: string) =>
                        parseDecimal(v ?? '').ok
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('benchmark.form.notANumber'))),
                    },
                  ]}
                >
                  <Input inputMode="decimal" data-testid="correction-value" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="reason"
                  label={t('benchmark.corrections.reason')}
                  rules={[{ required: true, whitespace: true, message: t('benchmark.corrections.reasonRequired') }]}
                >
                  <Input.TextArea
                    rows={1}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={2000}
                    data-testid="correction-reason"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Button
              type="primary"
              onClick={() => void submit()}
              loading={correct.isPending}
              data-testid="correction-submit"
            >
              {t('benchmark.corrections.submit')}
            </Button>
          </Form>
        </>
      ) : null}
      <Table<BmCorrection>
        rowKey="id"
        size="small"
        pagination={false}
        style={{ marginTop: f.can_correct ? 16 : 0 }}
        dataSource={f.corrections}
        locale={{ emptyText: t('benchmark.corrections.empty') }}
        columns={[
          { key: 'at', title: t('benchmark.corrections.at'), render: (_, c) => formatDateTime(c.at) },
          { key: 'item', title: t('benchmark.form.item'), render: (_, c) => names.get(c.item_code) ?? c.item_code },
          {
            key: 'change',
            title: t('benchmark.corrections.change'),
            render: (_, c) => `${formatDecimal(c.old_value, 6)} → ${formatDecimal(c.new_value, 6)}`,
          },
          { key: 'user', title: t('benchmark.corrections.user'), dataIndex: 'user_login' },
          { key: 'reason', title: t('benchmark.corrections.reason'), dataIndex: 'reason' },
        ]}
      />
    </Card>
  );
}
