import file from "../content/reply-script.ts?script&iife";

/** Where the built extension keeps the reply code the background injects into a mail tab on first use. */
export const REPLY_SCRIPT_FILE: string = file;
