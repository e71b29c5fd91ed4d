import { DEFAULT_MIN_CONFIDENCE } from "../core/confidence";
import type { Verdict } from "../core/detect/types";
import type { OpenedEmail } from "../core/email";
import type { Message, MessageType, OpenedRejection, RejectionState, Reply } from "../messages";
import { BANNER_MARK, type Banner, type BannerView, createBanner } from "./banner/banner";
import { toneAt } from "./banner/theme";
import { decidingPhrases, say } from "./banner/words";
import type { MailClient, ReplyResult } from "./host";

/** What the flow needs of the background link (`background-link.ts`). */
export interface BackgroundLine {
  /** True once the extension that injected this script is gone. */
  readonly lost: boolean;
  /** The background's reply, or null when it could not be reached. Never rejects. */
  request<K extends MessageType>(message: Message<K>): Promise<Reply<K> | null>;
}

/** The rejection on screen, with its banner once placed. */
interface Shown {
  messageId: string;
  rejection: OpenedRejection;
  /** Its `state` is null until the background has answered. */
  view: BannerView;
  banner: Banner | null;
  /** The background's answer for this message, once it comes; null when none came. */
  answered: Promise<RejectionState | null>;
  /** Aborts typing into the reply when the user moves on. */
  reply: AbortController | null;
  /** How often the client removed the banner and it was put back. */
  reinserted: number;
}

/** A client that re-renders more often than this while one message stays open is not fought. */
const MAX_REINSERTIONS = 50;

const REPLY_FAILURES: Record<Exclude<ReplyResult, { ok: true }>["reason"], string> = {
  "no-reply-control": "bannerReplyNoControl",
  "no-editor": "bannerReplyNoEditor",
  "not-inserted": "bannerReplyNotInserted",
  "partly-inserted": "bannerReplyPartlyInserted",
  aborted: "bannerReplyAborted",
};

/**
 * The content script's answer to an opened email: classify its newest message and, for a
 * rejection, show the banner above it at once, in the same task, from the page's own verdict. The
 * banner's details (company, role, interview, past requests) come with the background's answer to
 * the one message sent on opening, sent once the banner is placed; its actions wait for that answer.
 * Any other email is only reported to the background (`emailOpened`). At most one banner, for the
 * message open now: a new email or none removes the previous banner at once, and answers that
 * arrive for an email the user has left are dropped. A message the user said is not a rejection
 * (known at start, or said in another tab) never gets a banner, or loses it on the answer.
 * Work happens only when the tracker reports an email (`opened`, `closed`) or, on page changes,
 * in `check`, which costs one `isConnected` read while the banner stays in the page.
 * Nothing here throws into the page.
 */
