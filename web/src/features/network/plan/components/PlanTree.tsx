// The proposal part of a plan as a tree: priorities → goals → measures → activities, each with its code, who is
// responsible, its links to kinds, target groups and territories (by name) and its indicators (targets against
// actual values per year as a small chart). The region's managers add, edit, move and delete nodes and indicators
// while the plan is not approved; readers who may comment comment on a node.
import { useState } from 'react';
import { Button, Empty, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CommentOutlined,
  DeleteOutlined,
  EditOutlined,
  LineChartOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../../components/charts/Chart';
import { formatDecimal } from '../../../../lib/format';
import { deleteNode, updateNode, usePlanMutation } from '../api';
import { indicatorChartOption } from '../charts';
import {
  buildTree,
  childLevel,
  indicatorSeries,
  judgedValue,
  moveNode,
  nodeUpdate,
  sourceLabel,
  sourceNoteText,
  targetMet,
  type TreeNode,
} from '../sprss';
import type { Indicator, PlanDetail, PlanNode } from '../types';
import { IndicatorModal } from './IndicatorModal';
import './plan.css';
import { NodeModal, type NodeEdit } from './NodeModal';
import { useFeedback } from '../../../../app/feedback';

const LEVEL_COLOURS: Record<string, string> = {
  priority: 'purple',
  goal: 'blue',
  measure: 'cyan',
  activity: 'default',
};

function IndicatorView({
  ind,
  plan,
  canEdit,
  onEdit,
}: {
  ind: Indicator;
  plan: { year_from: number; year_to: number };
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const points = indicatorSeries(ind, plan.year_from, plan.year_to);
  const source = sourceLabel(ind, t);
  const hasSourceValues = points.some((p) => p.sourceNote !== null);
  return (
    <div className="nwp-indicator" data-testid="nwp-indicator" data-indicator-id={ind.id}>
      <Space wrap size={4}>
        <LineChartOutlined />
        <Typography.Text strong>{ind.name}</Typography.Text>
        {ind.unit ? <Typography.Text type="secondary">({ind.unit})</Typography.Text> : null}
        {source ? (
          <Tag color="blue" data-testid="nwp-indicator-source">
            {source}
          </Tag>
        ) : null}
        {ind.baseline !== null && ind.baseline !== undefined ? (
          <Typography.Text type="secondary">
            {t('networkPlan.indicator.baseline')}: {formatDecimal(ind.baseline)}
          </Typography.Text>
        ) : null}
        {points.map((p) => {
          const met = targetMet(ind.direction, p.target, judgedValue(p));
          return met === null ? null : (
            <Tag key={p.year} color={met ? 'green' : 'red'}>
              {p.year}: {met ? t('networkPlan.indicator.met') : t('networkPlan.indicator.notMet')}
            </Tag>
          );
        })}
        {canEdit ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={onEdit} data-testid="nwp-indicator-edit">
            {t('networkPlan.tree.edit')}
          </Button>
        ) : null}
      </Space>
      <Chart
        height={150}
        testId="nwp-indicator-chart"
        data={{ years: points.length }}
        option={indicatorChartOption(points, {
          target: t('networkPlan.indicator.target'),
          actual: source ? t('networkPlan.indicator.manualActual') : t('networkPlan.indicator.actual'),
          unit: ind.unit,
          source,
        })}
      />
      {source ? (
        <div className="nwp-indicator-values-wrap">
          <table className="nwp-indicator-values" data-testid="nwp-indicator-values">
            <thead>
              <tr>
                <th>{t('networkPlan.common.year')}</th>
                <th>{t('networkPlan.indicator.target')}</th>
                <th>{t('networkPlan.indicator.sourceValue')}</th>
                <th>{t('networkPlan.indicator.manualActual')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year} data-testid="nwp-indicator-year" data-year={p.year}>
                  <td>{p.year}</td>
                  <td>{p.target === null ? '–' : formatDecimal(p.target)}</td>
                  <td data-testid="nwp-indicator-source-value">
                    {p.source === null ? '–' : formatDecimal(p.source)}
                    {p.sourceNote ? (
                      <Typography.Text type="secondary" style={{ marginLeft: 4 }}>
                        {sourceNoteText(p.sourceNote, t)}
                      </Typography.Text>
                    ) : null}
                  </td>
                  <td>{p.actual === null ? '–' : formatDecimal(p.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {source && !hasSourceValues ? (
        <Typography.Text type="secondary">{t('networkPlan.indicator.sourceHint')}</Typography.Text>
      ) : null}
    </div>
  );
}

export function PlanTree({
  detail,
  regionCode,
  onComment,
}: {
  detail: PlanDetail;
  regionCode?: string;
  onComment?: (node: PlanNode) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const plan = detail.plan;
  const canEdit = plan.can_manage;
  const tree = buildTree(detail.nodes);
  const [edit, setEdit] = useState<NodeEdit | null>(null);
  const [indicator, setIndicator] = useState<{ nodeId: number; indicator: Indicator | null } | null>(null);
  const remove = usePlanMutation((id: number) => deleteNode(id));
  const move = usePlanMutation(async (changes: { id: number; position: number }[]) => {
    for (const c of changes) {
      const node = detail.nodes.find((n) => n.id === c.id);
      if (node) await updateNode(c.id, nodeUpdate(node, { position: c.position }));
    }
  });

  const render = (item: TreeNode, siblings: number, index: number) => {
    const n = item.node;
    const next = childLevel(n.level);
    return (
      <li
        key={n.id}
        className={`nwp-node nwp-node-${n.level}`}
        data-testid="nwp-node"
        data-level={n.level}
        data-node-id={n.id}
      >
        <div className="nwp-node-head">
          <Space wrap size={4} style={{ rowGap: 2 }}>
            <Tag color={LEVEL_COLOURS[n.level] ?? 'default'}>
              {t(`networkPlan.level.${n.level}`)} {n.code}
            </Tag>
            <Typography.Text strong data-testid="nwp-node-name">
              {n.title}
            </Typography.Text>
          </Space>
          <Space wrap size={0} className="no-print">
            {onComment ? (
              <Button
                size="small"
                type="link"
                icon={<CommentOutlined />}
                onClick={() => onComment(n)}
                data-testid="nwp-node-comment"
              >
                {t('networkPlan.tree.comment')}
              </Button>
            ) : null}
            {canEdit ? (
              <>
                <Tooltip title={t('networkPlan.tree.moveUp')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('networkPlan.tree.moveUp')}
                    disabled={index === 0 || move.isPending}
                    onClick={() => move.mutate(moveNode(detail.nodes, n.id, -1))}
                    data-testid="nwp-node-up"
                  />
                </Tooltip>
                <Tooltip title={t('networkPlan.tree.moveDown')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('networkPlan.tree.moveDown')}
                    disabled={index === siblings - 1 || move.isPending}
                    onClick={() => move.mutate(moveNode(detail.nodes, n.id, 1))}
                    data-testid="nwp-node-down"
                  />
                </Tooltip>
                <Button
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  onClick={() => setEdit({ planId: plan.id, node: n })}
                  data-testid="nwp-node-edit"
                >
                  {t('networkPlan.tree.edit')}
                </Button>
                {next ? (
                  <Button
                    size="small"
                    type="text"
                    icon={<PlusOutlined />}
                    onClick={() => setEdit({ planId: plan.id, parent: n, level: next })}
                    data-testid={`nwp-node-add-${next}`}
                  >
                    {t(`networkPlan.levelAdd.${next}`)}
                  </Button>
                ) : null}
                <Button
                  size="small"
                  type="text"
                  icon={<LineChartOutlined />}
                  onClick={() => setIndicator({ nodeId: n.id, indicator: null })}
                  data-testid="nwp-node-add-indicator"
                >
                  {t('networkPlan.tree.addIndicator')}
                </Button>
                <Popconfirm
                  title={t('networkPlan.tree.removeConfirm', { title: n.title })}
                  okText={t('networkPlan.tree.remove')}
                  cancelText={t('networkPlan.common.cancel')}
                  onConfirm={() =>
                    remove.mutate(n.id, {
                      onSuccess: () => void message.success(t('networkPlan.tree.removed')),
                      onError: (e) => void message.error(e.message),
                    })
                  }
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('networkPlan.tree.remove')}
                  />
                </Popconfirm>
              </>
            ) : null}
          </Space>
        </div>
        {n.description ? (
          <Typography.Paragraph style={{ margin: '2px 0' }}>{n.description}</Typography.Paragraph>
        ) : null}
        <Space wrap size={[4, 2]} className="nwp-node-links">
          {n.responsible ? (
            <Typography.Text type="secondary">
              {t('networkPlan.tree.responsible')}: {n.responsible}
            </Typography.Text>
          ) : null}
          {n.kinds.map((k) => (
            <Tag key={`k${k.code}`} color="geekblue" data-testid="nwp-node-kind">
              {k.name || k.code}
            </Tag>
          ))}
          {n.target_groups.map((g) => (
            <Tag key={`g${g.code}`} color="orange">
              {g.name || g.code}
            </Tag>
          ))}
          {n.territories.map((x) => (
            <Tag key={`t${x.code}`}>{x.name || x.code}</Tag>
          ))}
        </Space>
        {n.indicators.map((ind) => (
          <IndicatorView
            key={ind.id}
            ind={ind}
            plan={plan}
            canEdit={canEdit}
            onEdit={() => setIndicator({ nodeId: n.id, indicator: ind })}
          />
        ))}
        {item.children.length ? (
          <ul className="nwp-tree">{item.children.map((c, i) => render(c, item.children.length, i))}</ul>
        ) : null}
      </li>
    );
  };

  return (
    <div data-testid="nwp-tree">
      {canEdit ? (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setEdit({ planId: plan.id, parent: null, level: 'priority' })}
          style={{ marginBottom: 8 }}
          data-testid="nwp-node-add-priority"
        >
          {t('networkPlan.tree.addPriority')}
        </Button>
      ) : null}
      {tree.length === 0 ? <Empty description={t('networkPlan.tree.empty')} /> : null}
      <ul className="nwp-tree nwp-tree-root">{tree.map((c, i) => render(c, tree.length, i))}</ul>
      {edit ? <NodeModal edit={edit} regionCode={regionCode} onClose={() => setEdit(null)} /> : null}
      {indicator ? (
        <IndicatorModal
          nodeId={indicator.nodeId}
          indicator={indicator.indicator}
          plan={plan}
          onClose={() => setIndicator(null)}
        />
      ) : null}
    </div>
  );
}
