export { dayOf, localDay } from "./calendar";
export * from "./checklist";
export * from "./insights";
export * from "./interview-groups";
export * from "./next-steps";
export * from "./themes";
