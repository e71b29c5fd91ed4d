/**
 * Keys of the `settings` table the options page writes. The background reads the same keys when it
 * fills in a reply, so a key is never renamed without a migration.
 */
export const SETTING = {
  /** The user's name as it should appear under replies: a string, "" when not given. */
  myName: "myName",
} as const;
