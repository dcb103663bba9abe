/**
 * What the operator does first on a fresh install, where no LMS is registered: make a
 * registration URL for a school (README.md, section "LTI / Moodle"). Said at start in the log
 * and on the landing page until the first LMS registers.
 */
export const REGISTRATION_TOKEN_COMMAND =
  'npm run admin -- registration-token create --school-name "<school name>" --country <country code>';

export const FIRST_REGISTRATION_LOG_LINE =
  `No LMS is registered yet. Next step: make a school's registration URL with ` +
  `${REGISTRATION_TOKEN_COMMAND} and paste it into the LMS (README.md, section "LTI / Moodle").`;
