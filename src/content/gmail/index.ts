import type { PageClient } from "../host";
import { gmailBannerSpot } from "./banner-spot";
import { gmailAdapter } from "./read";

/** Gmail as the content script knows it from the start; its reply is in `reply.ts`, loaded on first use. */
export const gmail: PageClient = {
  ...gmailAdapter,
  bannerSpot: gmailBannerSpot,
};
