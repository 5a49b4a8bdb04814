// A new assessment on a ladder instrument: a point for every area within the ladder's range.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createLadderAssessment, usePlanningMutation } from '../api';
import { stageOf } from '../planning';
import type { Ladder } from '../types';

export function LadderAssessmentModal({
  clientId,
  ladders,
  onClose,
}: {
  clientId: number;
  ladders: readonly Ladder[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [ladderId, setLadderId] = useState<number | undefined>(ladders[0]?.id);
  const [on, setOn] = useState(dayjs());
  const [note, setNote] = useState('');
  const [values, setValues] = useState<Record<number, number | null>>({});
  const ladder = ladders.find((l) => l.id === ladderId);
  const stages = ladder?.stage_list ?? [];
  const complete = Boolean(ladder) && ladder!.areas.every((a) => typeof values[a.id] === 'number');
  const save = usePlanningMutation(() =>
    createLadderAssessment(clientId, {
      ladder_id: ladderId!,
      assessed_on: on.format('YYYY-MM-DD'),
      note: note.trim(),
      values: ladder!.areas.map((a) => ({ area_id: a.id, value: values[a.id] as number })),
    }),
  );
  return (
    <Modal
      open
      title={t('planning.client.addAssessment')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: !complete } as ButtonProps}
      onOk={() => save.mutate(undefined, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('planning.client.ladder')} required>
          <Select
            value={ladderId}
            onChange={(v: number) => {
              setLadderId(v);
              setValues({});
            }}
            options={ladders.map((l) => ({ value: l.id, label: l.name }))}
          />
        </Form.Item>
        <Form.Item label={t('planning.client.assessedOn')} required>
          <DatePicker format="D. M. YYYY" allowClear={false} value={on} onChange={(d) => d && setOn(d)} />
        </Form.Item>
        {ladder?.areas.map((a) => (
          <Form.Item
            key={a.id}
            label={a.name}
            required
            extra={typeof values[a.id] === 'number' ? stageOf(stages, values[a.id] as number) : a.description}
          >
            <InputNumber
              min={ladder.scale_min}
              max={ladder.scale_max}
              precision={0}
              placeholder={`${ladder.scale_min}–${ladder.scale_max}`}
              value={values[a.id] ?? null}
              onChange={(v) => setValues({ ...values, [a.id]: v })}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('planning.common.note')}>
          <Input.TextArea autoSize value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
