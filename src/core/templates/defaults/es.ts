import { type LanguageTemplates, lines } from "./types";

export const es: LanguageTemplates = {
  feedback_request: {
    name: "Solicitud de comentarios",
    subject: "Comentarios sobre mi entrevista[[ para el puesto de {{role}}]]",
    body: lines(
      "Hola[[, {{interviewer.firstName}}]]:",
      "",
      "Muchas gracias por avisarme y por el tiempo dedicado a la entrevista[[ del {{interviewDate}}]] para el puesto[[ de {{role}}]][[ en {{company}}]]. Aunque no es la noticia que esperaba, disfruté mucho de la conversación.",
      "",
      "Si dispone de unos minutos, le agradecería cualquier comentario: ¿qué podría haber hecho mejor y qué habilidades me recomendaría reforzar para un puesto como este?",
      "",
      "Me encantaría que siguiéramos en contacto de cara a futuras oportunidades.",
      "",
      "Un cordial saludo,",
      "{{myName}}",
    ),
  },
  thank_you: {
    name: "Agradecimiento",
    subject: "Gracias por la entrevista[[: {{role}}]]",
    body: lines(
      "Hola[[, {{interviewer.firstName}}]]:",
      "",
      "Muchas gracias por el tiempo dedicado a la entrevista[[ del {{interviewDate}}]] para el puesto[[ de {{role}}]][[ en {{company}}]]. Disfruté mucho conociendo mejor al equipo y su trabajo, y la conversación me ha dado aún más ganas de formar parte de él.",
      "",
      "Si necesita cualquier otra información para tomar su decisión, no dude en escribirme.",
      "",
      "Un cordial saludo,",
      "{{myName}}",
    ),
  },
  check_in: {
    name: "Seguimiento",
    subject: "Seguimiento de mi entrevista[[ para el puesto de {{role}}]]",
    body: lines(
      "Hola[[, {{interviewer.firstName}}]]:",
      "",
      "Espero que todo vaya bien. Le escribo en relación con la entrevista[[ del {{interviewDate}}]] para el puesto[[ de {{role}}]][[ en {{company}}]]. El puesto me sigue interesando mucho y quería saber si hay novedades sobre los próximos pasos.",
      "",
      "Quedo a su disposición para enviarle cualquier información que le sea útil.",
      "",
      "Gracias de nuevo por su tiempo.",
      "",
      "Un cordial saludo,",
      "{{myName}}",
    ),
  },
};
