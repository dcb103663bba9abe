/** Core's English texts: refusals, statuses, kinds, roles, fields, subjects, label criteria. */
export const en = {
  "error.invalid_input": "The field “{field}” is not in the expected form. Check it and send the form again.",
  "error.text_required": "Please fill in “{field}”.",
  "error.text_too_long": "“{field}” is too long: keep it under {max} characters.",
  "error.text_control_character":
    "“{field}” contains an invisible control character (often pasted from another program). Type the text again, or paste it as plain text, and send the form again.",
  "error.unknown_country":
    "“{value}” is not a participating country. Choose a country from the list (two-letter ISO code such as IT or FR).",
  "error.unknown_subject": "“{value}” is not a subject we know. Choose subjects from the list.",
  "error.unknown_language": "“{value}” is not a language code we know. Choose languages from the list.",
  "error.unknown_interface_language":
    "“{value}” is not one of the languages of OpenTwinning. Choose a language from the list.",
  "error.age_range_invalid": "The pupils' ages must run from {min} to {max}, with the lower age first.",
  "error.milestone_in_past":
    "The milestone due on {dueDate} lies in the past. Choose a date from today ({today}) on.",
  "error.milestone_date_invalid":
    "“{field}” is not a valid date. Use the date picker or the form YYYY-MM-DD.",
  "error.too_many_items": "“{field}” has too many entries: at most {max}.",
  "error.email_invalid": "That email address does not look right. Check it and try again.",
  "error.not_found":
    "That {what} does not exist or is not visible to you. Go back to your dashboard and try again.",
  "error.link_code_invalid":
    "That code is unknown, already used or expired. Open your profile in OpenTwinning for a new code and send “link <code>” again within 15 minutes.",
  "error.matrix_id_invalid": "“{value}” is not a Matrix ID. A Matrix ID looks like @name:example.org.",
  "error.matrix_id_linked_elsewhere":
    "This Matrix account is already linked to another OpenTwinning account. Unlink it there first, or link another Matrix account.",
  "error.matrix_id_of_pupil":
    "This Matrix account belongs to a pupil: a pupil's account stays inside their project and is never linked to an adult's. Link your own Matrix account.",
  "error.forbidden": "You may not do this. Ask a project founder or your school's administrator.",
  "error.not_registered_teacher":
    "Only registered teachers take part. The teacher must open OpenTwinning once from their school's LMS to register.",
  "error.teaching_only":
    "This page is for teachers: finding partners, contacts, the ideas board, teachers' messages, founding projects and pupils' accounts. You work here for a national unit or the central support service, without a teacher account: your dashboard lists the pages of your work.",
  "error.deployment_not_bound":
    "This LMS connection is not linked to a school yet. Ask your school's LMS administrator to finish registering OpenTwinning (school name and country).",
  "paging.more_than": "more than {number}",
  "error.filter_invalid":
    "This filter or page link is not one the list offers. Choose the filters from the form, or open the list again from its first page.",
  "error.staff_not_teacher":
    "This account belongs to the staff of a national unit, and staff work as the unit, not as teachers. To teach, open OpenTwinning from your school's LMS with your school account.",
  "error.staff_account_is_teacher":
    "This LMS account is already a teacher's account. Staff of a national unit need their own account on the unit's LMS: ask the unit's LMS administrator for one.",
  "error.contact_self": "You cannot add yourself as a contact.",
  "error.group_already_decided": "This proposal was already decided.",
  "error.group_already_member": "You are already in this group, or your request waits for a moderator.",
  "error.group_not_member": "This teacher is not a member of the group. Reload the page to see its members.",
  "error.group_not_moderator": "Only the group's moderators can do this. Ask one of them.",
  "error.group_request_not_pending": "This request was already answered or withdrawn. Reload the page.",
  "error.group_last_moderator":
    "You are the group's only moderator, so you cannot leave it. Ask the central support service to name another moderator first.",
  "error.group_remove_moderator":
    "A moderator cannot be removed from the group here. Ask the central support service.",
  "error.group_moderator_not_teacher":
    "The moderator must be a teacher's account id. Find it with the account search on the Administration page.",
  "error.idea_start_month_invalid": "Give the start as a month, such as 2027-02, or leave it empty.",
  "error.idea_own_reply":
    "This is your own idea: others reply to it. You can change or renew it on its page.",
  "error.idea_already_replied":
    "You have already replied to this idea. The author has your contact request; wait for their answer.",
  "error.idea_contacts_only":
    "Only the author and their contacts can found a project from this idea. Reply to it first: the author's acceptance makes you contacts.",
  "error.contact_exists": "You are already contacts, or a request between you is waiting for an answer.",
  "error.contact_request_not_pending": "This contact request was already answered.",
  "error.cofounder_not_contact":
    "The co-founder must be one of your contacts. Send them a contact request first and wait until they accept.",
  "error.cofounder_is_founder": "You cannot be your own co-founder. Choose a colleague from your contacts.",
  "error.third_founder":
    "A project has exactly two founders. Invite other teachers as members, or make them project admins.",
  "error.cofounder_required": "Choose a co-founder among your contacts before sending the project.",
  "error.not_cofounder": "Only the invited co-founder can accept or decline this project.",
  "error.project_form_incomplete": "Before sending the project, fill in: {fields}.",
  "error.school_projects_closed":
    "School projects (teachers of one school only) are not open at the moment in {country}. Choose a co-founder from another school.",
  "error.page_edit_not_allowed":
    "The founders have not opened this page to you. Ask a founder of the project to allow it, or write on a page that is open to you.",
  "error.page_changed_meanwhile":
    "Someone saved this page while you were editing it. Your text is still in the form: open the page in a new tab, merge the changes into your text, and save again.",
  "error.page_tree_too_deep":
    "Pages go two levels deep at most. Choose a top-level page as the parent, or none.",
  "error.page_limit_reached":
    "This project already has {max} pages. Combine or remove pages before adding another.",
  "error.page_proposal_decided":
    "This proposal was already approved or rejected by another teacher. Open the page to see its current text.",
  "error.material_too_large":
    "The file is larger than {max} MB, the limit per file. Make it smaller (for a video, a shorter or lower-resolution export) or share a link to it instead.",
  "error.material_quota_exceeded":
    "The project's library is full: {used} MB of {max} MB are used. Remove files the project no longer needs, or ask the service's operator for more space.",
  "error.material_type_refused":
    "This kind of file cannot go into the library (its content was checked, not its name). Accepted: photos and images (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, office documents, audio and video (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "The image is too large ({width} × {height} pixels). Reduce it to at most {max} megapixels and upload it again.",
  "error.material_image_unreadable":
    "The image could not be read: it may be damaged or not an image at all. Export it again from your photo program and upload it again.",
  "error.material_missing_file": "Choose a file to upload, then send the form again.",
  "error.material_storage_failed":
    "The file could not be stored: the server is out of space or its storage is unavailable. Nothing was saved; try again later and tell the service's operator if it persists.",
  "error.showcase_photo_consent_required":
    "This page shows images. Tick that consent was obtained for every pupil who can be recognised in them, or remove those images, then publish again.",
  "error.wrong_status": "This project is “{status}”: this step is not possible now.",
  "error.not_moderator_for_country": "Only the national unit of {country} decides for {country}.",
  "error.staff_only":
    "Only the staff of the national unit of {country}, who open OpenTwinning from the unit's own LMS, verify schools. Tell them about the school.",
  "error.no_pending_approval":
    "No decision of {country} is awaited for this project (it may have been decided already).",
  "error.rejection_reason_required": "Give a reason for the rejection, so the founders know what to change.",
  "error.invitations_before_approval":
    "Teachers can be invited once the national units have approved the project (it is “{status}” now).",
  "error.already_member": "This teacher is already a member of the project.",
  "error.invitation_pending": "This teacher has already been invited and has not answered yet.",
  "error.not_invitee": "This invitation is not for you.",
  "error.invitation_not_pending": "This invitation was already answered or withdrawn.",
  "error.not_project_manager": "Only the project's founders and admins can do this.",
  "error.school_project_other_school":
    "A school project takes teachers of its own school only. Found a national or european project to work with other schools.",
  "error.national_project_foreign_teacher":
    "A national project takes teachers of its own country only; this teacher works in {country}. Found a european project with them instead.",
  "error.country_not_participating":
    "Teachers from {country} cannot take part: it is not a participating country.",
  "error.founder_cannot_leave":
    "Founders cannot leave their project. Close the project instead when it ends.",
  "error.founder_role_fixed": "A founder's role cannot change and founders cannot be removed.",
  "error.not_own_pupil": "Only the pupil's own teacher can do this.",
  "error.pupils_need_active_project":
    "Pupils can join once the project is approved and active (it is “{status}” now).",
  "error.teacher_not_member": "You must be a member of the project to do this.",
  "error.label_not_eligible":
    "A {kind} project is not eligible for Quality Labels or prizes; only european projects are.",
  "error.label_project_not_started":
    "Quality Labels are for running or finished projects (this one is “{status}”).",
  "error.label_application_limit":
    "You have already sent {max} Quality Label applications in the school year {schoolYear}.",
  "error.label_application_exists": "You have already applied for a Quality Label for this project.",
  "error.label_evidence_missing": "Describe your evidence for “{criterion}”.",
  "error.label_score_invalid": "The score for “{criterion}” must be a whole number from 0 to {max}.",
  "error.label_assessment_incomplete":
    "Score every criterion and check every minimum requirement before deciding.",
  "error.label_requirements_unmet":
    "A Quality Label needs every minimum requirement met. Refuse the application, or check the requirements again.",
  "error.label_already_decided": "This application has already been decided.",
  "error.european_label_not_candidate":
    "Only projects with National Quality Labels in at least {min} countries, one of them yours, can be nominated.",
  "error.school_label_criteria_unmet":
    "Your school does not meet every criterion of the eTwinning School label yet; the page shows which are missing. Apply once they are met.",
  "error.school_label_pending":
    "Your school's application already awaits its national unit's decision; you will be told when it decides.",
  "error.school_suspended":
    "Your school's national unit rejected its registration, so nothing can be applied for until the unit confirms the school. My school shows the unit's reason and what to do.",
  "error.school_label_held":
    "Your school holds the eTwinning School label until {until}; apply again once it has lapsed.",
  "error.certificate_lapsed":
    "This certificate's period ended on {until}, so it can no longer be downloaded. Your certificates page lists the ones you hold now.",
  "error.prize_needs_european_label": "Prizes go only to projects with a European Quality Label.",
  "error.account_ambiguous":
    "Several accounts use {email}: any school's LMS can send any address. Search for the person below and grant the role to the one account whose school and LMS you recognise.",
  "error.not_central_admin": "Only central administrators can do this.",
  "error.privacy_not_allowed":
    "Only the administrator of this person's school (signed in from the school's LMS as Administrator) or a central administrator can do this. Ask one of them.",
  "error.privacy_erase_self":
    "You cannot erase your own account here. Ask another administrator of your school or a central administrator.",
  "error.policy_range_invalid": "The end date ({until}) comes before the start date ({from}).",
  "error.unexpected": "Something went wrong on our side; nothing was saved. Try again in a moment.",

  "thing.material": "file",
  "thing.milestone": "milestone",
  "thing.page": "page",
  "thing.revision": "version of the page",
  "thing.project": "project",
  "thing.contact": "contact",
  "thing.invitation": "invitation",
  "thing.membership": "membership",
  "thing.pupil": "pupil",
  "thing.account": "account",
  "thing.certificate": "certificate",
  "thing.label_application": "Quality Label application",
  "thing.school": "school",
  "thing.school_label": "eTwinning School label application",

  "status.draft": "draft",
  "status.awaiting_cofounder": "awaiting the co-founder",
  "status.declined": "declined by the co-founder",
  "status.awaiting_approval": "awaiting approval",
  "status.rejected": "rejected",
  "status.active": "active",
  "status.closed": "closed",

  "kind.european": "european",
  "kind.national": "national",
  "kind.school": "school",
  "kind.european.explained":
    "European project: the founders teach in different countries. Both national units approve it; it can earn National and European Quality Labels and prizes.",
  "kind.national.explained":
    "National project: the founders teach in different schools of the same country. Its national unit approves it; it cannot earn Quality Labels.",
  "kind.school.explained":
    "School project: both founders teach in the same school. Only teachers of that school can join; it cannot earn Quality Labels or prizes.",

  "role.founder": "founder",
  "role.admin": "project admin",
  "role.teacher": "teacher",
  "role.pupil": "pupil",

  "next.complete_and_submit": "The founder completes the form and sends it to the co-founder.",
  "next.cofounder_decides": "The co-founder accepts or declines.",
  "next.choose_cofounder_again": "The co-founder declined: the founder chooses a co-founder again.",
  "next.national_units_decide": "Waiting for the national unit of {countries}.",
  "next.edit_and_resubmit": "Rejected: the founders edit the project and send it again.",
  "next.running": "The project is running in its TwinSpace.",
  "next.closed": "The project is closed; its TwinSpace is kept read-only.",

  "field.partnerScope": "Partner wanted",
  "field.startMonth": "Start",
  "field.title": "Title",
  "field.name": "Name",
  "field.access": "Who may join",
  "field.esafety": "The school's e-safety practice",
  "field.body": "Text",
  "field.file": "File",
  "field.summary": "Summary",
  "field.description": "Description",
  "field.subjects": "Subjects",
  "field.languages": "Languages",
  "field.pupilAgeMin": "Pupils' age from",
  "field.pupilAgeMax": "Pupils' age to",
  "field.objectives": "Shared objectives",
  "field.curricularIntegration": "Curricular integration",
  "field.workProcess": "Work process and activities",
  "field.milestones": "Calendar of milestones",
  "field.ictTools": "ICT tools",
  "field.expectedResults": "Expected results",
  "field.safetyRules": "Agreed safety and privacy rules",
  "field.school_name": "School name",
  "field.country": "Country",
  "field.city": "City",
  "field.search": "Name or email",
  "field.email": "Email",
  "field.interests": "Interests",
  "field.bio": "About me",
  "field.displayName": "Display name",
  "field.reason": "Reason",
  "field.note": "Note",
  "field.prize": "Prize",
  "field.from": "From",
  "field.until": "Until",
  "field.evidence": "Evidence",
  "field.cofounder": "Co-founder",
  "field.kind": "What the link registers",

  "subject.art": "Art",
  "subject.biology": "Biology",
  "subject.chemistry": "Chemistry",
  "subject.citizenship": "Citizenship",
  "subject.computing": "Computing / ICT",
  "subject.cross_curricular": "Cross-curricular",
  "subject.economics": "Economics",
  "subject.environment": "Environmental education",
  "subject.foreign_languages": "Foreign languages",
  "subject.geography": "Geography",
  "subject.history": "History",
  "subject.home_language": "Language and literature",
  "subject.mathematics": "Mathematics",
  "subject.media_education": "Media education",
  "subject.music": "Music",
  "subject.philosophy": "Philosophy",
  "subject.physical_education": "Physical education",
  "subject.physics": "Physics",
  "subject.pre_school": "Pre-school education",
  "subject.religion": "Religion / ethics",
  "subject.science": "Science",
  "subject.special_needs": "Special needs education",
  "subject.technology": "Technology",
  "subject.vocational": "Vocational training",

  "criterion.pedagogical_innovation": "Pedagogical innovation and creativity",
  "criterion.curricular_integration": "Curricular integration",
  "criterion.partner_collaboration": "Collaboration between partner schools",
  "criterion.use_of_technology": "Use of technology",
  "criterion.results_impact_documentation": "Results, impact and documentation",
  "requirement.common_goals_and_plan": "Common goals and a shared plan",
  "requirement.finished_or_nearly": "Project finished or nearly finished",
  "requirement.own_contribution": "The teacher's own contribution is clear",
  "requirement.collaborative_pupil_activities": "Collaborative activities among pupils",
  "requirement.data_protection_copyright_esafety": "Data protection, copyright and e-safety respected",
} as const;

export type CoreMessageKey = keyof typeof en;
