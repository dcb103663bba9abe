import { type CoreDeps, registerSchool, type School, type SchoolInput } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { repositories } from "../../store/knexStore.ts";
import type { DeploymentKey, Deployments } from "./store.ts";

/**
 * R1: a new school joins with the deployment its LMS admin registered. The school (through
 * core, with its `school_registered` event) and the binding commit together.
 */
export async function bindDeploymentToNewSchool(
  lti: { core: CoreDeps; database: Database; deployments: Deployments },
  deployment: DeploymentKey,
  school: SchoolInput,
): Promise<School> {
  return lti.database.knex.transaction(async (trx) => {
    const created = await registerSchool(
      lti.core,
      repositories({ db: trx, dialect: lti.database.dialect }),
      school,
    );
    await lti.deployments.bind({ ...deployment, schoolId: created.id }, trx);
    return created;
  });
}
