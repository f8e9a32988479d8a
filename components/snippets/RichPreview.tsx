import { linkRuns, type Block, type Line } from '@/utils/snippets/rich-text';
import './rich-preview.css';

interface Props {
  blocks: Block[];
  /** 'text' inside a clickable row (the picker's options), where a real link would nest one control in another. */
  links: 'anchor' | 'text';
}

/** A formatted snippet as Preact elements: its text always stays text (no innerHTML anywhere). */
export function RichPreview({ blocks, links }: Props) {
  const line = (spans: Line) =>
    linkRuns(spans).map((run, r) => {
      const inner = run.spans.map((span, s) => {
        let node = <>{span.text}</>;
        if (span.italic) node = <em>{node}</em>;
        if (span.bold) node = <strong>{node}</strong>;
        return <span key={s}>{node}</span>;
      });
      if (!run.href) return <span key={r}>{inner}</span>;
      return links === 'anchor' ? (
        <a key={r} href={run.href} target="_blank" rel="noopener noreferrer">
          {inner}
        </a>
      ) : (
        <span key={r} class="rich-link" title={run.href}>
          {inner}
        </span>
      );
    });
  return (
    <div class="rich-preview" data-testid="rich-preview">
      {blocks.map((block, b) =>
        block.kind === 'paragraph' ? (
          <p key={b}>
            {block.lines.map((spans, l) => (
              <span key={l}>
                {l > 0 && <br />}
                {line(spans)}
              </span>
            ))}
          </p>
        ) : (
          <ul key={b}>
            {block.items.map((spans, i) => (
              <li key={i}>{line(spans)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
