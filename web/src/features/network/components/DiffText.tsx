// One side of a compared text: the words removed (old side) or added (new side) marked, the rest plain.
import type { DiffPiece } from '../network';

export function DiffText({ pieces, testId }: { pieces: readonly DiffPiece[]; testId?: string }) {
  if (pieces.length === 0) return <span data-testid={testId}>—</span>;
  return (
    <span data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
      {pieces.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i} className="kv-diff-added" style={{ background: '#d9f7be', textDecoration: 'none' }}>
            {p.text}
          </ins>
        ) : p.kind === 'removed' ? (
          <del key={i} className="kv-diff-removed" style={{ background: '#ffccc7' }}>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
