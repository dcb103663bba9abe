/** English texts of the LTI side: sessions, launches, registration, deep linking, roster import. */
export const en = {
  "session.required.title": "Please open OpenTwinning from your course",
  "session.required.body":
    "You are not signed in, or your session has ended. Open OpenTwinning again from your course in your school's learning platform (for example the OpenTwinning activity in Moodle).",
  "session.csrf.title": "This form has expired",
  "session.csrf.body":
    "The form could not be checked, perhaps because it was open for too long or OpenTwinning was opened again meanwhile. Go back, reload the page and send the form again.",
} as const;

export type LtiMessageKey = keyof typeof en;
