import type { Catalogue } from "../../core/index.ts";

/**
 * Os textos do bot em português (europeu). Os comandos ficam em inglês (é assim que o bot os
 * reconhece); tipado `Catalogue` (ver core/i18n/pt.ts); termos: docs/glossary/pt.md.
 */
export const pt: Catalogue = {
  "bot.usage": "Sintaxe",
  "bot.refusal.wrong_room": "Este comando não funciona nesta sala.",
  "bot.refusal.only_in.project": "“{name}” funciona numa sala do TwinSpace de um projeto. Envie-o aí.",
  "bot.refusal.only_in.direct":
    "“{name}” funciona numa mensagem direta comigo. Inicie uma conversa direta comigo e envie-o aí.",
  "bot.refusal.only_in.national_unit": "“{name}” só funciona na sala do seu Serviço Nacional de Apoio.",
  "bot.refusal.not_linked":
    "Ainda não sei quem é no OpenTwinning. Abra o OpenTwinning a partir da plataforma de aprendizagem (LMS) da sua escola, vá ao seu perfil, obtenha um código de associação e envie-me “link <código>” numa mensagem direta.",
  "bot.refusal.pupil":
    "Os comandos são para os professores. Se precisares de alguma coisa neste projeto, pede ao teu professor.",
  "bot.refusal.not_member": "Só os professores deste projeto podem usar este comando aqui.",
  "bot.refusal.unknown_invitation":
    "Nenhum convite pendente seu começa por “{ref}”. Envie “invitations” para os ver com os respetivos códigos.",
  "bot.refusal.ambiguous_invitation":
    "Vários dos seus convites começam por “{ref}”. Escreva uma parte maior do código.",
  "bot.refusal.unknown_project":
    "Nenhum projeto a aguardar a decisão do seu serviço começa por “{ref}”. Envie “pending” para os ver com os respetivos códigos.",
  "bot.refusal.ambiguous_project": "Vários projetos começam por “{ref}”. Escreva uma parte maior do código.",
  "bot.refusal.no_teacher_found":
    "Nenhum professor registado corresponde a “{term}”. Verifique a ortografia, ou use o ID Matrix ou o e-mail dele. Os professores registam-se ao abrir o OpenTwinning a partir da sua plataforma de aprendizagem (LMS).",
  "bot.refusal.several_teachers_found":
    "{count} professores correspondem a “{term}”. Use o ID Matrix ou o endereço de e-mail para escolher um.",
  "bot.refusal.rate_limited_one":
    "São muitos comandos num minuto. Envie o próximo dentro de um segundo; até lá não responderei.",
  "bot.refusal.rate_limited_many":
    "São muitos comandos num minuto. Envie o próximo dentro de {count} segundos; até lá não responderei.",
  "bot.refusal.rate_limited_other":
    "São muitos comandos num minuto. Envie o próximo dentro de {count} segundos; até lá não responderei.",
  "bot.refusal.unknown_command": "Não conheço o comando “{name}”. Envie “{prefix} help” para ver a lista.",
  "bot.refusal.internal":
    "Algo correu mal do meu lado; nada foi alterado. Tente novamente dentro de um minuto e avise o seu administrador se continuar a acontecer.",
  "bot.refusal.control_characters":
    "A sua mensagem contém um carácter de controlo invisível (NUL), por isso não lhe dei seguimento. Escreva o comando novamente e envie-o.",
  "bot.invite.sent": "Convite enviado a {name}. Pode aceitá-lo no OpenTwinning ou enviando-me “accept”.",
  "bot.members.heading": "Professores de “{title}”",
  "bot.members.more": "{number} professores ao todo: a página do projeto lista-os a todos.",
  "bot.members.pupils_more": "e {number} alunos",
  "bot.members.pupils_one": "e {count} aluno",
  "bot.members.pupils_many": "e {count} de alunos",
  "bot.members.pupils_other": "e {count} alunos",
  "bot.approval.pending": "a aguardar o Serviço Nacional de Apoio",
  "bot.approval.approved": "aprovado",
  "bot.approval.rejected": "rejeitado",
  "bot.approval.superseded": "substituído por um envio posterior",
  "bot.milestones.heading": "Etapas de “{title}”",
  "bot.milestones.none": "Este projeto ainda não tem etapas.",
  "bot.link.done":
    "Feito: {matrixId} está agora associado a {name} no OpenTwinning. Vou enviar-lhe convites para as salas dos seus projetos.",
  "bot.projects.heading": "Os seus projetos",
  "bot.projects.more": "O seu painel no OpenTwinning lista os restantes.",
  "bot.projects.none": "Ainda não tem projetos. Funde um ou aceite um convite no OpenTwinning.",
  "bot.invitations.heading": "Convites à sua espera (envie “accept <código>” ou “decline <código>”)",
  "bot.invitations.item": "“{title}”, de {inviter}",
  "bot.invitations.more":
    "Há mais convites à espera: estes são os mais antigos. Depois de lhes responder, os seguintes aparecem aqui e no seu painel no OpenTwinning.",
  "bot.invitations.none": "Não há convites à sua espera.",
  "bot.accept.done":
    "Boas-vindas a “{title}”. Dentro de momentos receberá convites para as salas do projeto.",
  "bot.decline.done": "Recusou o convite para “{title}”.",
  "bot.pending.heading": "Projetos a aguardar a decisão do país ({country})",
  "bot.pending.none": "Nenhum projeto aguarda a decisão do país ({country}).",
  "bot.pending.more":
    "… e mais {number}: a página do Serviço Nacional de Apoio na plataforma de aprendizagem lista-os todos.",
  "bot.show.kind": "Tipo",
  "bot.show.founders": "Fundadores",
  "bot.show.summary": "Resumo",
  "bot.show.ages": "Alunos dos {min} aos {max} anos",
  "bot.show.safety": "Regras de segurança e privacidade acordadas",
  "bot.approve.done": "Aprovou “{title}”. Os fundadores foram avisados.",
  "bot.reject.done": "Rejeitou “{title}”. Os fundadores foram avisados, com o seu motivo.",
  "bot.help.heading.direct": "O que me pode pedir aqui (o prefixo {prefix} é opcional nesta conversa)",
  "bot.help.heading.project": "Comandos nas salas deste projeto (comece-os com {prefix})",
  "bot.help.heading.national_unit": "Comandos na sala do Serviço Nacional de Apoio (comece-os com {prefix})",
  "bot.help.heading.other":
    "Só funciono nas salas dos projetos, nas salas dos Serviços Nacionais de Apoio e em mensagens diretas.",
  "bot.help.example": "Exemplo",
  "bot.help.invite": "convidar um professor registado para este projeto (por ID Matrix, e-mail ou nome)",
  "bot.help.invite.usage": "invite <professor>",
  "bot.help.invite.example": "invite @ana.silva:escola.pt",
  "bot.help.members": "listar os professores deste projeto e quantos alunos participam",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "mostrar o estado deste projeto e a decisão de cada Serviço Nacional de Apoio",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "mostrar o calendário do projeto com as datas previstas",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "associar esta conta Matrix ao seu perfil OpenTwinning com o código indicado na sua página de perfil",
  "bot.help.link.usage": "link <código>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "listar os seus projetos com o respetivo estado",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "listar os convites à sua espera",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "aceitar um convite (o código está em “invitations”)",
  "bot.help.accept.usage": "accept <convite>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "recusar um convite",
  "bot.help.decline.usage": "decline <convite>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "listar os projetos a aguardar a decisão do seu país",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "mostrar um projeto a aguardar a sua decisão",
  "bot.help.show.usage": "show <projeto>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "aprovar um projeto pelo seu país",
  "bot.help.approve.usage": "approve <projeto>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "rejeitar um projeto pelo seu país, com o motivo que os fundadores vão ler",
  "bot.help.reject.usage": "reject <projeto> <motivo>",
  "bot.help.reject.example": "reject 7b1e44d0 O calendário não tem datas para o segundo período.",
  "group.room.topic": "A discussão de um Grupo eTwinning.",
  "group.kick.not_member": "Já não é membro do grupo “{name}”.",
  "nu.room.name": "Serviço Nacional de Apoio · {country}",
  "nu.room.topic":
    "Projetos a aguardar a decisão do país ({country}). Os moderadores respondem aqui: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Já não é moderador do país ({country}).",
  "nu.awaiting.heading": "Um projeto aguarda a decisão do país ({country}): “{title}”",
  "nu.awaiting.commands": "Responda com",
  "nu.decision.approved": "O Serviço Nacional de Apoio ({country}) aprovou “{title}”.",
  "nu.decision.rejected": "O Serviço Nacional de Apoio ({country}) rejeitou “{title}”.",
  "nu.decision.reason": "Motivo",
  "nu.decision.next":
    "Qualquer um dos fundadores pode editar o projeto no OpenTwinning e enviá-lo novamente.",
  "nu.label.national_awarded":
    "O Serviço Nacional de Apoio ({country}) atribuiu a {teacher} o Selo de Qualidade Nacional por “{title}”.",
  "nu.label.national_refused":
    "O Serviço Nacional de Apoio ({country}) não atribuiu a {teacher} o Selo de Qualidade Nacional por “{title}”.",
  "nu.label.european_awarded": "O Serviço Central de Apoio atribuiu o Selo de Qualidade Europeu a “{title}”.",
  "nu.label.european_declined":
    "O Serviço Central de Apoio não atribuiu o Selo de Qualidade Europeu a “{title}”.",
  "nu.school.verification_yes": "O Serviço Nacional de Apoio ({country}) verificou a sua escola, {school}.",
  "nu.school.verification_no":
    "O Serviço Nacional de Apoio ({country}) rejeitou o registo da sua escola, {school}.",
  "nu.school.label_yes":
    "O Serviço Nacional de Apoio ({country}) atribuiu o selo Escola eTwinning à sua escola, {school}.",
  "nu.school.label_no":
    "O Serviço Nacional de Apoio ({country}) não atribuiu o selo Escola eTwinning à sua escola, {school}.",
  "nu.school.rejected_next":
    "Peça ao administrador da sua plataforma de aprendizagem (LMS) que contacte o Serviço Nacional de Apoio.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Conversa geral",
  "twinspace.room.forum.name": "{title} · Fórum",
  "twinspace.room.teachers.name": "{title} · Sala dos professores",
  "twinspace.room.pupils.name": "{title} · Sala dos alunos",
  "twinspace.materials.folder.general": "Da conversa: Conversa geral",
  "twinspace.materials.folder.forum": "Da conversa: Fórum",
  "twinspace.materials.folder.pupils": "Da conversa: Sala dos alunos",
  "twinspace.materials.refused": "“{name}” não foi adicionado aos materiais do projeto.",
  "twinspace.diary.weekly.heading": "A semana passada em “{title}”:",
  "twinspace.diary.weekly.counts":
    "Páginas criadas: {pagesCreated} · páginas alteradas: {pagesChanged} · materiais adicionados: {materialsAdded} · professores que entraram: {membersJoined} · etapas concluídas: {milestonesDone}",
  "twinspace.room.general.topic": "A conversa do dia a dia de “{title}”, com as suas videoconferências.",
  "twinspace.room.forum.topic":
    "Um fio por tópico: abra um tópico com uma mensagem e responda no respetivo fio.",
  "twinspace.room.teachers.topic": "Só para os professores de “{title}”: planeamento e coordenação.",
  "twinspace.room.pupils.topic": "A sala dos alunos de “{title}”, moderada pelos seus professores.",
  "twinspace.video.name": "Videoconferência",
  "twinspace.welcome.heading": "Boas-vindas a {room}, uma sala do projeto “{title}”.",
  "twinspace.welcome.space":
    "Este espaço reúne as salas do projeto: Conversa geral, Fórum, Sala dos professores e Sala dos alunos.",
  "twinspace.welcome.general":
    "Fale aqui sobre o projeto. A videoconferência no topo desta sala é para os membros do projeto.",
  "twinspace.welcome.forum":
    "Este fórum funciona por fios. Para abrir um tópico, publique uma mensagem a dizer de que se trata; todos respondem no respetivo fio (“Responder no fio”), não na cronologia principal. Todos os tópicos estão listados em “Fios”.",
  "twinspace.welcome.teachers": "Só os professores do projeto estão nesta sala; os alunos não a podem ver.",
  "twinspace.welcome.pupils": "Os alunos do projeto encontram-se aqui; os professores moderam a sala.",
  "twinspace.welcome.partners": "Escolas parceiras: {schools}.",
  "twinspace.welcome.rules": "Regras de segurança e privacidade acordadas pelos parceiros:",
  "twinspace.welcome.footer":
    "A participação acompanha o projeto no OpenTwinning: as pessoas entram e saem destas salas à medida que entram e saem do projeto.",
  "twinspace.closed":
    "Este projeto foi encerrado em {date}. As suas salas ficam aqui para os membros as lerem e nada foi apagado, mas já ninguém pode escrever nelas.",
  "twinspace.kick.not_member": "Não é membro do projeto “{title}”.",
  "twinspace.kick.left": "Saiu do projeto “{title}”.",
  "twinspace.kick.removed": "Removido do projeto “{title}”: {reason}",
  "twinspace.kick.removed_no_reason": "Removido do projeto “{title}”.",
  "twinspace.kick.pupil_removed": "Já não participa no projeto “{title}”.",
  "twinspace.kick.unlinked":
    "Desassociou a sua conta Matrix do OpenTwinning, por isso esta conta já não está no projeto “{title}”.",
  "twinspace.kick.relinked":
    "Associou outra conta Matrix no OpenTwinning e participa no projeto “{title}” com essa conta.",
  "twinspace.problems.heading":
    "{founders}: não consegui repor tudo neste TwinSpace tal como o projeto indica:",
  "twinspace.problems.founders": "Fundadores",
  "twinspace.problem.banned":
    "{subject} está banido de {rooms}, mas continua no projeto. Levante o banimento, ou remova-o do projeto no OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Não consegui convidar {subject} para {rooms} ({detail}). Verifique o ID Matrix associado no OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} está em {rooms} sem estar no projeto, e não consegui removê-lo ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} tem o mesmo nível de poder do próprio bot em {rooms}, que o Matrix não deixa ninguém baixar. Peça ao administrador do servidor Matrix que o corrija.",
  "twinspace.problem.state_failed": "Não consegui repor {subject} em {rooms} ({detail}).",
};
