import file from "../content/page-sample-script.ts?script&iife";

/** Where the built extension keeps the script that takes a page sample in a mail tab. */
export const PAGE_SAMPLE_FILE: string = file;
