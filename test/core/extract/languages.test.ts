import { describe, expect, it } from "vitest";
import type { EmailInput } from "../../../src/core/detect/types";
import { type Extraction, extract } from "../../../src/core/extract";

// Every person, company and address here is invented.
const now = new Date(2026, 8, 1);

interface Example {
  name: string;
  email: EmailInput;
  expected: Partial<Extraction>;
}

const examples: Record<string, Example[]> = {
  en: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Your application for Senior Product Analyst at Lumen Analytics",
        from: { name: "Maya Okafor", address: "maya.okafor@lumen-analytics.com" },
        body: "Dear Jordan,\n\nThank you for taking the time to interview with us for the Senior Product Analyst role. It was a pleasure to speak with you on 2 October.\n\nAfter careful consideration, we have decided not to move forward with your application at this time.\n\nBest,\nMaya\n\nMaya Okafor\nAnalytics Lead, Lumen Analytics",
      },
      expected: {
        company: "Lumen Analytics",
        role: "Senior Product Analyst",
        senderFirstName: "Maya",
        recipientFirstName: "Jordan",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Interview invitation: Backend Engineer",
        from: { name: "Northwind Careers", address: "no-reply@us.greenhouse-mail.io" },
        body: "Hi Sam,\n\nThanks for applying to Northwind Traders! We'd love to invite you to a technical interview for the Backend Engineer position on Thursday, October 15th at 2:30 pm (CET).\n\nYou'll meet Tomás Ferreira, our Head of Platform, and Anna Kowalski (Staff Engineer).\n\nPlease confirm by 10/10/2026.\n\nCheers,\nPriya Raman\nThe Northwind Talent Team",
      },
      expected: {
        company: "Northwind Traders",
        role: "Backend Engineer",
        senderFirstName: "Priya",
        recipientFirstName: "Sam",
        people: [
          { name: "Tomás Ferreira", role: "Head of Platform" },
          { name: "Anna Kowalski", role: "Staff Engineer" },
        ],
        interviewDate: { date: "2026-10-15", time: "14:30" },
      },
    },
  ],
  de: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Ihre Bewerbung als Data Engineer (m/w/d) – Ref. 2026-114",
        from: { name: "Kranich Logistik GmbH", address: "bewerbung@kranich-logistik.de" },
        body: "Sehr geehrter Herr Becker,\n\nvielen Dank für das angenehme Gespräch am 2. Oktober und Ihr Interesse an der Position als Data Engineer (m/w/d) bei der Kranich Logistik GmbH.\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\n\nLena Hoffmann\nPersonalabteilung",
      },
      expected: {
        company: "Kranich Logistik GmbH",
        role: "Data Engineer",
        senderFirstName: "Lena",
        recipientFirstName: "",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Einladung zum Vorstellungsgespräch",
        from: { name: "Anna Weber", address: "anna.weber@kranich-logistik.de" },
        body: "Hallo Jonas,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle als Softwareentwickler (m/w/d) einzuladen: am Donnerstag, den 15. Oktober um 14 Uhr. Sie sprechen mit Frau Dr. Katrin Vogel, unserer Leiterin Entwicklung, und Herrn Paul Schmitt.\n\nViele Grüße\nAnna Weber\nRecruiting-Team der Kranich Logistik GmbH",
      },
      expected: {
        company: "Kranich Logistik GmbH",
        role: "Softwareentwickler",
        senderFirstName: "Anna",
        recipientFirstName: "Jonas",
        people: [{ name: "Katrin Vogel", role: "Leiterin Entwicklung" }, { name: "Paul Schmitt" }],
        interviewDate: { date: "2026-10-15", time: "14:00" },
      },
    },
  ],
  fr: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Votre candidature",
        from: { name: "Sophie Durand", address: "s.durand@bellerive.fr" },
        body: "Bonjour Camille,\n\nNous vous remercions pour votre entretien du 2 octobre pour le poste de chargée de communication (H/F) chez Maison Bellerive.\n\nMalheureusement, nous ne donnerons pas suite à votre candidature.\n\nCordialement,\nSophie Durand\nResponsable RH",
      },
      expected: {
        company: "Maison Bellerive",
        role: "chargée de communication",
        senderFirstName: "Sophie",
        recipientFirstName: "Camille",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Invitation à un entretien",
        from: { name: "Nova Santé Recrutement", address: "recrutement@nova-sante.fr" },
        body: "Bonjour Léa,\n\nSuite à votre candidature pour le poste de Développeur Full-Stack, nous souhaitons vous rencontrer le jeudi 15 octobre à 14h30 pour un entretien avec Claire Martin, notre directrice technique, et Hugo Petit.\n\nBien cordialement,\nL'équipe recrutement de Nova Santé",
      },
      expected: {
        company: "Nova Santé",
        role: "Développeur Full-Stack",
        senderFirstName: "",
        recipientFirstName: "Léa",
        people: [{ name: "Claire Martin", role: "directrice technique" }, { name: "Hugo Petit" }],
        interviewDate: { date: "2026-10-15", time: "14:30" },
      },
    },
  ],
  es: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Tu candidatura",
        from: { name: "Vientos del Sur via Workday", address: "vientosdelsur@myworkday.com" },
        body: "Hola Lucía:\n\nGracias por tu interés en el puesto de Analista de Datos y por la entrevista del pasado 2 de octubre con Pablo Ortega.\n\nLamentablemente, hemos decidido continuar con otros candidatos.\n\nUn saludo,\nMarta Gil\nEquipo de Selección de Vientos del Sur",
      },
      expected: {
        company: "Vientos del Sur",
        role: "Analista de Datos",
        senderFirstName: "Marta",
        recipientFirstName: "Lucía",
        people: [{ name: "Pablo Ortega" }],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Entrevista",
        from: { name: "Javier López", address: "jlopez@grupoaltamar.es" },
        body: "Estimado Diego:\n\nNos complace invitarte a una entrevista para el puesto de Ingeniero de Software en Grupo Altamar el jueves 15 de octubre a las 10:30 con Carmen Ruiz, nuestra directora de ingeniería.\n\nSaludos cordiales,\nJavier López",
      },
      expected: {
        company: "Grupo Altamar",
        role: "Ingeniero de Software",
        senderFirstName: "Javier",
        recipientFirstName: "Diego",
        people: [{ name: "Carmen Ruiz", role: "directora de ingeniería" }],
        interviewDate: { date: "2026-10-15", time: "10:30" },
      },
    },
  ],
  pt: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Processo seletivo",
        from: { name: "Aurora Tech", address: "talentos@auroratech.com.br" },
        body: "Olá Rafael,\n\nAgradecemos a sua participação na entrevista do dia 2 de outubro para a vaga de Engenheiro de Dados na Aurora Tech.\n\nInfelizmente, decidimos seguir com outros candidatos.\n\nAtenciosamente,\nAna Ribeiro\nEquipe de Recrutamento",
      },
      expected: {
        company: "Aurora Tech",
        role: "Engenheiro de Dados",
        senderFirstName: "Ana",
        recipientFirstName: "Rafael",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Convite para entrevista",
        from: { name: "Mariana Lima", address: "mariana@ondaazul.com.br" },
        body: "Oi Beatriz,\n\nGostaríamos de convidá-la para uma entrevista para a vaga de Designer de Produto na quinta-feira, 15 de outubro, às 14h, com Pedro Santos e Juliana Costa.\n\nAbraços,\nMariana\nEquipe de Talentos da Onda Azul",
      },
      expected: {
        company: "Onda Azul",
        role: "Designer de Produto",
        senderFirstName: "Mariana",
        recipientFirstName: "Beatriz",
        people: [{ name: "Pedro Santos" }, { name: "Juliana Costa" }],
        interviewDate: { date: "2026-10-15", time: "14:00" },
      },
    },
  ],
  nl: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Je sollicitatie",
        from: { name: "Joris Bakker", address: "joris.bakker@polderbank.nl" },
        body: "Beste Sanne,\n\nBedankt voor het prettige gesprek van 2 oktober over de functie van Data Analist bij Polderbank. Helaas hebben we besloten om niet verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nJoris Bakker\nTeam Werving & Selectie",
      },
      expected: {
        company: "Polderbank",
        role: "Data Analist",
        senderFirstName: "Joris",
        recipientFirstName: "Sanne",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Uitnodiging sollicitatiegesprek",
        from: { name: "Tulp Energie Recruitment", address: "recruitment@tulpenergie.nl" },
        body: "Hoi Daan,\n\nWe nodigen je graag uit voor een sollicitatiegesprek voor de functie van Product Owner op donderdag 15 oktober om 14.00 uur. Je spreekt met Pieter de Vries, onze CTO, en Eva Jansen.\n\nGroeten,\nLotte\nRecruitment | Tulp Energie",
      },
      expected: {
        company: "Tulp Energie",
        role: "Product Owner",
        senderFirstName: "Lotte",
        recipientFirstName: "Daan",
        people: [{ name: "Pieter de Vries", role: "CTO" }, { name: "Eva Jansen" }],
        interviewDate: { date: "2026-10-15", time: "14:00" },
      },
    },
  ],
  it: [
    {
      name: "rejection after an interview",
      email: {
        subject: "Esito del colloquio",
        from: { name: "Giulia Ferri", address: "giulia.ferri@lanternasoftware.it" },
        body: "Gentile Marco,\n\nla ringraziamo per il colloquio del 2 ottobre per la posizione di Sviluppatore Backend presso Lanterna Software.\n\nPurtroppo abbiamo deciso di proseguire con altri candidati.\n\nCordiali saluti,\nGiulia Ferri\nUfficio Risorse Umane",
      },
      expected: {
        company: "Lanterna Software",
        role: "Sviluppatore Backend",
        senderFirstName: "Giulia",
        recipientFirstName: "Marco",
        people: [],
        interviewDate: { date: "2026-10-02" },
      },
    },
    {
      name: "invitation",
      email: {
        subject: "Invito a colloquio",
        from: { name: "Francesca Romano", address: "francesca@veladigitale.it" },
        body: "Ciao Elena,\n\nsiamo lieti di invitarti a un colloquio per il ruolo di Data Scientist giovedì 15 ottobre alle 14:00. Incontrerai Luca Bianchi, il nostro responsabile tecnico.\n\nA presto,\nFrancesca\nTeam Selezione Vela Digitale",
      },
      expected: {
        company: "Vela Digitale",
        role: "Data Scientist",
        senderFirstName: "Francesca",
        recipientFirstName: "Elena",
        people: [{ name: "Luca Bianchi", role: "responsabile tecnico" }],
        interviewDate: { date: "2026-10-15", time: "14:00" },
      },
    },
  ],
};

describe.each(Object.entries(examples))("extract, %s", (_language, cases) => {
  it.each(cases)("$name", ({ email, expected }) => {
    const extraction = extract(email, { now });
    expect(extraction).toMatchObject(expected);
    for (const date of extraction.dates)
      expect(email.body.slice(date.start, date.end)).toBe(date.text);
  });
});
