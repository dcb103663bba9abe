import type { Catalogue } from "../../core/index.ts";

/**
 * Les textes français du bot. Les commandes restent en anglais (le bot les reconnaît ainsi) ;
 * typé `Catalogue` (voir core/i18n/fr.ts) ; termes : docs/glossary/fr.md.
 */
export const fr: Catalogue = {
  "bot.usage": "Syntaxe",
  "bot.refusal.wrong_room": "Cette commande ne fonctionne pas dans ce salon.",
  "bot.refusal.only_in.project":
    "« {name} » fonctionne dans un salon du TwinSpace d'un projet. Envoyez-la là-bas.",
  "bot.refusal.only_in.direct":
    "« {name} » fonctionne dans un message direct avec moi. Ouvrez une discussion directe avec moi et envoyez-la là.",
  "bot.refusal.only_in.national_unit": "« {name} » ne fonctionne que dans le salon de votre unité nationale.",
  "bot.refusal.not_linked":
    "Je ne sais pas encore qui vous êtes dans OpenTwinning. Ouvrez OpenTwinning depuis la plateforme (LMS) de votre établissement, allez dans votre profil, obtenez un code de liaison et envoyez-moi « link <code> » en message direct.",
  "bot.refusal.pupil":
    "Les commandes sont réservées aux enseignants. Si tu as besoin de quelque chose dans ce projet, demande à ton enseignant.",
  "bot.refusal.not_member": "Seuls les enseignants de ce projet peuvent utiliser cette commande ici.",
  "bot.refusal.unknown_invitation":
    "Aucune de vos invitations en attente ne commence par « {ref} ». Envoyez « invitations » pour les voir avec leurs codes.",
  "bot.refusal.ambiguous_invitation":
    "Plusieurs de vos invitations commencent par « {ref} ». Tapez davantage du code.",
  "bot.refusal.unknown_project":
    "Aucun projet en attente de la décision de votre unité ne commence par « {ref} ». Envoyez « pending » pour les voir avec leurs codes.",
  "bot.refusal.ambiguous_project": "Plusieurs projets commencent par « {ref} ». Tapez davantage du code.",
  "bot.refusal.no_teacher_found":
    "Aucun enseignant inscrit ne correspond à « {term} ». Vérifiez l'orthographe, ou utilisez son identifiant Matrix ou son e-mail. Les enseignants s'inscrivent en ouvrant OpenTwinning depuis leur plateforme (LMS).",
  "bot.refusal.several_teachers_found":
    "{count} enseignants correspondent à « {term} ». Utilisez son identifiant Matrix ou son adresse e-mail pour choisir.",
  "bot.refusal.rate_limited_one":
    "Cela fait beaucoup de commandes en une minute. Envoyez la suivante dans une seconde ; d'ici là, je ne répondrai pas.",
  "bot.refusal.rate_limited_many":
    "Cela fait beaucoup de commandes en une minute. Envoyez la suivante dans {count} de secondes ; d'ici là, je ne répondrai pas.",
  "bot.refusal.rate_limited_other":
    "Cela fait beaucoup de commandes en une minute. Envoyez la suivante dans {count} secondes ; d'ici là, je ne répondrai pas.",
  "bot.refusal.unknown_command":
    "Je ne connais pas la commande « {name} ». Envoyez « {prefix} help » pour la liste.",
  "bot.refusal.internal":
    "Une erreur s'est produite de mon côté ; rien n'a été modifié. Réessayez dans une minute, et prévenez votre administrateur si cela continue.",
  "bot.refusal.control_characters":
    "Votre message contient un caractère de contrôle invisible (NUL), je n'y ai donc pas donné suite. Retapez la commande et envoyez-la.",
  "bot.invite.sent":
    "Invitation envoyée à {name}. Cette personne peut l'accepter dans OpenTwinning ou en m'envoyant « accept ».",
  "bot.members.heading": "Enseignants de « {title} »",
  "bot.members.more": "{number} enseignants en tout : la page du projet les liste tous.",
  "bot.members.pupils_more": "et {number} élèves",
  "bot.members.pupils_one": "et {count} élève",
  "bot.members.pupils_many": "et {count} d'élèves",
  "bot.members.pupils_other": "et {count} élèves",
  "bot.approval.pending": "en attente de l'unité nationale",
  "bot.approval.approved": "approuvé",
  "bot.approval.rejected": "refusé",
  "bot.approval.superseded": "remplacé par un envoi ultérieur",
  "bot.milestones.heading": "Étapes de « {title} »",
  "bot.milestones.none": "Ce projet n'a pas encore d'étapes.",
  "bot.link.done":
    "C'est fait : {matrixId} est maintenant lié à {name} dans OpenTwinning. Je vous inviterai dans les salons de vos projets.",
  "bot.projects.heading": "Vos projets",
  "bot.projects.more": "Votre tableau de bord dans OpenTwinning liste les autres.",
  "bot.projects.none":
    "Vous n'avez pas encore de projet. Fondez-en un ou acceptez une invitation dans OpenTwinning.",
  "bot.invitations.heading": "Invitations en attente (envoyez « accept <code> » ou « decline <code> »)",
  "bot.invitations.item": "« {title} », de {inviter}",
  "bot.invitations.more":
    "D'autres invitations attendent : voici les plus anciennes. Une fois que vous y répondez, les suivantes apparaissent ici et dans votre tableau de bord OpenTwinning.",
  "bot.invitations.none": "Aucune invitation ne vous attend.",
  "bot.accept.done": "Bienvenue dans « {title} ». Vous serez invité dans ses salons dans un instant.",
  "bot.decline.done": "Vous avez refusé l'invitation à « {title} ».",
  "bot.pending.heading": "Projets en attente de décision ({country})",
  "bot.pending.none": "Aucun projet n'attend de décision ({country}).",
  "bot.pending.more": "… et {number} autres : la page de l'unité nationale sur la plateforme les liste tous.",
  "bot.show.kind": "Type",
  "bot.show.founders": "Fondateurs",
  "bot.show.summary": "Résumé",
  "bot.show.ages": "Élèves de {min} à {max} ans",
  "bot.show.safety": "Règles de sécurité et de confidentialité convenues",
  "bot.approve.done": "Vous avez approuvé « {title} ». Les fondateurs sont prévenus.",
  "bot.reject.done": "Vous avez refusé « {title} ». Les fondateurs sont prévenus, avec votre motif.",
  "bot.help.heading.direct":
    "Ce que vous pouvez me demander ici (le préfixe {prefix} est facultatif dans cette discussion)",
  "bot.help.heading.project": "Commandes dans les salons de ce projet (commencez-les par {prefix})",
  "bot.help.heading.national_unit":
    "Commandes dans le salon de l'unité nationale (commencez-les par {prefix})",
  "bot.help.heading.other":
    "Je ne fonctionne que dans les salons des projets, les salons des unités nationales et les messages directs.",
  "bot.help.example": "Exemple",
  "bot.help.invite": "inviter un enseignant inscrit à ce projet (par identifiant Matrix, e-mail ou nom)",
  "bot.help.invite.usage": "invite <enseignant>",
  "bot.help.invite.example": "invite @marie.dupont:ac-lyon.fr",
  "bot.help.members": "lister les enseignants de ce projet et le nombre d'élèves participants",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "afficher le statut de ce projet et la décision de chaque unité nationale",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "afficher le calendrier du projet avec les dates prévues",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "lier ce compte Matrix à votre profil OpenTwinning avec le code affiché sur votre page de profil",
  "bot.help.link.usage": "link <code>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "lister vos projets avec leur statut",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "lister les invitations qui vous attendent",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "accepter une invitation (son code figure dans « invitations »)",
  "bot.help.accept.usage": "accept <invitation>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "refuser une invitation",
  "bot.help.decline.usage": "decline <invitation>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "lister les projets en attente de la décision de votre pays",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "afficher un projet en attente de votre décision",
  "bot.help.show.usage": "show <projet>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "approuver un projet pour votre pays",
  "bot.help.approve.usage": "approve <projet>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "refuser un projet pour votre pays, avec le motif que liront les fondateurs",
  "bot.help.reject.usage": "reject <projet> <motif>",
  "bot.help.reject.example": "reject 7b1e44d0 Le calendrier n'a pas de dates pour le deuxième trimestre.",
  "nu.room.name": "Unité nationale · {country}",
  "nu.room.topic":
    "Projets en attente de décision ({country}). Les modérateurs répondent ici : {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "N'est plus modérateur ({country}).",
  "nu.awaiting.heading": "Un projet attend une décision ({country}) : « {title} »",
  "nu.awaiting.commands": "Répondez avec",
  "nu.decision.approved": "L'unité nationale ({country}) a approuvé « {title} ».",
  "nu.decision.rejected": "L'unité nationale ({country}) a refusé « {title} ».",
  "nu.decision.reason": "Motif",
  "nu.decision.next":
    "Chacun des fondateurs peut modifier le projet dans OpenTwinning et l'envoyer de nouveau.",
  "nu.label.national_awarded":
    "L'unité nationale ({country}) a attribué à {teacher} le Label de qualité national pour « {title} ».",
  "nu.label.national_refused":
    "L'unité nationale ({country}) n'a pas attribué à {teacher} le Label de qualité national pour « {title} ».",
  "nu.label.european_awarded":
    "Le service central d'assistance a attribué le Label de qualité européen à « {title} ».",
  "nu.label.european_declined":
    "Le service central d'assistance n'a pas attribué le Label de qualité européen à « {title} ».",
  "nu.school.verification_yes": "L'unité nationale ({country}) a vérifié votre établissement, {school}.",
  "nu.school.verification_no":
    "L'unité nationale ({country}) a refusé l'enregistrement de votre établissement, {school}.",
  "nu.school.label_yes":
    "L'unité nationale ({country}) a attribué le Label École eTwinning à votre établissement, {school}.",
  "nu.school.label_no":
    "L'unité nationale ({country}) n'a pas attribué le Label École eTwinning à votre établissement, {school}.",
  "nu.school.rejected_next":
    "Demandez à l'administrateur de votre plateforme (LMS) de contacter l'unité nationale.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Discussion générale",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Salle des enseignants",
  "twinspace.room.pupils.name": "{title} · Salon des élèves",
  "twinspace.materials.folder.general": "Depuis la discussion : Discussion générale",
  "twinspace.materials.folder.forum": "Depuis la discussion : Forum",
  "twinspace.materials.folder.pupils": "Depuis la discussion : Salon des élèves",
  "twinspace.materials.refused": "« {name} » n'a pas été ajouté aux ressources du projet.",
  "twinspace.diary.weekly.heading": "La semaine dernière dans « {title} » :",
  "twinspace.diary.weekly.counts":
    "Pages créées : {pagesCreated} · pages modifiées : {pagesChanged} · ressources ajoutées : {materialsAdded} · enseignants arrivés : {membersJoined} · étapes réalisées : {milestonesDone}",
  "twinspace.room.general.topic":
    "La discussion de tous les jours de « {title} », avec ses visioconférences.",
  "twinspace.room.forum.topic": "Un fil par sujet : ouvrez un sujet avec un message, répondez dans son fil.",
  "twinspace.room.teachers.topic": "Réservé aux enseignants de « {title} » : organisation et coordination.",
  "twinspace.room.pupils.topic": "Le salon des élèves de « {title} », modéré par leurs enseignants.",
  "twinspace.video.name": "Visioconférence",
  "twinspace.welcome.heading": "Bienvenue dans {room}, un salon du projet « {title} ».",
  "twinspace.welcome.space":
    "Cet espace regroupe les salons du projet : Discussion générale, Forum, Salle des enseignants et Salon des élèves.",
  "twinspace.welcome.general":
    "Parlez du projet ici. La visioconférence en haut de ce salon est réservée aux membres du projet.",
  "twinspace.welcome.forum":
    "Ce forum fonctionne par fils. Pour ouvrir un sujet, publiez un message qui dit de quoi il s'agit ; chacun répond dans son fil (« Répondre dans le fil »), pas dans la discussion principale. Tous les sujets sont listés sous « Fils de discussion ».",
  "twinspace.welcome.teachers":
    "Seuls les enseignants du projet sont dans ce salon ; les élèves ne peuvent pas le voir.",
  "twinspace.welcome.pupils": "Les élèves du projet se retrouvent ici ; leurs enseignants modèrent le salon.",
  "twinspace.welcome.partners": "Établissements partenaires : {schools}.",
  "twinspace.welcome.rules": "Règles de sécurité et de confidentialité convenues par les partenaires :",
  "twinspace.welcome.footer":
    "Les membres suivent le projet dans OpenTwinning : on rejoint et on quitte ces salons en rejoignant et en quittant le projet.",
  "twinspace.closed":
    "Ce projet a été clôturé le {date}. Ses salons restent ici pour que ses membres puissent les lire et rien n'a été supprimé, mais plus personne ne peut y écrire.",
  "twinspace.kick.not_member": "N'est pas membre du projet « {title} ».",
  "twinspace.kick.left": "A quitté le projet « {title} ».",
  "twinspace.kick.removed": "Retiré du projet « {title} » : {reason}",
  "twinspace.kick.removed_no_reason": "Retiré du projet « {title} ».",
  "twinspace.kick.pupil_removed": "Ne participe plus au projet « {title} ».",
  "twinspace.kick.unlinked":
    "A dissocié son compte Matrix d'OpenTwinning ; ce compte ne fait donc plus partie du projet « {title} ».",
  "twinspace.kick.relinked":
    "A lié un autre compte Matrix dans OpenTwinning et participe au projet « {title} » avec celui-ci.",
  "twinspace.problems.heading":
    "{founders} : je n'ai pas pu tout remettre dans ce TwinSpace comme le prévoit le projet :",
  "twinspace.problems.founders": "Fondateurs",
  "twinspace.problem.banned":
    "{subject} est banni de {rooms} mais fait toujours partie du projet. Levez le bannissement, ou retirez cette personne du projet dans OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Je n'ai pas pu inviter {subject} dans {rooms} ({detail}). Vérifiez l'identifiant Matrix lié dans OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} est dans {rooms} sans faire partie du projet, et je n'ai pas pu l'en retirer ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} a le même niveau de pouvoir que le bot dans {rooms}, que Matrix ne permet à personne d'abaisser. Demandez à l'administrateur du serveur de corriger cela.",
  "twinspace.problem.state_failed": "Je n'ai pas pu rétablir {subject} dans {rooms} ({detail}).",
  "group.room.topic": "La discussion d'un groupe eTwinning.",
  "group.kick.not_member": "N'est pas membre du groupe « {name} ».",
};
