import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { EdgeRef } from '../../../stores/editor-edits';

export type ArrowEdge = Edge<{ ref: EdgeRef }, 'arrow'>;

/**
 * An arrow of the conversation with its label (a choice's id or a branch's condition) drawn as an
 * HTML label in the layer above the nodes: React Flow's own SVG labels sit under the nodes, so a
 * label near a node showed as "pathy" or "therwi".
 */
export function ArrowEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  markerEnd,
  style,
}: EdgeProps<ArrowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="graph-arrow__label"
            aria-hidden="true"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
