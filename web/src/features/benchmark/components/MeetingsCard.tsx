// Meetings of a working group: date, place, agenda, minutes and who attended.
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Table,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { BmGroup, BmMeeting, BmMeetingInput } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatNumber, toApiDate } from '../../../lib/format';
import { createMeeting, updateMeeting, useBenchmarkMutation, useMeetings } from '../api';
import { useFeedback } from '../../../app/feedback';

interface MeetingFormValues {
  held_on: Dayjs | null;
  place?: string;
  agenda?: string;
  minutes?: string;
  attendance: Record<string, { present: boolean; attendees: number | null }>;
}

/** The region and the member providers: who may attend. */
function participants(g: BmGroup): { id: number; name: string }[] {
  return [
    { id: g.region_org_id, name: g.region_name },
    ...g.members.map((m) => ({ id: m.provider_org_id, name: m.provider_name })),
  ];
}

export function MeetingsCard({ group }: { group: BmGroup }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const meetings = useMeetings(group.id);
  const [editing, setEditing] = useState<BmMeeting | 'new' | null>(null);
  const [form] = Form.useForm<MeetingFormValues>();
  const save = useBenchmarkMutation(({ id, body }: { id: number | null; body: BmMeetingInput }) =>
    id ? updateMeeting(id, body) : createMeeting(group.id, body),
  );
  const people = participants(group);

  const open = (m: BmMeeting | 'new') => {
    save.reset();
    const present = new Map(m === 'new' ? [] : m.attendance.map((a) => [a.organisation_id, a.attendees]));
    form.setFieldsValue({
      held_on: m === 'new' ? dayjs() : dayjs(m.held_on),
      place: m === 'new' ? '' : m.place,
      agenda: m === 'new' ? '' : m.agenda,
      minutes: m === 'new' ? '' : m.minutes,
      attendance: Object.fromEntries(
        people.map((p) => [String(p.id), { present: present.has(p.id), attendees: present.get(p.id) ?? 1 }]),
      ),
    });
    setEditing(m);
  };

  const submit = async () => {
    const v = await form.validateFields();
    const body: BmMeetingInput = {
      held_on: toApiDate(v.held_on) ?? '',
      place: v.place ?? '',
      agenda: v.agenda ?? '',
      minutes: v.minutes ?? '',
      attendance: people
        .filter((p) => v.attendance?.[String(p.id)]?.present)
        .map((p) => ({ organisation_id: p.id, attendees: v.attendance[String(p.id)].attendees ?? 1 })),
    };
    try {
      await save.mutateAsync({ id: editing === 'new' || !editing ? null : editing.id, body });
      void message.success(t('benchmark.saved'));
      setEditing(null);
    } catch {
      /* shown in the modal */
    }
  };

  if (meetings.error && isApiError(meetings.error) && meetings.error.status === 403)
    return (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.meetings.dataOnly')} />
      </Card>
    );

  return (
    <Card
      data-testid="meetings-card"
      extra={
        group.can_manage ? (
          <Button icon={<PlusOutlined />} onClick={() => open('new')} data-testid="meeting-create">
            {t('benchmark.meetings.create')}
          </Button>
        ) : null
      }
    >
      {meetings.error ? <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} /> : null}
      {meetings.data && meetings.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.meetings.empty')} />
      ) : null}
      <Collapse
        items={(meetings.data?.items ?? []).map((m) => ({
          key: m.id,
          label: (
            <span data-testid={`meeting-${m.id}`}>
              <strong>{formatDate(m.held_on)}</strong>
              {m.place ? ` · ${m.place}` : ''}
            </span>
          ),
          extra: group.can_manage ? (
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={(e) => {
                e.stopPropagation();
                open(m);
              }}
              aria-label={t('common.edit')}
            />
          ) : null,
          children: (
            <Row gutter={24}>
              <Col xs={24} lg={14}>
                <Descriptions column={1} size="small" layout="vertical">
                  <Descriptions.Item label={t('benchmark.meetings.agenda')}>
                    <Typography.Paragraph className="kv-pre">{m.agenda || '—'}</Typography.Paragraph>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('benchmark.meetings.minutes')}>
                    <Typography.Paragraph className="kv-pre">{m.minutes || '—'}</Typography.Paragraph>
                  </Descriptions.Item>
                </Descriptions>
              </Col>
              <Col xs={24} lg={10}>
                <Table
                  size="small"
                  rowKey="organisation_id"
                  pagination={false}
                  dataSource={m.attendance}
                  title={() => t('benchmark.meetings.attendance')}
                  locale={{ emptyText: t('benchmark.meetings.noAttendance') }}
                  columns={[
                    { key: 'org', title: t('benchmark.meetings.organisation'), dataIndex: 'organisation_name' },
                    {
                      key: 'n',
                      title: t('benchmark.meetings.attendees'),
                      align: 'right',
                      render: (_, a) => formatNumber(a.attendees),
                    },
                  ]}
                />
              </Col>
            </Row>
          ),
        }))}
      />

      <Modal
        open={editing !== null}
        width={760}
        title={t(editing === 'new' ? 'benchmark.meetings.create' : 'benchmark.meetings.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={save.isPending}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'meeting-save' } as Record<string, string>}
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item
                name="held_on"
                label={t('benchmark.meetings.heldOn')}
                rules={[{ required: true, message: t('benchmark.required') }]}
              >
                <DatePicker format="D. M. YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="place" label={t('benchmark.meetings.place')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="agenda" label={t('benchmark.meetings.agenda')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="minutes" label={t('benchmark.meetings.minutes')}>
            <Input.TextArea rows={6} />
          </Form.Item>
          <Typography.Text strong>{t('benchmark.meetings.attendance')}</Typography.Text>
          {people.map((p) => (
            <Row key={p.id} gutter={8} align="middle">
              <Col flex="auto">
                <Form.Item
                  name={['attendance', String(p.id), 'present']}
                  valuePropName="checked"
                  style={{ marginBottom: 4 }}
                >
                  <Checkbox>{p.name}</Checkbox>
                </Form.Item>
              </Col>
              <Col flex="120px">
                <Form.Item name={['attendance', String(p.id), 'attendees']} style={{ marginBottom: 4 }}>
                  <InputNumber
                    min={0}
                    max={1000}
                    addonAfter={t('benchmark.meetings.people')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
        </Form>
      </Modal>
    </Card>
  );
}
