// The people module's record modal: the shared one (components/RecordModal) refreshing the module's queries.
import type { ComponentProps } from 'react';
import { RecordModal as SharedRecordModal } from '../../../components/RecordModal';
import { peopleKeys } from '../api';

export type { Field, FieldKind, Values } from '../../../components/RecordModal';

export function RecordModal<R>(
  props: Omit<ComponentProps<typeof SharedRecordModal<R>>, 'invalidates' | 'clearedSelectAsNull'>,
) {
  return <SharedRecordModal<R> {...props} invalidates={peopleKeys.all} />;
}
