import type { Catalogue } from "../../../core/index.ts";
import type { LtiMessageKey } from "./en.ts";

/** Testi italiani del lato LTI: sessioni, avvii, registrazione, deep linking, importazione degli iscritti. Besides the English keys, it has the plural forms
 * Italian selects and English lacks (_many: "1000000 di …"). */
export const it: Record<LtiMessageKey, string> & Catalogue = {
  "session.required.title": "Apri OpenTwinning dal tuo corso",
  "session.required.body":
    "Non hai effettuato l'accesso oppure la sessione è scaduta. Apri di nuovo OpenTwinning dal tuo corso nella piattaforma didattica della scuola (per esempio l'attività OpenTwinning in Moodle).",
  "session.sign_out.action": "Esci",
  "session.signed_out.title": "Sei uscito da OpenTwinning",
  "session.signed_out.body":
    "Hai chiuso la sessione di OpenTwinning. Chiudi questa finestra, oppure apri di nuovo OpenTwinning dal tuo corso.",
  "session.csrf.title": "Questo modulo è scaduto",
  "session.csrf.body":
    "Non è stato possibile verificare il modulo, forse perché è rimasto aperto troppo a lungo o perché OpenTwinning è stato riaperto nel frattempo. Torna indietro, ricarica la pagina e invia di nuovo il modulo.",
  "session.origin.title": "Questo modulo non è stato inviato da OpenTwinning",
  "session.origin.body":
    "OpenTwinning accetta modifiche solo dalle proprie pagine, e questa richiesta è arrivata da un altro sito. Non è stato modificato nulla. Apri di nuovo OpenTwinning dal tuo corso e usa i suoi moduli.",

  "request.nul.title": "Questa richiesta contiene un carattere di controllo invisibile",
  "request.nul.body":
    "Ciò che è stato inviato contiene un carattere NUL, che nessun testo di OpenTwinning può contenere; di solito arriva copiando testo da un altro programma. Non è stato modificato nulla. Riscrivi il testo (o incollalo come testo semplice) e invialo di nuovo.",
  "app.not_found.title": "Pagina non trovata",
  "app.not_found.body":
    "A questo indirizzo non c'è nessuna pagina. Torna indietro, oppure apri di nuovo OpenTwinning dal tuo corso.",
  "app.error.title": "Qualcosa è andato storto",
  "app.error.body":
    "OpenTwinning non è riuscito a completare la richiesta. Riprova tra qualche istante; se succede ancora, comunica al gestore del servizio l'ora in cui è accaduto.",
  "lti.domain_refusal.title": "Operazione non possibile",
  "lti.back_to_dashboard": "Torna alla tua bacheca",

  "lti.refusal.request.title": "La richiesta era incompleta",
  "lti.refusal.request.body":
    "OpenTwinning ha ricevuto un avvio o un modulo incompleto o non valido. Apri di nuovo OpenTwinning dal tuo corso. Se amministri la piattaforma didattica e il problema si ripete, verifica che lo strumento sia configurato per LTI 1.3.",
  "lti.refusal.too_large.title": "La richiesta era troppo grande",
  "lti.refusal.too_large.body":
    "OpenTwinning rifiuta richieste così grandi. Apri di nuovo OpenTwinning dal tuo corso; se amministri la piattaforma didattica, verifica che non invii dati di avvio eccessivi (per esempio parametri personalizzati molto lunghi).",
  "lti.refusal.login_expired.title": "Questo accesso è scaduto",
  "lti.refusal.login_expired.body":
    "L'accesso dalla piattaforma didattica ha impiegato troppo tempo oppure è già stato usato. Apri di nuovo OpenTwinning dal tuo corso.",
  "lti.refusal.browser_mismatch.title": "Questo accesso appartiene a un'altra finestra",
  "lti.refusal.browser_mismatch.body":
    "L'accesso è stato avviato in un altro browser o in un'altra finestra. Apri di nuovo OpenTwinning dal tuo corso in questa finestra.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning deve essere servito in https",
  "lti.refusal.insecure_cross_site.body":
    "La tua piattaforma didattica è su un sito diverso da OpenTwinning, e OpenTwinning è servito in http semplice: i browser non gli rimandano il cookie di accesso e nessun avvio può funzionare, né in questa pagina né in una nuova finestra. Avvisa l'amministratore della piattaforma. Per chi gestisce OpenTwinning la correzione è una riga: servirlo in https (dietro un proxy TLS) e impostare PUBLIC_URL=https://<il suo indirizzo>.",
  "lti.refusal.unknown_platform.title": "Questa piattaforma didattica non è registrata",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning non conosce la piattaforma didattica (issuer e client ID) che ha inviato la richiesta. L'amministratore della piattaforma deve prima registrare OpenTwinning: con la registrazione dinamica, usando il link fornito dal gestore del servizio, oppure a mano con i valori che il gestore stampa.",
  "lti.refusal.target.title": "L'indirizzo dello strumento è errato",
  "lti.refusal.target.body":
    "La piattaforma didattica ha richiesto un indirizzo di OpenTwinning diverso dal suo indirizzo di avvio. L'amministratore della piattaforma deve impostare l'URL dello strumento e l'URI di reindirizzamento sull'indirizzo di avvio indicato alla registrazione (che termina con /lti/launch).",
  "lti.refusal.signature.title": "Non è stato possibile verificare l'avvio",
  "lti.refusal.signature.body":
    "La firma dell'avvio non corrisponde alle chiavi pubblicate dalla piattaforma didattica, oppure usa un metodo di firma diverso da RS256. Apri di nuovo OpenTwinning dal tuo corso; se il problema si ripete, l'amministratore della piattaforma deve controllare l'URL del keyset pubblico nella registrazione.",
  "lti.refusal.time.title": "L'avvio è scaduto",
  "lti.refusal.time.body":
    "L'avvio è troppo vecchio oppure ha una data futura. Apri di nuovo OpenTwinning dal tuo corso. Se il problema si ripete, l'orologio del server della piattaforma didattica potrebbe essere sbagliato: il suo amministratore deve verificarlo.",
  "lti.refusal.audience.title": "L'avvio era destinato a un altro strumento",
  "lti.refusal.audience.body":
    "L'avvio indica un issuer o un client ID diversi da quelli della registrazione a cui risponde. L'amministratore della piattaforma didattica deve controllare il client ID della registrazione di OpenTwinning.",
  "lti.refusal.replay.title": "Questo avvio è già stato usato",
  "lti.refusal.replay.body":
    "Ogni avvio si può usare una sola volta. Apri di nuovo OpenTwinning dal tuo corso invece di ricaricare la pagina o tornare indietro.",
  "lti.refusal.unknown_deployment.title": "Questa installazione non è collegata a una scuola",
  "lti.refusal.unknown_deployment.body":
    "La piattaforma didattica ha avviato OpenTwinning tramite un'installazione (deployment) non collegata a nessuna scuola. L'amministratore della piattaforma deve registrare OpenTwinning indicando nome e paese della scuola (registrazione dinamica), oppure chiedere al gestore di aggiungere l'installazione con `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "Il collegamento di questa scuola è sospeso",
  "lti.refusal.school_rejected.body":
    "L'unità nazionale del paese di questa scuola non ha potuto confermare che questa registrazione appartenga a una scuola reale, quindi OpenTwinning è sospeso per questa scuola. L'amministratore della piattaforma contatti la propria unità nazionale (l'Unità nazionale eTwinning) per confermare la scuola; una volta confermata, gli avvii funzionano di nuovo. L'amministratore può ancora aprire OpenTwinning dall'LMS e leggere il motivo dell'unità in La mia scuola.",
  "lti.refusal.message.title": "Questo tipo di avvio non è supportato",
  "lti.refusal.message.body":
    "OpenTwinning accetta avvii LTI 1.3 di tipo resource link e deep linking con i dati obbligatori. L'amministratore della piattaforma didattica deve verificare che lo strumento sia configurato per LTI 1.3 e che l'avvio invii i dati richiesti.",
  "lti.refusal.role.title": "Il tuo ruolo non dà accesso",
  "lti.refusal.role.body":
    "OpenTwinning è per i docenti, gli alunni e gli amministratori di un corso. Il tuo ruolo in questo corso non dà accesso; se pensi che dovrebbe, chiedi al docente del corso.",
  "lti.refusal.pupil_unregistered.title": "Il tuo docente non ti ha ancora registrato",
  "lti.refusal.pupil_unregistered.body":
    "Gli alunni partecipano dopo che il loro docente li ha aggiunti a OpenTwinning. Chiedi al tuo docente di registrarti, poi apri di nuovo OpenTwinning dal tuo corso.",
  "lti.refusal.pupil_not_in_project.title": "Non fai parte di questo progetto",
  "lti.refusal.pupil_not_in_project.body":
    "Questo link porta a un progetto a cui il tuo docente non ti ha aggiunto. Chiedi al tuo docente di aggiungerti al progetto, poi apri di nuovo il link.",
  "lti.refusal.project_not_open.title": "Questo progetto non è ancora iniziato",
  "lti.refusal.project_not_open.body":
    "Il progetto si apre quando i docenti partner e le loro unità nazionali lo hanno approvato. Il tuo docente ti aggiungerà allora, e questo link ti porterà al progetto.",
  "lti.refusal.platform_unreachable.title": "La piattaforma didattica non ha risposto",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning non è riuscito a ottenere dalla piattaforma didattica ciò che serve (le sue chiavi o l'elenco degli iscritti al corso). Riprova tra qualche istante; se il problema si ripete, l'amministratore della piattaforma deve verificare che sia raggiungibile da internet.",
  "lti.refusal.registration_token.title": "Questo link di registrazione non è valido",
  "lti.refusal.registration_token.body":
    "Per registrare OpenTwinning serve un link di registrazione fornito dal gestore del servizio. Questo link è sconosciuto, è già stato usato oppure è scaduto: chiedine uno nuovo al gestore.",
  "lti.refusal.registration_target.title": "Questo indirizzo della piattaforma non può essere usato",
  "lti.refusal.registration_target.body":
    "La configurazione della piattaforma didattica rimanda a un indirizzo che OpenTwinning non contatta (non https, un indirizzo di rete privata o un host diverso da quello della piattaforma). La piattaforma deve essere raggiungibile in https su un indirizzo pubblico.",
  "lti.refusal.registration_failed.title": "La registrazione non è stata completata",
  "lti.refusal.registration_failed.body":
    "La piattaforma didattica non ha accettato la registrazione o non ha risposto come previsto. Avvia di nuovo la registrazione dalla piattaforma; se non riesce ancora, registra OpenTwinning a mano con i valori che il gestore stampa.",
  "lti.refusal.roster_unavailable.title": "L'elenco degli iscritti non è disponibile",
  "lti.refusal.roster_unavailable.body":
    "Per importare gli alunni, apri OpenTwinning dal corso di cui vuoi importare gli alunni. L'amministratore della piattaforma didattica deve abilitare per OpenTwinning il servizio Names and Role Provisioning.",
  "lti.refusal.deep_linking_unavailable.title": "Aggiungi OpenTwinning dal tuo corso",
  "lti.refusal.deep_linking_unavailable.body":
    "Per inserire in un corso il link a un progetto, aggiungi un'attività OpenTwinning nel corso e scegli «Seleziona contenuto».",

  "lti.new_window.title": "Apri OpenTwinning in una nuova finestra",
  "lti.new_window.body":
    "Il tuo browser non permette a OpenTwinning di mantenere l'accesso dentro la pagina della piattaforma didattica (blocca i cookie dei siti incorporati). Aprilo in una nuova finestra per continuare.",
  "lti.new_window.action": "Apri in una nuova finestra",
  "lti.cookies_blocked.title": "Ancora un passaggio",
  "lti.cookies_blocked.body":
    "Il tuo browser blocca il cookie di OpenTwinning dentro la pagina della piattaforma didattica, quindi qui non puoi restare collegato. Apri OpenTwinning in una nuova finestra; il link funziona una sola volta e per un minuto.",
  "lti.handoff_used.title": "Questo link è scaduto",
  "lti.handoff_used.body":
    "Il link per aprire OpenTwinning in una nuova finestra funziona una sola volta e per un minuto. Apri di nuovo OpenTwinning dal tuo corso.",

  "lti.register.title": "Collega la tua scuola a OpenTwinning",
  "lti.register.intro":
    "OpenTwinning collega ogni connessione di una piattaforma didattica a una sola scuola. Indica il nome e il paese della scuola; i docenti che apriranno OpenTwinning tramite questa connessione apparterranno a questa scuola.",
  "lti.register.school_name": "Nome della scuola",
  "lti.register.country": "Paese",
  "lti.register.choose_country": "Scegli il paese",
  "lti.register.pinned":
    "Il link di registrazione fissa la scuola e il paese indicati qui. Se non sono corretti, chiedi all'operatore di OpenTwinning un nuovo link.",
  "lti.register.submit": "Registra OpenTwinning",
  "lti.register.unit_intro":
    "Questo link collega la piattaforma didattica dell'unità nazionale {country}. Chi apre OpenTwinning tramite questa connessione lavora come personale dell'unità: non è un docente e non compare ai docenti come partner.",
  "lti.register.unit_name": "l'unità nazionale {country}",
  "lti.register.central_intro":
    "Questo link collega la piattaforma di apprendimento del servizio centrale di supporto. Chi apre OpenTwinning da questa connessione lavora come servizio centrale di supporto (agisce per tutti i paesi): non è un docente e non compare ai docenti come partner.",
  "lti.register.central_name": "il servizio centrale di supporto",
  "lti.register.done.title": "OpenTwinning è registrato",
  "lti.register.done.body":
    "OpenTwinning è ora collegato per {school}. Nella piattaforma didattica attiva lo strumento se viene richiesto (in Moodle: Amministrazione del sito → Plugin → Moduli attività → Tool esterno → Gestione tool). In Moodle apri anche le impostazioni del tool e imposta «Utilizzo della configurazione del tool» su «Mostra nel selettore attività e come tool preconfigurato»: finché non lo fai, i docenti non possono aggiungerlo ai loro corsi.",

  "lti.deep_linking.title": "Collega un progetto a questo corso",
  "lti.deep_linking.intro": "Scegli il progetto che i tuoi alunni apriranno da questo corso.",
  "lti.deep_linking.none":
    "Non sei ancora membro di alcun progetto. Prima fonda un progetto o unisciti a uno in OpenTwinning, poi aggiungi di nuovo il link.",
  "lti.deep_linking.choose": "I tuoi progetti",
  "lti.deep_linking.not_open.draft":
    "Non ancora: gli alunni possono aprire un progetto quando è approvato. Prima invialo dalla sua pagina.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Non ancora: si attende che il cofondatore accetti, poi l'approvazione delle unità nazionali.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Non ancora: potrà essere inserito nel corso appena le unità nazionali lo approvano.",
  "lti.deep_linking.not_open.closed": "Chiuso: il progetto è terminato.",
  "lti.deep_linking.submit": "Aggiungi il link al corso",
  "lti.deep_linking.returning": "Ritorno al corso",
  "lti.deep_linking.return": "Continua verso il corso",

  "lti.roster.title": "Importa gli alunni dal corso",
  "lti.roster.intro":
    "Questi sono gli studenti del tuo corso {course}. Scegli gli alunni da registrare in OpenTwinning; se ne conserva solo il nome. Gli alunni registrati possono aprire OpenTwinning dal corso e vedono i progetti a cui li aggiungi.",
  "lti.roster.empty": "Il corso non ha studenti da importare.",
  "lti.roster.choose_one": "Lo studente del corso",
  "lti.roster.choose_many": "I {count} di studenti del corso",
  "lti.roster.choose_other": "I {count} studenti del corso",
  "lti.roster.project": "Aggiungili anche a questo progetto (facoltativo)",
  "lti.roster.no_project": "Nessun progetto per ora",
  "lti.roster.submit": "Registra gli alunni scelti",
  "lti.roster.unnamed": "Alunno {id}",
  "lti.roster.done.title": "Alunni importati",
  "lti.roster.done.registered_one": "Un alunno è stato registrato ora:",
  "lti.roster.done.registered_many": "{count} di alunni sono stati registrati ora.",
  "lti.roster.done.registered_other": "{count} alunni sono stati registrati ora.",
  "lti.roster.done.existing_one": "Già registrato da te: {names}.",
  "lti.roster.done.existing_many": "Già registrati da te: {names}.",
  "lti.roster.done.existing_other": "Già registrati da te: {names}.",
  "lti.roster.done.other_teacher_one":
    "Non importato, perché registrato da un altro docente o perché è un docente: {names}.",
  "lti.roster.done.other_teacher_many":
    "Non importati, perché registrati da un altro docente o perché sono docenti: {names}.",
  "lti.roster.done.other_teacher_other":
    "Non importati, perché registrati da un altro docente o perché sono docenti: {names}.",
  "lti.roster.done.project": "Ora fanno parte del progetto «{project}».",
  "lti.roster.done.sheet": "Stampa il foglio di accesso degli alunni",
  "lti.roster.done.launch":
    "I tuoi alunni aprono OpenTwinning da questo corso con il loro account della scuola.",
};
