import type { Selector } from "../../src/content/select";

/**
 * Variations of a mail page's markup, generated from the page itself, the way mail clients change
 * theirs: ids dropped one family at a time, generated class names renamed, interface labels in
 * another language, extra wrapper elements, the subject in another element, the sender without an
 * address or not shown. Each variant changes the document in place; what must still hold is the
 * test's to say.
 */

export interface Variant {
  name: string;
  apply(doc: Document): void;
}

/** Where the reader's own selectors point, so a variant can move or wrap what the reader reads. */
export interface PageParts {
  subject: readonly Selector[];
  sender: readonly Selector[];
  body: readonly Selector[];
  message: readonly Selector[];
  /** Attributes that carry the sender's address (`email`, `title`…), cleared by "sender without address". */
  addressAttributes: readonly string[];
}

const LANGUAGES = ["de", "fr", "es", "pt", "it", "nl"] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * What Gmail and Outlook show in English in the places Debrief's pages have labels, and what they
 * show in the other languages. Labels the project has not translated stay as they are.
 */
const LABELS: Record<string, Record<Language, string>> = {
  "Email message": {
    de: "E-Mail-Nachricht",
    fr: "Message électronique",
    es: "Mensaje de correo electrónico",
    pt: "Mensagem de email",
    it: "Messaggio di posta elettronica",
    nl: "E-mailbericht",
  },
  Reply: {
    de: "Antworten",
    fr: "Répondre",
    es: "Responder",
    pt: "Responder",
    it: "Rispondi",
    nl: "Beantwoorden",
  },
  Forward: {
    de: "Weiterleiten",
    fr: "Transférer",
    es: "Reenviar",
    pt: "Encaminhar",
    it: "Inoltra",
    nl: "Doorsturen",
  },
  "Message body": {
    de: "Nachrichtentext",
    fr: "Corps du message",
    es: "Cuerpo del mensaje",
    pt: "Corpo da mensagem",
    it: "Corpo del messaggio",
    nl: "Berichttekst",
  },
  "Reading Pane": {
    de: "Lesebereich",
    fr: "Volet de lecture",
    es: "Panel de lectura",
    pt: "Painel de leitura",
    it: "Riquadro di lettura",
    nl: "Leesvenster",
  },
  "Message actions": {
    de: "Nachrichtenaktionen",
    fr: "Actions sur le message",
    es: "Acciones del mensaje",
    pt: "Ações da mensagem",
    it: "Azioni messaggio",
    nl: "Berichtacties",
  },
  "Show message history": {
    de: "Nachrichtenverlauf anzeigen",
    fr: "Afficher l'historique des messages",
    es: "Mostrar historial de mensajes",
    pt: "Mostrar histórico de mensagens",
    it: "Mostra cronologia messaggi",
    nl: "Berichtgeschiedenis weergeven",
  },
  "Show trimmed content": {
    de: "Gekürzten Inhalt anzeigen",
    fr: "Afficher le contenu tronqué",
    es: "Mostrar contenido recortado",
    pt: "Mostrar conteúdo cortado",
    it: "Mostra contenuti tagliati",
    nl: "Bijgesneden content weergeven",
  },
  "More message options": {
    de: "Weitere Optionen für Nachrichten",
    fr: "Plus d'options pour le message",
    es: "Más opciones de mensaje",
    pt: "Mais opções de mensagem",
    it: "Altre opzioni messaggio",
    nl: "Meer berichtopties",
  },
  Subject: {
    de: "Betreff",
    fr: "Objet",
    es: "Asunto",
    pt: "Assunto",
    it: "Oggetto",
    nl: "Onderwerp",
  },
};

/**
 * The localised "From:" that starts a sender's label, in the forms on record (research/webmail-dom-2026.md:
 * "Von:", "De :", "Da:", "Van:"); Spanish and Portuguese write "De:".
 */
const FROM: Record<Language, string> = {
  de: "Von:",
  fr: "De :",
  es: "De:",
  pt: "De:",
  it: "Da:",
  nl: "Van:",
};

/** A label's translation, whatever its case ("Message body", Gmail's "Message Body"). */
function translated(label: string, language: Language): string | undefined {
  const key = Object.keys(LABELS).find((each) => each.toLowerCase() === label.toLowerCase());
  return key ? LABELS[key]?.[language] : undefined;
}

const LABEL_ATTRIBUTES = ["aria-label", "title", "data-tooltip", "placeholder"];

