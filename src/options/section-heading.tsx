/**
 * Each section's heading. Focusable from script only: switching sections moves focus here so the
 * keyboard user lands at the top of what they chose.
 */
export function SectionHeading({ text }: { text: string }) {
  return (
    <h2 id="section-heading" tabIndex={-1}>
      {text}
    </h2>
  );
}
