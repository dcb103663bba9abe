import type { Router } from "express";
import type { DomainError } from "../../core/index.ts";
import { actorOf, attempt, formBody, type PageContext, type Pages, page, param, text } from "./context.ts";
import { assessmentInput } from "./views/assessment.ts";

/**
 * The POST of a Quality Label scoring form (views/assessment.ts assessmentForm): saves the
 * scores, then, for the award or refuse button, decides. Two steps on purpose: a refused
 * decision keeps the saved scores. Core's use cases decide who may.
 */
export function assessmentRoute(
  router: Router,
  pages: Pages,
  spec: {
    route: string;
    idParam: string;
    /** The refuse button's `decision` value. */
    refuse: string;
    assess: (
      actor: { accountId: string },
      id: string,
      input: ReturnType<typeof assessmentInput>,
    ) => Promise<unknown>;
    decide: (
      actor: { accountId: string },
      id: string,
      award: boolean,
      body: Record<string, unknown>,
    ) => Promise<unknown>;
    success: (id: string, decided: boolean) => { path: string; done: string };
    show: (ctx: PageContext, values: Record<string, unknown>, error: DomainError) => Promise<void>;
  },
): void {
  router.post(
    spec.route,
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const id = param(ctx, spec.idParam);
      const decision = text(body, "decision");
      const decides = decision === "award" || decision === spec.refuse;
      await attempt(
        ctx,
        async () => {
          await spec.assess(actorOf(ctx), id, assessmentInput(pages.core.criteria, body));
          if (decides) await spec.decide(actorOf(ctx), id, decision === "award", body);
        },
        () => spec.success(id, decides),
        (error) => spec.show(ctx, body, error),
      );
    }),
  );
}
