import { type LanguageTemplates, lines } from "./types";

// Worded to read naturally in Brazil and in Portugal alike, and without "obrigado/obrigada", which
// would assume the writer's gender.
export const pt: LanguageTemplates = {
  feedback_request: {
    name: "Pedido de feedback",
    subject: "Feedback sobre a minha entrevista[[ para a vaga de {{role}}]]",
    body: lines(
      "Olá {{interviewer.firstName}},",
      "",
      "Agradeço o retorno e o tempo dedicado à nossa entrevista[[ do dia {{interviewDate}}]] para a vaga[[ de {{role}}]][[ na {{company}}]]. Apesar da notícia, gostei muito da nossa conversa.",
      "",
      "Se tiver alguns minutos, o seu feedback seria muito valioso para mim: o que eu poderia ter feito melhor e que competências me recomendaria desenvolver para uma vaga como esta?",
      "",
      "Fico à disposição e espero que os nossos caminhos se cruzem novamente.",
      "",
      "Atenciosamente,",
      "{{myName}}",
    ),
  },
  thank_you: {
    name: "Agradecimento",
    subject: "Agradecimento pela entrevista[[ – {{role}}]]",
    body: lines(
      "Olá {{interviewer.firstName}},",
      "",
      "Agradeço muito o tempo dedicado à nossa entrevista[[ do dia {{interviewDate}}]] para a vaga[[ de {{role}}]][[ na {{company}}]]. Gostei de saber mais sobre o trabalho que desenvolvem, e a conversa aumentou ainda mais o meu interesse pela oportunidade.",
      "",
      "Se precisar de mais alguma informação para a sua decisão, fico à disposição.",
      "",
      "Atenciosamente,",
      "{{myName}}",
    ),
  },
  check_in: {
    name: "Acompanhamento",
    subject: "Acompanhamento da minha entrevista[[ para a vaga de {{role}}]]",
    body: lines(
      "Olá {{interviewer.firstName}},",
      "",
      "Espero que esteja tudo bem. Escrevo para dar seguimento à nossa entrevista[[ do dia {{interviewDate}}]] para a vaga[[ de {{role}}]][[ na {{company}}]]. Continuo com muito interesse na oportunidade e gostaria de saber se já há novidades sobre as próximas etapas.",
      "",
      "Fico à disposição para enviar qualquer informação adicional.",
      "",
      "Agradeço mais uma vez a sua atenção.",
      "",
      "Atenciosamente,",
      "{{myName}}",
    ),
  },
};
