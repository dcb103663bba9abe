import type { Catalogue } from "../../core/index.ts";

/**
 * Die deutschen Texte des Bots. Die Befehle bleiben englisch (so erkennt der Bot sie);
 * typisiert als `Catalogue` (siehe core/i18n/de.ts); Begriffe: docs/glossary/de.md.
 */
export const de: Catalogue = {
  "bot.usage": "Syntax",
  "bot.refusal.wrong_room": "Dieser Befehl funktioniert in diesem Raum nicht.",
  "bot.refusal.only_in.project":
    "„{name}“ funktioniert in einem TwinSpace-Raum eines Projekts. Senden Sie den Befehl dort.",
  "bot.refusal.only_in.direct":
    "„{name}“ funktioniert in einer Direktnachricht an mich. Beginnen Sie einen Direktchat mit mir und senden Sie den Befehl dort.",
  "bot.refusal.only_in.national_unit":
    "„{name}“ funktioniert nur im Raum Ihrer Nationalen Koordinierungsstelle.",
  "bot.refusal.not_linked":
    "Ich weiß noch nicht, wer Sie in OpenTwinning sind. Öffnen Sie OpenTwinning über die Lernplattform Ihrer Schule, gehen Sie zu Ihrem Profil, holen Sie sich einen Verknüpfungscode und senden Sie mir „link <code>“ in einer Direktnachricht.",
  "bot.refusal.pupil":
    "Befehle sind für Lehrkräfte. Wenn du in diesem Projekt etwas brauchst, frag deine Lehrkraft.",
  "bot.refusal.not_member": "Nur Lehrkräfte dieses Projekts können diesen Befehl hier verwenden.",
  "bot.refusal.unknown_invitation":
    "Keine offene Einladung an Sie beginnt mit „{ref}“. Senden Sie „invitations“, um sie mit ihren Codes zu sehen.",
  "bot.refusal.ambiguous_invitation":
    "Mehrere Ihrer Einladungen beginnen mit „{ref}“. Geben Sie mehr vom Code ein.",
  "bot.refusal.unknown_project":
    "Kein Projekt, das auf die Entscheidung Ihrer Koordinierungsstelle wartet, beginnt mit „{ref}“. Senden Sie „pending“, um sie mit ihren Codes zu sehen.",
  "bot.refusal.ambiguous_project": "Mehrere Projekte beginnen mit „{ref}“. Geben Sie mehr vom Code ein.",
  "bot.refusal.no_teacher_found":
    "Keine registrierte Lehrkraft passt zu „{term}“. Prüfen Sie die Schreibweise, oder verwenden Sie die Matrix-ID oder E-Mail-Adresse. Lehrkräfte registrieren sich, indem sie OpenTwinning über ihre Lernplattform öffnen.",
  "bot.refusal.several_teachers_found":
    "{count} Lehrkräfte passen zu „{term}“. Verwenden Sie die Matrix-ID oder E-Mail-Adresse, um eine auszuwählen.",
  "bot.refusal.rate_limited_one":
    "Das sind viele Befehle in einer Minute. Senden Sie den nächsten in einer Sekunde; bis dahin antworte ich nicht.",
  "bot.refusal.rate_limited_other":
    "Das sind viele Befehle in einer Minute. Senden Sie den nächsten in {count} Sekunden; bis dahin antworte ich nicht.",
  "bot.refusal.unknown_command":
    "Den Befehl „{name}“ kenne ich nicht. Senden Sie „{prefix} help“ für die Liste.",
  "bot.refusal.internal":
    "Bei mir ist etwas schiefgegangen; nichts wurde geändert. Bitte versuchen Sie es in einer Minute erneut, und informieren Sie Ihre Administration, wenn es immer wieder passiert.",
  "bot.refusal.control_characters":
    "Ihre Nachricht enthält ein unsichtbares Steuerzeichen (NUL), daher habe ich nichts getan. Tippen Sie den Befehl neu und senden Sie ihn.",
  "bot.invite.sent":
    "Einladung an {name} gesendet. {name} kann sie in OpenTwinning annehmen oder mir „accept“ senden.",
  "bot.members.heading": "Lehrkräfte von „{title}“",
  "bot.members.more": "Insgesamt {number} Lehrkräfte: Die Projektseite listet alle auf.",
  "bot.members.pupils_more": "und {number} Schülerinnen und Schüler",
  "bot.members.pupils_one": "und {count} Schülerin oder Schüler",
  "bot.members.pupils_other": "und {count} Schülerinnen und Schüler",
  "bot.approval.pending": "wartet auf die Nationale Koordinierungsstelle",
  "bot.approval.approved": "genehmigt",
  "bot.approval.rejected": "abgelehnt",
  "bot.approval.superseded": "durch eine spätere Einreichung ersetzt",
  "bot.milestones.heading": "Meilensteine von „{title}“",
  "bot.milestones.none": "Dieses Projekt hat noch keine Meilensteine.",
  "bot.link.done":
    "Erledigt: {matrixId} ist jetzt in OpenTwinning mit {name} verknüpft. Ich lade Sie in die Räume Ihrer Projekte ein.",
  "bot.projects.heading": "Ihre Projekte",
  "bot.projects.more": "Ihre Übersicht in OpenTwinning listet die anderen auf.",
  "bot.projects.none":
    "Sie haben noch keine Projekte. Gründen Sie eines oder nehmen Sie in OpenTwinning eine Einladung an.",
  "bot.invitations.heading":
    "Einladungen, die auf Sie warten (senden Sie „accept <code>“ oder „decline <code>“)",
  "bot.invitations.item": "„{title}“, von {inviter}",
  "bot.invitations.more":
    "Weitere Einladungen warten: Dies sind die ältesten. Sobald Sie sie beantworten, erscheinen die nächsten hier und in Ihrer Übersicht in OpenTwinning.",
  "bot.invitations.none": "Keine Einladungen warten auf Sie.",
  "bot.accept.done": "Willkommen bei „{title}“. Sie werden gleich in seine Räume eingeladen.",
  "bot.decline.done": "Sie haben die Einladung zu „{title}“ abgelehnt.",
  "bot.pending.heading": "Projekte, die auf die Entscheidung für {country} warten",
  "bot.pending.none": "Kein Projekt wartet auf die Entscheidung für {country}.",
  "bot.pending.more":
    "… und {number} weitere: Die Seite der Nationalen Koordinierungsstelle in der Lernplattform listet alle auf.",
  "bot.show.kind": "Art",
  "bot.show.founders": "Gründer",
  "bot.show.summary": "Zusammenfassung",
  "bot.show.ages": "Schülerinnen und Schüler von {min} bis {max} Jahren",
  "bot.show.safety": "Vereinbarte Regeln zu Sicherheit und Datenschutz",
  "bot.approve.done": "Sie haben „{title}“ genehmigt. Die Gründer werden benachrichtigt.",
  "bot.reject.done": "Sie haben „{title}“ abgelehnt. Die Gründer werden mit Ihrer Begründung benachrichtigt.",
  "bot.help.heading.direct":
    "Was Sie mich hier fragen können (das Präfix {prefix} ist in diesem Chat optional)",
  "bot.help.heading.project": "Befehle in den Räumen dieses Projekts (beginnen Sie sie mit {prefix})",
  "bot.help.heading.national_unit":
    "Befehle im Raum der Nationalen Koordinierungsstelle (beginnen Sie sie mit {prefix})",
  "bot.help.heading.other":
    "Ich arbeite nur in Projekträumen, Räumen der Nationalen Koordinierungsstellen und Direktnachrichten.",
  "bot.help.example": "Beispiel",
  "bot.help.invite":
    "eine registrierte Lehrkraft zu diesem Projekt einladen (per Matrix-ID, E-Mail-Adresse oder Name)",
  "bot.help.invite.usage": "invite <lehrkraft>",
  "bot.help.invite.example": "invite @marie.dupont:ac-lyon.fr",
  "bot.help.members":
    "die Lehrkräfte dieses Projekts auflisten und wie viele Schülerinnen und Schüler teilnehmen",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status":
    "den Status dieses Projekts und die Entscheidung jeder Nationalen Koordinierungsstelle zeigen",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "den Projektkalender mit Terminen zeigen",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "dieses Matrix-Konto mit dem Code von Ihrer Profilseite mit Ihrem OpenTwinning-Profil verknüpfen",
  "bot.help.link.usage": "link <code>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "Ihre Projekte mit ihrem Status auflisten",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "die Einladungen auflisten, die auf Sie warten",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "eine Einladung annehmen (ihr Code steht unter „invitations“)",
  "bot.help.accept.usage": "accept <einladung>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "eine Einladung ablehnen",
  "bot.help.decline.usage": "decline <einladung>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "die Projekte auflisten, die auf die Entscheidung Ihres Landes warten",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "ein Projekt zeigen, das auf Ihre Entscheidung wartet",
  "bot.help.show.usage": "show <projekt>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "ein Projekt für Ihr Land genehmigen",
  "bot.help.approve.usage": "approve <projekt>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "ein Projekt für Ihr Land ablehnen, mit der Begründung, die die Gründer lesen",
  "bot.help.reject.usage": "reject <projekt> <begründung>",
  "bot.help.reject.example": "reject 7b1e44d0 Der Kalender hat keine Termine für das zweite Halbjahr.",
  "group.room.topic": "Die Diskussion einer eTwinning-Gruppe.",
  "group.kick.not_member": "Kein Mitglied der Gruppe „{name}“.",
  "nu.room.name": "Nationale Koordinierungsstelle · {country}",
  "nu.room.topic":
    "Projekte, die auf die Entscheidung für {country} warten. Die Moderatoren antworten hier: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Nicht mehr Moderator für {country}.",
  "nu.awaiting.heading": "Ein Projekt wartet auf die Entscheidung für {country}: „{title}“",
  "nu.awaiting.commands": "Antworten Sie mit",
  "nu.decision.approved": "Die Nationale Koordinierungsstelle ({country}) hat „{title}“ genehmigt.",
  "nu.decision.rejected": "Die Nationale Koordinierungsstelle ({country}) hat „{title}“ abgelehnt.",
  "nu.decision.reason": "Begründung",
  "nu.decision.next":
    "Jeder der beiden Gründer kann das Projekt in OpenTwinning überarbeiten und erneut einreichen.",
  "nu.label.national_awarded":
    "Die Nationale Koordinierungsstelle ({country}) hat {teacher} das Nationale Qualitätssiegel für „{title}“ verliehen.",
  "nu.label.national_refused":
    "Die Nationale Koordinierungsstelle ({country}) hat {teacher} das Nationale Qualitätssiegel für „{title}“ nicht verliehen.",
  "nu.label.european_awarded":
    "Die Zentrale Koordinierungsstelle hat „{title}“ das Europäische Qualitätssiegel verliehen.",
  "nu.label.european_declined":
    "Die Zentrale Koordinierungsstelle hat „{title}“ das Europäische Qualitätssiegel nicht verliehen.",
  "nu.school.verification_yes":
    "Die Nationale Koordinierungsstelle ({country}) hat Ihre Schule {school} bestätigt.",
  "nu.school.verification_no":
    "Die Nationale Koordinierungsstelle ({country}) hat die Registrierung Ihrer Schule {school} abgelehnt.",
  "nu.school.label_yes":
    "Die Nationale Koordinierungsstelle ({country}) hat Ihre Schule {school} als eTwinning-Schule ausgezeichnet.",
  "nu.school.label_no":
    "Die Nationale Koordinierungsstelle ({country}) hat Ihre Schule {school} nicht als eTwinning-Schule ausgezeichnet.",
  "nu.school.rejected_next":
    "Bitten Sie die Administration Ihrer Lernplattform, sich an die Nationale Koordinierungsstelle zu wenden.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Allgemein",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Lehrerzimmer",
  "twinspace.room.pupils.name": "{title} · Schülertreff",
  "twinspace.materials.folder.general": "Aus dem Chat: Allgemein",
  "twinspace.materials.folder.forum": "Aus dem Chat: Forum",
  "twinspace.materials.folder.pupils": "Aus dem Chat: Schülertreff",
  "twinspace.materials.refused": "„{name}“ wurde nicht zu den Materialien des Projekts hinzugefügt.",
  "twinspace.diary.weekly.heading": "Letzte Woche in „{title}“:",
  "twinspace.diary.weekly.counts":
    "Seiten erstellt: {pagesCreated} · Seiten geändert: {pagesChanged} · Materialien hinzugefügt: {materialsAdded} · Lehrkräfte beigetreten: {membersJoined} · Meilensteine erreicht: {milestonesDone}",
  "twinspace.room.general.topic": "Der alltägliche Chat von „{title}“, mit seinen Videokonferenzen.",
  "twinspace.room.forum.topic":
    "Ein Thread pro Thema: ein Thema mit einer Nachricht eröffnen, in seinem Thread antworten.",
  "twinspace.room.teachers.topic": "Nur für die Lehrkräfte von „{title}“: Planung und Abstimmung.",
  "twinspace.room.pupils.topic":
    "Der Raum der Schülerinnen und Schüler von „{title}“, moderiert von ihren Lehrkräften.",
  "twinspace.video.name": "Videokonferenz",
  "twinspace.welcome.heading": "Willkommen in {room}, einem Raum des Projekts „{title}“.",
  "twinspace.welcome.space":
    "Dieser Bereich enthält die Räume des Projekts: Allgemein, Forum, das Lehrerzimmer und den Schülertreff.",
  "twinspace.welcome.general":
    "Hier geht es um das Projekt. Die Videokonferenz oben in diesem Raum ist für die Mitglieder des Projekts.",
  "twinspace.welcome.forum":
    "Dieses Forum arbeitet mit Threads. Ein Thema beginnt mit einer Nachricht, die sagt, worum es geht; alle antworten in seinem Thread („In Thread antworten“), nicht im Hauptverlauf. Alle Themen stehen unter „Threads“.",
  "twinspace.welcome.teachers":
    "Nur die Lehrkräfte des Projekts sind in diesem Raum; Schülerinnen und Schüler können ihn nicht sehen.",
  "twinspace.welcome.pupils":
    "Hier treffen sich die Schülerinnen und Schüler des Projekts; ihre Lehrkräfte moderieren den Raum.",
  "twinspace.welcome.partners": "Partnerschulen: {schools}.",
  "twinspace.welcome.rules": "Von den Partnern vereinbarte Regeln zu Sicherheit und Datenschutz:",
  "twinspace.welcome.footer":
    "Die Mitgliedschaft folgt dem Projekt in OpenTwinning: Wer dem Projekt beitritt oder es verlässt, tritt diesen Räumen bei oder verlässt sie.",
  "twinspace.closed":
    "Dieses Projekt wurde am {date} geschlossen. Seine Räume bleiben zum Lesen für seine Mitglieder erhalten, und nichts wurde gelöscht, aber niemand kann mehr darin schreiben.",
  "twinspace.kick.not_member": "Kein Mitglied des Projekts „{title}“.",
  "twinspace.kick.left": "Hat das Projekt „{title}“ verlassen.",
  "twinspace.kick.removed": "Aus dem Projekt „{title}“ entfernt: {reason}",
  "twinspace.kick.removed_no_reason": "Aus dem Projekt „{title}“ entfernt.",
  "twinspace.kick.pupil_removed": "Nimmt nicht mehr am Projekt „{title}“ teil.",
  "twinspace.kick.unlinked":
    "Hat die Verknüpfung des Matrix-Kontos mit OpenTwinning aufgehoben, daher ist dieses Konto nicht mehr im Projekt „{title}“.",
  "twinspace.kick.relinked":
    "Hat in OpenTwinning ein anderes Matrix-Konto verknüpft und nimmt mit diesem am Projekt „{title}“ teil.",
  "twinspace.problems.heading":
    "{founders}: Ich konnte in diesem TwinSpace nicht alles wieder so herstellen, wie es das Projekt vorsieht:",
  "twinspace.problems.founders": "Gründer",
  "twinspace.problem.banned":
    "{subject} ist aus {rooms} verbannt, aber noch im Projekt. Heben Sie die Sperre auf, oder entfernen Sie die Person in OpenTwinning aus dem Projekt.",
  "twinspace.problem.invite_failed":
    "Ich konnte {subject} nicht in {rooms} einladen ({detail}). Prüfen Sie die in OpenTwinning verknüpfte Matrix-ID.",
  "twinspace.problem.kick_failed":
    "{subject} ist in {rooms}, ohne im Projekt zu sein, und ich konnte die Person nicht entfernen ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} hat in {rooms} dieselbe Berechtigungsstufe wie der Bot, und Matrix lässt niemanden sie senken. Bitten Sie die Administration des Homeservers, das zu beheben.",
  "twinspace.problem.state_failed": "Ich konnte {subject} in {rooms} nicht wiederherstellen ({detail}).",
};
