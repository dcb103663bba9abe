import type { Catalogue } from "../../core/index.ts";
import type { BotMessageKey } from "./en.ts";

/** I testi italiani del bot. Besides the English keys, it has the plural forms
 * Italian selects and English lacks (_many: "1000000 di …"). */
export const it: Record<BotMessageKey, string> & Catalogue = {
  "bot.usage": "Uso",
  "bot.refusal.wrong_room": "Questo comando non funziona in questa stanza.",
  "bot.refusal.only_in.project": "“{name}” funziona nelle stanze del TwinSpace di un progetto. Invialo lì.",
  "bot.refusal.only_in.direct":
    "“{name}” funziona in un messaggio diretto con me. Apri una chat diretta con me e invialo lì.",
  "bot.refusal.only_in.national_unit": "“{name}” funziona solo nella stanza della tua unità nazionale.",
  "bot.refusal.not_linked":
    "Non so ancora chi sei in OpenTwinning. Apri OpenTwinning dalla piattaforma della tua scuola, vai al tuo profilo, prendi un codice di collegamento e inviami “link <codice>” in un messaggio diretto.",
  "bot.refusal.pupil":
    "I comandi sono per i docenti. Se ti serve qualcosa in questo progetto, chiedi al tuo docente.",
  "bot.refusal.not_member": "Qui questo comando è riservato ai docenti del progetto.",
  "bot.refusal.unknown_invitation":
    "Nessun tuo invito in attesa inizia con “{ref}”. Invia “invitations” per vederli con i loro codici.",
  "bot.refusal.ambiguous_invitation":
    "Più inviti iniziano con “{ref}”. Scrivi una parte più lunga del codice.",
  "bot.refusal.unknown_project":
    "Nessun progetto in attesa della decisione della tua unità inizia con “{ref}”. Invia “pending” per vederli con i loro codici.",
  "bot.refusal.ambiguous_project":
    "Più progetti iniziano con “{ref}”. Scrivi una parte più lunga del codice.",
  "bot.refusal.no_teacher_found":
    "Nessun docente registrato corrisponde a “{term}”. Controlla come è scritto, oppure usa il suo ID Matrix o la sua email. I docenti si registrano aprendo OpenTwinning dalla loro piattaforma.",
  "bot.refusal.several_teachers_found":
    "{count} docenti corrispondono a “{term}”. Usa il suo ID Matrix o la sua email per sceglierne uno.",
  "bot.refusal.rate_limited_one":
    "Sono tanti comandi in un minuto. Invia il prossimo tra un secondo; fino ad allora non risponderò.",
  "bot.refusal.rate_limited_many":
    "Sono tanti comandi in un minuto. Invia il prossimo tra {count} di secondi; fino ad allora non risponderò.",
  "bot.refusal.rate_limited_other":
    "Sono tanti comandi in un minuto. Invia il prossimo tra {count} secondi; fino ad allora non risponderò.",
  "bot.refusal.unknown_command": "Non conosco il comando “{name}”. Invia “{prefix} help” per l'elenco.",
  "bot.refusal.internal":
    "Qualcosa è andato storto da parte mia; non è stato modificato nulla. Riprova tra un minuto e avvisa il tuo amministratore se succede ancora.",
  "bot.refusal.control_characters":
    "Il tuo messaggio contiene un carattere di controllo invisibile (NUL), quindi non l'ho eseguito. Riscrivi il comando e invialo di nuovo.",
  "bot.invite.sent": "Invito inviato a {name}. Può accettarlo in OpenTwinning o inviandomi “accept”.",
  "bot.members.heading": "Docenti di “{title}”",
  "bot.members.more": "{number} docenti in tutto: la pagina del progetto li elenca tutti.",
  "bot.members.pupils_more": "e {number} alunni",
  "bot.members.pupils_one": "e {count} alunno",
  "bot.members.pupils_many": "e {count} di alunni",
  "bot.members.pupils_other": "e {count} alunni",
  "bot.approval.pending": "in attesa dell'unità nazionale",
  "bot.approval.approved": "approvato",
  "bot.approval.rejected": "respinto",
  "bot.approval.superseded": "sostituito da un invio successivo",
  "bot.milestones.heading": "Scadenze di “{title}”",
  "bot.milestones.none": "Questo progetto non ha ancora scadenze.",
  "bot.link.done":
    "Fatto: {matrixId} è ora collegato a {name} in OpenTwinning. Ti inviterò nelle stanze dei tuoi progetti.",
  "bot.projects.heading": "I tuoi progetti",
  "bot.projects.more": "La tua bacheca in OpenTwinning elenca gli altri.",
  "bot.projects.none": "Non hai ancora progetti. Fondane uno o accetta un invito in OpenTwinning.",
  "bot.invitations.heading": "Inviti in attesa (invia “accept <codice>” o “decline <codice>”)",
  "bot.invitations.item": "“{title}”, da {inviter}",
  "bot.invitations.more":
    "Altri inviti sono in attesa: questi sono i più vecchi. Quando rispondi, compaiono i successivi, qui e nella tua bacheca in OpenTwinning.",
  "bot.invitations.none": "Non hai inviti in attesa.",
  "bot.accept.done": "Benvenuto in “{title}”. Tra un momento sarai invitato nelle sue stanze.",
  "bot.decline.done": "Hai rifiutato l'invito a “{title}”.",
  "bot.pending.heading": "Progetti in attesa della decisione per {country}",
  "bot.pending.none": "Nessun progetto attende la decisione per {country}.",
  "bot.pending.more": "… e ancora {number}: la pagina dell'unità nazionale nel LMS le elenca tutte.",
  "bot.show.kind": "Tipo",
  "bot.show.founders": "Fondatori",
  "bot.show.summary": "Sintesi",
  "bot.show.ages": "Alunni dai {min} ai {max} anni",
  "bot.show.safety": "Regole di sicurezza e privacy concordate",
  "bot.approve.done": "Hai approvato “{title}”. I fondatori sono stati avvisati.",
  "bot.reject.done": "Hai respinto “{title}”. I fondatori sono stati avvisati, con la tua motivazione.",
  "bot.help.heading.direct": "Cosa puoi chiedermi qui (in questa chat il prefisso {prefix} è facoltativo)",
  "bot.help.heading.project": "Comandi nelle stanze di questo progetto (iniziali con {prefix})",
  "bot.help.heading.national_unit": "Comandi nella stanza dell'unità nazionale (iniziali con {prefix})",
  "bot.help.heading.other":
    "Funziono solo nelle stanze dei progetti, nelle stanze delle unità nazionali e nei messaggi diretti.",
  "bot.help.example": "Esempio",
  "bot.help.invite": "invita un docente registrato in questo progetto (per ID Matrix, email o nome)",
  "bot.help.invite.usage": "invite <docente>",
  "bot.help.invite.example": "invite @marie.dupont:ac-lyon.fr",
  "bot.help.members": "elenca i docenti del progetto e quanti alunni partecipano",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "mostra lo stato del progetto e la decisione di ogni unità nazionale",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "mostra il calendario del progetto con le scadenze",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "collega questo account Matrix al tuo profilo OpenTwinning con il codice mostrato nel profilo",
  "bot.help.link.usage": "link <codice>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "elenca i tuoi progetti con il loro stato",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "elenca gli inviti in attesa",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "accetta un invito (il codice è in “invitations”)",
  "bot.help.accept.usage": "accept <invito>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "rifiuta un invito",
  "bot.help.decline.usage": "decline <invito>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "elenca i progetti in attesa della decisione del tuo paese",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "mostra un progetto in attesa della tua decisione",
  "bot.help.show.usage": "show <progetto>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "approva un progetto per il tuo paese",
  "bot.help.approve.usage": "approve <progetto>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "respingi un progetto per il tuo paese, con la motivazione che i fondatori leggeranno",
  "bot.help.reject.usage": "reject <progetto> <motivazione>",
  "bot.help.reject.example": "reject 7b1e44d0 Il calendario non ha date per il secondo quadrimestre.",
  "group.room.topic": "La discussione di un Gruppo eTwinning.",
  "group.kick.not_member": "Non fai parte del gruppo “{name}”.",
  "nu.room.name": "Unità nazionale · {country}",
  "nu.room.topic":
    "Progetti in attesa della decisione dell'unità nazionale ({country}). I moderatori rispondono qui: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Non più moderatore dell'unità nazionale ({country}).",
  "nu.awaiting.heading": "Un progetto attende la decisione dell'unità nazionale ({country}): “{title}”",
  "nu.awaiting.commands": "Rispondi con",
  "nu.decision.approved": "L'unità nazionale ({country}) ha approvato “{title}”.",
  "nu.decision.rejected": "L'unità nazionale ({country}) ha respinto “{title}”.",
  "nu.decision.reason": "Motivo",
  "nu.decision.next": "Uno dei due fondatori può modificare il progetto in OpenTwinning e inviarlo di nuovo.",
  "nu.label.national_awarded":
    "L'unità nazionale ({country}) ha assegnato a {teacher} il Quality Label nazionale per “{title}”.",
  "nu.label.national_refused":
    "L'unità nazionale ({country}) non ha assegnato a {teacher} il Quality Label nazionale per “{title}”.",
  "nu.label.european_awarded":
    "Il servizio centrale di supporto ha assegnato il Quality Label europeo a “{title}”.",
  "nu.label.european_declined":
    "Il servizio centrale di supporto non ha assegnato il Quality Label europeo a “{title}”.",
  "nu.school.verification_yes": "L'unità nazionale ({country}) ha verificato la tua scuola, {school}.",
  "nu.school.verification_no":
    "L'unità nazionale ({country}) ha respinto la registrazione della tua scuola, {school}.",
  "nu.school.label_yes":
    "L'unità nazionale ({country}) ha assegnato il marchio Scuola eTwinning alla tua scuola, {school}.",
  "nu.school.label_no":
    "L'unità nazionale ({country}) non ha assegnato il marchio Scuola eTwinning alla tua scuola, {school}.",
  "nu.school.rejected_next": "Chiedi all'amministratore del tuo LMS di contattare l'unità nazionale.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Generale",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Sala docenti",
  "twinspace.room.pupils.name": "{title} · Stanza degli alunni",
  "twinspace.materials.folder.general": "Dalla chat: Generale",
  "twinspace.materials.folder.forum": "Dalla chat: Forum",
  "twinspace.materials.folder.pupils": "Dalla chat: Stanza degli alunni",
  "twinspace.materials.refused": "“{name}” non è stato aggiunto ai materiali del progetto.",
  "twinspace.diary.weekly.heading": "La settimana scorsa in “{title}”:",
  "twinspace.diary.weekly.counts":
    "Pagine create: {pagesCreated} · pagine modificate: {pagesChanged} · materiali aggiunti: {materialsAdded} · docenti entrati: {membersJoined} · traguardi raggiunti: {milestonesDone}",
  "twinspace.room.general.topic": "La chat di tutti i giorni di “{title}”, con le sue videoriunioni.",
  "twinspace.room.forum.topic":
    "Un thread per argomento: apri un argomento con un messaggio, rispondi nel suo thread.",
  "twinspace.room.teachers.topic": "Solo per i docenti di “{title}”: programmazione e coordinamento.",
  "twinspace.room.pupils.topic": "La stanza degli alunni di “{title}”, moderata dai loro docenti.",
  "twinspace.video.name": "Videoriunione",
  "twinspace.welcome.heading": "Benvenuti in {room}, una stanza del progetto “{title}”.",
  "twinspace.welcome.space":
    "Questo spazio raccoglie le stanze del progetto: Generale, Forum, la Sala docenti e la Stanza degli alunni.",
  "twinspace.welcome.general":
    "Qui si parla del progetto. La videoriunione in cima alla stanza è per i membri del progetto.",
  "twinspace.welcome.forum":
    "Questo forum funziona a thread. Per aprire un argomento, scrivi un messaggio che dica di cosa si tratta; tutti rispondono nel suo thread (“Rispondi nel thread”), non nella cronologia principale. Tutti gli argomenti sono elencati in “Thread”.",
  "twinspace.welcome.teachers":
    "In questa stanza ci sono solo i docenti del progetto; gli alunni non la vedono.",
  "twinspace.welcome.pupils": "Qui si incontrano gli alunni del progetto; i loro docenti moderano la stanza.",
  "twinspace.welcome.partners": "Scuole partner: {schools}.",
  "twinspace.welcome.rules": "Regole di sicurezza e privacy concordate dai partner:",
  "twinspace.welcome.footer":
    "I membri seguono il progetto in OpenTwinning: si entra e si esce da queste stanze entrando e uscendo dal progetto.",
  "twinspace.closed":
    "Questo progetto è stato chiuso il {date}. Le sue stanze restano leggibili per i membri e nulla è stato cancellato, ma nessuno può più scrivere.",
  "twinspace.kick.not_member": "Non è membro del progetto “{title}”.",
  "twinspace.kick.left": "Ha lasciato il progetto “{title}”.",
  "twinspace.kick.removed": "Rimosso dal progetto “{title}”: {reason}",
  "twinspace.kick.removed_no_reason": "Rimosso dal progetto “{title}”.",
  "twinspace.kick.pupil_removed": "Non partecipa più al progetto “{title}”.",
  "twinspace.kick.unlinked":
    "Ha scollegato il proprio account Matrix da OpenTwinning, quindi questo account non è più nel progetto “{title}”.",
  "twinspace.kick.relinked":
    "Ha collegato un altro account Matrix in OpenTwinning e partecipa al progetto “{title}” con quello.",
  "twinspace.problems.heading":
    "{founders}: non sono riuscito a rimettere tutto in questo TwinSpace come vuole il progetto:",
  "twinspace.problems.founders": "Fondatori",
  "twinspace.problem.banned":
    "{subject} è bandito da {rooms} ma fa ancora parte del progetto. Togli il ban, oppure rimuovilo dal progetto in OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Non sono riuscito a invitare {subject} in {rooms} ({detail}). Controlla l'ID Matrix collegato in OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} è in {rooms} senza far parte del progetto e non sono riuscito a rimuoverlo ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} ha lo stesso livello di potere del bot in {rooms}, che Matrix non permette a nessuno di abbassare. Chiedi all'amministratore dell'homeserver di correggerlo.",
  "twinspace.problem.state_failed": "Non sono riuscito a ripristinare {subject} in {rooms} ({detail}).",
};
