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
    const words = new Map<string, EditorWords>();
    memory = { editing: null, words };
    memories.set(db, memory);
    // Closing or reloading the tab with words not saved, whichever section is on screen: the
    // browser asks first.
    window.addEventListener("beforeunload", (event) => {
      if (words.size > 0) event.preventDefault();
    });
  }
  return memory as EditorMemory<Editing>;
}
