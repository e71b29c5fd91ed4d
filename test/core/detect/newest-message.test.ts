import { describe, expect, it } from "vitest";
import { newestMessageEnd } from "../../../src/core/detect/newest-message";

const newest = (body: string) => body.slice(0, newestMessageEnd(body));

describe("only the newest message counts", () => {
  it("stops at a Gmail attribution, even one wrapped over two lines", () => {
    const body =
      "Thanks, see you Tuesday.\n\nOn Mon, 2 Mar 2026 at 09:10, Ana Ruiz <ana@brightwell.example>\nwrote:\n> Unfortunately we will not move forward.";
    expect(newest(body)).toBe("Thanks, see you Tuesday.\n\n");
  });

  it.each([
    ["es", "El lun, 2 mar 2026 a las 9:10, Ana Ruiz <ana@x.example> escribió:"],
    ["fr", "Le lun. 2 mars 2026 à 09:10, Ana Ruiz <ana@x.example> a écrit :"],
    ["de", "Am Mo., 2. März 2026 um 09:10 Uhr schrieb Ana Ruiz <ana@x.example>:"],
    ["pt", "Em seg., 2 de mar. de 2026 às 09:10, Ana Ruiz <ana@x.example> escreveu:"],
    ["nl", "Op ma 2 mrt 2026 om 09:10 schreef Ana Ruiz <ana@x.example>:"],
    ["it", "Il giorno lun 2 mar 2026 alle ore 09:10 Ana Ruiz <ana@x.example> ha scritto:"],
  ])("stops at the %s attribution", (_language, attribution) => {
    expect(newest(`Hello.\n${attribution}\n> old text`)).toBe("Hello.\n");
  });

  it("stops at Outlook's header block, in English and in German", () => {
    expect(newest("Danke!\n\nFrom: Ana Ruiz\nSent: Monday\nTo: Sam\nSubject: x\n\nold")).toBe(
      "Danke!\n\n",
    );
    expect(newest("Danke!\nVon: Ana Ruiz\nGesendet: Montag\nAn: Sam\n\nalt")).toBe("Danke!\n");
  });

  it("stops at a forwarded or original-message separator", () => {
    expect(newest("FYI\n---------- Forwarded message ---------\nFrom: a")).toBe("FYI\n");
    expect(newest("See below\n-----Original Message-----\nold")).toBe("See below\n");
    for (const separator of [
      "-------- Weitergeleitete Nachricht --------",
      "---------- Mensaje reenviado ----------",
      "-------- Message transféré --------",
      "---------- Messaggio inoltrato ---------",
      "-------- Doorgestuurd bericht --------",
      "---------- Mensagem encaminhada ---------",
    ]) {
      expect(newest(`Schau mal:\n\n${separator}\nVon: a`)).toBe("Schau mal:\n\n");
    }
  });

  it("keeps a body that only mentions the words", () => {
    const body = "On Tuesday we met the team.\nFrom: our side, thanks.\nWe wrote: nothing yet.";
    expect(newest(body)).toBe(body);
  });
});
