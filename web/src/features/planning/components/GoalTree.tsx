// The whole chain of a strategic plan as a tree: strategic goals → objectives → service goals → counts of clients'
// personal goals, each node with its state, indicators against targets and outcome cell, each navigable.
import { useMemo, useState } from 'react';
import { Button, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { expandableKeys } from '../planning';
import type { TreeNode } from '../types';
import { IndicatorValue, OutcomeText } from './Outcome';
import { GoalStateTag, LevelTag } from './Tags';

function NodeTitle({ node }: { node: TreeNode }) {
  const { t } = useTranslation();
  const g = node.goal;
  return (
    <div data-testid="tree-node" data-goal-id={g.id} data-level={g.level} style={{ padding: '4px 0' }}>
      <Space size={4} wrap>
        <LevelTag level={g.level} />
        <Link to={`/planning/goals/${g.id}`} data-testid="tree-node-link">
          {g.code ? `${g.code} ` : ''}
          {g.title}
        </Link>
        <GoalStateTag state={g.state} />
        {g.level !== 'strategic' && g.year ? <Tag data-testid="tree-node-year">{g.year}</Tag> : null}
        {g.service_name ? <Typography.Text type="secondary">{g.service_name}</Typography.Text> : null}
      </Space>
      {g.unlinked_reason ? (
        <div>
          <Typography.Text type="secondary">
            {t('planning.plan.unlinkedReason', { reason: g.unlinked_reason })}
          </Typography.Text>
        </div>
      ) : null}
      {node.indicators.length ? (
        <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
          {node.indicators.map((i) => (
            <li key={i.id}>
              {i.name}: <IndicatorValue value={i.latest_value} unit={i.unit} target={i.target} onTarget={i.on_target} />
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <OutcomeText cell={node.outcome} compact />
        {g.level === 'service' ? (
          <Typography.Text type="secondary" data-testid="tree-personal-goals">
            {' · '}
            {t('planning.plan.personalGoals', { count: node.personal_goals?.count ?? 0 })}
          </Typography.Text>
        ) : null}
      </div>
    </div>
  );
}

function toData(nodes: readonly TreeNode[]): DataNode[] {
  return nodes.map((n) => ({
    key: String(n.goal.id),
    title: <NodeTitle node={n} />,
    children: toData(n.children),
  }));
}

export function GoalTree({ nodes, testId = 'goal-tree' }: { nodes: readonly TreeNode[]; testId?: string }) {
  const { t } = useTranslation();
  const all = useMemo(() => expandableKeys(nodes), [nodes]);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const data = useMemo(() => toData(nodes), [nodes]);
  return (
    <div data-testid={testId}>
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setExpanded(all)} data-testid={`${testId}-expand`}>
          {t('planning.plan.expandAll')}
        </Button>
        <Button size="small" onClick={() => setExpanded([])}>
          {t('planning.plan.collapseAll')}
        </Button>
      </Space>
      <Tree
        blockNode
        selectable={false}
        showLine
        treeData={data}
        expandedKeys={expanded ?? all}
        onExpand={(keys) => setExpanded(keys.map(String))}
      />
    </div>
  );
}
