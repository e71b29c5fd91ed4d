import type { MailClient } from "../host";
import { gmailBannerSpot } from "./banner-spot";
import { gmailAdapter } from "./read";
import { gmailReplyWith } from "./reply";

export const gmail: MailClient = {
  ...gmailAdapter,
  bannerSpot: gmailBannerSpot,
  replyWith: gmailReplyWith,
};
