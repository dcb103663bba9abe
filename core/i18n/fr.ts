import type { Catalogue } from "./translate.ts";

/**
 * Textes français du core : refus, statuts, types, rôles, champs, matières, critères du Label.
 * Typé `Catalogue`, pas `Record<CoreMessageKey, string>` : une clé ajoutée en anglais manque
 * ici jusqu'à sa traduction (l'anglais la remplace), et test/core/catalogues.test.ts la signale.
 * Termes : docs/glossary/fr.md.
 */
export const fr: Catalogue = {
  "error.invalid_input":
    "Le champ « {field} » n'a pas la forme attendue. Vérifiez-le et renvoyez le formulaire.",
  "error.text_required": "Veuillez remplir « {field} ».",
  "error.text_too_long": "« {field} » est trop long : restez sous {max} caractères.",
  "error.text_control_character":
    "« {field} » contient un caractère de contrôle invisible (souvent collé depuis un autre logiciel). Retapez le texte, ou collez-le en texte brut, puis renvoyez le formulaire.",
  "error.unknown_country":
    "« {value} » n'est pas un pays participant. Choisissez un pays dans la liste (code ISO à deux lettres, comme IT ou FR).",
  "error.unknown_subject":
    "« {value} » n'est pas une matière que nous connaissons. Choisissez les matières dans la liste.",
  "error.unknown_language":
    "« {value} » n'est pas un code de langue que nous connaissons. Choisissez les langues dans la liste.",
  "error.unknown_interface_language":
    "« {value} » n'est pas l'une des langues d'OpenTwinning. Choisissez une langue dans la liste.",
  "error.age_range_invalid": "L'âge des élèves doit aller de {min} à {max}, l'âge le plus bas en premier.",
  "error.milestone_in_past":
    "L'étape prévue le {dueDate} est dans le passé. Choisissez une date à partir d'aujourd'hui ({today}).",
  "error.milestone_date_invalid":
    "« {field} » n'est pas une date valide. Utilisez le sélecteur de date ou la forme AAAA-MM-JJ.",
  "error.too_many_items": "« {field} » a trop d'entrées : {max} au maximum.",
  "error.email_invalid": "Cette adresse e-mail ne semble pas correcte. Vérifiez-la et réessayez.",
  "error.not_found":
    "Cet élément ({what}) n'existe pas ou ne vous est pas visible. Revenez à votre tableau de bord et réessayez.",
  "error.link_code_invalid":
    "Ce code est inconnu, déjà utilisé ou expiré. Ouvrez votre profil dans OpenTwinning pour obtenir un nouveau code et renvoyez « link <code> » dans les 15 minutes.",
  "error.matrix_id_invalid":
    "« {value} » n'est pas un identifiant Matrix. Un identifiant Matrix ressemble à @nom:exemple.org.",
  "error.matrix_id_linked_elsewhere":
    "Ce compte Matrix est déjà lié à un autre compte OpenTwinning. Déliez-le d'abord de ce compte, ou liez un autre compte Matrix.",
  "error.matrix_id_of_pupil":
    "Ce compte Matrix appartient à un élève : le compte d'un élève reste dans son projet et n'est jamais lié à celui d'un adulte. Liez votre propre compte Matrix.",
  "error.forbidden":
    "Vous ne pouvez pas faire cela. Adressez-vous à un fondateur du projet ou à l'administrateur de votre établissement.",
  "error.not_registered_teacher":
    "Seuls les enseignants inscrits participent. L'enseignant doit ouvrir une fois OpenTwinning depuis la plateforme (LMS) de son établissement pour s'inscrire.",
  "error.teaching_only":
    "Cette page est réservée aux enseignants : recherche de partenaires, contacts, tableau des idées, messages entre enseignants, création de projets et comptes des élèves. Vous travaillez ici pour une unité nationale ou pour le service central d'assistance, sans compte d'enseignant : votre tableau de bord présente les pages de votre travail.",
  "error.deployment_not_bound":
    "Cette connexion à la plateforme n'est pas encore rattachée à un établissement. Demandez à l'administrateur de la plateforme (LMS) de votre établissement de terminer l'enregistrement d'OpenTwinning (nom et pays de l'établissement).",
  "paging.more_than": "plus de {number}",
  "error.filter_invalid":
    "Ce filtre ou ce lien de page ne fait pas partie de ceux que propose la liste. Choisissez les filtres dans le formulaire, ou rouvrez la liste depuis sa première page.",
  "error.staff_not_teacher":
    "Ce compte appartient au personnel d'une unité nationale, qui agit au nom de l'unité et non comme enseignant. Pour enseigner, ouvrez OpenTwinning depuis la plateforme (LMS) de votre établissement avec votre compte d'établissement.",
  "error.staff_account_is_teacher":
    "Ce compte de la plateforme est déjà celui d'un enseignant. Le personnel d'une unité nationale a besoin de son propre compte sur la plateforme de l'unité : demandez-en un à son administrateur.",
  "error.contact_self": "Vous ne pouvez pas vous ajouter vous-même comme contact.",
  "error.idea_start_month_invalid":
    "Indiquez le début sous forme de mois, par exemple 2027-02, ou laissez le champ vide.",
  "error.idea_own_reply":
    "C'est votre propre idée : ce sont les autres qui y répondent. Vous pouvez la modifier ou la renouveler sur sa page.",
  "error.idea_already_replied":
    "Vous avez déjà répondu à cette idée. Son auteur a reçu votre demande de contact ; attendez sa réponse.",
  "error.idea_contacts_only":
    "Seuls l'auteur et ses contacts peuvent fonder un projet à partir de cette idée. Répondez-y d'abord : si l'auteur accepte, vous devenez contacts.",
  "error.contact_exists": "Vous êtes déjà contacts, ou une demande entre vous attend une réponse.",
  "error.contact_request_not_pending": "Cette demande de contact a déjà reçu une réponse.",
  "error.cofounder_not_contact":
    "Le cofondateur doit faire partie de vos contacts. Envoyez-lui d'abord une demande de contact et attendez qu'il l'accepte.",
  "error.cofounder_is_founder":
    "Vous ne pouvez pas être votre propre cofondateur. Choisissez un collègue parmi vos contacts.",
  "error.third_founder":
    "Un projet a exactement deux fondateurs. Invitez les autres enseignants comme membres, ou nommez-les administrateurs du projet.",
  "error.cofounder_required": "Choisissez un cofondateur parmi vos contacts avant d'envoyer le projet.",
  "error.not_cofounder": "Seul le cofondateur invité peut accepter ou refuser ce projet.",
  "error.project_form_incomplete": "Avant d'envoyer le projet, remplissez : {fields}.",
  "error.school_projects_closed":
    "Les projets d'établissement (enseignants d'un même établissement) ne sont pas ouverts en ce moment dans ce pays ({country}). Choisissez un cofondateur d'un autre établissement.",
  "error.page_edit_not_allowed":
    "Les fondateurs ne vous ont pas ouvert cette page. Demandez à un fondateur du projet de l'autoriser, ou écrivez sur une page qui vous est ouverte.",
  "error.page_changed_meanwhile":
    "Quelqu'un a enregistré cette page pendant que vous la modifiiez. Votre texte est toujours dans le formulaire : ouvrez la page dans un nouvel onglet, reportez les modifications dans votre texte et enregistrez de nouveau.",
  "error.page_tree_too_deep":
    "Les pages ont deux niveaux au plus. Choisissez comme parent une page de premier niveau, ou aucune.",
  "error.page_limit_reached":
    "Ce projet a déjà {max} pages. Regroupez ou supprimez des pages avant d'en ajouter une autre.",
  "error.page_proposal_decided":
    "Cette proposition a déjà été acceptée ou refusée par un autre enseignant. Ouvrez la page pour voir son texte actuel.",
  "error.material_too_large":
    "Le fichier dépasse {max} Mo, la limite par fichier. Réduisez-le (pour une vidéo, un export plus court ou en plus basse résolution) ou partagez plutôt un lien.",
  "error.material_quota_exceeded":
    "La bibliothèque du projet est pleine : {used} Mo utilisés sur {max} Mo. Supprimez les fichiers dont le projet n'a plus besoin, ou demandez plus d'espace à l'exploitant du service.",
  "error.material_type_refused":
    "Ce type de fichier ne peut pas aller dans la bibliothèque (c'est son contenu qui a été vérifié, pas son nom). Acceptés : photos et images (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, documents bureautiques, audio et vidéo (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "L'image est trop grande ({width} × {height} pixels). Réduisez-la à {max} mégapixels au plus et téléversez-la de nouveau.",
  "error.material_image_unreadable":
    "L'image n'a pas pu être lue : elle est peut-être endommagée, ou ce n'est pas une image. Exportez-la de nouveau depuis votre logiciel photo et téléversez-la encore.",
  "error.material_missing_file": "Choisissez un fichier à téléverser, puis renvoyez le formulaire.",
  "error.material_storage_failed":
    "Le fichier n'a pas pu être enregistré : le serveur manque d'espace ou son stockage est indisponible. Rien n'a été enregistré ; réessayez plus tard et prévenez l'exploitant du service si cela continue.",
  "error.showcase_photo_consent_required":
    "Cette page montre des images. Cochez que le consentement a été obtenu pour chaque élève reconnaissable, ou retirez ces images, puis publiez de nouveau.",
  "error.wrong_status": "Ce projet est « {status} » : cette étape n'est pas possible maintenant.",
  "error.not_moderator_for_country": "Seule l'unité nationale de ce pays ({country}) en décide.",
  "error.staff_only":
    "Seul le personnel de l'unité nationale ({country}), qui ouvre OpenTwinning depuis la plateforme de l'unité, vérifie les établissements. Signalez-lui l'établissement.",
  "error.no_pending_approval":
    "Aucune décision de l'unité nationale ({country}) n'est attendue pour ce projet (elle a peut-être déjà été prise).",
  "error.rejection_reason_required":
    "Indiquez le motif du refus, pour que les fondateurs sachent quoi modifier.",
  "error.invitations_before_approval":
    "Les enseignants peuvent être invités une fois le projet approuvé par les unités nationales (il est maintenant « {status} »).",
  "error.already_member": "Cet enseignant est déjà membre du projet.",
  "error.invitation_pending": "Cet enseignant a déjà été invité et n'a pas encore répondu.",
  "error.not_invitee": "Cette invitation ne vous est pas destinée.",
  "error.invitation_not_pending": "Cette invitation a déjà reçu une réponse ou a été retirée.",
  "error.not_project_manager": "Seuls les fondateurs et les administrateurs du projet peuvent faire cela.",
  "error.school_project_other_school":
    "Un projet d'établissement n'accueille que les enseignants de cet établissement. Fondez un projet national ou européen pour travailler avec d'autres établissements.",
  "error.national_project_foreign_teacher":
    "Un projet national n'accueille que les enseignants de son pays ; cet enseignant travaille dans un autre pays ({country}). Fondez plutôt un projet européen avec lui.",
  "error.country_not_participating":
    "Les enseignants de ce pays ({country}) ne peuvent pas participer : ce n'est pas un pays participant.",
  "error.founder_cannot_leave":
    "Les fondateurs ne peuvent pas quitter leur projet. Clôturez plutôt le projet quand il se termine.",
  "error.founder_role_fixed":
    "Le rôle d'un fondateur ne peut pas changer et les fondateurs ne peuvent pas être retirés.",
  "error.not_own_pupil": "Seul l'enseignant de l'élève peut faire cela.",
  "error.pupils_need_active_project":
    "Les élèves peuvent rejoindre le projet une fois celui-ci approuvé et actif (il est maintenant « {status} »).",
  "error.teacher_not_member": "Vous devez être membre du projet pour faire cela.",
  "error.label_not_eligible":
    "Un projet {kind} ne peut pas obtenir de Label de qualité ni de prix ; seuls les projets européens le peuvent.",
  "error.label_project_not_started":
    "Les Labels de qualité sont réservés aux projets en cours ou terminés (celui-ci est « {status} »).",
  "error.label_application_limit":
    "Vous avez déjà envoyé {max} candidatures au Label de qualité pour l'année scolaire {schoolYear}.",
  "error.label_application_exists":
    "Vous avez déjà déposé une candidature au Label de qualité pour ce projet.",
  "error.label_evidence_missing": "Décrivez vos éléments de preuve pour « {criterion} ».",
  "error.label_score_invalid": "La note de « {criterion} » doit être un nombre entier de 0 à {max}.",
  "error.label_assessment_incomplete":
    "Notez chaque critère et vérifiez chaque exigence minimale avant de décider.",
  "error.label_requirements_unmet":
    "Un Label de qualité exige que toutes les exigences minimales soient remplies. Refusez la candidature, ou vérifiez de nouveau les exigences.",
  "error.label_already_decided": "Une décision a déjà été prise sur cette candidature.",
  "error.european_label_not_candidate":
    "Seuls les projets ayant un Label de qualité national dans au moins {min} pays, dont le vôtre, peuvent être proposés.",
  "error.school_label_criteria_unmet":
    "Votre établissement ne remplit pas encore tous les critères du Label École eTwinning ; la page indique ceux qui manquent. Déposez la candidature quand ils seront remplis.",
  "error.school_label_pending":
    "La candidature de votre établissement attend déjà la décision de son unité nationale ; vous serez prévenu quand elle aura décidé.",
  "error.school_suspended":
    "L'unité nationale de votre établissement a refusé son enregistrement : aucune candidature n'est possible tant que l'unité n'a pas confirmé l'établissement. Mon établissement indique son motif et la marche à suivre.",
  "error.school_label_held":
    "Votre établissement détient le Label École eTwinning jusqu'au {until} ; déposez une nouvelle candidature quand il aura expiré.",
  "error.prize_needs_european_label": "Les prix ne vont qu'aux projets ayant un Label de qualité européen.",
  "error.account_ambiguous":
    "Plusieurs comptes utilisent {email} : la plateforme de n'importe quel établissement peut envoyer n'importe quelle adresse. Cherchez la personne ci-dessous et attribuez le rôle au seul compte dont vous reconnaissez l'établissement et la plateforme.",
  "error.not_central_admin": "Seuls les administrateurs centraux peuvent faire cela.",
  "error.privacy_not_allowed":
    "Seul l'administrateur de l'établissement de cette personne (connecté depuis la plateforme de l'établissement comme administrateur) ou un administrateur central peut faire cela. Adressez-vous à l'un d'eux.",
  "error.privacy_erase_self":
    "Vous ne pouvez pas effacer votre propre compte ici. Adressez-vous à un autre administrateur de votre établissement ou à un administrateur central.",
  "error.policy_range_invalid": "La date de fin ({until}) précède la date de début ({from}).",
  "error.unexpected":
    "Une erreur s'est produite de notre côté ; rien n'a été enregistré. Réessayez dans un instant.",

  "thing.material": "fichier",
  "thing.milestone": "étape",
  "thing.page": "page",
  "thing.revision": "version de la page",
  "thing.project": "projet",
  "thing.contact": "contact",
  "thing.invitation": "invitation",
  "thing.membership": "participation",
  "thing.pupil": "élève",
  "thing.account": "compte",
  "thing.certificate": "certificat",
  "thing.label_application": "candidature au Label de qualité",
  "thing.school": "établissement",
  "thing.school_label": "candidature au Label École eTwinning",

  "status.draft": "brouillon",
  "status.awaiting_cofounder": "en attente du cofondateur",
  "status.declined": "refusé par le cofondateur",
  "status.awaiting_approval": "en attente d'approbation",
  "status.rejected": "refusé",
  "status.active": "actif",
  "status.closed": "clôturé",

  "kind.european": "européen",
  "kind.national": "national",
  "kind.school": "d'établissement",
  "kind.european.explained":
    "Projet européen : les fondateurs enseignent dans des pays différents. Les deux unités nationales l'approuvent ; il peut obtenir les Labels de qualité national et européen et des prix.",
  "kind.national.explained":
    "Projet national : les fondateurs enseignent dans des établissements différents du même pays. Son unité nationale l'approuve ; il ne peut pas obtenir de Label de qualité.",
  "kind.school.explained":
    "Projet d'établissement : les deux fondateurs enseignent dans le même établissement. Seuls les enseignants de cet établissement peuvent le rejoindre ; il ne peut obtenir ni Label de qualité ni prix.",

  "role.founder": "fondateur",
  "role.admin": "administrateur du projet",
  "role.teacher": "enseignant",
  "role.pupil": "élève",

  "next.complete_and_submit": "Le fondateur complète le formulaire et l'envoie au cofondateur.",
  "next.cofounder_decides": "Le cofondateur accepte ou refuse.",
  "next.choose_cofounder_again": "Le cofondateur a refusé : le fondateur choisit de nouveau un cofondateur.",
  "next.national_units_decide": "En attente des unités nationales : {countries}.",
  "next.edit_and_resubmit": "Refusé : les fondateurs modifient le projet et l'envoient de nouveau.",
  "next.running": "Le projet se déroule dans son TwinSpace.",
  "next.closed": "Le projet est clôturé ; son TwinSpace est conservé en lecture seule.",

  "field.partnerScope": "Partenaire recherché",
  "field.startMonth": "Début",
  "field.title": "Titre",
  "field.name": "Nom",
  "field.access": "Qui peut le rejoindre",
  "field.esafety": "La pratique de sécurité en ligne de l'établissement",
  "field.body": "Texte",
  "field.file": "Fichier",
  "field.summary": "Résumé",
  "field.description": "Description",
  "field.subjects": "Matières",
  "field.languages": "Langues",
  "field.pupilAgeMin": "Âge des élèves de",
  "field.pupilAgeMax": "Âge des élèves à",
  "field.objectives": "Objectifs communs",
  "field.curricularIntegration": "Intégration dans le programme",
  "field.workProcess": "Déroulement du travail et activités",
  "field.milestones": "Calendrier des étapes",
  "field.ictTools": "Outils numériques",
  "field.expectedResults": "Résultats attendus",
  "field.safetyRules": "Règles de sécurité et de confidentialité convenues",
  "field.school_name": "Nom de l'établissement",
  "field.country": "Pays",
  "field.city": "Ville",
  "field.search": "Nom ou e-mail",
  "field.email": "E-mail",
  "field.interests": "Centres d'intérêt",
  "field.bio": "À propos de moi",
  "field.displayName": "Nom affiché",
  "field.reason": "Motif",
  "field.note": "Note",
  "field.prize": "Prix",
  "field.from": "Du",
  "field.until": "Au",
  "field.evidence": "Éléments de preuve",
  "field.cofounder": "Cofondateur",
  "field.kind": "Ce que le lien enregistre",

  "subject.art": "Arts plastiques",
  "subject.biology": "Biologie",
  "subject.chemistry": "Chimie",
  "subject.citizenship": "Éducation civique",
  "subject.computing": "Informatique / TIC",
  "subject.cross_curricular": "Interdisciplinaire",
  "subject.economics": "Économie",
  "subject.environment": "Éducation à l'environnement",
  "subject.foreign_languages": "Langues étrangères",
  "subject.geography": "Géographie",
  "subject.history": "Histoire",
  "subject.home_language": "Langue et littérature",
  "subject.mathematics": "Mathématiques",
  "subject.media_education": "Éducation aux médias",
  "subject.music": "Musique",
  "subject.philosophy": "Philosophie",
  "subject.physical_education": "Éducation physique et sportive",
  "subject.physics": "Physique",
  "subject.pre_school": "Éducation préscolaire",
  "subject.religion": "Religion / éthique",
  "subject.science": "Sciences",
  "subject.special_needs": "Éducation spécialisée",
  "subject.technology": "Technologie",
  "subject.vocational": "Formation professionnelle",

  "criterion.pedagogical_innovation": "Innovation pédagogique et créativité",
  "criterion.curricular_integration": "Intégration dans le programme",
  "criterion.partner_collaboration": "Collaboration entre les établissements partenaires",
  "criterion.use_of_technology": "Usage des technologies",
  "criterion.results_impact_documentation": "Résultats, impact et documentation",
  "requirement.common_goals_and_plan": "Des objectifs communs et un plan partagé",
  "requirement.finished_or_nearly": "Projet terminé ou presque terminé",
  "requirement.own_contribution": "La contribution propre de l'enseignant est claire",
  "requirement.collaborative_pupil_activities": "Des activités collaboratives entre élèves",
  "requirement.data_protection_copyright_esafety":
    "Protection des données, droit d'auteur et sécurité en ligne respectés",
  "error.group_already_decided": "Cette proposition a déjà fait l'objet d'une décision.",
  "error.group_already_member":
    "Vous faites déjà partie de ce groupe, ou votre demande attend un modérateur.",
  "error.group_not_member":
    "Cet enseignant n'est pas membre du groupe. Rechargez la page pour voir ses membres.",
  "error.group_not_moderator":
    "Seuls les modérateurs du groupe peuvent faire cela. Adressez-vous à l'un d'eux.",
  "error.group_request_not_pending":
    "Cette demande a déjà reçu une réponse ou a été retirée. Rechargez la page.",
  "error.group_last_moderator":
    "Vous êtes le seul modérateur du groupe : vous ne pouvez donc pas le quitter. Demandez d'abord au service central d'assistance de nommer un autre modérateur.",
  "error.group_remove_moderator":
    "Un modérateur ne peut pas être retiré du groupe ici. Adressez-vous au service central d'assistance.",
  "error.group_moderator_not_teacher":
    "Le modérateur doit être l'identifiant de compte d'un enseignant. Trouvez-le avec la recherche de comptes de la page Administration.",
  "error.certificate_lapsed":
    "La période de ce certificat a pris fin le {until} : il ne peut donc plus être téléchargé. Votre page de certificats indique ceux que vous détenez aujourd'hui.",
};
