import { describe, expect, it } from "vitest";
import { classify, classifyByRules, createClassifier } from "../../../src/core/detect";
import { en } from "../../../src/core/detect/phrases/en";
import { es } from "../../../src/core/detect/phrases/es";

describe("deciding what is a rejection", () => {
  it("calls a plain rejection one, and says why", () => {
    const verdict = classify({
      subject: "Your application to Quarry Labs",
      body: "Hi Sam,\n\nThank you for applying for the Analyst role. After careful review we have decided not to move forward with your application.\n\nBest,\nRiya",
    });
    expect(verdict).toMatchObject({
      verdict: "rejection",
      kind: "rejection_after_application",
      language: "en",
    });
    expect(verdict.reasons[0]?.phrase).toBe("not to move forward");
  });

  it("does not count a rejection stated as a condition", () => {
    const verdict = classify({
      subject: "We received your application",
      body: "Thanks for applying for the Analyst position. If you are not selected for an interview, we will keep your CV on file.",
    });
    expect(verdict.verdict).toBe("not_rejection");
    expect(verdict.reasons.some((reason) => reason.signal === "conditional")).toBe(true);
  });

  it("does not count a rejection of something other than a job", () => {
    const verdict = classify({
      subject: "Your booking request",
      body: "We regret to inform you that your booking request was not successful, as the room is reserved.",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it.each([
    [
      "en",
      "Hiring paused for the Buyer role",
      "Dear Lee,\n\nWe have paused hiring for the Buyer role while the team is reorganised. This doesn't mean your application has been unsuccessful: it remains active, and you will not need to reapply.\n\nKind regards,\nOrrin Foods Recruitment",
    ],
    [
      "es",
      "Proceso en pausa",
      "Hola, Marta:\n\nHemos pausado la contratación para el puesto de Comprador. Esto no significa que tu candidatura haya sido descartada: tu candidatura sigue activa y te escribiremos en cuanto se reanude.\n\nUn saludo,\nSelección, Orrin",
    ],
  ])(
    "does not read a pause that keeps the application alive as a rejection (%s)",
    (_, subject, body) => {
      expect(classifyByRules({ subject, body }).verdict).toBe("not_rejection");
    },
  );

  it.each([
    [
      "en",
      "Your application",
      "Dear Sam,\n\nThank you for applying for the Analyst role. We don't mean to discourage you, but we have decided not to move forward with your application.\n\nRegards,\nHR",
    ],
    [
      "en",
      "Your application",
      "Dear Sam,\n\nThank you for applying for the Analyst role. Unfortunately we have decided not to move forward with your application. There is no need to reapply: your profile remains active in our talent pool.\n\nRegards,\nHR",
    ],
    [
      "es",
      "Tu candidatura",
      "Hola Ana:\n\nGracias por postularte al puesto de Analista. Lamentablemente hemos decidido continuar con otros candidatos. No necesitas volver a postular: tu perfil sigue activo en nuestra base de datos.\n\nSaludos,\nRRHH",
    ],
  ])(
    "still reads a no that keeps the profile in a talent pool, or says it means no harm, as a rejection (%s)",
    (_, subject, body) => {
      expect(classifyByRules({ subject, body }).verdict).toBe("rejection");
    },
  );

  it("does not read a denied verdict as one", () => {
    const verdict = classifyByRules({
      subject: "Re: Status of my application",
      body: "Hi Jo,\n\nTo put your mind at rest: your application has certainly not been rejected. Two interviewers were off sick, so the Analyst role's timeline slipped by a week.\n\nBest,\nPriya",
    });
    expect(verdict.verdict).toBe("not_rejection");
    expect(verdict.reasons.some((reason) => reason.signal === "negated")).toBe(true);
  });

  it("reads an English negation that is a common word of the email's language as that language's word", () => {
    // Portuguese "no" is "in the": the no below is not negated by it.
    const verdict = classifyByRules({
      subject: "Processo seletivo – Analista",
      body: "Olá, Rita,\n\nObrigado pelo seu tempo nas entrevistas. A sua participação no processo se encerra aqui.\n\nAbraço,\nEquipe de Recrutamento",
    });
    expect(verdict.language).toBe("pt");
    expect(verdict.verdict).toBe("rejection");
    expect(verdict.reasons.some((reason) => reason.signal === "negated")).toBe(false);
  });

  it("turns hopeful words around when a negation stands before them", () => {
    const verdict = classify({
      subject: "Analyst position",
      body: "Thank you for applying. We will not be inviting you to an interview for this role.",
    });
    expect(verdict.verdict).toBe("rejection");
  });

  it("reads a promise made on a condition as an acknowledgement, not an invitation", () => {
    const verdict = classify({
      subject: "Thanks for applying",
      body: "We have received your application for the Analyst position. If your experience matches, we will invite you to an interview.",
    });
    expect(verdict).toMatchObject({ verdict: "not_rejection", kind: "application_received" });
  });

  it("reads only the newest message of a reply", () => {
    const verdict = classify({
      subject: "Re: Next steps",
      body: "Great, Thursday at 10 works for me.\n\nOn Mon, 2 Mar 2026, Riya <riya@quarry.example> wrote:\n> Unfortunately we have decided to move forward with other candidates for the role.",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("tells a rejection after an interview from one after an application", () => {
    const verdict = classify({
      subject: "Following your interview",
      body: "Thank you for interviewing with us last week. We have decided to pursue other candidates for the position.",
    });
    expect(verdict.kind).toBe("rejection_after_interview");
  });

  it("gives a low confidence to what it calls a rejection only just", () => {
    const sure = classify({
      subject: "",
      body: "We regret to inform you that we will not be moving forward with your application for the role. Unfortunately the position has been filled.",
    });
    const barely = classify({ subject: "", body: "The position has been filled." });
    expect(sure.verdict).toBe("rejection");
    expect(barely.verdict).toBe("rejection");
    expect(sure.confidence).toBeGreaterThan(barely.confidence);
  });
});

describe("a classifier given only some languages", () => {
  const spanishRejection = {
    subject: "Tu candidatura",
    body: "Hola Ana, gracias por tu interés en el puesto. Tras revisar los perfiles, hemos decidido continuar con otros candidatos. Te deseamos mucha suerte.",
  };

  it("reads an email in a language it has no phrases for as English, and calls nothing", () => {
    expect(createClassifier({ en })(spanishRejection).verdict).toBe("not_rejection");
  });

  it("reads it once the language's phrases arrive", () => {
    const books: Parameters<typeof createClassifier>[0] = { en };
    const judge = createClassifier(books);
    books.es = es;
    expect(judge(spanishRejection)).toMatchObject({ verdict: "rejection", language: "es" });
  });
});

describe("warm words that look like a no", () => {
  it.each([
    "We can't wait to move forward with your application for the Analyst role!",
    "Don't worry, we'll move forward with your application for the role next week.",
    "The team would like to move forward with a technical interview for the Analyst position.",
    "I can't say it's a match yet: the team is still interviewing for the role.",
  ])("%s is no rejection", (body) => {
    expect(classify({ subject: "Your application", body }).verdict).toBe("not_rejection");
  });

  it("a no set aside as a condition does not hide the real no after it", () => {
    const verdict = classify({
      subject: "Analyst role",
      body: "Thank you for applying to the Analyst role. We said that if we decided not to move forward, we would tell you. Sadly, after the final round, we have decided not to move forward with your application.",
    });
    expect(verdict.verdict).toBe("rejection");
  });
});

describe("the sender", () => {
  const body =
    "Hi Sam, thanks for your time last week. We're going to pass for now. All the best, Ravi";

  // The rules alone: where they name no dealing, the learned model may still judge the words.
  it("tells a recruiting mailbox's terse no from the same words from anyone else", () => {
    expect(classifyByRules({ subject: "Quick update", body }).verdict).toBe("not_rejection");
    expect(
      classifyByRules({
        subject: "Quick update",
        body,
        from: { name: "Quarry Labs Hiring", address: "hiring@quarry.example" },
      }).verdict,
    ).toBe("rejection");
  });
});

describe("a verdict in the subject alone", () => {
  it("is read from the subject's first word, when the mail is about a job", () => {
    const verdict = classify({
      subject: "Unsuccessful: Warehouse Operative – Ref 2231",
      body: "Please sign in to your applicant account to see more about your application for this position.",
    });
    expect(verdict.verdict).toBe("rejection");
    expect(verdict.reasons[0]).toMatchObject({ field: "subject", phrase: "Unsuccessful" });
  });

  it("is not read from a word further in", () => {
    const verdict = classify({
      subject: "Newsletter: unsuccessful interviews, and what they teach",
      body: "Our newsletter on job search, this week about the position you want next.",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("is not read from a headline that opens with the word", () => {
    const body =
      "Die Artikel der Woche für Ihre Bewerbung auf die nächste Stelle: Gehalt, Anschreiben, Probezeit.";
    const headline = classifyByRules({
      subject: "Absage entschlüsselt: was Personaler meinen",
      body,
    });
    expect(headline.verdict).toBe("not_rejection");
    for (const subject of ["Absage zu Ihrer Bewerbung", "Absage: Werkstudent Logistik", "Absage"]) {
      expect(classifyByRules({ subject, body }).verdict).toBe("rejection");
    }
  });
});

describe("refusals of other dealings", () => {
  const refusals: [string, string, string][] = [
    [
      "en",
      "Hollins Poetry Prize – results",
      "Dear Ana,\n\nThank you for entering the Hollins Poetry Prize. The judges read 900 entries and we regret to tell you that your poems were not selected for the shortlist.\n\nBest wishes,\nThe Prize Team",
    ],
    [
      "de",
      "Ihr Beitrag zum Kurzgeschichtenwettbewerb",
      "Liebe Frau Brandt,\n\nvielen Dank für Ihre Einreichung zum Literaturpreis der Stadt. Leider müssen wir Ihnen mitteilen, dass die Jury Ihren Text nicht berücksichtigt hat.\n\nMit freundlichen Grüßen\nKulturamt",
    ],
    [
      "nl",
      "Uw subsidieaanvraag",
      "Geachte heer Jansen,\n\nHelaas moeten wij u laten weten dat uw subsidieaanvraag niet is geselecteerd. Het fonds ontving dit jaar veel meer aanvragen dan het kon toekennen.\n\nMet vriendelijke groet,\nFonds Podiumkunsten",
    ],
    [
      "es",
      "Tu propuesta de charla",
      "Hola Luis:\n\nGracias por enviar tu propuesta al congreso. Lamentamos comunicarte que no ha sido seleccionada para el programa de ponencias de este año.\n\nUn saludo,\nComité del congreso",
    ],
    [
      "fr",
      "Votre dossier de location",
      "Bonjour Madame Petit,\n\nNous vous remercions pour votre dossier. Le propriétaire a malheureusement retenu un autre locataire pour l'appartement de la rue Haute.\n\nCordialement,\nAgence du Centre",
    ],
    [
      "it",
      "Esito della richiesta di mutuo",
      "Gentile signor Rossi,\n\nla informiamo che la sua richiesta di mutuo per l'immobile di via Roma non è stata accolta.\n\nCordiali saluti,\nBanca del Lago",
    ],
    [
      "pt",
      "Resultado – Festival de Curtas",
      "Olá, Marta!\n\nObrigado por inscrever o seu filme no festival. Infelizmente, a sua curta não foi selecionada para a mostra competitiva deste ano.\n\nAbraço,\nEquipe do festival",
    ],
  ];

  it.each(refusals)(
    "in %s, names another dealing and is no job rejection: %s",
    (_language, subject, body) => {
      const verdict = classify({ subject, body });
      expect(verdict.verdict).toBe("not_rejection");
      expect(verdict.about).toBe("other");
    },
  );
});

describe("a choice that fell on someone else", () => {
  it.each([
    [
      "en",
      "Hi Ola,\n\nThanks for the two conversations last month. In the end the directors appointed a finalist from the partner network for the Treasury Lead opening.\n\nWarm wishes,\nMeg",
    ],
    [
      "de",
      "Hallo Jonas,\n\ndanke für das Gespräch am Freitag. Nach langem Hin und Her fiel die Wahl der Geschäftsführung auf eine andere Person aus dem Team.\n\nGruß\nIlse",
    ],
    [
      "nl",
      "Hoi Lotte,\n\nBedankt voor je komst vorige week. Het team heeft besloten de functie toe te vertrouwen aan een andere kandidaat uit de eigen regio.\n\nGroet,\nWouter",
    ],
    [
      "it",
      "Ciao Sara,\n\ngrazie per il colloquio di giovedì. Alla fine il direttore ha scelto un'altra candidata per il ruolo di buyer.\n\nUn saluto,\nPiero",
    ],
    [
      "pt",
      "Olá Tiago,\n\nobrigado pela conversa de ontem. A direção acabou por escolher outra pessoa para a vaga de analista.\n\nAbraço,\nMarta",
    ],
  ])("reads a no in %s when no phrase says it", (_language, body) => {
    const verdict = classifyByRules({ subject: "", body });
    expect(verdict.verdict).toBe("rejection");
    expect(verdict.about).toBe("job");
  });

  it("is no no when the same sentence moves the reader on", () => {
    const verdict = classifyByRules({
      subject: "Final round",
      body: "Hi Ola,\n\nWe have decided to invite you to the final round, together with one other candidate.\n\nBest,\nMeg",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it.each([
    [
      "en",
      "Shortlist update",
      "Hi Ola,\n\nQuick news on the Planner role: the client decided not to proceed with the remaining applicants on the longlist, so you are one of two left. They would like to meet on Friday at 10.\n\nBest,\nMeg",
    ],
    [
      "fr",
      "Poste de gestionnaire de paie",
      "Bonjour Ola,\n\nNous avons reçu quarante dossiers. La grande majorité n'a pas été retenue, mais votre parcours nous intéresse. Pourriez-vous passer jeudi à 14 h ?\n\nCordialement,\nMeg",
    ],
  ])(
    "is no no to the reader when the no is said of the other candidates (%s)",
    (_, subject, body) => {
      const verdict = classifyByRules({ subject, body });
      expect(verdict.verdict).toBe("not_rejection");
      expect(verdict.reasons.some((reason) => reason.signal === "aboutOthers")).toBe(true);
    },
  );

  it("stays a no when the reader is named beside the other candidates", () => {
    for (const body of [
      "Bonjour Ola,\n\nAprès comparaison avec les autres profils reçus, nous ne poursuivrons pas le processus avec vous pour ce poste.\n\nCordialement,\nMeg",
      "Hi Ola,\n\nThanks for applying for the Planner role. We will not be moving your application forward, as other candidates matched the brief more closely.\n\nBest,\nMeg",
    ]) {
      expect(classifyByRules({ subject: "Your application", body }).verdict).toBe("rejection");
    }
  });

  it("is no no when the choice comes after the other person", () => {
    const verdict = classifyByRules({
      subject: "Your application",
      body: "Hi Ola,\n\nWe are meeting other candidates this week and have decided to keep you in the process.\n\nBest,\nMeg",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });
});

describe("what is asked, kept open, or answered later", () => {
  it("does not read a no in a question", () => {
    const verdict = classifyByRules({
      subject: "Weren't selected for the role? Three roles picked for you",
      body: "Hi Dev,\n\nHere are this week's openings that match your profile. Unsubscribe at any time.",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("reads a concession as said, and a condition as not yet said", () => {
    const said = classifyByRules({
      subject: "La tua candidatura – Sviluppatore backend",
      body: "Ciao Nadia,\n\nanche se avrei preferito dirtelo a voce, per il ruolo di sviluppatore backend la scelta è andata su un'altra persona.\n\nUn abbraccio,\nGiulia",
    });
    expect(said.verdict).toBe("rejection");
    const notYet = classifyByRules({
      subject: "La tua candidatura – Sviluppatore backend",
      body: "Ciao Nadia,\n\nse per il ruolo di sviluppatore backend la scelta andasse su un'altra persona, te lo diremo entro venerdì.\n\nUn abbraccio,\nGiulia",
    });
    expect(notYet.verdict).toBe("not_rejection");
  });

  it("keeps an application that stays active from being a no, even beside a paused search", () => {
    const verdict = classifyByRules({
      subject: "Hiring paused – Buyer",
      body: "Hi Lee,\n\nWe have put the Buyer search on hold until the spring. Your application remains active and we will pick it up then.\n\nRegards,\nOrrin Foods Recruitment",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("does not call a reply in the reader's own feedback thread a new no", () => {
    const body =
      "Hi Sam,\n\nHappy to share more. The panel went with another candidate mainly because of their depth in pricing models; your case study was strong.\n\nBest,\nRiya";
    expect(classifyByRules({ subject: "Re: Feedback on my interview", body }).verdict).toBe(
      "not_rejection",
    );
    expect(classifyByRules({ subject: "Your interview at Quarry Labs", body }).verdict).toBe(
      "rejection",
    );
  });

  it("does not call the reader's own request for feedback a no, in any language", () => {
    // The candidate writes: the no they recall was given already.
    const own = [
      {
        subject: "Demande de retour suite à mon entretien",
        body: "Bonjour Monsieur Girard,\n\nVous m'avez informé vendredi que ma candidature au poste de technicien n'avait pas été retenue. Serait-il possible d'avoir quelques éléments de retour ?\n\nCordialement,\nFlorian",
      },
      {
        subject: "Rückmeldung zu meiner Bewerbung als Buchhalterin",
        body: "Guten Tag Frau Lenz,\n\nvielen Dank für Ihre Nachricht. Schade, dass Sie sich für eine andere Bewerberin entschieden haben. Könnten Sie mir sagen, woran es lag?\n\nViele Grüße\nAnna Keller",
      },
    ];
    for (const email of own) expect(classifyByRules(email).verdict).toBe("not_rejection");
    // The employer's subject speaks of the reader's interview, not the writer's.
    expect(
      classifyByRules({
        subject: "Retour sur votre entretien",
        body:
          own[0]?.body.replace(
            "Vous m'avez informé vendredi que ma",
            "Nous sommes au regret de vous informer que votre",
          ) ?? "",
      }).verdict,
    ).toBe("rejection");
  });

  it("does not read 'neither accepted nor turned down' as a no", () => {
    const pending = [
      "Bonjour Madame Caron,\n\nLe poste attire plus de candidatures que prévu. Votre dossier n'est ni retenu ni écarté à ce stade ; la décision suivra fin octobre.\n\nDirection",
      "Guten Tag Frau Lenz,\n\nIhre Bewerbung als Buchhalterin wurde bisher weder angenommen noch abgelehnt. Wir melden uns Ende Oktober.\n\nPersonalabteilung",
    ];
    for (const body of pending) {
      expect(classifyByRules({ subject: "Bewerbung / Candidature", body }).verdict).toBe(
        "not_rejection",
      );
    }
    // A "neither … nor" elsewhere in the email leaves a no standing.
    expect(
      classifyByRules({
        subject: "Ihre Bewerbung",
        body: "Guten Tag Frau Lenz,\n\nIhre Bewerbung als Buchhalterin wurde leider abgelehnt. Weder Ihre Unterlagen noch das Gespräch waren der Grund, sondern die Erfahrung.\n\nPersonalabteilung",
      }).verdict,
    ).toBe("rejection");
  });

  it("does not call the writer's own no a no to the reader, nor a room given to someone else", () => {
    expect(
      classifyByRules({
        subject: "Vraag om feedback",
        body: "Beste mevrouw De Wit,\n\nVorige week hoorde ik dat ik niet ben geselecteerd voor de functie van teamleider. Zou u mij willen vertellen wat de doorslag gaf?\n\nMet vriendelijke groet,\nSanne",
      }).verdict,
    ).toBe("not_rejection");
    expect(
      classifyByRules({
        subject: "Re: the room",
        body: "Hi Sam,\n\nThanks for coming to the viewing on Sunday. We've decided to go with someone else as our new flatmate, who can take the room sooner. Sorry!\n\nJo",
      }),
    ).toMatchObject({ verdict: "not_rejection", about: "other" });
    // The choice names the dealing itself, and nothing else in the email names a job.
    expect(
      classifyByRules({
        subject: "Sunday",
        body: "Hi Sam,\n\nThanks for Sunday. We've decided to go with someone else as our new flatmate. Sorry!\n\nJo",
      }).about,
    ).toBe("other");
  });

  it("does not read a choice that fell on the reader as a no", () => {
    for (const body of [
      "Bonjour Madame Weber,\n\nMerci pour notre premier échange. Nous souhaitons poursuivre le processus avec vous : le second entretien aura lieu lundi.\n\nRessources humaines",
      "Bonjour Marta,\n\nAprès les entretiens pour le poste de comptable, notre choix s'est porté sur votre candidature. Nous vous appelons demain.\n\nRH",
      "Ciao Marta,\n\nla nostra scelta per la posizione di analista è caduta su di te. Ti chiamiamo domani.\n\nHR",
    ]) {
      expect(classifyByRules({ subject: "Candidature", body }).verdict).toBe("not_rejection");
    }
    for (const body of [
      "Bonjour,\n\nNous poursuivrons le processus avec les personnes dont l'expérience correspond plus directement aux besoins du poste.\n\nÉquipe RH",
      "Gentile Prof.ssa Conti,\n\ndopo il colloquio per la cattedra, la scelta è caduta su un altro docente.\n\nLa Presidenza",
    ]) {
      expect(classifyByRules({ subject: "Candidature", body }).verdict).toBe("rejection");
    }
  });

  it("does not count a panel as job words when the email names a grant", () => {
    const verdict = classifyByRules({
      subject: "Outcome of your grant application",
      body: "Dear Dr Ames,\n\nThe panel met on 3 May. We regret to inform you that your application has not been successful on this occasion.\n\nGrants Office",
    });
    expect(verdict.verdict).toBe("not_rejection");
    expect(verdict.about).toBe("other");
  });
});

describe("what is reported, or long past", () => {
  it("reads a no quoted in single marks as reported, not said", () => {
    const verdict = classifyByRules({
      subject: "guess what",
      body: "Hey Jo,\n\nThe bakery finally wrote back: 'we have decided to move forward with other candidates'. Three rounds for that!\n\nDrinks on Friday?\nSam",
    });
    expect(verdict.verdict).toBe("not_rejection");
    expect(verdict.reasons.some((reason) => reason.signal === "quoted")).toBe(true);
  });

  it("still reads a no whose words are only elided with an apostrophe", () => {
    const verdict = classifyByRules({
      subject: "Je sollicitatie",
      body: "Beste Anne,\n\nBedankt voor het gesprek van 's ochtends. We hebben gekozen voor een andere kandidaat.\n\nGroet,\nHR",
    });
    expect(verdict.verdict).toBe("rejection");
  });

  it("does not read last year's no, recalled before a new role, as news", () => {
    const verdict = classifyByRules({
      subject: "A role that fits you better",
      body: "Hi Noor,\n\nLast year the client went with another candidate for the analyst role. Today I have a lead role in Leeds that suits you; would you be interested?\n\nBest,\nTom, Fairway Talent",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("is no no when the choice fell on the reader", () => {
    const verdict = classifyByRules({
      subject: "Ihr Vertragsangebot",
      body: "Sehr geehrte Frau Berg,\n\nwir haben uns aus vielen Mitbewerbern für Sie entschieden und freuen uns auf die Zusammenarbeit.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("counts a job title as a job, unless another dealing is named", () => {
    const body =
      "Hi Dana,\n\nThanks for your time last week. We're not able to take this further, and we wish you well.\n\nLee, Senior Designer";
    expect(classifyByRules({ subject: "", body }).verdict).toBe("rejection");
    expect(classifyByRules({ subject: "Your grant application", body }).verdict).toBe(
      "not_rejection",
    );
  });
});

describe("a no followed by a long newsletter", () => {
  it("stays a no however often the newsletter names a podcast, an award or a flat", () => {
    const tail = Array.from(
      { length: 300 },
      (_, i) =>
        `Podcast episode ${i}: an award-winning guest on flat hierarchies and procurement. Read more online.`,
    ).join("\n");
    const verdict = classifyByRules({
      subject: "Your application to Fernleaf Analytics",
      body: `Hi Sam,\n\nThank you for your interest in the Data Engineer role. After careful consideration we have decided to move forward with other candidates.\n\nKind regards,\nPriya\n\n${tail}`,
    });
    expect(verdict.verdict).toBe("rejection");
  });
});
