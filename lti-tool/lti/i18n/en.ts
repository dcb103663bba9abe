/** English texts of the LTI side: sessions, launches, registration, deep linking, roster import. */
export const en = {
  "session.required.title": "Please open OpenTwinning from your course",
  "session.required.body":
    "You are not signed in, or your session has ended. Open OpenTwinning again from your course in your school's learning platform (for example the OpenTwinning activity in Moodle).",
  "session.sign_out.action": "Sign out",
  "session.signed_out.title": "You are signed out",
  "session.signed_out.body":
    "You are signed out of OpenTwinning. Close this window, or open OpenTwinning again from your course.",
  "session.csrf.title": "This form has expired",
  "session.csrf.body":
    "The form could not be checked, perhaps because it was open for too long or OpenTwinning was opened again meanwhile. Go back, reload the page and send the form again.",
  "session.origin.title": "This form was not sent from OpenTwinning",
  "session.origin.body":
    "OpenTwinning accepts changes only from its own pages, and this request came from somewhere else. Nothing was changed. Open OpenTwinning again from your course and use its forms.",

  "request.nul.title": "This request holds an invisible control character",
  "request.nul.body":
    "What was sent contains a NUL character, which no text in OpenTwinning may hold; it usually comes from copying text out of another program. Nothing was changed. Type the text again (or paste it as plain text) and send it once more.",
  "app.not_found.title": "Page not found",
  "app.not_found.body":
    "There is no page at this address. Go back, or open OpenTwinning again from your course.",
  "app.error.title": "Something went wrong",
  "app.error.body":
    "OpenTwinning could not complete this request. Try again in a moment; if it keeps happening, tell the operator of this service the time it happened.",
  "lti.domain_refusal.title": "This is not possible",
  "lti.back_to_dashboard": "Back to your dashboard",

  "lti.refusal.request.title": "The request was incomplete",
  "lti.refusal.request.body":
    "OpenTwinning received a launch or form that is missing required parts or is malformed. Open OpenTwinning again from your course. If you administer the learning platform and this keeps happening, check that the tool is configured for LTI 1.3.",
  "lti.refusal.too_large.title": "The request was too large",
  "lti.refusal.too_large.body":
    "OpenTwinning refuses requests this big. Open OpenTwinning again from your course; if you administer the learning platform, check that it does not send oversized launch data (for example very long custom parameters).",
  "lti.refusal.login_expired.title": "This sign-in has expired",
  "lti.refusal.login_expired.body":
    "The sign-in from your learning platform took too long or was already used. Open OpenTwinning again from your course.",
  "lti.refusal.browser_mismatch.title": "This sign-in belongs to another window",
  "lti.refusal.browser_mismatch.body":
    "The sign-in was started in another browser or window. Open OpenTwinning again from your course in this window.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning must be served over https",
  "lti.refusal.insecure_cross_site.body":
    "Your learning platform is on another site than OpenTwinning, and OpenTwinning is served over plain http, so browsers do not send its sign-in cookie back and no launch can work, in this page or a new window. Please tell your platform's administrator. For whoever runs OpenTwinning, the fix is one line: serve it over https (behind a TLS proxy) and set PUBLIC_URL=https://<its address>.",
  "lti.refusal.unknown_platform.title": "This learning platform is not registered",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning does not know the learning platform (issuer and client ID) that sent this request. The platform's administrator must register OpenTwinning first: by dynamic registration with the link from the operator of this service, or by hand with the values the operator prints.",
  "lti.refusal.target.title": "The tool address is wrong",
  "lti.refusal.target.body":
    "The learning platform asked for an OpenTwinning address that is not its launch address. The platform's administrator should set the tool URL and the redirection URI to the launch address shown at registration (ending in /lti/launch).",
  "lti.refusal.signature.title": "The launch could not be verified",
  "lti.refusal.signature.body":
    "The launch's signature does not match the keys the learning platform publishes, or it uses a signature method other than RS256. Open OpenTwinning again from your course; if this keeps happening, the platform's administrator should check the platform's public keyset URL in the registration.",
  "lti.refusal.time.title": "The launch has expired",
  "lti.refusal.time.body":
    "The launch is too old or dated in the future. Open OpenTwinning again from your course. If this keeps happening, the learning platform's server clock may be wrong: its administrator should check it.",
  "lti.refusal.audience.title": "The launch was meant for another tool",
  "lti.refusal.audience.body":
    "The launch names another issuer or another client ID than the registration it answers. The learning platform's administrator should check the client ID of the OpenTwinning registration.",
  "lti.refusal.replay.title": "This launch was already used",
  "lti.refusal.replay.body":
    "Each launch can be used once. Open OpenTwinning again from your course instead of reloading or going back.",
  "lti.refusal.unknown_deployment.title": "This deployment is not linked to a school",
  "lti.refusal.unknown_deployment.body":
    "The learning platform launched OpenTwinning through a deployment that is not linked to a school. The platform's administrator should register OpenTwinning with the school's name and country (dynamic registration), or ask the operator to add the deployment with `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "This school's connection is suspended",
  "lti.refusal.school_rejected.body":
    "The national unit of this school's country could not confirm that this registration belongs to a real school, so OpenTwinning is suspended for it. The platform's administrator should contact their national unit (the eTwinning national support organisation) to confirm the school; once it is confirmed, launches work again. The administrator can still open OpenTwinning from the LMS and read the unit's reason under My school.",
  "lti.refusal.message.title": "This kind of launch is not supported",
  "lti.refusal.message.body":
    "OpenTwinning accepts LTI 1.3 resource-link and deep-linking launches with their required claims. The learning platform's administrator should check that the tool is configured for LTI 1.3 and that the launch sends the required data.",
  "lti.refusal.role.title": "Your role has no access",
  "lti.refusal.role.body":
    "OpenTwinning is for the teachers, pupils and administrators of a course. Your role in this course gives no access; if you think it should, ask the course's teacher.",
  "lti.refusal.pupil_unregistered.title": "Your teacher has not registered you yet",
  "lti.refusal.pupil_unregistered.body":
    "Pupils take part once their teacher has added them to OpenTwinning. Ask your teacher to register you, then open OpenTwinning again from your course.",
  "lti.refusal.pupil_not_in_project.title": "You are not in this project",
  "lti.refusal.pupil_not_in_project.body":
    "This link leads to a project your teacher has not added you to. Ask your teacher to add you to the project, then open the link again.",
  "lti.refusal.project_not_open.title": "This project has not started yet",
  "lti.refusal.project_not_open.body":
    "The project opens once its partner teachers and their national units have approved it. Your teacher will then add you, and this link will take you to it.",
  "lti.refusal.platform_unreachable.title": "The learning platform did not answer",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning could not fetch what it needs from the learning platform (its keys or its course roster). Try again in a moment; if it keeps happening, the platform's administrator should check that the platform is reachable from the internet.",
  "lti.refusal.registration_token.title": "This registration link is not valid",
  "lti.refusal.registration_token.body":
    "Registering OpenTwinning needs a registration link from the operator of this service. This link is unknown, was already used or has expired: ask the operator for a new one.",
  "lti.refusal.registration_target.title": "This platform address cannot be used",
  "lti.refusal.registration_target.body":
    "The learning platform's configuration points to an address OpenTwinning does not contact (not https, a private network address, or another host than the platform's). The platform must be reachable over https on a public address.",
  "lti.refusal.registration_failed.title": "The registration did not complete",
  "lti.refusal.registration_failed.body":
    "The learning platform did not accept the registration or did not answer as expected. Start the registration again from the platform; if it fails again, register OpenTwinning by hand with the values the operator prints.",
  "lti.refusal.roster_unavailable.title": "The course roster is not available",
  "lti.refusal.roster_unavailable.body":
    "To import pupils, open OpenTwinning from the course whose pupils you want to import. The learning platform's administrator must enable the Names and Role Provisioning service for OpenTwinning.",
  "lti.refusal.deep_linking_unavailable.title": "Add OpenTwinning from your course",
  "lti.refusal.deep_linking_unavailable.body":
    "To place a link to a project in a course, add an OpenTwinning activity in the course and choose “Select content”.",

  "lti.new_window.title": "Open OpenTwinning in a new window",
  "lti.new_window.body":
    "Your browser does not let OpenTwinning keep you signed in inside the learning platform's page (it blocks cookies of embedded sites). Open it in a new window to continue.",
  "lti.new_window.action": "Open in a new window",
  "lti.cookies_blocked.title": "One more step",
  "lti.cookies_blocked.body":
    "Your browser blocks OpenTwinning's cookie inside the learning platform's page, so you cannot stay signed in here. Open OpenTwinning in a new window; the link works once and for one minute.",
  "lti.handoff_used.title": "This link has expired",
  "lti.handoff_used.body":
    "The link to open OpenTwinning in a new window works once and for one minute. Open OpenTwinning again from your course.",

  "lti.register.title": "Connect your school to OpenTwinning",
  "lti.register.intro":
    "OpenTwinning links each connection of a learning platform to one school. Give your school's name and country; teachers who open OpenTwinning through this connection will belong to this school.",
  "lti.register.school_name": "School name",
  "lti.register.country": "Country",
  "lti.register.choose_country": "Choose the country",
  "lti.register.pinned":
    "Your registration link sets the school and country shown here. If they are wrong, ask the OpenTwinning operator for a new link.",
  "lti.register.submit": "Register OpenTwinning",
  "lti.register.unit_intro":
    "This link connects the learning platform of the national unit of {country}. People who open OpenTwinning through this connection work as the unit's staff: they are not teachers and are not shown to teachers as partners.",
  "lti.register.unit_name": "the national unit of {country}",
  "lti.register.central_intro":
    "This link connects the learning platform of the central support service. People who open OpenTwinning through this connection work as the central support service (they act for every country): they are not teachers and are not shown to teachers as partners.",
  "lti.register.central_name": "the central support service",
  "lti.register.done.title": "OpenTwinning is registered",
  "lti.register.done.body":
    "OpenTwinning is now connected for {school}. In your learning platform, activate the tool if it asks you to (in Moodle: Site administration → Plugins → Activity modules → External tool → Manage tools). In Moodle, also open the tool's settings there and set “Tool configuration usage” to “Show in activity chooser and as a preconfigured tool”: until then teachers cannot add it to their courses.",

  "lti.deep_linking.title": "Link a project to this course",
  "lti.deep_linking.intro": "Choose the project your pupils should open from this course.",
  "lti.deep_linking.none":
    "You are not a member of any project yet. Found or join a project in OpenTwinning first, then add the link again.",
  "lti.deep_linking.choose": "Your projects",
  "lti.deep_linking.not_open.draft":
    "Not yet: pupils can open a project once it is approved. Submit it from its page first.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Not yet: waiting for the co-founder to accept, then for the national units' approval.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Not yet: it can be placed in the course as soon as the national units approve it.",
  "lti.deep_linking.not_open.closed": "Closed: the project has ended.",
  "lti.deep_linking.submit": "Add the link to the course",
  "lti.deep_linking.returning": "Returning to your course",
  "lti.deep_linking.return": "Continue to the course",

  "lti.roster.title": "Import pupils from the course",
  "lti.roster.intro":
    "These are the learners of your course {course}. Choose the pupils to register in OpenTwinning; only their names are kept. Registered pupils can open OpenTwinning from the course and see the projects you add them to.",
  "lti.roster.empty": "The course has no learners to import.",
  "lti.roster.choose_one": "The course's learner",
  "lti.roster.choose_other": "The course's {count} learners",
  "lti.roster.project": "Also add them to this project (optional)",
  "lti.roster.no_project": "No project for now",
  "lti.roster.submit": "Register the chosen pupils",
  "lti.roster.unnamed": "Pupil {id}",
  "lti.roster.done.title": "Pupils imported",
  "lti.roster.done.registered_one": "One pupil is newly registered:",
  "lti.roster.done.registered_other": "{count} pupils are newly registered.",
  "lti.roster.done.existing_one": "Already registered by you: {names}.",
  "lti.roster.done.existing_other": "Already registered by you: {names}.",
  "lti.roster.done.other_teacher_one":
    "Not imported, because another teacher registered them or they are a teacher: {names}.",
  "lti.roster.done.other_teacher_other":
    "Not imported, because another teacher registered them or they are teachers: {names}.",
  "lti.roster.done.project": "They are now members of the project “{project}”.",
  "lti.roster.done.sheet": "Print the pupils' access sheet",
  "lti.roster.done.launch": "Your pupils open OpenTwinning from this course with their school account.",
} as const;

export type LtiMessageKey = keyof typeof en;
