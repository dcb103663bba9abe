import {
  addPupilsToProject,
  type Project,
  type Pupil,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { join } from "../matrix/people.ts";
import type { World } from "../support/world.ts";

/** The people of one running TwinSpace, as the TwinSpace page tests meet them. */
export interface TwinSpaceCast {
  /** Founder, Liceo Volta (IT). */
  ada: Teacher;
  /** Co-founder, Lycée Curie (FR). */
  marie: Teacher;
  /** A partner teacher of a third school (AT), not a founder. */
  lise: Teacher;
  project: Project;
  /** Ada's pupil in the project. */
  luca: Pupil;
  /** Ada's pupil, not in the project. */
  outsider: Pupil;
}

export async function twinSpaceCast(w: World): Promise<TwinSpaceCast> {
  const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
  const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
  const lise = await w.teacher("Lise Meitner", await w.school("BG Wien", "AT", "Wien"));
  const project = await w.activeProject(ada, marie);
  await join(w, project.id, ada, lise);
  const { registered } = await registerPupils(w.deps, w.actor(ada), [
    { displayName: "Luca Bianchi" },
    { displayName: "Olga Rossi" },
  ]);
  const [luca, outsider] = registered as [Pupil, Pupil];
  await addPupilsToProject(w.deps, w.actor(ada), project.id, [luca.id]);
  return { ada, marie, lise, project, luca, outsider };
}
