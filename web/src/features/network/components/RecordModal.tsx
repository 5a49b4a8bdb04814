// The network module's record modal: the shared one (components/RecordModal) refreshing the module's queries;
// a cleared select is sent as null, which the network API reads as "clear".
import type { ComponentProps } from 'react';
import { RecordModal as SharedRecordModal } from '../../../components/RecordModal';
import { networkKeys } from '../api';

export type { Field, FieldKind, Values } from '../../../components/RecordModal';

export function RecordModal<R>(
  props: Omit<ComponentProps<typeof SharedRecordModal<R>>, 'invalidates' | 'clearedSelectAsNull'>,
) {
  return <SharedRecordModal<R> {...props} invalidates={networkKeys.all} clearedSelectAsNull />;
}
