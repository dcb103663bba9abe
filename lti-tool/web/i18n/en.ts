/** English texts of the web pages. Keys are grouped by page; `it.ts` must have the same keys. */
export const en = {
  "app.name": "OpenTwinning",
  "layout.skip": "Skip to content",
  "landing.title": "OpenTwinning: class projects across schools and countries",
  "landing.intro":
    "OpenTwinning lets teachers of different schools and countries find partners, found projects together, have them approved by their national units and work with their pupils in a shared TwinSpace of chat rooms, a forum and video meetings.",
  "landing.teachers.heading": "Teachers and pupils",
  "landing.teachers.body":
    "Open OpenTwinning from your school's learning platform (for example an activity in your Moodle course). You are signed in with your school account; there is nothing to register here.",
  "landing.admins.heading": "School IT administrators",
  "landing.admins.body":
    "OpenTwinning is an LTI 1.3 tool. Ask the operator of this service for a registration link and paste it into your platform's tool registration (in Moodle: Site administration → Plugins → Activity modules → External tool → Manage tools).",
  "landing.health": "Service status",
} as const;

export type WebMessageKey = keyof typeof en;
