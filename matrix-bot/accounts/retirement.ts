import type { Id, StoredEvent } from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import type { SynapseAdmin } from "./synapseAdmin.ts";

/** The pupil whose record is gone (deleted by their teacher, or erased): their bot-made account goes too. */
export function departedPupil(event: StoredEvent): Id | undefined {
  if (event.type === "pupil_deleted") return event.payload.pupilId;
  if (event.type === "person_erased" && event.payload.kind === "pupil") return event.payload.personId;
  return undefined;
}

/**
 * Deactivates, with `erase: true`, the Matrix account the bot made for a pupil who no longer
 * exists in core (the homeserver takes it out of every room and hides its messages from later
 * joiners), then forgets the record. Run from the outbox, so it is retried like other bot
 * work; deactivating twice, or an account the homeserver no longer knows, is done.
 */
export async function retireMadeAccount(
  event: StoredEvent,
  admin: Pick<SynapseAdmin, "deactivate">,
  records: PupilMatrixAccounts,
): Promise<void> {
  const pupilId = departedPupil(event);
  if (!pupilId) return;
  const matrixUserId = await records.matrixIdOf(pupilId);
  if (!matrixUserId) return;
  await admin.deactivate(matrixUserId);
  await records.remove(pupilId);
}
