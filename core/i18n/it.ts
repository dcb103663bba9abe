import type { CoreMessageKey } from "./en.ts";

/** Testi italiani del core: rifiuti, stati, tipi, ruoli, campi, materie, criteri del Label. */
export const it: Record<CoreMessageKey, string> = {
  "error.invalid_input":
    "Il campo «{field}» non è nella forma attesa. Controllalo e invia di nuovo il modulo.",
  "error.text_required": "Compila «{field}».",
  "error.text_too_long": "«{field}» è troppo lungo: resta sotto i {max} caratteri.",
  "error.text_control_character":
    "«{field}» contiene un carattere di controllo invisibile (spesso incollato da un altro programma). Scrivi di nuovo il testo, o incollalo come testo semplice, e invia di nuovo il modulo.",
  "error.unknown_country":
    "«{value}» non è un paese partecipante. Scegli un paese dall'elenco (codice ISO di due lettere, per esempio IT o FR).",
  "error.unknown_subject": "«{value}» non è una materia conosciuta. Scegli le materie dall'elenco.",
  "error.unknown_language": "«{value}» non è un codice di lingua conosciuto. Scegli le lingue dall'elenco.",
  "error.unknown_interface_language":
    "«{value}» non è una delle lingue di OpenTwinning. Scegli una lingua dall'elenco.",
  "error.age_range_invalid": "L'età degli alunni deve andare da {min} a {max}, con l'età minore per prima.",
  "error.milestone_in_past":
    "La scadenza del {dueDate} è nel passato. Scegli una data da oggi ({today}) in poi.",
  "error.milestone_date_invalid": "«{field}» non è una data valida. Usa il calendario o la forma AAAA-MM-GG.",
  "error.too_many_items": "«{field}» ha troppe voci: al massimo {max}.",
  "error.email_invalid": "L'indirizzo email non sembra corretto. Controllalo e riprova.",
  "error.not_found":
    "Questo elemento ({what}) non esiste o non è visibile per te. Torna alla tua bacheca e riprova.",
  "error.link_code_invalid":
    "Codice sconosciuto, già usato o scaduto. Apri il tuo profilo in OpenTwinning per un nuovo codice e invia “link <codice>” entro 15 minuti.",
  "error.matrix_id_invalid": "“{value}” non è un ID Matrix. Un ID Matrix ha la forma @nome:esempio.org.",
  "error.matrix_id_linked_elsewhere":
    "Questo account Matrix è già collegato a un altro account OpenTwinning. Scollegalo lì, oppure collega un altro account Matrix.",
  "error.matrix_id_of_pupil":
    "Questo account Matrix appartiene a un alunno: l'account di un alunno resta nel suo progetto e non viene mai collegato a quello di un adulto. Collega il tuo account Matrix.",
  "error.forbidden":
    "Non puoi farlo. Chiedi a un fondatore del progetto o all'amministratore della tua scuola.",
  "error.not_registered_teacher":
    "Partecipano solo i docenti registrati. Il docente deve aprire OpenTwinning una volta dal LMS della sua scuola per registrarsi.",
  "error.teaching_only":
    "Questa pagina è per i docenti: ricerca di partner, contatti, bacheca delle idee, messaggi tra docenti, fondazione di progetti e account degli alunni. Qui lavori per un'unità nazionale o per il servizio centrale di supporto, senza un account da docente: la tua bacheca elenca le pagine del tuo lavoro.",
  "error.deployment_not_bound":
    "Questo collegamento LMS non è ancora associato a una scuola. Chiedi all'amministratore del LMS della tua scuola di completare la registrazione di OpenTwinning (nome e paese della scuola).",
  "paging.more_than": "più di {number}",
  "error.filter_invalid":
    "Questo filtro o link di pagina non è tra quelli offerti dall'elenco. Scegli i filtri nel modulo, oppure riapri l'elenco dalla prima pagina.",
  "error.staff_not_teacher":
    "Questo account appartiene al personale di un'unità nazionale, che lavora per l'unità e non come docente. Per insegnare, apri OpenTwinning dal LMS della tua scuola con l'account della scuola.",
  "error.staff_account_is_teacher":
    "Questo account LMS è già l'account di un docente. Il personale di un'unità nazionale ha bisogno di un account proprio sul LMS dell'unità: chiedilo all'amministratore di quel LMS.",
  "error.contact_self": "Non puoi aggiungere te stesso ai contatti.",
  "error.group_already_decided": "Questa proposta è già stata decisa.",
  "error.group_already_member": "Sei già in questo gruppo, oppure la tua richiesta attende un moderatore.",
  "error.group_not_member":
    "Questo docente non è membro del gruppo. Ricarica la pagina per vederne i membri.",
  "error.group_not_moderator": "Solo i moderatori del gruppo possono farlo. Chiedi a uno di loro.",
  "error.group_request_not_pending":
    "A questa richiesta è già stata data risposta, oppure è stata ritirata. Ricarica la pagina.",
  "error.group_last_moderator":
    "Sei l'unico moderatore del gruppo, quindi non puoi lasciarlo. Chiedi prima al servizio centrale di supporto di nominare un altro moderatore.",
  "error.group_remove_moderator":
    "Un moderatore non si può rimuovere dal gruppo da qui. Chiedi al servizio centrale di supporto.",
  "error.group_moderator_not_teacher":
    "Il moderatore deve essere l'id dell'account di un docente. Trovalo con la ricerca di account nella pagina Amministrazione.",
  "error.idea_start_month_invalid": "Indica l'inizio come mese, ad esempio 2027-02, oppure lascialo vuoto.",
  "error.idea_own_reply":
    "Questa è una tua idea: sono gli altri a rispondere. Puoi modificarla o rinnovarla dalla sua pagina.",
  "error.idea_already_replied":
    "Hai già risposto a questa idea. L'autore ha ricevuto la tua richiesta di contatto: attendi la sua risposta.",
  "error.idea_contacts_only":
    "Solo l'autore e i suoi contatti possono fondare un progetto da questa idea. Rispondi prima all'idea: quando l'autore accetta diventate contatti.",
  "error.contact_exists": "Siete già in contatto, oppure c'è una richiesta tra voi in attesa di risposta.",
  "error.contact_request_not_pending": "A questa richiesta di contatto è già stata data risposta.",
  "error.cofounder_not_contact":
    "Il cofondatore deve essere tra i tuoi contatti. Inviagli prima una richiesta di contatto e attendi che l'accetti.",
  "error.cofounder_is_founder":
    "Non puoi essere il cofondatore di te stesso. Scegli un collega tra i tuoi contatti.",
  "error.third_founder":
    "Un progetto ha esattamente due fondatori. Invita gli altri docenti come membri o nominali amministratori del progetto.",
  "error.cofounder_required": "Scegli un cofondatore tra i tuoi contatti prima di inviare il progetto.",
  "error.not_cofounder": "Solo il cofondatore invitato può accettare o rifiutare questo progetto.",
  "error.project_form_incomplete": "Prima di inviare il progetto compila: {fields}.",
  "error.school_projects_closed":
    "I progetti di istituto (docenti di una sola scuola) non sono aperti in questo momento in {country}. Scegli un cofondatore di un'altra scuola.",
  "error.page_edit_not_allowed":
    "I fondatori non ti hanno aperto questa pagina. Chiedi a un fondatore del progetto di permetterlo, oppure scrivi in una pagina aperta a te.",
  "error.page_changed_meanwhile":
    "Qualcuno ha salvato questa pagina mentre la modificavi. Il tuo testo è ancora nel modulo: apri la pagina in una nuova scheda, riporta le modifiche nel tuo testo e salva di nuovo.",
  "error.page_tree_too_deep":
    "Le pagine hanno al massimo due livelli. Scegli come pagina superiore una pagina di primo livello, oppure nessuna.",
  "error.page_limit_reached":
    "Questo progetto ha già {max} pagine. Unisci o elimina delle pagine prima di aggiungerne un'altra.",
  "error.page_proposal_decided":
    "Questa proposta è già stata approvata o respinta da un altro insegnante. Apri la pagina per vederne il testo attuale.",
  "error.material_too_large":
    "Il file supera {max} MB, il limite per file. Riducilo (per un video, un'esportazione più breve o a risoluzione più bassa) oppure condividi un collegamento.",
  "error.material_quota_exceeded":
    "La raccolta del progetto è piena: usati {used} MB su {max} MB. Elimina i file che non servono più al progetto, oppure chiedi più spazio al gestore del servizio.",
  "error.material_type_refused":
    "Questo tipo di file non può entrare nella raccolta (è stato controllato il contenuto, non il nome). Sono accettati: foto e immagini (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, documenti d'ufficio, audio e video (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "L'immagine è troppo grande ({width} × {height} pixel). Riducila ad al massimo {max} megapixel e caricala di nuovo.",
  "error.material_image_unreadable":
    "Non è stato possibile leggere l'immagine: potrebbe essere danneggiata o non essere un'immagine. Esportala di nuovo dal programma di foto e ricaricala.",
  "error.material_missing_file": "Scegli un file da caricare, poi invia di nuovo il modulo.",
  "error.material_storage_failed":
    "Non è stato possibile salvare il file: il server non ha più spazio o l'archivio non è disponibile. Non è stato salvato nulla; riprova più tardi e avvisa il gestore del servizio se succede ancora.",
  "error.showcase_photo_consent_required":
    "Questa pagina contiene immagini. Spunta che è stato ottenuto il consenso per ogni alunno riconoscibile, oppure togli quelle immagini, poi pubblica di nuovo.",
  "error.wrong_status": "Questo progetto è «{status}»: questo passaggio ora non è possibile.",
  "error.not_moderator_for_country": "Per questo paese ({country}) decide solo la sua unità nazionale.",
  "error.staff_only":
    "Solo il personale dell'unità nazionale ({country}), che apre OpenTwinning dalla piattaforma dell'unità, verifica le scuole. Segnala loro la scuola.",
  "error.no_pending_approval":
    "Per questo progetto non si attende alcuna decisione di {country} (forse è già stata presa).",
  "error.rejection_reason_required": "Indica il motivo del rifiuto, così i fondatori sanno cosa cambiare.",
  "error.invitations_before_approval":
    "I docenti possono essere invitati quando le unità nazionali hanno approvato il progetto (ora è «{status}»).",
  "error.already_member": "Questo docente è già membro del progetto.",
  "error.invitation_pending": "Questo docente è già stato invitato e non ha ancora risposto.",
  "error.not_invitee": "Questo invito non è per te.",
  "error.invitation_not_pending": "A questo invito è già stata data risposta, oppure è stato ritirato.",
  "error.not_project_manager": "Solo i fondatori e gli amministratori del progetto possono farlo.",
  "error.school_project_other_school":
    "Un progetto di istituto accoglie solo docenti della propria scuola. Fonda un progetto nazionale o europeo per lavorare con altre scuole.",
  "error.national_project_foreign_teacher":
    "Un progetto nazionale accoglie solo docenti del proprio paese; questo docente lavora in {country}. Fonda con lui un progetto europeo.",
  "error.country_not_participating":
    "I docenti di questo paese ({country}) non possono partecipare: non è un paese partecipante.",
  "error.founder_cannot_leave":
    "I fondatori non possono lasciare il proprio progetto. Chiudi il progetto quando è concluso.",
  "error.founder_role_fixed": "Il ruolo di un fondatore non cambia e i fondatori non possono essere rimossi.",
  "error.not_own_pupil": "Solo il docente dell'alunno può farlo.",
  "error.pupils_need_active_project":
    "Gli alunni possono entrare quando il progetto è approvato e attivo (ora è «{status}»).",
  "error.teacher_not_member": "Devi essere membro del progetto per farlo.",
  "error.label_not_eligible":
    "Un progetto {kind} non può ottenere Certificati di qualità né premi; solo i progetti europei possono.",
  "error.label_project_not_started":
    "I Certificati di qualità sono per progetti in corso o conclusi (questo è «{status}»).",
  "error.label_application_limit":
    "Hai già inviato {max} candidature al Quality Label nell'anno scolastico {schoolYear}.",
  "error.label_application_exists": "Hai già presentato la candidatura al Quality Label per questo progetto.",
  "error.label_evidence_missing": "Descrivi le evidenze per «{criterion}».",
  "error.label_score_invalid": "Il punteggio per «{criterion}» deve essere un numero intero da 0 a {max}.",
  "error.label_assessment_incomplete":
    "Assegna un punteggio a ogni criterio e verifica ogni requisito minimo prima di decidere.",
  "error.label_requirements_unmet":
    "Il Quality Label richiede tutti i requisiti minimi. Respingi la candidatura o ricontrolla i requisiti.",
  "error.label_already_decided": "Su questa candidatura è già stata presa una decisione.",
  "error.european_label_not_candidate":
    "Possono essere candidati solo i progetti con Certificati di qualità nazionali in almeno {min} paesi, tra cui il tuo.",
  "error.school_label_criteria_unmet":
    "La tua scuola non soddisfa ancora tutti i criteri del marchio Scuola eTwinning; la pagina mostra quali mancano. Candidati quando sono soddisfatti.",
  "error.school_label_pending":
    "La candidatura della tua scuola attende già la decisione dell'unità nazionale; sarai avvisato quando deciderà.",
  "error.school_suspended":
    "L'unità nazionale della tua scuola ne ha respinto la registrazione: non si può presentare alcuna candidatura finché l'unità non conferma la scuola. La mia scuola mostra il motivo e che cosa fare.",
  "error.school_label_held":
    "La tua scuola ha il marchio Scuola eTwinning fino al {until}; candidati di nuovo quando sarà scaduto.",
  "error.certificate_lapsed":
    "Il periodo di questo attestato è terminato il {until}, quindi non si può più scaricare. La pagina dei tuoi attestati elenca quelli che hai ora.",
  "error.prize_needs_european_label": "I premi vanno solo ai progetti con il Quality Label europeo.",
  "error.account_ambiguous":
    "Più account usano {email}: la piattaforma di qualsiasi scuola può inviare qualsiasi indirizzo. Cerca la persona qui sotto e assegna il ruolo all'unico account di cui riconosci scuola e piattaforma.",
  "error.not_central_admin": "Solo gli amministratori centrali possono farlo.",
  "error.privacy_not_allowed":
    "Solo l'amministratore della scuola di questa persona (entrato dal LMS della scuola come Amministratore) o un amministratore centrale può farlo. Rivolgiti a uno di loro.",
  "error.privacy_erase_self":
    "Non puoi cancellare qui il tuo account. Chiedi a un altro amministratore della tua scuola o a un amministratore centrale.",
  "error.policy_range_invalid": "La data di fine ({until}) precede la data di inizio ({from}).",
  "error.unexpected":
    "Qualcosa è andato storto da parte nostra; non è stato salvato nulla. Riprova tra un momento.",

  "thing.material": "file",
  "thing.milestone": "tappa",
  "thing.page": "pagina",
  "thing.revision": "versione della pagina",
  "thing.project": "progetto",
  "thing.contact": "contatto",
  "thing.invitation": "invito",
  "thing.membership": "partecipazione",
  "thing.pupil": "alunno",
  "thing.account": "account",
  "thing.certificate": "attestato",
  "thing.label_application": "candidatura al Quality Label",
  "thing.school": "scuola",
  "thing.school_label": "candidatura al Marchio Scuola eTwinning",

  "status.draft": "bozza",
  "status.awaiting_cofounder": "in attesa del cofondatore",
  "status.declined": "rifiutato dal cofondatore",
  "status.awaiting_approval": "in attesa di approvazione",
  "status.rejected": "respinto",
  "status.active": "attivo",
  "status.closed": "chiuso",

  "kind.european": "europeo",
  "kind.national": "nazionale",
  "kind.school": "di istituto",
  "kind.european.explained":
    "Progetto europeo: i fondatori insegnano in paesi diversi. Lo approvano entrambe le unità nazionali; può ottenere i Certificati di qualità nazionale ed europeo e i premi.",
  "kind.national.explained":
    "Progetto nazionale: i fondatori insegnano in scuole diverse dello stesso paese. Lo approva la sua unità nazionale; non può ottenere il Quality Label.",
  "kind.school.explained":
    "Progetto di istituto: entrambi i fondatori insegnano nella stessa scuola. Possono entrare solo docenti di quella scuola; non può ottenere Certificati di qualità né premi.",

  "role.founder": "fondatore",
  "role.admin": "amministratore del progetto",
  "role.teacher": "docente",
  "role.pupil": "alunno",

  "next.complete_and_submit": "Il fondatore completa il modulo e lo invia al cofondatore.",
  "next.cofounder_decides": "Il cofondatore accetta o rifiuta.",
  "next.choose_cofounder_again": "Il cofondatore ha rifiutato: il fondatore sceglie di nuovo un cofondatore.",
  "next.national_units_decide": "In attesa della decisione delle unità nazionali ({countries}).",
  "next.edit_and_resubmit": "Respinto: i fondatori modificano il progetto e lo inviano di nuovo.",
  "next.running": "Il progetto è in corso nel suo TwinSpace.",
  "next.closed": "Il progetto è chiuso; il suo TwinSpace resta consultabile in sola lettura.",

  "field.partnerScope": "Partner cercato",
  "field.startMonth": "Inizio",
  "field.title": "Titolo",
  "field.name": "Nome",
  "field.access": "Chi può entrare",
  "field.esafety": "La sicurezza online nella scuola",
  "field.body": "Testo",
  "field.file": "File",
  "field.summary": "Sintesi",
  "field.description": "Descrizione",
  "field.subjects": "Materie",
  "field.languages": "Lingue",
  "field.pupilAgeMin": "Età degli alunni da",
  "field.pupilAgeMax": "Età degli alunni a",
  "field.objectives": "Obiettivi condivisi",
  "field.curricularIntegration": "Integrazione curricolare",
  "field.workProcess": "Processo di lavoro e attività",
  "field.milestones": "Calendario delle scadenze",
  "field.ictTools": "Strumenti TIC",
  "field.expectedResults": "Risultati attesi",
  "field.safetyRules": "Regole di sicurezza e privacy concordate",
  "field.school_name": "Nome della scuola",
  "field.country": "Paese",
  "field.city": "Città",
  "field.search": "Nome o email",
  "field.email": "Email",
  "field.interests": "Interessi",
  "field.bio": "Su di me",
  "field.displayName": "Nome visualizzato",
  "field.reason": "Motivo",
  "field.note": "Nota",
  "field.prize": "Premio",
  "field.from": "Dal",
  "field.until": "Al",
  "field.evidence": "Evidenze",
  "field.cofounder": "Cofondatore",
  "field.kind": "Cosa registra il link",

  "subject.art": "Arte",
  "subject.biology": "Biologia",
  "subject.chemistry": "Chimica",
  "subject.citizenship": "Educazione civica",
  "subject.computing": "Informatica / TIC",
  "subject.cross_curricular": "Interdisciplinare",
  "subject.economics": "Economia",
  "subject.environment": "Educazione ambientale",
  "subject.foreign_languages": "Lingue straniere",
  "subject.geography": "Geografia",
  "subject.history": "Storia",
  "subject.home_language": "Lingua e letteratura",
  "subject.mathematics": "Matematica",
  "subject.media_education": "Educazione ai media",
  "subject.music": "Musica",
  "subject.philosophy": "Filosofia",
  "subject.physical_education": "Educazione fisica",
  "subject.physics": "Fisica",
  "subject.pre_school": "Scuola dell'infanzia",
  "subject.religion": "Religione / etica",
  "subject.science": "Scienze",
  "subject.special_needs": "Bisogni educativi speciali",
  "subject.technology": "Tecnologia",
  "subject.vocational": "Formazione professionale",

  "criterion.pedagogical_innovation": "Innovazione pedagogica e creatività",
  "criterion.curricular_integration": "Integrazione curricolare",
  "criterion.partner_collaboration": "Collaborazione tra scuole partner",
  "criterion.use_of_technology": "Uso della tecnologia",
  "criterion.results_impact_documentation": "Risultati, impatto e documentazione",
  "requirement.common_goals_and_plan": "Obiettivi comuni e piano condiviso",
  "requirement.finished_or_nearly": "Progetto concluso o quasi concluso",
  "requirement.own_contribution": "Il contributo del docente è chiaro",
  "requirement.collaborative_pupil_activities": "Attività collaborative tra alunni",
  "requirement.data_protection_copyright_esafety":
    "Protezione dei dati, diritto d'autore e sicurezza online rispettati",
};
