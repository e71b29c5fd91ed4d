/**
 * Debrief's mark: a speech bubble (the reply) with an arrow rising out of it (what comes next).
 * Decorative: the product name always sits beside it, so it is hidden from assistive technology.
 */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      class="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <path
        class="logo-mark-bubble"
        d="M8 3h16a5 5 0 0 1 5 5v11a5 5 0 0 1-5 5H14.5l-6.2 4.8A.8.8 0 0 1 7 28.2V24a5 5 0 0 1-4-4.9V8a5 5 0 0 1 5-5z"
      />
      <path
        class="logo-mark-arrow"
        d="M16 19V9.5M11.5 13.5 16 9l4.5 4.5"
        fill="none"
        stroke-width="2.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
