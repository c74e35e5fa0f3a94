import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ScenarioNode } from '../../../../../engine/scenario/format';
import type { ScenarioProblem } from '../../../../../engine/scenario/problem';
import { problemCountText } from '../../../stores/editor-problems';
import { moodLabel, OUTCOME_LABEL } from '../../common/labels';

export type ConversationNodeData = {
  node: ScenarioNode;
  isStart: boolean;
  problems: ScenarioProblem[];
};

export type ConversationGraphNode = Node<ConversationNodeData, 'conversation'>;

function summary(node: ScenarioNode): string {
  if (node.kind === 'end') return node.closingLine || 'No closing line yet';
  return node.lines?.[0] || 'No customer line yet';
}

function replyKinds(node: ScenarioNode): string {
  if (node.kind === 'end') return node.outcome in OUTCOME_LABEL ? OUTCOME_LABEL[node.outcome] : String(node.outcome);
  const parts: string[] = [];
  const choices = node.choices?.length ?? 0;
  if (choices > 0) parts.push(`${choices} choice${choices === 1 ? '' : 's'}`);
  if (node.freeText) parts.push('free text');
  return parts.join(' · ') || 'no replies yet';
}

/** How a screen reader announces the node when it gets focus. */
export function nodeAriaLabel(data: ConversationNodeData): string {
  const { node, isStart, problems } = data;
  const kind = node.kind === 'end' ? 'Ending' : 'Customer turn';
  const start = isStart ? ', start' : '';
  const found = problems.length > 0 ? `, ${problemCountText(problems.length)}: ${problems.map((p) => p.message).join('; ')}` : '';
  return `${kind} ${node.id || '(no id)'}${start}, ${replyKinds(node)}${found}`;
}

/**
 * One node on the conversation graph: what kind it is, its id, the customer's first line, how the
 * trainee can reply, and a marker with the number of problems (listed in its tooltip).
 */
export const ConversationNode = memo(function ConversationNode({ data, selected }: NodeProps<ConversationGraphNode>) {
  const { node, isStart, problems } = data;
  const ending = node.kind === 'end';
  const classes = [
    'graph-node',
    ending ? `graph-node--end graph-node--${String(node.outcome)}` : 'graph-node--customer',
    isStart ? 'is-start' : '',
    problems.length > 0 ? 'has-problems' : '',
    selected ? 'is-selected' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Top} className="graph-node__handle" />
      <p className="graph-node__kind">
        <span>{ending ? 'Ending' : 'Customer'}</span>
        {isStart && <span className="graph-node__start">Start</span>}
        {node.mood && <span className="graph-node__mood">{moodLabel(node.mood)}</span>}
      </p>
      <p className="graph-node__id">{node.id || '(no id)'}</p>
      <p className="graph-node__line">{summary(node)}</p>
      <p className="graph-node__meta">{replyKinds(node)}</p>
      {problems.length > 0 && (
        <span className="graph-node__problems" title={problems.map((p) => p.message).join('\n')}>
          <span aria-hidden="true">⚠</span> {problems.length}
        </span>
      )}
      {!ending && <Handle type="source" position={Position.Bottom} className="graph-node__handle" />}
    </div>
  );
});
