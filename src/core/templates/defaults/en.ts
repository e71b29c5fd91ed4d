import { type LanguageTemplates, lines } from "./types";

export const en: LanguageTemplates = {
  feedback_request: {
    name: "Feedback request",
    subject: "Feedback on my interview[[ for the {{role}} role]]",
    body: lines(
      "Hi {{interviewer.firstName|there}},",
      "",
      "Thank you for letting me know, and for the time you gave me[[ on {{interviewDate}}]] to talk about the {{role}} role[[ at {{company}}]]. I'm disappointed, of course, but I really enjoyed our conversation.",
      "",
      "If you can spare a few minutes, I'd value your feedback. Is there anything I could have done better, and which skills would you suggest I strengthen for a role like this?",
      "",
      "I'd be glad to stay in touch, and I hope our paths cross again.",
      "",
      "Best regards,",
      "{{myName}}",
    ),
  },
  thank_you: {
    name: "Thank-you note",
    subject: "Thank you for your time[[ – {{role}}]]",
    body: lines(
      "Hi {{interviewer.firstName|there}},",
      "",
      "Thank you for taking the time to speak with me[[ on {{interviewDate}}]] about the {{role}} role[[ at {{company}}]]. I enjoyed learning more about the team and its work, and our conversation made me even more keen on the opportunity.",
      "",
      "If there is anything else I can share to help with your decision, please let me know.",
      "",
      "Best regards,",
      "{{myName}}",
    ),
  },
  check_in: {
    name: "Check-in",
    subject: "Following up on my interview[[ for the {{role}} role]]",
    body: lines(
      "Hi {{interviewer.firstName|there}},",
      "",
      "I hope you're well. I'm writing to follow up on my interview[[ on {{interviewDate}}]] for the {{role}} role[[ at {{company}}]]. I'm still very interested in the position, and wanted to ask whether there is any news on the next steps.",
      "",
      "I'm happy to send anything else that would be useful.",
      "",
      "Thank you again for your time.",
      "",
      "Best regards,",
      "{{myName}}",
    ),
  },
};
