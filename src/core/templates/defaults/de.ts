import { type LanguageTemplates, lines } from "./types";

// The line after the greeting starts in lower case, and "Viele Grüße" takes no comma: German letters.
export const de: LanguageTemplates = {
  feedback_request: {
    name: "Bitte um Feedback",
    subject: "Feedback zu meinem Vorstellungsgespräch[[ – {{role}}]]",
    body: lines(
      "Hallo {{interviewer.firstName}},",
      "",
      "vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich[[ am {{interviewDate}}]] für unser Gespräch[[ über die Stelle als {{role}}]][[ bei {{company}}]] genommen haben. Auch wenn ich mir eine andere Antwort gewünscht hätte, habe ich das Gespräch sehr geschätzt.",
      "",
      "Wenn Sie ein paar Minuten Zeit haben, wäre mir Ihr Feedback sehr wertvoll: Was hätte ich besser machen können, und welche Fähigkeiten sollte ich für eine solche Stelle gezielt ausbauen?",
      "",
      "Ich würde mich freuen, in Kontakt zu bleiben – vielleicht kreuzen sich unsere Wege ja wieder.",
      "",
      "Viele Grüße",
      "{{myName}}",
    ),
  },
  thank_you: {
    name: "Dankeschön",
    subject: "Vielen Dank für das Gespräch[[ – {{role}}]]",
    body: lines(
      "Hallo {{interviewer.firstName}},",
      "",
      "vielen Dank, dass Sie sich[[ am {{interviewDate}}]] Zeit für unser Gespräch[[ über die Stelle als {{role}}]][[ bei {{company}}]] genommen haben. Ich habe viel über das Team und seine Arbeit erfahren, und das Gespräch hat mein Interesse noch verstärkt.",
      "",
      "Wenn ich Ihnen für Ihre Entscheidung noch etwas zukommen lassen kann, sagen Sie mir gern Bescheid.",
      "",
      "Viele Grüße",
      "{{myName}}",
    ),
  },
  check_in: {
    name: "Nachfrage",
    subject: "Nachfrage zu meinem Vorstellungsgespräch[[ – {{role}}]]",
    body: lines(
      "Hallo {{interviewer.firstName}},",
      "",
      "ich hoffe, es geht Ihnen gut. Ich wollte mich nach unserem Gespräch[[ am {{interviewDate}}]][[ über die Stelle als {{role}}]][[ bei {{company}}]] noch einmal melden. Die Stelle interessiert mich nach wie vor sehr, und ich würde gern wissen, ob es schon Neuigkeiten zu den nächsten Schritten gibt.",
      "",
      "Falls Sie noch Unterlagen oder Informationen von mir brauchen, schicke ich sie Ihnen gern.",
      "",
      "Vielen Dank noch einmal für Ihre Zeit.",
      "",
      "Viele Grüße",
      "{{myName}}",
    ),
  },
};