export function createRejectionFlow(options: {
  client: MailClient;
  background: BackgroundLine;
  detect: (email: OpenedEmail) => Promise<Verdict>;
  doc?: Document;
  log?: (line: string) => void;
  /** How sure the detector must be of a rejection for its banner to show (the user's setting). */
  minConfidence?: number;
  /** Messages of this client the user said are not rejections, as the background knew at start. */
  dismissed?: Iterable<string>;
}) {
  const { client, background } = options;
  const doc = options.doc ?? document;
  const log = options.log ?? ((line: string) => console.info(line));
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  // Read now: once the extension is gone, its words may be out of reach.
  const lostWords = say("bannerExtensionLost");
  /** Messages the user said are not rejections (the background remembers them for good). */
  const dismissed = new Set<string>(options.dismissed ?? []);
  const logged = new Set<string>();
  let shown: Shown | null = null;
  /** Bumped by every report from the tracker: older work finds it changed and stops. */
  let generation = 0;
  let orphaned = false;

  function logOnce(key: string, line: string): void {
    if (logged.has(key)) return;
    logged.add(key);
    log(line);
  }

  function remove(): void {
    if (!shown) return;
    shown.reply?.abort();
    shown.banner?.host.remove();
    shown = null;
  }

  /**
   * A newly opened email, or the one on screen read again with more of its body (`same`): the
   * banner already shown for it stays, with the newer reading's reasons.
   */
  async function opened(email: OpenedEmail): Promise<void> {
    const mine = ++generation;
    const same = shown?.messageId === email.messageId ? shown : null;
    if (!same) remove();
    if (orphaned) return;
    try {
      const verdict = dismissed.has(email.messageId) ? null : await options.detect(email);
      if (mine !== generation) return;
      // Less sure than the user asks for: no banner.
      if (verdict?.verdict !== "rejection" || !(verdict.confidence >= minConfidence)) {
        if (same) remove();
        void background.request({ type: "emailOpened", email });
        return;
      }
      // Only what was read: the background reads who it is from and for what role itself.
      const rejection: OpenedRejection = { email, language: verdict.language };
      const reasons = decidingPhrases(verdict.reasons);
      if (same) {
        same.rejection = rejection;
        same.view = { ...same.view, reasons };
        same.banner?.update(same.view);
        return;
      }
      const current: Shown = {
        messageId: email.messageId,
        rejection,
        view: { company: "", role: "", state: null, reasons },
        banner: null,
        answered: Promise.resolve(null),
        reply: null,
        reinserted: 0,
      };
      shown = current;
      place(current);
      // Sent once the banner is on screen: the page draws it while the background answers.
      void ask(current);
    } catch (error) {
      logOnce("error", `Debrief: could not show its banner (${describe(error)}).`);
    }
  }

  /** Asks the background about the rejection on screen; its answer fills the banner in. */
  function ask(current: Shown): Promise<RejectionState | null> {
    // After this task: the page paints the banner first, then the email is copied to the background.
    // An email the user has already left is not sent: it would arrive after the next one's news.
    current.answered = new Promise((resolve) =>
      setTimeout(() => {
        if (shown !== current || orphaned) resolve(null);
        else resolve(background.request({ type: "rejectionOpened", rejection: current.rejection }));
      }, 0),
    );
    void current.answered.then((state) => fillIn(current, state));
    return current.answered;
  }

  /**
   * The background's answer: the banner's details, or no banner for a dismissed message. Without
   * an answer (a worker that stopped mid-way), the banner stays as it is and a press asks again.
   */
  function fillIn(current: Shown, state: RejectionState | null): void {
    if (shown !== current || orphaned) return;
    if (!state) {
      if (background.lost) lose(current.banner);
      return;
    }
    if (state.dismissed) {
      dismissed.add(current.messageId);
      remove();
      return;
    }
    current.view = { ...current.view, company: state.company, role: state.role, state };
    current.banner?.update(current.view);
  }

  /**
   * Puts the banner just above its message. When the message is not in the page, nothing is
   * shown; the next page change tries again. Only a first miss is worth a console line: later ones
   * are the client redrawing.
   */
  function place(current: Shown): void {
    const spot = client.bannerSpot(doc, current.messageId);
    if (!spot?.parentNode) {
      if (!current.banner) {
        logOnce(
          "spot",
          `Debrief: this ${client.host} page's markup is not one Debrief knows (the place above the message not found); Debrief stays out of the way.`,
        );
      }
      return;
    }
    if (!current.banner) {
      current.banner = createBanner(doc, {
        client: client.host,
        tone: toneAt(spot),
        actions: actionsFor(current),
        view: current.view,
      });
    }
    // Never two: a banner left by an earlier copy of this script (the extension was reloaded) goes.
    for (const other of doc.querySelectorAll(`[${BANNER_MARK.name}="${BANNER_MARK.value}"]`)) {
      if (other !== current.banner.host) other.remove();
    }
    current.banner.alignWith(spot);
    spot.parentNode.insertBefore(current.banner.host, spot);
  }

  /** On every settled page change: puts the banner back if the client re-rendered it away. */
  function check(): void {
    const current = shown;
    if (!current || orphaned || current.banner?.host.isConnected) return;
    try {
      // Each try counts, found or not: a page that never shows the spot is not searched forever.
      if (++current.reinserted > MAX_REINSERTIONS) {
        logOnce("fight", "Debrief: the page keeps removing Debrief's banner; it stays away.");
        shown = null;
        return;
      }
      place(current);
    } catch (error) {
      logOnce("error", `Debrief: could not show its banner (${describe(error)}).`);
    }
  }

  function actionsFor(current: Shown) {
    const live = () => shown === current && !orphaned;
    const interviewId = () => current.view.state?.interview?.id ?? null;

    /**
     * Runs one banner action: busy while it runs, and a plain word when it cannot finish. A press
     * before the background's answer waits for it.
     */
    const act = (run: (banner: Banner) => Promise<void>) => () => {
      const banner = current.banner;
      if (!banner || !live()) return;
      banner.setBusy(true);
      current.answered
        .then((state) => state ?? (live() ? ask(current) : null))
        .then((state) => {
          if (!live()) return;
          if (state) return run(banner);
          if (background.lost) lose(banner);
          else banner.status(say("bannerFailed"), "error");
        })
        .catch((error: unknown) => {
          logOnce("error", `Debrief: an action failed (${describe(error)}).`);
          if (live()) banner.status(say("bannerFailed"), "error");
        })
        .finally(() => {
          if (live()) banner.setBusy(false);
        });
    };

    /** The background's answer; on none, the banner says why, and this gives null. */
    const answer = async <T>(banner: Banner, reply: Promise<T | null>): Promise<T | null> => {
      const value = await reply;
      if (value !== null || !live()) return live() ? value : null;
      if (background.lost) lose(banner);
      else banner.status(say("bannerFailed"), "error");
      return null;
    };

    const show = (
      banner: Banner,
      state: RejectionState,
      words: string,
      tone: "success" | "info",
    ) => {
      current.view = { ...current.view, state };
      banner.update(current.view);
      if (words) banner.status(words, tone);
    };

    return {
      askForFeedback: act(async (banner) => {
        banner.status(say("bannerWriting"), "info");
        const rejection = current.rejection;
        const draft = await answer(
          banner,
          background.request({
            type: "draftFeedbackRequest",
            rejection,
            interviewId: interviewId(),
          }),
        );
        if (!draft) return;
        current.reply?.abort();
        const reply = new AbortController();
        current.reply = reply;
        const result = await client
          .replyWith(doc, current.messageId, draft.text, reply.signal)
          .catch((): ReplyResult => ({ ok: false, reason: "not-inserted" }));
        if (!live()) return;
        if (!result.ok) {
          logOnce(
            `reply:${result.reason}`,
            `Debrief: the feedback request was not typed (${result.reason}).`,
          );
          banner.status(say(REPLY_FAILURES[result.reason]), "error");
          return;
        }
        const state = await answer(
          banner,
          background.request({
            type: "feedbackRequestDrafted",
            rejection,
            interviewId: interviewId(),
          }),
        );
        if (state) show(banner, state, say("bannerDrafted"), "success");
      }),
      logOutcome: act(async (banner) => {
        const state = await answer(
          banner,
          background.request({
            type: "logRejection",
            rejection: current.rejection,
            interviewId: interviewId(),
          }),
        );
        if (state) show(banner, state, say("bannerLogged"), "success");
      }),
      notARejection: act(async (banner) => {
        const state = await answer(
          banner,
          background.request({ type: "notARejection", rejection: current.rejection }),
        );
        if (!state) return;
        dismissed.add(current.messageId);
        remove();
      }),
      chooseInterview: (id: number) =>
        act(async (banner) => {
          const state = await answer(
            banner,
            background.request({
              type: "chooseInterview",
              rejection: current.rejection,
              interviewId: id,
            }),
          );
          if (state) show(banner, state, say("bannerInterviewChosen"), "success");
        })(),
      createInterview: act(async (banner) => {
        const state = await answer(
          banner,
          background.request({
            type: "createInterviewFromRejection",
            rejection: current.rejection,
          }),
        );
        if (state) show(banner, state, say("bannerInterviewCreated"), "success");
      }),
    };
  }

  function lose(banner: Banner | null): void {
    orphaned = true;
    shown?.reply?.abort();
    banner?.disable(lostWords);
  }

  return {
    /** The tracker found a newly opened email. */
    opened(email: OpenedEmail): void {
      void opened(email);
    },
    /** The tracker found that no email is open any more. */
    closed(): void {
      generation++;
      remove();
    },
    check,
    /**
     * Reads a made-up English email once, when the page is idle: the English phrases are fetched
     * from the background and their index built on first use, which would otherwise fall on the
     * first rejection the user opens.
     */
    async warmUp(): Promise<void> {
      try {
        const email: OpenedEmail = {
          host: client.host,
          messageId: "",
          threadId: "",
          subject: "Your application",
          from: { name: "", address: "" },
          body: "Thank you for your interest. Unfortunately we have decided not to move forward.",
        };
        await options.detect(email);
      } catch {
        // Only a head start; the real email is read all the same.
      }
    },
    /**
     * The extension went away under this tab (the script is stopping): a banner on screen says to
     * reload the tab, and nothing more is done.
     */
    orphan(): void {
      generation++;
      lose(shown?.banner ?? null);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
