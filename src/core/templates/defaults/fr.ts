import { type LanguageTemplates, lines } from "./types";

// French sets a non-breaking space before « : ; ? ! », so the mark never starts a line on its own.
const NBSP = "\u00a0";

export const fr: LanguageTemplates = {
  feedback_request: {
    name: "Demande de retour",
    subject: "Retour sur mon entretien[[ pour le poste {{role}}]]",
    body: lines(
      "Bonjour {{interviewer.firstName}},",
      "",
      "Merci pour votre message, et pour le temps que vous m'avez accordé lors de notre entretien[[ du {{interviewDate}}]][[ pour le poste {{role}}]][[ chez {{company}}]]. Même si la nouvelle me déçoit, j'ai beaucoup apprécié nos échanges.",
      "",
      `Si vous avez quelques minutes, vos retours me seraient précieux${NBSP}: qu'aurais-je pu faire mieux, et quelles compétences me conseilleriez-vous de renforcer pour ce type de poste${NBSP}?`,
      "",
      "J'espère que nous resterons en contact, et que nos chemins se croiseront à nouveau.",
      "",
      "Bien cordialement,",
      "{{myName}}",
    ),
  },
  thank_you: {
    name: "Remerciements",
    subject: "Merci pour notre entretien[[ – {{role}}]]",
    body: lines(
      "Bonjour {{interviewer.firstName}},",
      "",
      "Merci encore pour le temps que vous m'avez accordé lors de notre entretien[[ du {{interviewDate}}]][[ pour le poste {{role}}]][[ chez {{company}}]]. J'ai beaucoup apprécié d'en apprendre davantage sur l'équipe et ses projets, et cet échange a renforcé mon envie de vous rejoindre.",
      "",
      "Si je peux vous apporter d'autres éléments pour votre décision, n'hésitez pas à me le faire savoir.",
      "",
      "Bien cordialement,",
      "{{myName}}",
    ),
  },
  check_in: {
    name: "Relance",
    subject: "Suite à notre entretien[[ pour le poste {{role}}]]",
    body: lines(
      "Bonjour {{interviewer.firstName}},",
      "",
      "J'espère que vous allez bien. Je me permets de revenir vers vous à la suite de notre entretien[[ du {{interviewDate}}]][[ pour le poste {{role}}]][[ chez {{company}}]]. Ce poste m'intéresse toujours beaucoup, et je souhaitais savoir si vous aviez des nouvelles quant à la suite du processus.",
      "",
      "Je reste à votre disposition pour tout complément d'information.",
      "",
      "Merci encore pour votre temps.",
      "",
      "Bien cordialement,",
      "{{myName}}",
    ),
  },
};
