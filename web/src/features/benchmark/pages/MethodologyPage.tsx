// Methodology editor: data items, indicators (numerator / denominator × factor) and consistency rules.
// The server validates formulas; its error is shown at the field it names.
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { kindLabel } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { publishMethodology, putMethodology, useBenchmarkMutation, useGroup, useMethodology } from '../api';
import {
  DIRECTIONS,
  RBA_TAGS,
  RULE_OPS,
  emptyIndicator,
  emptyItem,
  emptyRule,
  formFieldFor,
  formulaText,
  toFormValues,
  toMethodologyInput,
  type MethodologyFormValues,
} from '../methodologyForm';
import { MethodologyStatusTag } from '../components/Tags';
import { MethodologyView } from '../components/MethodologyView';
import { RemoveButton } from '../../../components/RemoveButton';
import { useFeedback } from '../../../app/feedback';

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };
const quarter = { xs: 12, md: 6 };

/** The first row of an item or an indicator: its code, Czech and English name, and the remove button. */
function CodeNameRow({
  field,
  testIdPrefix,
  index,
  editable,
  onRemove,
}: {
  field: number;
  testIdPrefix: 'item' | 'indicator';
  index: number;
  editable: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('benchmark.required') }];
  return (
    <Row gutter={8}>
      <Col {...quarter}>
        <Form.Item name={[field, 'code']} label={t('benchmark.methodology.code')} rules={required}>
          <Input data-testid={`${testIdPrefix}-code-${index}`} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name={[field, 'name_cs']} label={t('benchmark.methodology.nameCs')} rules={required}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name={[field, 'name_en']} label={t('benchmark.methodology.nameEn')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={12} md={2} style={{ textAlign: 'right' }}>
        {editable ? <RemoveButton onClick={onRemove} testId={`${testIdPrefix}-remove-${index}`} /> : null}
      </Col>
    </Row>
  );
}

