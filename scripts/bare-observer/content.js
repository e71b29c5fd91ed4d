// The floor `npm run bench:page` measures Debrief against: one observer over the page, one phrase,
// and a plain banner above the newest message that has it, inserted in the observer's callback.
const MESSAGE =
  location.hostname === "mail.google.com" ? "div.adn[data-message-id]" : "[id^=UniqueMessageBody]";
const PHRASE = /unfortunately|not to move forward|decided not to|regret to inform/i;
let banner = null;
let bannerFor = null;

function look() {
  // The demo Gmail keeps a conversation's messages, hidden, after going back to the list.
  const messages = [...document.querySelectorAll(MESSAGE)].filter((each) => each.checkVisibility());
  const message = messages[messages.length - 1] ?? null;
  if (message === bannerFor && banner?.isConnected) return;
  banner?.remove();
  banner = null;
  bannerFor = null;
  if (!message || !PHRASE.test(message.textContent.slice(0, 20000))) return;
  banner = document.createElement("div");
  banner.setAttribute("data-debrief", "banner");
  banner.style.cssText =
    "display:block;padding:12px 16px;margin:4px 16px 12px;background:#f2f6fc;border-radius:8px;font:14px sans-serif";
  banner.textContent = "This looks like a rejection. Ask for feedback?";
  message.before(banner);
  bannerFor = message;
}

new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
look();
