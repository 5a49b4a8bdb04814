// Planning a meeting with the providers of a kind, or editing it (state, minutes, the card version discussed).
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createMeeting, updateMeeting, useNetworkMutation } from '../api';
import { MEETING_STATUSES } from '../network';
import type { Card, KindMeeting, MeetingInput } from '../types';

/** The card versions a meeting of a kind may discuss: the latest and the published version of the kind's cards. */
export function versionOptions(cards: readonly Card[], kind: string, label: (no: number) => string) {
  const out = new Map<number, string>();
  for (const c of cards.filter((x) => x.kind_code === kind)) {
    out.set(c.latest.version_id, label(c.latest.version_no));
    if (c.published) out.set(c.published.version_id, label(c.published.version_no));
  }
  return [...out].sort((a, b) => b[0] - a[0]).map(([value, l]) => ({ value, label: l }));
}

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface FormValues {
  kind_code?: string;
  title: string;
  held_on: Dayjs | null;
  starts_at: string;
  place: string;
  card_version_id?: number | null;
  status?: string;
  minutes?: string;
}

export function MeetingModal({
  region,
  kinds,
  cards,
  meeting,
  onClose,
  onDone,
}: {
  region?: string;
  kinds: readonly { value: string; label: string }[];
  cards: readonly Card[];
  /** editing this meeting; planning a new one without it */
  meeting?: KindMeeting;
  onClose: () => void;
  onDone?: (m: KindMeeting) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind_code', form) ?? meeting?.kind_code ?? '';
  const save = useNetworkMutation((v: MeetingInput) =>
    meeting ? updateMeeting(meeting.id, v) : createMeeting(v, region),
  );
  const req = (field: string) => ({ required: true, message: t('network.common.requiredField', { field }) });
  const versions = versionOptions(cards, kind, (no) => t('network.cards.versionNo', { no }));
  if (meeting?.card_version_id && !versions.some((v) => v.value === meeting.card_version_id))
    versions.push({
      value: meeting.card_version_id,
      label: t('network.cards.versionNo', { no: meeting.card_version_no ?? '?' }),
    });
  return (
    <Modal
      open
      title={meeting ? t('network.meetings.edit') : t('network.meetings.create')}
      onCancel={onClose}
      okText={t('network.common.save')}
      cancelText={t('network.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'meeting-form-save' } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            save.mutate(
              {
                kind_code: meeting?.kind_code ?? v.kind_code ?? '',
                title: v.title.trim(),
                held_on: v.held_on ? v.held_on.format('YYYY-MM-DD') : '',
                starts_at: (v.starts_at ?? '').trim(),
                place: (v.place ?? '').trim(),
                card_version_id: v.card_version_id ?? null,
                ...(meeting ? { status: v.status, minutes: (v.minutes ?? '').trim() } : {}),
              },
              {
                onSuccess: (m) => {
                  onDone?.(m);
                  onClose();
                },
                onError: (e) => {
                  if (isApiError(e) && e.field)
                    form.setFields([{ name: e.field as keyof FormValues, errors: [e.message] }]);
                },
              },
            ),
          )
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        data-testid="meeting-form"
        initialValues={{
          kind_code: meeting?.kind_code,
          title: meeting?.title ?? '',
          held_on: meeting?.held_on ? dayjs(meeting.held_on) : null,
          starts_at: meeting?.starts_at ?? '',
          place: meeting?.place ?? '',
          card_version_id: meeting?.card_version_id ?? null,
          status: meeting?.status ?? 'planned',
          minutes: meeting?.minutes ?? '',
        }}
      >
        {meeting ? null : (
          <Form.Item name="kind_code" label={t('network.common.kind')} rules={[req(t('network.common.kind'))]}>
            <Select
              options={kinds as { value: string; label: string }[]}
              showSearch
              optionFilterProp="label"
              data-testid="meeting-form-kind"
              onChange={() => form.setFieldValue('card_version_id', null)}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('network.meetings.name')} rules={[req(t('network.meetings.name'))]}>
          <Input data-testid="meeting-form-title" />
        </Form.Item>
        <Form.Item name="held_on" label={t('network.meetings.heldOn')} rules={[req(t('network.meetings.heldOn'))]}>
          <DatePicker format="D. M. YYYY" style={{ width: '100%' }} data-testid="meeting-form-held_on" />
        </Form.Item>
        <Form.Item
          name="starts_at"
          label={t('network.meetings.startsAt')}
          rules={[{ pattern: TIME, message: t('network.meetings.startsAtFormat') }]}
        >
          <Input placeholder="09:30" data-testid="meeting-form-starts_at" />
        </Form.Item>
        <Form.Item name="place" label={t('network.meetings.place')}>
          <Input data-testid="meeting-form-place" />
        </Form.Item>
        <Form.Item name="card_version_id" label={t('network.meetings.cardVersion')}>
          <Select
            allowClear
            placeholder={t('network.meetings.noCardVersion')}
            options={versions}
            data-testid="meeting-form-version"
          />
        </Form.Item>
        {meeting ? (
          <>
            <Form.Item name="status" label={t('network.common.state')}>
              <Select
                options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`network.meetingStatus.${s}`) }))}
                data-testid="meeting-form-status"
              />
            </Form.Item>
            <Form.Item name="minutes" label={t('network.meetings.minutes')}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} data-testid="meeting-form-minutes" />
            </Form.Item>
          </>
        ) : null}
      </Form>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
