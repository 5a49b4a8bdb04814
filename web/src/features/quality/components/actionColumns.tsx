// The columns every table of corrective actions shares (the actions page, the actions of a finding): the text
// linking to the action's page, and its status with the due state; and each row's test id.
import type { HTMLAttributes } from 'react';
import { Space } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { QAction } from '../types';
import { ActionStatusTag, DueStateTag } from './Tags';

export const actionRowProps = (a: QAction) => ({ 'data-testid': `action-row-${a.id}` }) as HTMLAttributes<HTMLElement>;

export function actionTextColumn(t: TFunction): ColumnType<QAction> {
  return {
    title: t('quality.actions.text'),
    key: 'text',
    render: (_, a) => (
      <Link to={`/quality/actions/${a.id}`} data-testid={`action-link-${a.id}`}>
        {a.text}
      </Link>
    ),
  };
}

export function actionStatusColumn(t: TFunction): ColumnType<QAction> {
  return {
    title: t('quality.common.status'),
    key: 'status',
    render: (_, a) => (
      <Space size={4} wrap>
        <ActionStatusTag status={a.status} />
        <DueStateTag action={a} />
      </Space>
    ),
  };
}
