import type { Catalogue } from "../../../core/index.ts";

/**
 * Textos em português (europeu) do lado LTI: sessões, lançamentos, registo, deep linking,
 * importação de alunos. Tipado `Catalogue` (ver core/i18n/pt.ts); termos: docs/glossary/pt.md.
 */
export const pt: Catalogue = {
  "session.required.title": "Abra o OpenTwinning a partir do seu curso",
  "session.required.body":
    "Não tem sessão iniciada, ou a sua sessão terminou. Abra novamente o OpenTwinning a partir do seu curso na plataforma de aprendizagem da sua escola (por exemplo, a atividade OpenTwinning no Moodle).",
  "session.sign_out.action": "Terminar sessão",
  "session.signed_out.title": "Terminou a sessão",
  "session.signed_out.body":
    "A sua sessão no OpenTwinning terminou. Feche esta janela, ou abra novamente o OpenTwinning a partir do seu curso.",
  "session.csrf.title": "Este formulário expirou",
  "session.csrf.body":
    "Não foi possível verificar o formulário, talvez por ter estado aberto demasiado tempo ou por o OpenTwinning ter sido aberto novamente entretanto. Volte atrás, recarregue a página e envie o formulário novamente.",
  "session.origin.title": "Este formulário não foi enviado a partir do OpenTwinning",
  "session.origin.body":
    "O OpenTwinning só aceita alterações a partir das suas próprias páginas, e este pedido veio de outro sítio. Nada foi alterado. Abra novamente o OpenTwinning a partir do seu curso e use os formulários dele.",

  "request.nul.title": "Este pedido contém um carácter de controlo invisível",
  "request.nul.body":
    "O que foi enviado contém um carácter NUL, que nenhum texto do OpenTwinning pode conter; normalmente vem de copiar texto de outro programa. Nada foi alterado. Escreva o texto novamente (ou cole-o como texto simples) e envie-o outra vez.",
  "app.not_found.title": "Página não encontrada",
  "app.not_found.body":
    "Não existe nenhuma página neste endereço. Volte atrás, ou abra novamente o OpenTwinning a partir do seu curso.",
  "app.error.title": "Algo correu mal",
  "app.error.body":
    "O OpenTwinning não conseguiu concluir este pedido. Tente novamente dentro de momentos; se continuar a acontecer, indique ao operador deste serviço a hora a que aconteceu.",
  "lti.domain_refusal.title": "Isto não é possível",
  "lti.back_to_dashboard": "Voltar ao seu painel",

  "lti.refusal.request.title": "O pedido estava incompleto",
  "lti.refusal.request.body":
    "O OpenTwinning recebeu um lançamento ou formulário a que faltam partes obrigatórias ou que está mal formado. Abra novamente o OpenTwinning a partir do seu curso. Se administra a plataforma de aprendizagem e isto continuar a acontecer, verifique se a ferramenta está configurada para LTI 1.3.",
  "lti.refusal.too_large.title": "O pedido era demasiado grande",
  "lti.refusal.too_large.body":
    "O OpenTwinning recusa pedidos tão grandes. Abra novamente o OpenTwinning a partir do seu curso; se administra a plataforma de aprendizagem, verifique se esta não envia dados de lançamento demasiado grandes (por exemplo, parâmetros personalizados muito longos).",
  "lti.refusal.login_expired.title": "Este início de sessão expirou",
  "lti.refusal.login_expired.body":
    "O início de sessão a partir da sua plataforma de aprendizagem demorou demasiado ou já foi usado. Abra novamente o OpenTwinning a partir do seu curso.",
  "lti.refusal.browser_mismatch.title": "Este início de sessão pertence a outra janela",
  "lti.refusal.browser_mismatch.body":
    "O início de sessão começou noutro navegador ou noutra janela. Abra novamente o OpenTwinning a partir do seu curso nesta janela.",
  "lti.refusal.insecure_cross_site.title": "O OpenTwinning tem de ser servido por https",
  "lti.refusal.insecure_cross_site.body":
    "A sua plataforma de aprendizagem está noutro sítio que não o do OpenTwinning, e o OpenTwinning é servido por http simples, por isso os navegadores não devolvem o seu cookie de sessão e nenhum lançamento pode funcionar, nem nesta página nem numa nova janela. Informe o administrador da sua plataforma. Para quem gere o OpenTwinning, a correção é uma linha: servi-lo por https (atrás de um proxy TLS) e definir PUBLIC_URL=https://<o seu endereço>.",
  "lti.refusal.unknown_platform.title": "Esta plataforma de aprendizagem não está registada",
  "lti.refusal.unknown_platform.body":
    "O OpenTwinning não conhece a plataforma de aprendizagem (emissor e ID de cliente) que enviou este pedido. O administrador da plataforma tem de registar primeiro o OpenTwinning: por registo dinâmico com a ligação fornecida pelo operador deste serviço, ou manualmente com os valores que o operador indica.",
  "lti.refusal.target.title": "O endereço da ferramenta está errado",
  "lti.refusal.target.body":
    "A plataforma de aprendizagem pediu um endereço do OpenTwinning que não é o seu endereço de lançamento. O administrador da plataforma deve definir o URL da ferramenta e o URI de redirecionamento para o endereço de lançamento indicado no registo (terminado em /lti/launch).",
  "lti.refusal.signature.title": "Não foi possível verificar o lançamento",
  "lti.refusal.signature.body":
    "A assinatura do lançamento não corresponde às chaves que a plataforma de aprendizagem publica, ou usa um método de assinatura diferente de RS256. Abra novamente o OpenTwinning a partir do seu curso; se continuar a acontecer, o administrador da plataforma deve verificar no registo o URL do conjunto de chaves públicas da plataforma.",
  "lti.refusal.time.title": "O lançamento expirou",
  "lti.refusal.time.body":
    "O lançamento é demasiado antigo ou tem uma data no futuro. Abra novamente o OpenTwinning a partir do seu curso. Se continuar a acontecer, o relógio do servidor da plataforma de aprendizagem pode estar errado: o seu administrador deve verificá-lo.",
  "lti.refusal.audience.title": "O lançamento destinava-se a outra ferramenta",
  "lti.refusal.audience.body":
    "O lançamento indica outro emissor ou outro ID de cliente que não os do registo a que responde. O administrador da plataforma de aprendizagem deve verificar o ID de cliente do registo do OpenTwinning.",
  "lti.refusal.replay.title": "Este lançamento já foi usado",
  "lti.refusal.replay.body":
    "Cada lançamento só pode ser usado uma vez. Abra novamente o OpenTwinning a partir do seu curso em vez de recarregar a página ou voltar atrás.",
  "lti.refusal.unknown_deployment.title": "Esta implementação não está associada a uma escola",
  "lti.refusal.unknown_deployment.body":
    "A plataforma de aprendizagem lançou o OpenTwinning através de uma implementação (deployment) que não está associada a uma escola. O administrador da plataforma deve registar o OpenTwinning com o nome e o país da escola (registo dinâmico), ou pedir ao operador que acrescente a implementação com `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "A ligação desta escola está suspensa",
  "lti.refusal.school_rejected.body":
    "O Serviço Nacional de Apoio do país desta escola não conseguiu confirmar que este registo pertence a uma escola real, por isso o OpenTwinning está suspenso para ela. O administrador da plataforma deve contactar o seu Serviço Nacional de Apoio eTwinning para confirmar a escola; depois de confirmada, os lançamentos voltam a funcionar. O administrador pode continuar a abrir o OpenTwinning a partir da plataforma e ler o motivo do Serviço em A minha escola.",
  "lti.refusal.message.title": "Este tipo de lançamento não é suportado",
  "lti.refusal.message.body":
    "O OpenTwinning aceita lançamentos LTI 1.3 de tipo resource link e deep linking com as respetivas claims obrigatórias. O administrador da plataforma de aprendizagem deve verificar se a ferramenta está configurada para LTI 1.3 e se o lançamento envia os dados obrigatórios.",
  "lti.refusal.role.title": "O seu papel não tem acesso",
  "lti.refusal.role.body":
    "O OpenTwinning destina-se aos professores, alunos e administradores de um curso. O seu papel neste curso não dá acesso; se acha que deveria dar, fale com o professor do curso.",
  "lti.refusal.pupil_unregistered.title": "O teu professor ainda não te registou",
  "lti.refusal.pupil_unregistered.body":
    "Os alunos participam depois de o professor os ter adicionado ao OpenTwinning. Pede ao teu professor que te registe e abre depois novamente o OpenTwinning a partir do teu curso.",
  "lti.refusal.pupil_not_in_project.title": "Não estás neste projeto",
  "lti.refusal.pupil_not_in_project.body":
    "Esta ligação leva a um projeto a que o teu professor não te adicionou. Pede ao teu professor que te adicione ao projeto e abre depois a ligação outra vez.",
  "lti.refusal.project_not_open.title": "Este projeto ainda não começou",
  "lti.refusal.project_not_open.body":
    "O projeto abre quando os professores parceiros e os respetivos Serviços Nacionais de Apoio o tiverem aprovado. Nessa altura o teu professor adiciona-te, e esta ligação leva-te até ele.",
  "lti.refusal.platform_unreachable.title": "A plataforma de aprendizagem não respondeu",
  "lti.refusal.platform_unreachable.body":
    "O OpenTwinning não conseguiu obter da plataforma de aprendizagem aquilo de que precisa (as suas chaves ou a lista de participantes do curso). Tente novamente dentro de momentos; se continuar a acontecer, o administrador da plataforma deve verificar se a plataforma está acessível a partir da internet.",
  "lti.refusal.registration_token.title": "Esta ligação de registo não é válida",
  "lti.refusal.registration_token.body":
    "Para registar o OpenTwinning é preciso uma ligação de registo do operador deste serviço. Esta ligação é desconhecida, já foi usada ou expirou: peça uma nova ao operador.",
  "lti.refusal.registration_target.title": "Este endereço da plataforma não pode ser usado",
  "lti.refusal.registration_target.body":
    "A configuração da plataforma de aprendizagem aponta para um endereço que o OpenTwinning não contacta (não https, um endereço de rede privada, ou outro anfitrião que não o da plataforma). A plataforma tem de estar acessível por https num endereço público.",
  "lti.refusal.registration_failed.title": "O registo não foi concluído",
  "lti.refusal.registration_failed.body":
    "A plataforma de aprendizagem não aceitou o registo ou não respondeu como esperado. Comece o registo novamente a partir da plataforma; se voltar a falhar, registe o OpenTwinning manualmente com os valores que o operador indica.",
  "lti.refusal.roster_unavailable.title": "A lista de participantes do curso não está disponível",
  "lti.refusal.roster_unavailable.body":
    "Para importar alunos, abra o OpenTwinning a partir do curso cujos alunos quer importar. O administrador da plataforma de aprendizagem tem de ativar o serviço Names and Role Provisioning para o OpenTwinning.",
  "lti.refusal.deep_linking_unavailable.title": "Adicione o OpenTwinning a partir do seu curso",
  "lti.refusal.deep_linking_unavailable.body":
    "Para colocar num curso uma ligação para um projeto, adicione uma atividade OpenTwinning no curso e escolha “Selecionar conteúdo”.",

  "lti.new_window.title": "Abrir o OpenTwinning numa nova janela",
  "lti.new_window.body":
    "O seu navegador não deixa o OpenTwinning manter a sua sessão dentro da página da plataforma de aprendizagem (bloqueia os cookies de sítios incorporados). Abra-o numa nova janela para continuar.",
  "lti.new_window.action": "Abrir numa nova janela",
  "lti.cookies_blocked.title": "Só mais um passo",
  "lti.cookies_blocked.body":
    "O seu navegador bloqueia o cookie do OpenTwinning dentro da página da plataforma de aprendizagem, por isso não pode manter a sessão aqui. Abra o OpenTwinning numa nova janela; a ligação funciona uma vez e durante um minuto.",
  "lti.handoff_used.title": "Esta ligação expirou",
  "lti.handoff_used.body":
    "A ligação para abrir o OpenTwinning numa nova janela funciona uma vez e durante um minuto. Abra novamente o OpenTwinning a partir do seu curso.",

  "lti.register.title": "Ligar a sua escola ao OpenTwinning",
  "lti.register.intro":
    "O OpenTwinning associa cada ligação de uma plataforma de aprendizagem a uma escola. Indique o nome e o país da sua escola; os professores que abrirem o OpenTwinning através desta ligação pertencerão a esta escola.",
  "lti.register.school_name": "Nome da escola",
  "lti.register.country": "País",
  "lti.register.choose_country": "Escolha o país",
  "lti.register.pinned":
    "A sua ligação de registo define a escola e o país aqui indicados. Se estiverem errados, peça uma nova ligação ao operador do OpenTwinning.",
  "lti.register.submit": "Registar o OpenTwinning",
  "lti.register.unit_intro":
    "Esta ligação liga a plataforma de aprendizagem do Serviço Nacional de Apoio ({country}). Quem abrir o OpenTwinning através desta ligação trabalha como equipa do serviço: não são professores e não são mostrados aos professores como parceiros.",
  "lti.register.unit_name": "o Serviço Nacional de Apoio ({country})",
  "lti.register.central_intro":
    "Esta ligação liga a plataforma de aprendizagem do Serviço Central de Apoio. Quem abrir o OpenTwinning através desta ligação trabalha como equipa do Serviço Central de Apoio (que atua por todos os países): não são professores e não são mostrados aos professores como parceiros.",
  "lti.register.central_name": "o Serviço Central de Apoio",
  "lti.register.done.title": "O OpenTwinning está registado",
  "lti.register.done.body":
    "O OpenTwinning está agora ligado para {school}. Na sua plataforma de aprendizagem, ative a ferramenta se tal lhe for pedido (no Moodle: Administração do site → Plugins → Módulos de atividade → Ferramenta externa → Gerir ferramentas). No Moodle, abra também aí as definições da ferramenta e defina a utilização da configuração da ferramenta como “Mostrar no seletor de atividades e como ferramenta pré-configurada”: até lá, os professores não a podem adicionar aos seus cursos.",

  "lti.deep_linking.title": "Associar um projeto a este curso",
  "lti.deep_linking.intro": "Escolha o projeto que os seus alunos devem abrir a partir deste curso.",
  "lti.deep_linking.none":
    "Ainda não é membro de nenhum projeto. Funde ou junte-se primeiro a um projeto no OpenTwinning e adicione depois novamente a ligação.",
  "lti.deep_linking.choose": "Os seus projetos",
  "lti.deep_linking.not_open.draft":
    "Ainda não: os alunos podem abrir um projeto depois de aprovado. Envie-o primeiro a partir da página dele.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Ainda não: a aguardar que o cofundador aceite e depois a aprovação dos Serviços Nacionais de Apoio.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Ainda não: pode ser colocado no curso assim que os Serviços Nacionais de Apoio o aprovarem.",
  "lti.deep_linking.not_open.closed": "Encerrado: o projeto terminou.",
  "lti.deep_linking.submit": "Adicionar a ligação ao curso",
  "lti.deep_linking.returning": "A voltar ao seu curso",
  "lti.deep_linking.return": "Continuar para o curso",

  "lti.roster.title": "Importar alunos do curso",
  "lti.roster.intro":
    "Estes são os estudantes do seu curso {course}. Escolha os alunos a registar no OpenTwinning; só são guardados os nomes. Os alunos registados podem abrir o OpenTwinning a partir do curso e ver os projetos a que os adicionar.",
  "lti.roster.empty": "O curso não tem estudantes para importar.",
  "lti.roster.choose_one": "O estudante do curso",
  "lti.roster.choose_many": "Os {count} de estudantes do curso",
  "lti.roster.choose_other": "Os {count} estudantes do curso",
  "lti.roster.project": "Adicioná-los também a este projeto (opcional)",
  "lti.roster.no_project": "Nenhum projeto por agora",
  "lti.roster.submit": "Registar os alunos escolhidos",
  "lti.roster.unnamed": "Aluno {id}",
  "lti.roster.done.title": "Alunos importados",
  "lti.roster.done.registered_one": "Alunos registados agora: {count}.",
  "lti.roster.done.registered_many": "{count} de alunos foram registados agora.",
  "lti.roster.done.registered_other": "{count} alunos foram registados agora.",
  "lti.roster.done.existing_one": "Já registado por si: {names}.",
  "lti.roster.done.existing_many": "Já registados por si: {names}.",
  "lti.roster.done.existing_other": "Já registados por si: {names}.",
  "lti.roster.done.other_teacher_one":
    "Não importado, porque outro professor o registou ou porque é professor: {names}.",
  "lti.roster.done.other_teacher_many":
    "Não importados, porque outro professor os registou ou porque são professores: {names}.",
  "lti.roster.done.other_teacher_other":
    "Não importados, porque outro professor os registou ou porque são professores: {names}.",
  "lti.roster.done.project": "Passam a ser membros do projeto “{project}”.",
  "lti.roster.done.sheet": "Imprimir a folha de acesso dos alunos",
  "lti.roster.done.launch": "Os seus alunos abrem o OpenTwinning a partir deste curso com a conta da escola.",
};
