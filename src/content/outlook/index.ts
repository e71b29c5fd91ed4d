import type { PageClient } from "../host";
import { outlookBannerSpot } from "./banner-spot";
import { outlookAdapter } from "./read";

/** Outlook as the content script knows it from the start; its reply is in `reply.ts`, loaded on first use. */
export const outlook: PageClient = {
  ...outlookAdapter,
  bannerSpot: outlookBannerSpot,
};
