import type { MailClient } from "../host";
import { outlookBannerSpot } from "./banner-spot";
import { outlookAdapter } from "./read";
import { outlookReplyWith } from "./reply";

export const outlook: MailClient = {
  ...outlookAdapter,
  bannerSpot: outlookBannerSpot,
  replyWith: outlookReplyWith,
};