/** Every variant of the page: the families found in `doc`, then the fixed kinds. */
export function variantsOf(doc: Document, parts: PageParts): Variant[] {
  return [
    ...idFamilies(doc).map(
      (family): Variant => ({
        name: `ids ${family.name} dropped`,
        apply: (page) => {
          for (const element of page.querySelectorAll("[id]")) {
            if (family.test(element.id)) element.removeAttribute("id");
          }
        },
      }),
    ),
    ...dataIdAttributes(doc).map(
      (attribute): Variant => ({
        name: `${attribute} dropped`,
        apply: (page) => {
          for (const element of page.querySelectorAll(`[${attribute}]`)) {
            element.removeAttribute(attribute);
          }
        },
      }),
    ),
    {
      // A message that shows no id at all is known by its place in the conversation.
      name: "every message id dropped",
      apply: (page) => {
        for (const element of page.querySelectorAll("*")) {
          for (const attribute of element.getAttributeNames()) {
            if (/^data-.*message-id$/.test(attribute)) element.removeAttribute(attribute);
          }
        }
      },
    },
    {
      name: "generated class names renamed",
      apply: (page) => renameClasses(page, isGeneratedClass),
    },
    ...LANGUAGES.map(
      (language): Variant => ({
        name: `labels in ${language}`,
        apply: (page) => translateLabels(page, language),
      }),
    ),
    {
      name: "extra wrappers around each part",
      apply: (page) => {
        for (const list of [parts.message, parts.body, parts.subject, parts.sender]) {
          for (const element of allMatching(page, list)) wrap(element, 2);
        }
      },
    },
    {
      name: "subject as a plain heading",
      apply: (page) => {
        for (const element of allMatching(page, parts.subject)) {
          const heading = page.createElement("div");
          heading.setAttribute("role", "heading");
          heading.setAttribute("aria-level", "3");
          // The full text: the heading's own title, a child's, or what it shows.
          const full =
            element.getAttribute("title") ??
            element.querySelector("[title]")?.getAttribute("title") ??
            element.textContent?.trim() ??
            "";
          heading.setAttribute("title", full);
          const shown = page.createElement("span");
          shown.textContent = `${full.slice(0, 18)}…`;
          heading.append(shown);
          element.replaceWith(heading);
        }
      },
    },
    {
      name: "subject not shown",
      apply: (page) => {
        for (const element of allMatching(page, parts.subject)) element.remove();
      },
    },
    {
      name: "sender without address",
      apply: (page) => {
        for (const element of allMatching(page, parts.sender)) dropAddress(element, parts);
      },
    },
    {
      name: "sender not shown",
      apply: (page) => {
        for (const element of allMatching(page, parts.sender)) element.remove();
      },
    },
    {
      name: "body alone (no subject, no sender)",
      apply: (page) => {
        for (const list of [parts.subject, parts.sender]) {
          for (const element of allMatching(page, list)) element.remove();
        }
      },
    },
  ];
}

/** Ids grouped by shape: digits and long id-like runs are what varies inside a family. */
function idFamilies(doc: Document): { name: string; test(id: string): boolean }[] {
  const families = new Map<string, RegExp>();
  for (const element of doc.querySelectorAll("[id]")) {
    // A long run holding a digit is a generated id (`AAQkADk2…=`); other digit runs are counters.
    const shape = element.id
      .replace(/[A-Za-z0-9+/=]{16,}/g, (run) => (/\d/.test(run) ? "*" : run))
      .replace(/\d+/g, "#");
    if (shape === "" || families.has(shape)) continue;
    const pattern = shape
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, "[A-Za-z0-9+/=]+")
      .replace(/#/g, "\\d+");
    families.set(shape, new RegExp(`^${pattern}$`));
  }
  return [...families].map(([name, pattern]) => ({ name, test: (id) => pattern.test(id) }));
}

function dataIdAttributes(doc: Document): string[] {
  const names = new Set<string>();
  for (const element of doc.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames()) {
      if (/^data-.*(?:id|convid)$/.test(attribute)) names.add(attribute);
    }
  }
  return [...names].sort();
}

/**
 * Names a build tool generates: short, mixed letters and digits or mixed case (Outlook's `aVla3`,
 * `OZZZK`, Gmail's `a3s`), never readable words with dashes (`ms-Button`, `allowTextSelection`).
 */
function isGeneratedClass(name: string): boolean {
  if (name.includes("-") || name.includes("_") || name.length > 6) return false;
  return /\d/.test(name) || (/[a-z]/.test(name) && /[A-Z]/.test(name)) || /^[A-Z]{4,6}$/.test(name);
}

function renameClasses(doc: Document, renamed: (name: string) => boolean): void {
  for (const element of doc.querySelectorAll("[class]")) {
    const names = [...element.classList];
    const next = names.map((name) => (renamed(name) ? `r${hash(name)}` : name));
    element.setAttribute("class", next.join(" "));
  }
}

function translateLabels(doc: Document, language: Language): void {
  for (const element of doc.querySelectorAll("*")) {
    for (const attribute of LABEL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const label = translated(value, language);
      if (label) element.setAttribute(attribute, label);
      else if (/^From:/.test(value)) {
        element.setAttribute(attribute, value.replace(/^From:/, FROM[language]));
      }
    }
    // Buttons show their label as text too.
    if (element.children.length === 0) {
      const text = element.textContent?.trim() ?? "";
      const label = translated(text, language);
      if (label) element.textContent = label;
    }
  }
}

function dropAddress(sender: Element, parts: PageParts): void {
  const ADDRESS = /\s*<?[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+>?/g;
  for (const element of [sender, ...sender.querySelectorAll("*")]) {
    for (const attribute of parts.addressAttributes) element.removeAttribute(attribute);
    for (const attribute of ["aria-label", "title"]) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, value.replace(ADDRESS, "").trim());
    }
  }
  const walker = sender.ownerDocument.createTreeWalker(sender, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as CharacterData;
    text.data = text.data.replace(ADDRESS, "");
  }
}

function allMatching(doc: Document, selectors: readonly Selector[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    for (const element of doc.querySelectorAll(selector.css)) found.add(element);
  }
  // Outermost first, so a wrapper or a removal is done once per part.
  return [...found].filter(
    (element) => ![...found].some((other) => other !== element && other.contains(element)),
  );
}

function wrap(element: Element, depth: number): void {
  let inner: Element = element;
  for (let level = 0; level < depth; level++) {
    const wrapper = element.ownerDocument.createElement("div");
    wrapper.className = `w${level}`;
    inner.replaceWith(wrapper);
    wrapper.append(inner);
    inner = wrapper;
  }
}

function hash(text: string): string {
  let value = 2166136261;
  for (const ch of text) value = Math.imul(value ^ ch.charCodeAt(0), 16777619) >>> 0;
  return value.toString(36).slice(0, 5);
}
