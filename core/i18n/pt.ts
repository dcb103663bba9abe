import type { Catalogue } from "./translate.ts";

/**
 * Textos em português (europeu) do core: recusas, estados, tipos, papéis, campos, disciplinas,
 * critérios do Selo. Tipado `Catalogue`: uma chave nova em inglês falta aqui até ser traduzida
 * (o inglês substitui-a) e test/core/catalogues.test.ts assinala-a. Termos: docs/glossary/pt.md.
 */
export const pt: Catalogue = {
  "error.invalid_input":
    "O campo “{field}” não está no formato esperado. Verifique-o e envie o formulário novamente.",
  "error.text_required": "Preencha “{field}”.",
  "error.text_too_long": "“{field}” é demasiado longo: não ultrapasse {max} caracteres.",
  "error.text_control_character":
    "“{field}” contém um carácter de controlo invisível (muitas vezes colado de outro programa). Escreva o texto novamente, ou cole-o como texto simples, e envie o formulário novamente.",
  "error.unknown_country":
    "“{value}” não é um país participante. Escolha um país da lista (código ISO de duas letras, como IT ou PT).",
  "error.unknown_subject": "“{value}” não é uma disciplina que conheçamos. Escolha as disciplinas da lista.",
  "error.unknown_language":
    "“{value}” não é um código de língua que conheçamos. Escolha as línguas da lista.",
  "error.unknown_interface_language":
    "“{value}” não é uma das línguas do OpenTwinning. Escolha uma língua da lista.",
  "error.age_range_invalid":
    "A idade dos alunos tem de ir de {min} a {max}, com a idade mais baixa em primeiro lugar.",
  "error.milestone_in_past":
    "A etapa prevista para {dueDate} já passou. Escolha uma data a partir de hoje ({today}).",
  "error.milestone_date_invalid":
    "“{field}” não é uma data válida. Use o seletor de datas ou o formato AAAA-MM-DD.",
  "error.too_many_items": "“{field}” tem demasiadas entradas: no máximo {max}.",
  "error.email_invalid": "Este endereço de e-mail não parece correto. Verifique-o e tente novamente.",
  "error.not_found":
    "Este elemento ({what}) não existe ou não lhe está visível. Volte ao seu painel e tente novamente.",
  "error.link_code_invalid":
    "Este código é desconhecido, já foi usado ou expirou. Abra o seu perfil no OpenTwinning para obter um código novo e envie “link <código>” novamente dentro de 15 minutos.",
  "error.matrix_id_invalid": "“{value}” não é um ID Matrix. Um ID Matrix tem o aspeto @nome:exemplo.org.",
  "error.matrix_id_linked_elsewhere":
    "Esta conta Matrix já está associada a outra conta OpenTwinning. Desassocie-a primeiro dessa conta, ou associe outra conta Matrix.",
  "error.matrix_id_of_pupil":
    "Esta conta Matrix pertence a um aluno: a conta de um aluno fica no seu projeto e nunca é associada à de um adulto. Associe a sua própria conta Matrix.",
  "error.forbidden":
    "Não pode fazer isto. Fale com um fundador do projeto ou com o administrador da sua escola.",
  "error.not_registered_teacher":
    "Só participam professores registados. O professor tem de abrir o OpenTwinning uma vez a partir da plataforma de aprendizagem (LMS) da sua escola para se registar.",
  "error.teaching_only":
    "Esta página é para professores: procura de parceiros, contactos, quadro de ideias, mensagens entre professores, criação de projetos e contas dos alunos. Aqui trabalha para uma unidade nacional ou para o serviço central de apoio, sem conta de professor: o seu painel indica as páginas do seu trabalho.",
  "error.deployment_not_bound":
    "Esta ligação à plataforma de aprendizagem ainda não está associada a uma escola. Peça ao administrador da plataforma (LMS) da sua escola que conclua o registo do OpenTwinning (nome e país da escola).",
  "paging.more_than": "mais de {number}",
  "error.filter_invalid":
    "Este filtro ou ligação de página não é um dos que a lista oferece. Escolha os filtros no formulário, ou abra novamente a lista a partir da primeira página.",
  "error.staff_not_teacher":
    "Esta conta pertence à equipa de um Serviço Nacional de Apoio, que trabalha em nome do serviço e não como professor. Para ensinar, abra o OpenTwinning a partir da plataforma (LMS) da sua escola com a sua conta da escola.",
  "error.staff_account_is_teacher":
    "Esta conta da plataforma já é a conta de um professor. A equipa de um Serviço Nacional de Apoio precisa de uma conta própria na plataforma do serviço: peça uma ao respetivo administrador.",
  "error.contact_self": "Não se pode adicionar a si próprio como contacto.",
  "error.group_already_decided": "Esta proposta já foi decidida.",
  "error.group_already_member": "Já faz parte deste grupo, ou o seu pedido aguarda um moderador.",
  "error.group_not_member": "Este professor não é membro do grupo. Recarregue a página para ver os membros.",
  "error.group_not_moderator": "Só os moderadores do grupo podem fazer isto. Peça a um deles.",
  "error.group_request_not_pending": "Este pedido já foi respondido ou retirado. Recarregue a página.",
  "error.group_last_moderator":
    "É o único moderador do grupo, por isso não pode sair dele. Peça primeiro ao Serviço Central de Apoio que nomeie outro moderador.",
  "error.group_remove_moderator":
    "Um moderador não pode ser removido do grupo aqui. Fale com o Serviço Central de Apoio.",
  "error.group_moderator_not_teacher":
    "O moderador tem de ser o identificador da conta de um professor. Encontre-o com a pesquisa de contas na página Administração.",
  "error.idea_start_month_invalid": "Indique o início como um mês, por exemplo 2027-02, ou deixe-o vazio.",
  "error.idea_own_reply":
    "Esta ideia é sua: são os outros que lhe respondem. Pode alterá-la ou renová-la na página dela.",
  "error.idea_already_replied":
    "Já respondeu a esta ideia. O autor recebeu o seu pedido de contacto; aguarde a resposta dele.",
  "error.idea_contacts_only":
    "Só o autor e os seus contactos podem fundar um projeto a partir desta ideia. Responda-lhe primeiro: quando o autor aceitar, passam a ser contactos.",
  "error.contact_exists": "Já são contactos, ou um pedido entre os dois aguarda resposta.",
  "error.contact_request_not_pending": "Este pedido de contacto já foi respondido.",
  "error.cofounder_not_contact":
    "O cofundador tem de ser um dos seus contactos. Envie-lhe primeiro um pedido de contacto e aguarde que o aceite.",
  "error.cofounder_is_founder":
    "Não pode ser o seu próprio cofundador. Escolha um colega entre os seus contactos.",
  "error.third_founder":
    "Um projeto tem exatamente dois fundadores. Convide os outros professores como membros, ou torne-os administradores do projeto.",
  "error.cofounder_required": "Escolha um cofundador entre os seus contactos antes de enviar o projeto.",
  "error.not_cofounder": "Só o cofundador convidado pode aceitar ou recusar este projeto.",
  "error.project_form_incomplete": "Antes de enviar o projeto, preencha: {fields}.",
  "error.school_projects_closed":
    "Os projetos de escola (só professores de uma mesma escola) não estão abertos neste momento neste país ({country}). Escolha um cofundador de outra escola.",
  "error.page_edit_not_allowed":
    "Os fundadores não lhe abriram esta página. Peça a um fundador do projeto que o permita, ou escreva numa página aberta para si.",
  "error.page_changed_meanwhile":
    "Alguém guardou esta página enquanto a estava a editar. O seu texto continua no formulário: abra a página num novo separador, junte as alterações ao seu texto e guarde novamente.",
  "error.page_tree_too_deep":
    "As páginas têm no máximo dois níveis. Escolha como página-mãe uma página de primeiro nível, ou nenhuma.",
  "error.page_limit_reached":
    "Este projeto já tem {max} páginas. Junte ou remova páginas antes de acrescentar outra.",
  "error.page_proposal_decided":
    "Esta proposta já foi aprovada ou rejeitada por outro professor. Abra a página para ver o texto atual.",
  "error.material_too_large":
    "O ficheiro ultrapassa {max} MB, o limite por ficheiro. Reduza-o (para um vídeo, uma exportação mais curta ou de menor resolução) ou partilhe antes uma ligação para ele.",
  "error.material_quota_exceeded":
    "A biblioteca do projeto está cheia: estão usados {used} MB de {max} MB. Remova ficheiros de que o projeto já não precisa, ou peça mais espaço ao operador do serviço.",
  "error.material_type_refused":
    "Este tipo de ficheiro não pode entrar na biblioteca (foi verificado o conteúdo, não o nome). Aceites: fotografias e imagens (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, documentos de escritório, áudio e vídeo (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "A imagem é demasiado grande ({width} × {height} píxeis). Reduza-a a no máximo {max} megapíxeis e carregue-a novamente.",
  "error.material_image_unreadable":
    "Não foi possível ler a imagem: pode estar danificada ou nem sequer ser uma imagem. Exporte-a novamente do seu programa de fotografia e carregue-a outra vez.",
  "error.material_missing_file": "Escolha um ficheiro para carregar e envie o formulário novamente.",
  "error.material_storage_failed":
    "Não foi possível guardar o ficheiro: o servidor está sem espaço ou o armazenamento não está disponível. Nada foi guardado; tente mais tarde e avise o operador do serviço se o problema persistir.",
  "error.showcase_photo_consent_required":
    "Esta página mostra imagens. Confirme que foi obtido o consentimento de todos os alunos que nelas possam ser reconhecidos, ou remova essas imagens, e publique novamente.",
  "error.wrong_status": "Este projeto está no estado “{status}”: este passo não é possível agora.",
  "error.not_moderator_for_country":
    "Só o Serviço Nacional de Apoio do país em causa ({country}) pode decidir aqui.",
  "error.staff_only":
    "Só a equipa do Serviço Nacional de Apoio ({country}), que abre o OpenTwinning a partir da plataforma do serviço, verifica as escolas. Informe-a sobre a escola.",
  "error.no_pending_approval":
    "Não se aguarda nenhuma decisão deste país ({country}) para este projeto (talvez já tenha sido tomada).",
  "error.rejection_reason_required":
    "Indique um motivo para a rejeição, para que os fundadores saibam o que alterar.",
  "error.invitations_before_approval":
    "Os professores podem ser convidados depois de os Serviços Nacionais de Apoio aprovarem o projeto (agora está no estado “{status}”).",
  "error.already_member": "Este professor já é membro do projeto.",
  "error.invitation_pending": "Este professor já foi convidado e ainda não respondeu.",
  "error.not_invitee": "Este convite não é para si.",
  "error.invitation_not_pending": "Este convite já foi respondido ou retirado.",
  "error.not_project_manager": "Só os fundadores e os administradores do projeto podem fazer isto.",
  "error.school_project_other_school":
    "Um projeto de escola só aceita professores da própria escola. Funde um projeto nacional ou europeu para trabalhar com outras escolas.",
  "error.national_project_foreign_teacher":
    "Um projeto nacional só aceita professores do próprio país; este professor trabalha noutro país ({country}). Funde antes um projeto europeu com ele.",
  "error.country_not_participating":
    "Os professores deste país ({country}) não podem participar: não é um país participante.",
  "error.founder_cannot_leave":
    "Os fundadores não podem sair do seu projeto. Em vez disso, encerrem o projeto quando terminar.",
  "error.founder_role_fixed":
    "O papel de um fundador não pode mudar e os fundadores não podem ser removidos.",
  "error.not_own_pupil": "Só o professor do próprio aluno pode fazer isto.",
  "error.pupils_need_active_project":
    "Os alunos podem entrar depois de o projeto ser aprovado e estar ativo (agora está no estado “{status}”).",
  "error.teacher_not_member": "Tem de ser membro do projeto para fazer isto.",
  "error.label_not_eligible":
    "Um projeto {kind} não pode receber Selos de Qualidade nem prémios; só os projetos europeus podem.",
  "error.label_project_not_started":
    "Os Selos de Qualidade destinam-se a projetos em curso ou terminados (este está no estado “{status}”).",
  "error.label_application_limit":
    "Já enviou {max} candidaturas ao Selo de Qualidade no ano letivo {schoolYear}.",
  "error.label_application_exists": "Já se candidatou a um Selo de Qualidade para este projeto.",
  "error.label_evidence_missing": "Descreva as suas evidências para “{criterion}”.",
  "error.label_score_invalid": "A pontuação de “{criterion}” tem de ser um número inteiro de 0 a {max}.",
  "error.label_assessment_incomplete":
    "Pontue todos os critérios e verifique todos os requisitos mínimos antes de decidir.",
  "error.label_requirements_unmet":
    "Um Selo de Qualidade exige que todos os requisitos mínimos sejam cumpridos. Recuse a candidatura, ou verifique novamente os requisitos.",
  "error.label_already_decided": "Esta candidatura já foi decidida.",
  "error.european_label_not_candidate":
    "Só podem ser propostos projetos com Selos de Qualidade Nacionais em pelo menos {min} países, sendo um deles o seu.",
  "error.school_label_criteria_unmet":
    "A sua escola ainda não cumpre todos os critérios do selo Escola eTwinning; a página mostra os que faltam. Candidate-se quando estiverem cumpridos.",
  "error.school_label_pending":
    "A candidatura da sua escola já aguarda a decisão do Serviço Nacional de Apoio; receberá um aviso quando este decidir.",
  "error.school_suspended":
    "O Serviço Nacional de Apoio rejeitou o registo da sua escola: não é possível apresentar candidaturas até o Serviço confirmar a escola. A minha escola mostra o motivo e o que fazer.",
  "error.school_label_held":
    "A sua escola tem o selo Escola eTwinning até {until}; candidate-se novamente quando tiver caducado.",
  "error.certificate_lapsed":
    "O período deste certificado terminou em {until}, por isso já não pode ser descarregado. A sua página de certificados lista os que tem atualmente.",
  "error.prize_needs_european_label":
    "Os prémios só são atribuídos a projetos com Selo de Qualidade Europeu.",
  "error.account_ambiguous":
    "Várias contas usam {email}: a plataforma de qualquer escola pode enviar qualquer endereço. Procure a pessoa abaixo e atribua o papel à única conta cuja escola e plataforma reconhece.",
  "error.not_central_admin": "Só os administradores centrais podem fazer isto.",
  "error.privacy_not_allowed":
    "Só o administrador da escola desta pessoa (com sessão iniciada a partir da plataforma da escola como Administrador) ou um administrador central pode fazer isto. Peça a um deles.",
  "error.privacy_erase_self":
    "Não pode apagar aqui a sua própria conta. Peça a outro administrador da sua escola ou a um administrador central.",
  "error.policy_range_invalid": "A data de fim ({until}) é anterior à data de início ({from}).",
  "error.unexpected": "Algo correu mal do nosso lado; nada foi guardado. Tente novamente dentro de momentos.",

  "thing.material": "ficheiro",
  "thing.milestone": "etapa",
  "thing.page": "página",
  "thing.revision": "versão da página",
  "thing.project": "projeto",
  "thing.contact": "contacto",
  "thing.invitation": "convite",
  "thing.membership": "participação",
  "thing.pupil": "aluno",
  "thing.account": "conta",
  "thing.certificate": "certificado",
  "thing.label_application": "candidatura ao Selo de Qualidade",
  "thing.school": "escola",
  "thing.school_label": "candidatura ao Selo Escola eTwinning",

  "status.draft": "rascunho",
  "status.awaiting_cofounder": "a aguardar o cofundador",
  "status.declined": "recusado pelo cofundador",
  "status.awaiting_approval": "a aguardar aprovação",
  "status.rejected": "rejeitado",
  "status.active": "ativo",
  "status.closed": "encerrado",

  "kind.european": "europeu",
  "kind.national": "nacional",
  "kind.school": "de escola",
  "kind.european.explained":
    "Projeto europeu: os fundadores ensinam em países diferentes. Os dois Serviços Nacionais de Apoio aprovam-no; pode receber Selos de Qualidade Nacionais e Europeus e prémios.",
  "kind.national.explained":
    "Projeto nacional: os fundadores ensinam em escolas diferentes do mesmo país. O Serviço Nacional de Apoio aprova-o; não pode receber Selos de Qualidade.",
  "kind.school.explained":
    "Projeto de escola: os dois fundadores ensinam na mesma escola. Só podem entrar professores dessa escola; não pode receber Selos de Qualidade nem prémios.",

  "role.founder": "fundador",
  "role.admin": "administrador do projeto",
  "role.teacher": "professor",
  "role.pupil": "aluno",

  "next.complete_and_submit": "O fundador completa o formulário e envia-o ao cofundador.",
  "next.cofounder_decides": "O cofundador aceita ou recusa.",
  "next.choose_cofounder_again": "O cofundador recusou: o fundador escolhe novamente um cofundador.",
  "next.national_units_decide": "A aguardar o Serviço Nacional de Apoio: {countries}.",
  "next.edit_and_resubmit": "Rejeitado: os fundadores editam o projeto e enviam-no novamente.",
  "next.running": "O projeto está em curso no seu TwinSpace.",
  "next.closed": "O projeto está encerrado; o seu TwinSpace fica disponível só para leitura.",

  "field.partnerScope": "Parceiro procurado",
  "field.startMonth": "Início",
  "field.title": "Título",
  "field.name": "Nome",
  "field.access": "Quem pode entrar",
  "field.esafety": "A prática de segurança na internet da escola",
  "field.body": "Texto",
  "field.file": "Ficheiro",
  "field.summary": "Resumo",
  "field.description": "Descrição",
  "field.subjects": "Disciplinas",
  "field.languages": "Línguas",
  "field.pupilAgeMin": "Idade dos alunos de",
  "field.pupilAgeMax": "Idade dos alunos até",
  "field.objectives": "Objetivos comuns",
  "field.curricularIntegration": "Integração curricular",
  "field.workProcess": "Processo de trabalho e atividades",
  "field.milestones": "Calendário de etapas",
  "field.ictTools": "Ferramentas TIC",
  "field.expectedResults": "Resultados esperados",
  "field.safetyRules": "Regras de segurança e privacidade acordadas",
  "field.school_name": "Nome da escola",
  "field.country": "País",
  "field.city": "Localidade",
  "field.search": "Nome ou e-mail",
  "field.email": "E-mail",
  "field.interests": "Interesses",
  "field.bio": "Sobre mim",
  "field.displayName": "Nome apresentado",
  "field.reason": "Motivo",
  "field.note": "Nota",
  "field.prize": "Prémio",
  "field.from": "De",
  "field.until": "Até",
  "field.evidence": "Evidências",
  "field.cofounder": "Cofundador",
  "field.kind": "O que a ligação regista",

  "subject.art": "Artes",
  "subject.biology": "Biologia",
  "subject.chemistry": "Química",
  "subject.citizenship": "Cidadania",
  "subject.computing": "Informática / TIC",
  "subject.cross_curricular": "Interdisciplinar",
  "subject.economics": "Economia",
  "subject.environment": "Educação ambiental",
  "subject.foreign_languages": "Línguas estrangeiras",
  "subject.geography": "Geografia",
  "subject.history": "História",
  "subject.home_language": "Língua materna e literatura",
  "subject.mathematics": "Matemática",
  "subject.media_education": "Educação para os media",
  "subject.music": "Música",
  "subject.philosophy": "Filosofia",
  "subject.physical_education": "Educação física",
  "subject.physics": "Física",
  "subject.pre_school": "Educação pré-escolar",
  "subject.religion": "Religião / ética",
  "subject.science": "Ciências",
  "subject.special_needs": "Educação especial",
  "subject.technology": "Tecnologia",
  "subject.vocational": "Formação profissional",

  "criterion.pedagogical_innovation": "Inovação pedagógica e criatividade",
  "criterion.curricular_integration": "Integração curricular",
  "criterion.partner_collaboration": "Colaboração entre escolas parceiras",
  "criterion.use_of_technology": "Utilização da tecnologia",
  "criterion.results_impact_documentation": "Resultados, impacto e documentação",
  "requirement.common_goals_and_plan": "Objetivos comuns e um plano partilhado",
  "requirement.finished_or_nearly": "Projeto terminado ou quase terminado",
  "requirement.own_contribution": "O contributo do próprio professor é claro",
  "requirement.collaborative_pupil_activities": "Atividades colaborativas entre alunos",
  "requirement.data_protection_copyright_esafety":
    "Proteção de dados, direitos de autor e segurança na internet respeitados",
};
