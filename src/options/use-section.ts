import { useEffect, useState } from "preact/hooks";
import { type SectionName, sectionFromHash } from "./sections";

/**
 * The section named in the address (`options/index.html#data`), so a section can be linked to from
 * the popup and survives a reload; the browser's back button moves between sections.
 */
export function useSection(): SectionName {
  const [section, setSection] = useState<SectionName>(() => sectionFromHash(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionFromHash(location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return section;
}