export default function MethodologyPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const methodology = useMethodology(Number.isInteger(id) ? id : 0);
  const m = methodology.data;
  const group = useGroup(m?.group_id ?? 0);
  const [form] = Form.useForm<MethodologyFormValues>();
  const [saveError, setSaveError] = useState<unknown>(null);
  const { index, lang } = useCatalogueIndex();
  const save = useBenchmarkMutation((v: MethodologyFormValues) => putMethodology(id, toMethodologyInput(v)));
  const publish = useBenchmarkMutation(() => publishMethodology(id));
  const editable = Boolean(m && m.status === 'draft' && group.data?.can_manage);

  useEffect(() => {
    if (m) form.setFieldsValue(toFormValues(m));
  }, [m, form]);

  const kindOptionsOfGroup = useMemo(
    () => (group.data?.kinds ?? []).map((k) => ({ value: k, label: kindLabel(index.kinds.get(k), lang, k) })),
    [group.data, index, lang],
  );

  const onSave = async () => {
    setSaveError(null);
    let v: MethodologyFormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      const saved = await save.mutateAsync(v);
      form.setFieldsValue(toFormValues(saved));
      void message.success(t('benchmark.saved'));
    } catch (e) {
      setSaveError(e);
      // The server names the field (indicators[2].numerator): show its message there.
      if (isApiError(e) && e.field) {
        // A path the server names, not one the form's type knows statically.
        const name = formFieldFor(e.field) as unknown as Parameters<typeof form.scrollToField>[0];
        form.setFields([{ name, errors: [e.message] }]);
        form.scrollToField(name, { block: 'center' });
      }
    }
  };

  const onPublish = async () => {
    try {
      await publish.mutateAsync(undefined);
      void message.success(t('benchmark.methodology.publishedOk'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  const numberInput = (testId: string) => (
    <InputNumber style={{ width: '100%' }} decimalSeparator="," data-testid={testId} />
  );

  return (
    <div data-testid="methodology-page" data-status={m?.status}>
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          {
            title: group.data ? (
              <Link to={`/benchmarking/groups/${group.data.id}?tab=methodologies`}>{group.data.name}</Link>
            ) : (
              '…'
            ),
          },
          { title: m ? `v${m.version}` : '…' },
        ]}
      />
      {methodology.error ? <ErrorAlert error={methodology.error} onRetry={() => void methodology.refetch()} /> : null}
      {methodology.isPending && !methodology.error ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {m ? (
        <>
          <PageHeader
            title={m.name}
            subtitle={
              <Space>
                <Tag>v{m.version}</Tag>
                <MethodologyStatusTag status={m.status} />
                <span>{formatDate(m.created_at)}</span>
              </Space>
            }
            extra={
              editable ? (
                <>
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    onClick={() => void onSave()}
                    loading={save.isPending}
                    data-testid="methodology-save"
                  >
                    {t('common.save')}
                  </Button>
                  <Popconfirm
                    title={t('benchmark.methodology.publishConfirm')}
                    okText={t('benchmark.methodology.publish')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void onPublish()}
                    okButtonProps={{ 'data-testid': 'methodology-publish-confirm' } as Record<string, string>}
                  >
                    <Button
                      icon={<CheckCircleOutlined />}
                      loading={publish.isPending}
                      data-testid="methodology-publish"
                    >
                      {t('benchmark.methodology.publish')}
                    </Button>
                  </Popconfirm>
                </>
              ) : null
            }
          />
          {!editable ? (
            <Alert
              type="info"
              showIcon
              className="kv-section"
              message={t(
                m.status === 'published' ? 'benchmark.methodology.readOnlyPublished' : 'benchmark.methodology.readOnly',
              )}
            />
          ) : (
            <Alert type="info" showIcon className="kv-section" message={t('benchmark.methodology.formulaHelp')} />
          )}
          {saveError ? (
            <div data-testid="methodology-error">
              <ErrorAlert error={saveError} />
            </div>
          ) : null}

          {!editable ? <MethodologyView methodology={m} /> : null}
          <Form
            form={form}
            layout="vertical"
            hidden={!editable}
            data-testid="methodology-form"
            onValuesChange={() => saveError && setSaveError(null)}
          >
            <Card className="kv-section">
              <Form.Item
                name="name"
                label={t('benchmark.methodology.name')}
                rules={[{ required: true, whitespace: true, message: t('benchmark.required') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Card>

            <Card title={t('benchmark.methodology.items')} className="kv-section" data-testid="methodology-items">
              <Form.List name="items">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <div key={f.key} className="kv-list-row" data-testid={`item-row-${i}`}>
                        <CodeNameRow
                          field={f.name}
                          testIdPrefix="item"
                          index={i}
                          editable={editable}
                          onRemove={() => remove(f.name)}
                        />
                        <Row gutter={8}>
                          <Col {...quarter}>
                            <Form.Item name={[f.name, 'unit']} label={t('benchmark.methodology.unit')}>
                              <Input />
                            </Form.Item>
                          </Col>
                          <Col {...quarter}>
                            <Form.Item name={[f.name, 'min_value']} label={t('benchmark.methodology.min')}>
                              {numberInput(`item-min-${i}`)}
                            </Form.Item>
                          </Col>
                          <Col {...quarter}>
                            <Form.Item name={[f.name, 'max_value']} label={t('benchmark.methodology.max')}>
                              {numberInput(`item-max-${i}`)}
                            </Form.Item>
                          </Col>
                          <Col {...quarter}>
                            <Form.Item
                              name={[f.name, 'required']}
                              label={t('benchmark.methodology.required')}
                              valuePropName="checked"
                            >
                              <Switch />
                            </Form.Item>
                          </Col>
                        </Row>
                        <Form.Item name={[f.name, 'help_cs']} label={t('benchmark.methodology.help')}>
                          <Input />
                        </Form.Item>
                      </div>
                    ))}
                    {editable ? (
                      <Button icon={<PlusOutlined />} onClick={() => add(emptyItem())} data-testid="item-add">
                        {t('benchmark.methodology.addItem')}
                      </Button>
                    ) : null}
                  </>
                )}
              </Form.List>
            </Card>

            <Card
              title={t('benchmark.methodology.indicators')}
              className="kv-section"
              data-testid="methodology-indicators"
            >
              <Form.List name="indicators">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <div key={f.key} className="kv-list-row" data-testid={`indicator-row-${i}`}>
                        <CodeNameRow
                          field={f.name}
                          testIdPrefix="indicator"
                          index={i}
                          editable={editable}
                          onRemove={() => remove(f.name)}
                        />
                        <Row gutter={8}>
                          <Col {...third}>
                            <Form.Item
                              name={[f.name, 'numerator']}
                              label={t('benchmark.methodology.numerator')}
                              rules={[{ required: true, message: t('benchmark.required') }]}
                            >
                              <Input className="kv-code-input" data-testid={`indicator-numerator-${i}`} />
                            </Form.Item>
                          </Col>
                          <Col {...third}>
                            <Form.Item name={[f.name, 'denominator']} label={t('benchmark.methodology.denominator')}>
                              <Input className="kv-code-input" data-testid={`indicator-denominator-${i}`} />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={4}>
                            <Form.Item name={[f.name, 'factor']} label={t('benchmark.methodology.factor')}>
                              {numberInput(`indicator-factor-${i}`)}
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={4}>
                            <Form.Item name={[f.name, 'unit']} label={t('benchmark.methodology.unit')}>
                              <Input />
                            </Form.Item>
                          </Col>
                        </Row>
                        <Form.Item noStyle shouldUpdate>
                          {() => {
                            const row = form.getFieldValue(['indicators', f.name]) ?? {};
                            return (
                              <Typography.Paragraph type="secondary" data-testid={`indicator-formula-${i}`}>
                                {t('benchmark.methodology.formula')}:{' '}
                                <code>{formulaText(row.numerator ?? '', row.denominator, row.factor)}</code>
                              </Typography.Paragraph>
                            );
                          }}
                        </Form.Item>
                        <Row gutter={8}>
                          <Col {...quarter}>
                            <Form.Item name={[f.name, 'direction']} label={t('benchmark.methodology.direction')}>
                              <Select
                                options={DIRECTIONS.map((d) => ({ value: d, label: t(`benchmark.direction.${d}`) }))}
                              />
                            </Form.Item>
                          </Col>
                          <Col {...quarter}>
                            <Form.Item name={[f.name, 'rba']} label={t('benchmark.methodology.rba')}>
                              <Select
                                options={RBA_TAGS.map((r) => ({
                                  value: r,
                                  label: `${t(`benchmark.rba.${r}`)} – ${t(`benchmark.rbaQuestion.${r}`)}`,
                                }))}
                              />
                            </Form.Item>
                          </Col>
                          <Col {...half}>
                            <Form.Item
                              name={[f.name, 'kinds']}
                              label={t('benchmark.methodology.kinds')}
                              extra={t('benchmark.methodology.kindsHelp')}
                            >
                              <Select
                                mode="multiple"
                                options={kindOptionsOfGroup}
                                placeholder={t('benchmark.allKinds')}
                              />
                            </Form.Item>
                          </Col>
                        </Row>
                      </div>
                    ))}
                    {editable ? (
                      <Button icon={<PlusOutlined />} onClick={() => add(emptyIndicator())} data-testid="indicator-add">
                        {t('benchmark.methodology.addIndicator')}
                      </Button>
                    ) : null}
                  </>
                )}
              </Form.List>
            </Card>

            <Card title={t('benchmark.methodology.rules')} className="kv-section" data-testid="methodology-rules">
              <Typography.Paragraph type="secondary">{t('benchmark.methodology.rulesHelp')}</Typography.Paragraph>
              <Form.List name="rules">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <div key={f.key} className="kv-list-row" data-testid={`rule-row-${i}`}>
                        <Row gutter={8}>
                          <Col xs={24} md={4}>
                            <Form.Item
                              name={[f.name, 'code']}
                              label={t('benchmark.methodology.code')}
                              rules={[{ required: true, message: t('benchmark.required') }]}
                            >
                              <Input />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item
                              name={[f.name, 'left']}
                              label={t('benchmark.methodology.left')}
                              rules={[{ required: true, message: t('benchmark.required') }]}
                            >
                              <Input className="kv-code-input" data-testid={`rule-left-${i}`} />
                            </Form.Item>
                          </Col>
                          <Col xs={8} md={3}>
                            <Form.Item name={[f.name, 'op']} label={t('benchmark.methodology.op')}>
                              <Select
                                options={RULE_OPS.map((o) => ({
                                  value: o,
                                  label: o === '<=' ? '≤' : o === '>=' ? '≥' : o,
                                }))}
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={16} md={7}>
                            <Form.Item
                              name={[f.name, 'right']}
                              label={t('benchmark.methodology.right')}
                              rules={[{ required: true, message: t('benchmark.required') }]}
                            >
                              <Input className="kv-code-input" data-testid={`rule-right-${i}`} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={2} style={{ textAlign: 'right' }}>
                            {editable ? (
                              <RemoveButton onClick={() => remove(f.name)} testId={`rule-remove-${i}`} />
                            ) : null}
                          </Col>
                        </Row>
                        <Row gutter={8}>
                          <Col {...half}>
                            <Form.Item
                              name={[f.name, 'message_cs']}
                              label={t('benchmark.methodology.messageCs')}
                              rules={[{ required: true, message: t('benchmark.required') }]}
                            >
                              <Input />
                            </Form.Item>
                          </Col>
                          <Col {...half}>
                            <Form.Item name={[f.name, 'message_en']} label={t('benchmark.methodology.messageEn')}>
                              <Input />
                            </Form.Item>
                          </Col>
                        </Row>
                      </div>
                    ))}
                    {editable ? (
                      <Button icon={<PlusOutlined />} onClick={() => add(emptyRule())} data-testid="rule-add">
                        {t('benchmark.methodology.addRule')}
                      </Button>
                    ) : null}
                  </>
                )}
              </Form.List>
            </Card>
          </Form>
        </>
      ) : null}
    </div>
  );
}
