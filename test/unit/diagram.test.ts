import { toDot, toMermaid } from '../../src/export/diagram';

/** Diagram text escapes names so that no name can end a label or inject markup (pure, no database). */
const start = { id: 'body-a', name: 'Grupp "A" <b>#1</b>' };
const lines = [
  { kind: 'REPORTS_TO', from: start, to: { id: 'body-b', name: 'Nämnd \\ B\nrad två' } },
  { kind: 'REPORTS_TO', from: start, to: { id: 'body-b', name: 'Nämnd \\ B\nrad två' } },
];

test('Mermaid writes quotes, angle brackets and # as entity codes, line breaks as spaces, and each edge once', () => {
  expect(toMermaid(start, lines)).toBe(
    [
      'flowchart BT',
      '  body_a["Grupp #quot;A#quot; #lt;b#gt;#35;1#lt;/b#gt;"]',
      '  body_b["Nämnd \\ B rad två"]',
      '  body_a -->|"rapporterar till"| body_b',
      '  style body_a stroke-width:3px',
      '',
    ].join('\n'),
  );
});

test('DOT escapes backslashes and quotes and writes line breaks as \\n', () => {
  const dot = toDot(start, lines);
  expect(dot).toContain('"body-a" [label="Grupp \\"A\\" <b>#1</b>", penwidth=3];');
  expect(dot).toContain('"body-b" [label="Nämnd \\\\ B\\nrad två"];');
  expect(dot.match(/->/g)).toHaveLength(1);
});
