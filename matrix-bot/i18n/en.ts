/** The bot's English texts. `it.ts` has the same keys. */
export const en = {
  "bot.usage": "Usage",
  "bot.refusal.wrong_room": "This command does not work in this room.",
  "bot.refusal.only_in.project": "“{name}” works in a project's TwinSpace room. Send it there.",
  "bot.refusal.only_in.direct":
    "“{name}” works in a direct message with me. Start a direct chat with me and send it there.",
  "bot.refusal.only_in.national_unit": "“{name}” works in your national unit's room only.",
  "bot.refusal.not_linked":
    "I don't know who you are in OpenTwinning yet. Open OpenTwinning from your school's LMS, go to your profile, get a link code and send me “link <code>” in a direct message.",
  "bot.refusal.pupil": "Commands are for teachers. If you need something in this project, ask your teacher.",
  "bot.refusal.not_member": "Only teachers of this project can use this command here.",
  "bot.refusal.unknown_invitation":
    "No pending invitation of yours starts with “{ref}”. Send “invitations” to see them with their codes.",
  "bot.refusal.ambiguous_invitation":
    "Several of your invitations start with “{ref}”. Type more of the code.",
  "bot.refusal.unknown_project":
    "No project awaiting your unit's decision starts with “{ref}”. Send “pending” to see them with their codes.",
  "bot.refusal.ambiguous_project": "Several projects start with “{ref}”. Type more of the code.",
  "bot.refusal.no_teacher_found":
    "No registered teacher matches “{term}”. Check the spelling, or use their Matrix ID or email. Teachers register by opening OpenTwinning from their LMS.",
  "bot.refusal.several_teachers_found":
    "{count} teachers match “{term}”. Use their Matrix ID or email address to pick one.",
  "bot.refusal.rate_limited_one":
    "That is a lot of commands in a minute. Send your next one in a second; until then I will not answer.",
  "bot.refusal.rate_limited_other":
    "That is a lot of commands in a minute. Send your next one in {count} seconds; until then I will not answer.",
  "bot.refusal.unknown_command": "I don't know the command “{name}”. Send “{prefix} help” for the list.",
  "bot.refusal.internal":
    "Something went wrong on my side; nothing was changed. Please try again in a minute, and tell your administrator if it keeps happening.",
  "bot.refusal.control_characters":
    "Your message holds an invisible control character (NUL), so I did not act on it. Type the command again and send it.",
  "bot.invite.sent":
    "Invitation sent to {name}. They can accept it in OpenTwinning or by sending me “accept”.",
  "bot.members.heading": "Teachers of “{title}”",
  "bot.members.more": "{number} teachers in all: the project page lists every one.",
  "bot.members.pupils_more": "and {number} pupils",
  "bot.members.pupils_one": "and {count} pupil",
  "bot.members.pupils_other": "and {count} pupils",
  "bot.approval.pending": "awaiting the national unit",
  "bot.approval.approved": "approved",
  "bot.approval.rejected": "rejected",
  "bot.approval.superseded": "replaced by a later submission",
  "bot.milestones.heading": "Milestones of “{title}”",
  "bot.milestones.none": "This project has no milestones yet.",
  "bot.link.done":
    "Done: {matrixId} is now linked to {name} in OpenTwinning. I will invite you to your projects' rooms.",
  "bot.projects.heading": "Your projects",
  "bot.projects.more": "Your dashboard in OpenTwinning lists the others.",
  "bot.projects.none": "You have no projects yet. Found one or accept an invitation in OpenTwinning.",
  "bot.invitations.heading": "Invitations waiting for you (send “accept <code>” or “decline <code>”)",
  "bot.invitations.item": "“{title}”, from {inviter}",
  "bot.invitations.more":
    "More invitations wait: these are the oldest. Once you answer them, the next ones appear here and on your dashboard in OpenTwinning.",
  "bot.invitations.none": "No invitations are waiting for you.",
  "bot.accept.done": "Welcome to “{title}”. You will be invited to its rooms in a moment.",
  "bot.decline.done": "You declined the invitation to “{title}”.",
  "bot.pending.heading": "Projects awaiting the decision of {country}",
  "bot.pending.none": "No project awaits the decision of {country}.",
  "bot.pending.more": "… and {number} more: the national unit's page in the LMS lists them all.",
  "bot.show.kind": "Kind",
  "bot.show.founders": "Founders",
  "bot.show.summary": "Summary",
  "bot.show.ages": "Pupils aged {min} to {max}",
  "bot.show.safety": "Agreed safety and privacy rules",
  "bot.approve.done": "You approved “{title}”. The founders are told.",
  "bot.reject.done": "You rejected “{title}”. The founders are told, with your reason.",
  "bot.help.heading.direct": "What you can ask me here (the {prefix} prefix is optional in this chat)",
  "bot.help.heading.project": "Commands in this project's rooms (start them with {prefix})",
  "bot.help.heading.national_unit": "Commands in the national unit's room (start them with {prefix})",
  "bot.help.heading.other": "I only work in project rooms, national-unit rooms and direct messages.",
  "bot.help.example": "Example",
  "bot.help.invite": "invite a registered teacher to this project (by Matrix ID, email or name)",
  "bot.help.invite.usage": "invite <teacher>",
  "bot.help.invite.example": "invite @marie.dupont:ac-lyon.fr",
  "bot.help.members": "list this project's teachers and how many pupils take part",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "show this project's status and each national unit's decision",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "show the project calendar with due dates",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "link this Matrix account to your OpenTwinning profile with the code shown on your profile page",
  "bot.help.link.usage": "link <code>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "list your projects with their status",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "list the invitations waiting for you",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "accept an invitation (its code is in “invitations”)",
  "bot.help.accept.usage": "accept <invitation>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "decline an invitation",
  "bot.help.decline.usage": "decline <invitation>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "list the projects awaiting your country's decision",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "show a project awaiting your decision",
  "bot.help.show.usage": "show <project>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "approve a project for your country",
  "bot.help.approve.usage": "approve <project>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "reject a project for your country, with the reason the founders will read",
  "bot.help.reject.usage": "reject <project> <reason>",
  "bot.help.reject.example": "reject 7b1e44d0 The calendar has no dates for the second term.",
  "group.room.topic": "An eTwinning Group's discussion.",
  "group.kick.not_member": "Not a member of the group “{name}”.",
  "nu.room.name": "National unit · {country}",
  "nu.room.topic":
    "Projects awaiting the decision of {country}. Moderators answer here: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "No longer a moderator of {country}.",
  "nu.awaiting.heading": "A project awaits the decision of {country}: “{title}”",
  "nu.awaiting.commands": "Answer with",
  "nu.decision.approved": "The national unit of {country} approved “{title}”.",
  "nu.decision.rejected": "The national unit of {country} rejected “{title}”.",
  "nu.decision.reason": "Reason",
  "nu.decision.next": "Either founder can edit the project in OpenTwinning and submit it again.",
  "nu.label.national_awarded":
    "The national unit of {country} awarded {teacher} the National Quality Label for “{title}”.",
  "nu.label.national_refused":
    "The national unit of {country} did not award {teacher} the National Quality Label for “{title}”.",
  "nu.label.european_awarded": "The central support service awarded the European Quality Label to “{title}”.",
  "nu.label.european_declined":
    "The central support service did not award the European Quality Label to “{title}”.",
  "nu.school.verification_yes": "The national unit of {country} verified your school, {school}.",
  "nu.school.verification_no":
    "The national unit of {country} rejected the registration of your school, {school}.",
  "nu.school.label_yes":
    "The national unit of {country} awarded the eTwinning School label to your school, {school}.",
  "nu.school.label_no":
    "The national unit of {country} did not award the eTwinning School label to your school, {school}.",
  "nu.school.rejected_next": "Ask your LMS administrator to contact the national unit.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · General",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Teachers' room",
  "twinspace.room.pupils.name": "{title} · Pupils' room",
  "twinspace.materials.folder.general": "From the chat: General",
  "twinspace.materials.folder.forum": "From the chat: Forum",
  "twinspace.materials.folder.pupils": "From the chat: Pupils' room",
  "twinspace.materials.refused": "“{name}” was not added to the project's materials.",
  "twinspace.diary.weekly.heading": "Last week in “{title}”:",
  "twinspace.diary.weekly.counts":
    "Pages created: {pagesCreated} · pages changed: {pagesChanged} · materials added: {materialsAdded} · teachers joined: {membersJoined} · milestones done: {milestonesDone}",
  "twinspace.room.general.topic": "The everyday chat of “{title}”, with its video meetings.",
  "twinspace.room.forum.topic": "One thread per topic: open a topic with one message, answer in its thread.",
  "twinspace.room.teachers.topic": "For the teachers of “{title}” only: planning and coordination.",
  "twinspace.room.pupils.topic": "The pupils' room of “{title}”, moderated by their teachers.",
  "twinspace.video.name": "Video meeting",
  "twinspace.welcome.heading": "Welcome to {room}, a room of the project “{title}”.",
  "twinspace.welcome.space":
    "This space holds the project's rooms: General, Forum, the Teachers' room and the Pupils' room.",
  "twinspace.welcome.general":
    "Talk about the project here. The video meeting at the top of this room is for the project's members.",
  "twinspace.welcome.forum":
    "This forum works in threads. To open a topic, post one message saying what it is about; everyone answers in its thread (“Reply in thread”), not in the main timeline. All topics are listed under “Threads”.",
  "twinspace.welcome.teachers": "Only the project's teachers are in this room; pupils cannot see it.",
  "twinspace.welcome.pupils": "The project's pupils meet here; their teachers moderate the room.",
  "twinspace.welcome.partners": "Partner schools: {schools}.",
  "twinspace.welcome.rules": "Safety and privacy rules agreed by the partners:",
  "twinspace.welcome.footer":
    "Membership follows the project in OpenTwinning: people join and leave these rooms as they join and leave the project.",
  "twinspace.closed":
    "This project was closed on {date}. Its rooms stay here for its members to read and nothing was deleted, but nobody can write in them any more.",
  "twinspace.kick.not_member": "Not a member of the project “{title}”.",
  "twinspace.kick.left": "Left the project “{title}”.",
  "twinspace.kick.removed": "Removed from the project “{title}”: {reason}",
  "twinspace.kick.removed_no_reason": "Removed from the project “{title}”.",
  "twinspace.kick.pupil_removed": "No longer taking part in the project “{title}”.",
  "twinspace.kick.unlinked":
    "Unlinked their Matrix account from OpenTwinning, so this account is no longer in the project “{title}”.",
  "twinspace.kick.relinked":
    "Linked another Matrix account in OpenTwinning and takes part in the project “{title}” with that one.",
  "twinspace.problems.heading":
    "{founders}: I could not put everything in this TwinSpace back the way the project says:",
  "twinspace.problems.founders": "Founders",
  "twinspace.problem.banned":
    "{subject} is banned from {rooms} but is still in the project. Lift the ban, or remove them from the project in OpenTwinning.",
  "twinspace.problem.invite_failed":
    "I could not invite {subject} to {rooms} ({detail}). Check the Matrix ID linked in OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} is in {rooms} without being in the project, and I could not remove them ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} has the bot's own power level in {rooms}, which Matrix lets nobody lower. Ask the homeserver's administrator to fix it.",
  "twinspace.problem.state_failed": "I could not restore {subject} in {rooms} ({detail}).",
} as const;

export type BotMessageKey = keyof typeof en;
