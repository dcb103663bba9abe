import type { Catalogue } from "../../../core/index.ts";

/**
 * Textes français du côté LTI : sessions, lancements, enregistrement, deep linking, import des
 * élèves. Typé `Catalogue` (voir core/i18n/fr.ts) ; termes : docs/glossary/fr.md.
 */
export const fr: Catalogue = {
  "session.required.title": "Veuillez ouvrir OpenTwinning depuis votre cours",
  "session.required.body":
    "Vous n'êtes pas connecté, ou votre session a pris fin. Ouvrez de nouveau OpenTwinning depuis votre cours sur la plateforme d'apprentissage de votre établissement (par exemple l'activité OpenTwinning dans Moodle).",
  "session.sign_out.action": "Se déconnecter",
  "session.signed_out.title": "Vous êtes déconnecté",
  "session.signed_out.body":
    "Vous êtes déconnecté d'OpenTwinning. Fermez cette fenêtre, ou ouvrez de nouveau OpenTwinning depuis votre cours.",
  "session.csrf.title": "Ce formulaire a expiré",
  "session.csrf.body":
    "Le formulaire n'a pas pu être vérifié, peut-être parce qu'il est resté ouvert trop longtemps ou qu'OpenTwinning a été rouvert entre-temps. Revenez en arrière, rechargez la page et renvoyez le formulaire.",
  "session.origin.title": "Ce formulaire n'a pas été envoyé depuis OpenTwinning",
  "session.origin.body":
    "OpenTwinning n'accepte de modifications que depuis ses propres pages, et cette demande venait d'ailleurs. Rien n'a été modifié. Ouvrez de nouveau OpenTwinning depuis votre cours et utilisez ses formulaires.",

  "request.nul.title": "Cette demande contient un caractère de contrôle invisible",
  "request.nul.body":
    "Ce qui a été envoyé contient un caractère NUL, qu'aucun texte d'OpenTwinning ne peut contenir ; il vient en général d'un texte copié depuis un autre logiciel. Rien n'a été modifié. Retapez le texte (ou collez-le en texte brut) et envoyez-le de nouveau.",
  "app.not_found.title": "Page introuvable",
  "app.not_found.body":
    "Il n'y a aucune page à cette adresse. Revenez en arrière, ou rouvrez OpenTwinning depuis votre cours.",
  "app.error.title": "Une erreur s'est produite",
  "app.error.body":
    "OpenTwinning n'a pas pu traiter cette demande. Réessayez dans un instant ; si cela se reproduit, indiquez à l'exploitant de ce service l'heure à laquelle c'est arrivé.",
  "lti.domain_refusal.title": "Ce n'est pas possible",
  "lti.back_to_dashboard": "Retour à votre tableau de bord",

  "lti.refusal.request.title": "La demande était incomplète",
  "lti.refusal.request.body":
    "OpenTwinning a reçu un lancement ou un formulaire incomplet ou mal formé. Ouvrez de nouveau OpenTwinning depuis votre cours. Si vous administrez la plateforme d'apprentissage et que cela se reproduit, vérifiez que l'outil est configuré pour LTI 1.3.",
  "lti.refusal.too_large.title": "La demande était trop volumineuse",
  "lti.refusal.too_large.body":
    "OpenTwinning refuse les demandes aussi volumineuses. Ouvrez de nouveau OpenTwinning depuis votre cours ; si vous administrez la plateforme d'apprentissage, vérifiez qu'elle n'envoie pas de données de lancement démesurées (par exemple des paramètres personnalisés très longs).",
  "lti.refusal.login_expired.title": "Cette connexion a expiré",
  "lti.refusal.login_expired.body":
    "La connexion depuis votre plateforme d'apprentissage a pris trop de temps ou a déjà été utilisée. Ouvrez de nouveau OpenTwinning depuis votre cours.",
  "lti.refusal.browser_mismatch.title": "Cette connexion appartient à une autre fenêtre",
  "lti.refusal.browser_mismatch.body":
    "La connexion a commencé dans un autre navigateur ou une autre fenêtre. Ouvrez de nouveau OpenTwinning depuis votre cours dans cette fenêtre.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning doit être servi en https",
  "lti.refusal.insecure_cross_site.body":
    "Votre plateforme d'apprentissage est sur un autre site qu'OpenTwinning, et OpenTwinning est servi en simple http : les navigateurs ne renvoient donc pas son cookie de connexion et aucun lancement ne peut fonctionner, ni dans cette page ni dans une nouvelle fenêtre. Veuillez prévenir l'administrateur de votre plateforme. Pour qui exploite OpenTwinning, la correction tient en une ligne : le servir en https (derrière un proxy TLS) et définir PUBLIC_URL=https://<son adresse>.",
  "lti.refusal.unknown_platform.title": "Cette plateforme d'apprentissage n'est pas enregistrée",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning ne connaît pas la plateforme d'apprentissage (émetteur et identifiant client) qui a envoyé cette demande. L'administrateur de la plateforme doit d'abord enregistrer OpenTwinning : par enregistrement dynamique avec le lien fourni par l'exploitant de ce service, ou à la main avec les valeurs qu'affiche l'exploitant.",
  "lti.refusal.target.title": "L'adresse de l'outil est erronée",
  "lti.refusal.target.body":
    "La plateforme d'apprentissage a demandé une adresse d'OpenTwinning qui n'est pas son adresse de lancement. L'administrateur de la plateforme doit régler l'URL de l'outil et l'URI de redirection sur l'adresse de lancement indiquée à l'enregistrement (se terminant par /lti/launch).",
  "lti.refusal.signature.title": "Le lancement n'a pas pu être vérifié",
  "lti.refusal.signature.body":
    "La signature du lancement ne correspond pas aux clés que publie la plateforme d'apprentissage, ou elle utilise une autre méthode de signature que RS256. Ouvrez de nouveau OpenTwinning depuis votre cours ; si cela se reproduit, l'administrateur de la plateforme doit vérifier l'URL du jeu de clés publiques dans l'enregistrement.",
  "lti.refusal.time.title": "Le lancement a expiré",
  "lti.refusal.time.body":
    "Le lancement est trop ancien ou daté dans le futur. Ouvrez de nouveau OpenTwinning depuis votre cours. Si cela se reproduit, l'horloge du serveur de la plateforme est peut-être fausse : son administrateur doit la vérifier.",
  "lti.refusal.audience.title": "Le lancement était destiné à un autre outil",
  "lti.refusal.audience.body":
    "Le lancement indique un autre émetteur ou un autre identifiant client que l'enregistrement auquel il répond. L'administrateur de la plateforme doit vérifier l'identifiant client de l'enregistrement d'OpenTwinning.",
  "lti.refusal.replay.title": "Ce lancement a déjà été utilisé",
  "lti.refusal.replay.body":
    "Chaque lancement ne sert qu'une fois. Ouvrez de nouveau OpenTwinning depuis votre cours au lieu de recharger la page ou de revenir en arrière.",
  "lti.refusal.unknown_deployment.title": "Ce déploiement n'est rattaché à aucun établissement",
  "lti.refusal.unknown_deployment.body":
    "La plateforme d'apprentissage a lancé OpenTwinning par un déploiement qui n'est rattaché à aucun établissement. L'administrateur de la plateforme doit enregistrer OpenTwinning avec le nom et le pays de l'établissement (enregistrement dynamique), ou demander à l'exploitant d'ajouter le déploiement avec `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "La connexion de cet établissement est suspendue",
  "lti.refusal.school_rejected.body":
    "L'unité nationale du pays de cet établissement n'a pas pu confirmer que cet enregistrement correspond à un véritable établissement ; OpenTwinning est donc suspendu pour lui. L'administrateur de la plateforme doit contacter son unité nationale (l'unité nationale d'assistance eTwinning) pour faire confirmer l'établissement ; une fois celui-ci confirmé, les lancements fonctionnent de nouveau. L'administrateur peut toujours ouvrir OpenTwinning depuis la plateforme et lire le motif de l'unité dans Mon établissement.",
  "lti.refusal.message.title": "Ce type de lancement n'est pas pris en charge",
  "lti.refusal.message.body":
    "OpenTwinning accepte les lancements LTI 1.3 de type lien de ressource et deep linking avec leurs données obligatoires. L'administrateur de la plateforme doit vérifier que l'outil est configuré pour LTI 1.3 et que le lancement envoie les données requises.",
  "lti.refusal.role.title": "Votre rôle ne donne pas accès",
  "lti.refusal.role.body":
    "OpenTwinning s'adresse aux enseignants, aux élèves et aux administrateurs d'un cours. Votre rôle dans ce cours ne donne pas accès ; si vous pensez qu'il le devrait, adressez-vous à l'enseignant du cours.",
  "lti.refusal.pupil_unregistered.title": "Ton enseignant ne t'a pas encore inscrit",
  "lti.refusal.pupil_unregistered.body":
    "Les élèves participent dès que leur enseignant les a ajoutés à OpenTwinning. Demande à ton enseignant de t'inscrire, puis ouvre de nouveau OpenTwinning depuis ton cours.",
  "lti.refusal.pupil_not_in_project.title": "Tu ne fais pas partie de ce projet",
  "lti.refusal.pupil_not_in_project.body":
    "Ce lien mène à un projet auquel ton enseignant ne t'a pas ajouté. Demande à ton enseignant de t'ajouter au projet, puis ouvre de nouveau le lien.",
  "lti.refusal.project_not_open.title": "Ce projet n'a pas encore commencé",
  "lti.refusal.project_not_open.body":
    "Le projet s'ouvre quand les enseignants partenaires et leurs unités nationales l'ont approuvé. Ton enseignant t'ajoutera alors, et ce lien t'y mènera.",
  "lti.refusal.platform_unreachable.title": "La plateforme d'apprentissage n'a pas répondu",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning n'a pas pu obtenir ce dont il a besoin auprès de la plateforme d'apprentissage (ses clés ou la liste des participants du cours). Réessayez dans un instant ; si cela se reproduit, l'administrateur de la plateforme doit vérifier qu'elle est joignable depuis Internet.",
  "lti.refusal.registration_token.title": "Ce lien d'enregistrement n'est pas valide",
  "lti.refusal.registration_token.body":
    "Pour enregistrer OpenTwinning, il faut un lien d'enregistrement fourni par l'exploitant de ce service. Ce lien est inconnu, a déjà été utilisé ou a expiré : demandez-en un nouveau à l'exploitant.",
  "lti.refusal.registration_target.title": "Cette adresse de plateforme ne peut pas être utilisée",
  "lti.refusal.registration_target.body":
    "La configuration de la plateforme d'apprentissage pointe vers une adresse qu'OpenTwinning ne contacte pas (pas en https, une adresse de réseau privé, ou un autre hôte que celui de la plateforme). La plateforme doit être joignable en https à une adresse publique.",
  "lti.refusal.registration_failed.title": "L'enregistrement n'a pas abouti",
  "lti.refusal.registration_failed.body":
    "La plateforme d'apprentissage n'a pas accepté l'enregistrement ou n'a pas répondu comme prévu. Recommencez l'enregistrement depuis la plateforme ; s'il échoue encore, enregistrez OpenTwinning à la main avec les valeurs qu'affiche l'exploitant.",
  "lti.refusal.roster_unavailable.title": "La liste des participants du cours n'est pas disponible",
  "lti.refusal.roster_unavailable.body":
    "Pour importer des élèves, ouvrez OpenTwinning depuis le cours dont vous voulez importer les élèves. L'administrateur de la plateforme doit activer le service Names and Role Provisioning (liste des participants) pour OpenTwinning.",
  "lti.refusal.deep_linking_unavailable.title": "Ajoutez OpenTwinning depuis votre cours",
  "lti.refusal.deep_linking_unavailable.body":
    "Pour placer un lien vers un projet dans un cours, ajoutez une activité OpenTwinning dans le cours et choisissez « Sélectionner un contenu ».",

  "lti.new_window.title": "Ouvrir OpenTwinning dans une nouvelle fenêtre",
  "lti.new_window.body":
    "Votre navigateur ne permet pas à OpenTwinning de vous garder connecté dans la page de la plateforme d'apprentissage (il bloque les cookies des sites intégrés). Ouvrez-le dans une nouvelle fenêtre pour continuer.",
  "lti.new_window.action": "Ouvrir dans une nouvelle fenêtre",
  "lti.cookies_blocked.title": "Encore une étape",
  "lti.cookies_blocked.body":
    "Votre navigateur bloque le cookie d'OpenTwinning dans la page de la plateforme d'apprentissage, vous ne pouvez donc pas rester connecté ici. Ouvrez OpenTwinning dans une nouvelle fenêtre ; le lien ne fonctionne qu'une fois et pendant une minute.",
  "lti.handoff_used.title": "Ce lien a expiré",
  "lti.handoff_used.body":
    "Le lien pour ouvrir OpenTwinning dans une nouvelle fenêtre ne fonctionne qu'une fois et pendant une minute. Ouvrez de nouveau OpenTwinning depuis votre cours.",

  "lti.register.title": "Connecter votre établissement à OpenTwinning",
  "lti.register.intro":
    "OpenTwinning rattache chaque connexion d'une plateforme d'apprentissage à un établissement. Indiquez le nom et le pays de votre établissement ; les enseignants qui ouvrent OpenTwinning par cette connexion feront partie de cet établissement.",
  "lti.register.school_name": "Nom de l'établissement",
  "lti.register.country": "Pays",
  "lti.register.choose_country": "Choisissez le pays",
  "lti.register.pinned":
    "Votre lien d'enregistrement fixe l'établissement et le pays affichés ici. S'ils sont erronés, demandez un nouveau lien à l'exploitant d'OpenTwinning.",
  "lti.register.submit": "Enregistrer OpenTwinning",
  "lti.register.unit_intro":
    "Ce lien connecte la plateforme d'apprentissage de l'unité nationale ({country}). Les personnes qui ouvrent OpenTwinning par cette connexion agissent comme personnel de l'unité : ce ne sont pas des enseignants et elles ne sont pas proposées comme partenaires aux enseignants.",
  "lti.register.unit_name": "l'unité nationale ({country})",
  "lti.register.central_intro":
    "Ce lien connecte la plateforme d'apprentissage du service central d'assistance. Les personnes qui ouvrent OpenTwinning par cette connexion travaillent pour le service central d'assistance (qui agit pour tous les pays) : ce ne sont pas des enseignants et elles ne sont pas proposées comme partenaires aux enseignants.",
  "lti.register.central_name": "le service central d'assistance",
  "lti.register.done.title": "OpenTwinning est enregistré",
  "lti.register.done.body":
    "OpenTwinning est maintenant connecté pour {school}. Dans votre plateforme d'apprentissage, activez l'outil si elle vous le demande (dans Moodle : Administration du site → Plugins → Modules d'activité → Outil externe → Gérer les outils). Dans Moodle, ouvrez aussi les réglages de l'outil à cet endroit et réglez « Utilisation de la configuration de l'outil » sur « Afficher dans le sélecteur d'activités et comme outil préconfiguré » : d'ici là, les enseignants ne peuvent pas l'ajouter à leurs cours.",

  "lti.deep_linking.title": "Lier un projet à ce cours",
  "lti.deep_linking.intro": "Choisissez le projet que vos élèves doivent ouvrir depuis ce cours.",
  "lti.deep_linking.none":
    "Vous n'êtes encore membre d'aucun projet. Fondez ou rejoignez d'abord un projet dans OpenTwinning, puis ajoutez de nouveau le lien.",
  "lti.deep_linking.choose": "Vos projets",
  "lti.deep_linking.not_open.draft":
    "Pas encore : les élèves peuvent ouvrir un projet une fois celui-ci approuvé. Envoyez-le d'abord depuis sa page.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Pas encore : en attente de l'acceptation du cofondateur, puis de l'approbation des unités nationales.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Pas encore : il pourra être placé dans le cours dès que les unités nationales l'auront approuvé.",
  "lti.deep_linking.not_open.closed": "Clôturé : le projet est terminé.",
  "lti.deep_linking.submit": "Ajouter le lien au cours",
  "lti.deep_linking.returning": "Retour à votre cours",
  "lti.deep_linking.return": "Continuer vers le cours",

  "lti.roster.title": "Importer les élèves du cours",
  "lti.roster.intro":
    "Voici les apprenants de votre cours {course}. Choisissez les élèves à inscrire dans OpenTwinning ; seuls leurs noms sont conservés. Les élèves inscrits peuvent ouvrir OpenTwinning depuis le cours et voient les projets auxquels vous les ajoutez.",
  "lti.roster.empty": "Le cours n'a aucun apprenant à importer.",
  "lti.roster.choose_one": "L'apprenant du cours",
  "lti.roster.choose_many": "Les {count} d'apprenants du cours",
  "lti.roster.choose_other": "Les {count} apprenants du cours",
  "lti.roster.project": "Les ajouter aussi à ce projet (facultatif)",
  "lti.roster.no_project": "Aucun projet pour l'instant",
  "lti.roster.submit": "Inscrire les élèves choisis",
  "lti.roster.unnamed": "Élève {id}",
  "lti.roster.done.title": "Élèves importés",
  "lti.roster.done.registered_one": "Un élève vient d'être inscrit :",
  "lti.roster.done.registered_many": "{count} d'élèves viennent d'être inscrits.",
  "lti.roster.done.registered_other": "{count} élèves viennent d'être inscrits.",
  "lti.roster.done.existing_one": "Déjà inscrit par vous : {names}.",
  "lti.roster.done.existing_many": "Déjà inscrits par vous : {names}.",
  "lti.roster.done.existing_other": "Déjà inscrits par vous : {names}.",
  "lti.roster.done.other_teacher_one":
    "Non importé, car un autre enseignant l'a inscrit ou c'est un enseignant : {names}.",
  "lti.roster.done.other_teacher_many":
    "Non importés, car un autre enseignant les a inscrits ou ce sont des enseignants : {names}.",
  "lti.roster.done.other_teacher_other":
    "Non importés, car un autre enseignant les a inscrits ou ce sont des enseignants : {names}.",
  "lti.roster.done.project": "Ils sont maintenant membres du projet « {project} ».",
  "lti.roster.done.sheet": "Imprimer la feuille d'accès des élèves",
  "lti.roster.done.launch":
    "Vos élèves ouvrent OpenTwinning depuis ce cours avec leur compte d'établissement.",
};
