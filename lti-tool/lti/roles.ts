/**
 * LTI roles → what the person is in OpenTwinning. Platforms send full LIS vocabulary URIs
 * (Moodle: `http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor`); the deprecated
 * short forms (`Instructor`) are accepted too. Sub-roles (`membership/Instructor#TeachingAssistant`)
 * count as their principal role.
 *
 * - teacher: Instructor in the course, or Faculty/Instructor of the institution;
 * - school admin: Administrator of the system, the institution or the course;
 * - pupil: Learner in the course, or Student/Learner of the institution.
 * Mentors, guests and other roles get nothing: they are refused with an explanation.
 */
export interface LaunchRoles {
  teacher: boolean;
  schoolAdmin: boolean;
  learner: boolean;
}

const LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

const TEACHER = new Set([
  `${LIS}membership#Instructor`,
  `${LIS}institution/person#Faculty`,
  `${LIS}institution/person#Instructor`,
  "Instructor",
]);
const ADMIN = new Set([
  `${LIS}system/person#Administrator`,
  `${LIS}system/person#SysAdmin`,
  `${LIS}institution/person#Administrator`,
  `${LIS}membership#Administrator`,
  "Administrator",
]);
const LEARNER = new Set([
  `${LIS}membership#Learner`,
  `${LIS}institution/person#Student`,
  `${LIS}institution/person#Learner`,
  "Learner",
]);

/** `…/membership/Instructor#TeachingAssistant` → `…/membership#Instructor`. */
function principal(role: string): string {
  const sub = /^(.*\/membership)\/(\w+)#\w+$/.exec(role);
  return sub ? `${sub[1]}#${sub[2]}` : role;
}

export function mapRoles(roles: readonly string[]): LaunchRoles {
  const principals = roles.map(principal);
  return {
    teacher: principals.some((role) => TEACHER.has(role)),
    schoolAdmin: principals.some((role) => ADMIN.has(role)),
    learner: principals.some((role) => LEARNER.has(role)),
  };
}
