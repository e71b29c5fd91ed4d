/** The options page's sections, in the order of its navigation. Each has a stable address (`#settings`). */
export const SECTIONS = ["templates", "settings", "data"] as const;
export type SectionName = (typeof SECTIONS)[number];

export const SECTION_MESSAGE: Record<SectionName, string> = {
  templates: "sectionTemplates",
  settings: "sectionSettings",
  data: "sectionData",
};

export function sectionFromHash(hash: string): SectionName {
  const name = hash.replace(/^#/, "");
  return (SECTIONS as readonly string[]).includes(name) ? (name as SectionName) : "templates";
}
