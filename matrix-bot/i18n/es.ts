import type { Catalogue } from "../../core/index.ts";

/**
 * Los textos en español del bot. Los comandos siguen en inglés (el bot los reconoce así);
 * tipado `Catalogue` (ver core/i18n/es.ts); términos: docs/glossary/es.md.
 */
export const es: Catalogue = {
  "bot.usage": "Uso",
  "bot.refusal.wrong_room": "Este comando no funciona en esta sala.",
  "bot.refusal.only_in.project": "«{name}» funciona en una sala del TwinSpace de un proyecto. Envíalo allí.",
  "bot.refusal.only_in.direct":
    "«{name}» funciona en un mensaje directo conmigo. Abre un chat directo conmigo y envíalo allí.",
  "bot.refusal.only_in.national_unit": "«{name}» solo funciona en la sala de tu servicio nacional de apoyo.",
  "bot.refusal.not_linked":
    "Todavía no sé quién eres en OpenTwinning. Abre OpenTwinning desde la plataforma (LMS) de tu centro, ve a tu perfil, obtén un código de vinculación y envíame «link <código>» en un mensaje directo.",
  "bot.refusal.pupil":
    "Los comandos son para los docentes. Si necesitas algo en este proyecto, pregunta a tu docente.",
  "bot.refusal.not_member": "Aquí solo los docentes de este proyecto pueden usar este comando.",
  "bot.refusal.unknown_invitation":
    "Ninguna de tus invitaciones pendientes empieza por «{ref}». Envía «invitations» para verlas con sus códigos.",
  "bot.refusal.ambiguous_invitation":
    "Varias de tus invitaciones empiezan por «{ref}». Escribe más caracteres del código.",
  "bot.refusal.unknown_project":
    "Ningún proyecto pendiente de la decisión de tu servicio empieza por «{ref}». Envía «pending» para verlos con sus códigos.",
  "bot.refusal.ambiguous_project":
    "Varios proyectos empiezan por «{ref}». Escribe más caracteres del código.",
  "bot.refusal.no_teacher_found":
    "Ningún docente registrado coincide con «{term}». Revisa cómo está escrito, o usa su identificador de Matrix o su correo electrónico. Los docentes se registran abriendo OpenTwinning desde su LMS.",
  "bot.refusal.several_teachers_found":
    "{count} docentes coinciden con «{term}». Usa su identificador de Matrix o su dirección de correo electrónico para elegir a uno.",
  "bot.refusal.rate_limited_one":
    "Son muchos comandos en un minuto. Envía el siguiente dentro de un segundo; hasta entonces no responderé.",
  "bot.refusal.rate_limited_many":
    "Son muchos comandos en un minuto. Envía el siguiente dentro de {count} de segundos; hasta entonces no responderé.",
  "bot.refusal.rate_limited_other":
    "Son muchos comandos en un minuto. Envía el siguiente dentro de {count} segundos; hasta entonces no responderé.",
  "bot.refusal.unknown_command": "No conozco el comando «{name}». Envía «{prefix} help» para ver la lista.",
  "bot.refusal.internal":
    "Algo ha fallado por mi parte; no se ha cambiado nada. Inténtalo de nuevo dentro de un minuto, y avisa a tu administrador si sigue ocurriendo.",
  "bot.refusal.control_characters":
    "Tu mensaje contiene un carácter de control invisible (NUL), así que no lo he procesado. Vuelve a escribir el comando y envíalo.",
  "bot.invite.sent": "Invitación enviada a {name}. Puede aceptarla en OpenTwinning o enviándome «accept».",
  "bot.members.heading": "Docentes de «{title}»",
  "bot.members.more": "{number} docentes en total: la página del proyecto los muestra a todos.",
  "bot.members.pupils_more": "y {number} alumnos",
  "bot.members.pupils_one": "y {count} alumno",
  "bot.members.pupils_many": "y {count} de alumnos",
  "bot.members.pupils_other": "y {count} alumnos",
  "bot.approval.pending": "a la espera del servicio nacional de apoyo",
  "bot.approval.approved": "aprobado",
  "bot.approval.rejected": "rechazado",
  "bot.approval.superseded": "sustituido por un envío posterior",
  "bot.milestones.heading": "Hitos de «{title}»",
  "bot.milestones.none": "Este proyecto aún no tiene hitos.",
  "bot.link.done":
    "Hecho: {matrixId} está ahora vinculado a {name} en OpenTwinning. Te invitaré a las salas de tus proyectos.",
  "bot.projects.heading": "Tus proyectos",
  "bot.projects.more": "Tu panel en OpenTwinning muestra los demás.",
  "bot.projects.none": "Aún no tienes proyectos. Funda uno o acepta una invitación en OpenTwinning.",
  "bot.invitations.heading": "Invitaciones que te esperan (envía «accept <código>» o «decline <código>»)",
  "bot.invitations.item": "«{title}», de {inviter}",
  "bot.invitations.more":
    "Hay más invitaciones esperando: estas son las más antiguas. Cuando las respondas, aparecerán las siguientes aquí y en tu panel de OpenTwinning.",
  "bot.invitations.none": "No tienes invitaciones pendientes.",
  "bot.accept.done": "Te damos la bienvenida a «{title}». En un momento recibirás la invitación a sus salas.",
  "bot.decline.done": "Has rechazado la invitación a «{title}».",
  "bot.pending.heading": "Proyectos pendientes de la decisión de {country}",
  "bot.pending.none": "Ningún proyecto está pendiente de la decisión de {country}.",
  "bot.pending.more":
    "… y {number} más: la página del servicio nacional de apoyo en el LMS los muestra todos.",
  "bot.show.kind": "Tipo",
  "bot.show.founders": "Fundadores",
  "bot.show.summary": "Resumen",
  "bot.show.ages": "Alumnos de {min} a {max} años",
  "bot.show.safety": "Normas acordadas de seguridad y privacidad",
  "bot.approve.done": "Has aprobado «{title}». Se ha avisado a los fundadores.",
  "bot.reject.done": "Has rechazado «{title}». Se ha avisado a los fundadores, con tu motivo.",
  "bot.help.heading.direct": "Lo que puedes pedirme aquí (el prefijo {prefix} es opcional en este chat)",
  "bot.help.heading.project": "Comandos en las salas de este proyecto (empiézalos con {prefix})",
  "bot.help.heading.national_unit":
    "Comandos en la sala del servicio nacional de apoyo (empiézalos con {prefix})",
  "bot.help.heading.other":
    "Solo funciono en salas de proyectos, salas de servicios nacionales de apoyo y mensajes directos.",
  "bot.help.example": "Ejemplo",
  "bot.help.invite":
    "invitar a un docente registrado a este proyecto (por identificador de Matrix, correo electrónico o nombre)",
  "bot.help.invite.usage": "invite <docente>",
  "bot.help.invite.example": "invite @lucia.garcia:educa.madrid.org",
  "bot.help.members": "ver los docentes de este proyecto y cuántos alumnos participan",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "ver el estado de este proyecto y la decisión de cada servicio nacional de apoyo",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "ver el calendario del proyecto con las fechas previstas",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "vincular esta cuenta de Matrix a tu perfil de OpenTwinning con el código que aparece en tu página de perfil",
  "bot.help.link.usage": "link <código>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "ver tus proyectos con su estado",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "ver las invitaciones que te esperan",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "aceptar una invitación (su código aparece en «invitations»)",
  "bot.help.accept.usage": "accept <invitación>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "rechazar una invitación",
  "bot.help.decline.usage": "decline <invitación>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "ver los proyectos pendientes de la decisión de tu país",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "ver un proyecto pendiente de tu decisión",
  "bot.help.show.usage": "show <proyecto>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "aprobar un proyecto para tu país",
  "bot.help.approve.usage": "approve <proyecto>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "rechazar un proyecto para tu país, con el motivo que leerán los fundadores",
  "bot.help.reject.usage": "reject <proyecto> <motivo>",
  "bot.help.reject.example": "reject 7b1e44d0 El calendario no tiene fechas para el segundo trimestre.",
  "group.room.topic": "El debate de un Grupo eTwinning.",
  "group.kick.not_member": "Ya no es miembro del grupo «{name}».",
  "nu.room.name": "Servicio nacional de apoyo · {country}",
  "nu.room.topic":
    "Proyectos pendientes de la decisión de {country}. Los moderadores responden aquí: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Ya no es moderador de {country}.",
  "nu.awaiting.heading": "Un proyecto está pendiente de la decisión de {country}: «{title}»",
  "nu.awaiting.commands": "Responde con",
  "nu.decision.approved": "El servicio nacional de apoyo de {country} ha aprobado «{title}».",
  "nu.decision.rejected": "El servicio nacional de apoyo de {country} ha rechazado «{title}».",
  "nu.decision.reason": "Motivo",
  "nu.decision.next":
    "Cualquiera de los fundadores puede modificar el proyecto en OpenTwinning y volver a enviarlo.",
  "nu.label.national_awarded":
    "El servicio nacional de apoyo de {country} ha concedido a {teacher} el Sello de Calidad Nacional por «{title}».",
  "nu.label.national_refused":
    "El servicio nacional de apoyo de {country} no ha concedido a {teacher} el Sello de Calidad Nacional por «{title}».",
  "nu.label.european_awarded":
    "El servicio central de apoyo ha concedido el Sello de Calidad Europeo a «{title}».",
  "nu.label.european_declined":
    "El servicio central de apoyo no ha concedido el Sello de Calidad Europeo a «{title}».",
  "nu.school.verification_yes":
    "El servicio nacional de apoyo de {country} ha verificado tu centro, {school}.",
  "nu.school.verification_no":
    "El servicio nacional de apoyo de {country} ha rechazado el registro de tu centro, {school}.",
  "nu.school.label_yes":
    "El servicio nacional de apoyo de {country} ha concedido el sello Escuela eTwinning a tu centro, {school}.",
  "nu.school.label_no":
    "El servicio nacional de apoyo de {country} no ha concedido el sello Escuela eTwinning a tu centro, {school}.",
  "nu.school.rejected_next":
    "Pide al administrador de la plataforma (LMS) de tu centro que se ponga en contacto con el servicio nacional de apoyo.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · General",
  "twinspace.room.forum.name": "{title} · Foro",
  "twinspace.room.teachers.name": "{title} · Sala del profesorado",
  "twinspace.room.pupils.name": "{title} · Sala del alumnado",
  "twinspace.materials.folder.general": "Del chat: General",
  "twinspace.materials.folder.forum": "Del chat: Foro",
  "twinspace.materials.folder.pupils": "Del chat: Sala del alumnado",
  "twinspace.materials.refused": "«{name}» no se ha añadido a los materiales del proyecto.",
  "twinspace.diary.weekly.heading": "La semana pasada en «{title}»:",
  "twinspace.diary.weekly.counts":
    "Páginas creadas: {pagesCreated} · páginas modificadas: {pagesChanged} · materiales añadidos: {materialsAdded} · docentes incorporados: {membersJoined} · hitos cumplidos: {milestonesDone}",
  "twinspace.room.general.topic": "El chat diario de «{title}», con sus videoconferencias.",
  "twinspace.room.forum.topic": "Un hilo por tema: abre un tema con un mensaje y responde en su hilo.",
  "twinspace.room.teachers.topic": "Solo para los docentes de «{title}»: planificación y coordinación.",
  "twinspace.room.pupils.topic": "La sala del alumnado de «{title}», moderada por sus docentes.",
  "twinspace.video.name": "Videoconferencia",
  "twinspace.welcome.heading": "Te damos la bienvenida a {room}, una sala del proyecto «{title}».",
  "twinspace.welcome.space":
    "Este espacio reúne las salas del proyecto: General, Foro, Sala del profesorado y Sala del alumnado.",
  "twinspace.welcome.general":
    "Habla aquí del proyecto. La videoconferencia de la parte superior de esta sala es para los miembros del proyecto.",
  "twinspace.welcome.forum":
    "Este foro funciona por hilos. Para abrir un tema, publica un mensaje que diga de qué trata; todos responden en su hilo («Responder en el hilo»), no en la conversación principal. Todos los temas aparecen en «Hilos».",
  "twinspace.welcome.teachers":
    "En esta sala solo están los docentes del proyecto; los alumnos no pueden verla.",
  "twinspace.welcome.pupils": "Aquí se reúnen los alumnos del proyecto; sus docentes moderan la sala.",
  "twinspace.welcome.partners": "Centros socios: {schools}.",
  "twinspace.welcome.rules": "Normas de seguridad y privacidad acordadas por los socios:",
  "twinspace.welcome.footer":
    "La pertenencia sigue al proyecto en OpenTwinning: las personas entran en estas salas y salen de ellas a la vez que entran en el proyecto y salen de él.",
  "twinspace.closed":
    "Este proyecto se cerró el {date}. Sus salas siguen aquí para que sus miembros las lean y no se ha borrado nada, pero ya nadie puede escribir en ellas.",
  "twinspace.kick.not_member": "No es miembro del proyecto «{title}».",
  "twinspace.kick.left": "Ha abandonado el proyecto «{title}».",
  "twinspace.kick.removed": "Retirado del proyecto «{title}»: {reason}",
  "twinspace.kick.removed_no_reason": "Retirado del proyecto «{title}».",
  "twinspace.kick.pupil_removed": "Ya no participa en el proyecto «{title}».",
  "twinspace.kick.unlinked":
    "Ha desvinculado su cuenta de Matrix de OpenTwinning, así que esta cuenta ya no está en el proyecto «{title}».",
  "twinspace.kick.relinked":
    "Ha vinculado otra cuenta de Matrix en OpenTwinning y participa en el proyecto «{title}» con esa.",
  "twinspace.problems.heading":
    "{founders}: no he podido dejar todo este TwinSpace tal como indica el proyecto:",
  "twinspace.problems.founders": "Fundadores",
  "twinspace.problem.banned":
    "{subject} tiene prohibida la entrada en {rooms}, pero sigue en el proyecto. Levanta la prohibición, o retíralo del proyecto en OpenTwinning.",
  "twinspace.problem.invite_failed":
    "No he podido invitar a {subject} a {rooms} ({detail}). Comprueba el identificador de Matrix vinculado en OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} está en {rooms} sin estar en el proyecto, y no he podido retirarlo ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} tiene el mismo nivel de permisos que el propio bot en {rooms}, y Matrix no permite a nadie bajarlo. Pide al administrador del servidor de Matrix que lo corrija.",
  "twinspace.problem.state_failed": "No he podido restablecer {subject} en {rooms} ({detail}).",
};
