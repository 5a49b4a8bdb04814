// Members of a working group and their participation; the region edits the list.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, DatePicker, Form, Modal, Row, Select, Table } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BmGroup, BmMember } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, toApiDate } from '../../../lib/format';
import { putMembers, useBenchmarkMutation } from '../api';
import { OrganisationSelect } from '../../registry/components/OrganisationSelect';
import { ParticipationTag } from './Tags';
import { RemoveButton } from '../../../components/RemoveButton';
import { useFeedback } from '../../../app/feedback';

interface MemberRow {
  provider_org_id?: number;
  participation: 'full' | 'data_only';
  joined_on?: Dayjs | null;
}

export function MembersCard({ group }: { group: BmGroup }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ members: MemberRow[] }>();
  const save = useBenchmarkMutation((rows: MemberRow[]) =>
    putMembers(
      group.id,
      rows
        .filter((r) => r.provider_org_id)
        .map((r) => ({
          provider_org_id: r.provider_org_id!,
          participation: r.participation,
          joined_on: toApiDate(r.joined_on) ?? null,
        })),
    ),
  );
  const names = useMemo(() => new Map(group.members.map((m) => [m.provider_org_id, m.provider_name])), [group.members]);

  const edit = () => {
    save.reset();
    form.setFieldsValue({
      members: group.members.map((m) => ({
        provider_org_id: m.provider_org_id,
        participation: m.participation === 'data_only' ? 'data_only' : 'full',
        joined_on: m.joined_on ? dayjs(m.joined_on) : null,
      })),
    });
    setOpen(true);
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync(v.members ?? []);
      void message.success(t('benchmark.saved'));
      setOpen(false);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <Card
      className="kv-table-card"
      data-testid="members-card"
      extra={
        group.can_manage ? (
          <Button icon={<EditOutlined />} onClick={edit} data-testid="members-edit">
            {t('benchmark.members.edit')}
          </Button>
        ) : null
      }
    >
      <Table<BmMember>
        rowKey="provider_org_id"
        size="small"
        pagination={false}
        dataSource={group.members}
        locale={{ emptyText: t('benchmark.members.empty') }}
        onRow={(m) => ({ 'data-testid': `member-row-${m.provider_org_id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('benchmark.members.provider'),
            render: (_, m) => <Link to={`/organisations/${m.provider_org_id}`}>{m.provider_name}</Link>,
          },
          {
            key: 'participation',
            title: t('benchmark.members.participation'),
            render: (_, m) => <ParticipationTag participation={m.participation} />,
          },
          { key: 'joined', title: t('benchmark.members.joinedOn'), render: (_, m) => formatDate(m.joined_on) },
        ]}
      />
      <p className="kv-muted" style={{ marginTop: 8 }}>
        {t('benchmark.members.note')}
      </p>

      <Modal
        open={open}
        width={820}
        title={t('benchmark.members.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={save.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'members-save' } as Record<string, string>}
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Form form={form} layout="vertical">
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Row key={f.key} gutter={8} align="middle">
                    <Col flex="auto">
                      <Form.Item
                        name={[f.name, 'provider_org_id']}
                        label={i === 0 ? t('benchmark.members.provider') : undefined}
                        rules={[{ required: true, message: t('benchmark.required') }]}
                      >
                        <OrganisationSelect
                          type="provider"
                          knownNames={names}
                          placeholder={t('benchmark.chooseProvider')}
                          testId={`member-provider-${i}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col flex="170px">
                      <Form.Item
                        name={[f.name, 'participation']}
                        label={i === 0 ? t('benchmark.members.participation') : undefined}
                      >
                        <Select
                          options={['full', 'data_only'].map((p) => ({
                            value: p,
                            label: t(`benchmark.participation.${p}`),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col flex="150px">
                      <Form.Item
                        name={[f.name, 'joined_on']}
                        label={i === 0 ? t('benchmark.members.joinedOn') : undefined}
                      >
                        <DatePicker format="D. M. YYYY" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col flex="40px">
                      <Form.Item label={i === 0 ? ' ' : undefined}>
                        <RemoveButton onClick={() => remove(f.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ participation: 'full' })}>
                  {t('benchmark.members.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Card>
  );
}
