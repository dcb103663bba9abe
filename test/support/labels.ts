import {
  applyForNationalLabel,
  assessLabelApplication,
  decideLabelApplication,
  type Project,
  type Teacher,
} from "../../core/index.ts";
import type { World } from "./world.ts";

/** Every criterion scored at its maximum and every minimum requirement met, for the form or core. */
export function fullAssessment(w: World): {
  scores: Record<string, number>;
  requirements: Record<string, boolean>;
  form: Record<string, string>;
} {
  const { criteria, requirements } = w.deps.criteria;
  return {
    scores: Object.fromEntries(criteria.map((c) => [c.id, c.scaleMax])),
    requirements: Object.fromEntries(requirements.map((r) => [r.id, true])),
    form: {
      ...Object.fromEntries(criteria.map((c) => [`score_${c.id}`, String(c.scaleMax)])),
      ...Object.fromEntries(requirements.map((r) => [`requirement_${r.id}`, "yes"])),
    },
  };
}

/** Each teacher applies for a National Quality Label and their country's unit awards it. */
export async function awardNationalLabels(
  w: World,
  project: Project,
  teachers: readonly Teacher[],
): Promise<void> {
  const full = fullAssessment(w);
  for (const teacher of teachers) {
    const evidence = Object.fromEntries(
      w.deps.criteria.criteria.map((c) => [c.id, `${teacher.name}'s evidence for ${c.id}.`]),
    );
    const application = await applyForNationalLabel(w.deps, w.actor(teacher), project.id, evidence);
    const unit = w.actor(await w.moderator(teacher.country));
    await assessLabelApplication(w.deps, unit, application.id, full);
    await decideLabelApplication(w.deps, unit, application.id, { award: true });
  }
}

/** The teacher applies for a National Quality Label; their country's unit scores it fully and refuses it with this note. */
export async function refuseNationalLabel(
  w: World,
  project: Project,
  teacher: Teacher,
  note: string,
): Promise<void> {
  const application = await applyForNationalLabel(
    w.deps,
    w.actor(teacher),
    project.id,
    Object.fromEntries(w.deps.criteria.criteria.map((c) => [c.id, "Our evidence."])),
  );
  const unit = w.actor(await w.moderator(teacher.country));
  await assessLabelApplication(w.deps, unit, application.id, fullAssessment(w));
  await decideLabelApplication(w.deps, unit, application.id, { award: false, note });
}
