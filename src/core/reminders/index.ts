export * from "./compose-address";
export * from "./due-reminders";
