import type { DebriefDatabase } from "../db/database";

/** A template's words as typed in its editor. */
export interface EditorWords {
  name: string;
  subject: string;
  body: string;
}

/**
 * What the Templates section keeps while the user visits another section of the options page (each
 * section is drawn anew when chosen): the editor left open, and words typed and not saved, by
 * template. Kept per database, which is one a page.
 */
export interface EditorMemory<Editing> {
  editing: Editing | null;
  words: Map<string, EditorWords>;
}

const memories = new WeakMap<DebriefDatabase, EditorMemory<unknown>>();

export function editorMemory<Editing>(db: DebriefDatabase): EditorMemory<Editing> {
  let memory = memories.get(db);
  if (!memory) {
    memory = { editing: null, words: new Map() };
    memories.set(db, memory);
  }
  return memory as EditorMemory<Editing>;
}
