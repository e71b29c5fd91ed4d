/**
 * One Gmail conversation, one id. Gmail names a conversation in several forms: the legacy hex id
 * (`data-legacy-thread-id`, `18c2f3a9b0d1e2f3`), the permanent id (`data-thread-perm-id`,
 * `thread-f:1784256312533705459`, where the number is the same 64-bit id in decimal), and the
 * address (`#inbox/<hex>` in older views, or a long encoded form). The permanent id is sometimes
 * missing or the string "undefined" (KartikTalwar/gmail.js #814, 2025-11), and InboxSDK keys
 * threads on the legacy id (InboxSDK 1787941b, 2025-11-25; its getSyncThreadForOldGmailThreadId
 * turns the hex id into the decimal one with a base-16 → base-10 conversion). So the key is the
 * hex id, whichever form gave it, and a conversation gets the same key on every visit.
 */

const HEX_ID = /^[0-9a-f]{1,16}$/i;
const PERMANENT_ID = /^thread-f:(\d{1,20})$/;

/** The hex id a permanent `thread-f:<decimal>` id stands for, or null for any other form. */
export function hexOfPermanentId(perm: string): string | null {
  const decimal = PERMANENT_ID.exec(perm.trim())?.[1];
  if (!decimal) return null;
  const value = BigInt(decimal);
  // Larger than 64 bits is no Gmail id.
  return value > 0n && value < 1n << 64n ? value.toString(16) : null;
}

/**
 * The key a Gmail conversation is stored under: the legacy hex id (lower case); else the hex id
 * the permanent id stands for; else the permanent id as it is (forms such as `thread-a:r-…` that
 * carry no hex id); else the id in the address. Null when none is known.
 */
export function gmailThreadKey(ids: {
  legacy?: string | null;
  perm?: string | null;
  address?: string | null;
}): string | null {
  const legacy = ids.legacy?.trim() ?? "";
  if (HEX_ID.test(legacy)) return legacy.toLowerCase();
  const perm = ids.perm?.trim() ?? "";
  const fromPerm = perm ? hexOfPermanentId(perm) : null;
  if (fromPerm) return fromPerm;
  if (perm) return perm;
  if (legacy) return legacy;
  const address = ids.address?.trim() ?? "";
  if (!address) return null;
  return HEX_ID.test(address) ? address.toLowerCase() : (hexOfPermanentId(address) ?? address);
}

/**
 * A stored Gmail thread id in today's form: `thread-f:<decimal>` ids, which Debrief kept before,
 * become the hex id they stand for; every other id stays as it is.
 */
export function currentGmailThreadId(threadId: string): string {
  return hexOfPermanentId(threadId) ?? threadId;
}
