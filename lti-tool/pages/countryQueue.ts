import type { Router } from "express";
import type { DomainError } from "../../core/index.ts";
import { actorOf, attempt, formBody, type PageContext, type Pages, page, param, text } from "./context.ts";

/** A card the unit's decision was refused on, shown again open with what was typed. */
export interface FailedDecision {
  id: string;
  error: DomainError;
  values: Record<string, unknown>;
}

/**
 * The refusal to show above the queue: one about a card no longer on the page (decided
 * meanwhile by a colleague, or of another country), which its card cannot show.
 */
export function refusedElsewhere(failed: FailedDecision | undefined, shownIds: readonly string[]) {
  return failed && !shownIds.includes(failed.id) ? failed.error : undefined;
}

/**
 * A national unit's queue of one country (`/national-unit/:country/<path>`): the list, and a
 * yes-or-no decision on one card (`<path>/:<idParam>`, the form of views/decision.ts). Core's
 * use case decides who may; a refusal shows the queue again with the card open.
 */
export function countryQueueRoutes(
  router: Router,
  pages: Pages,
  spec: {
    path: string;
    idParam: string;
    show: (ctx: PageContext, code: string, failed?: FailedDecision) => Promise<void>;
    /** The form's `decision` value that means yes. */
    yes: string;
    decide: (
      actor: { accountId: string },
      code: string,
      id: string,
      yes: boolean,
      reason: unknown,
    ) => Promise<unknown>;
    done: (yes: boolean) => string;
  },
): void {
  router.get(
    `/national-unit/:country/${spec.path}`,
    page(pages, async (ctx) => spec.show(ctx, param(ctx, "country").toUpperCase())),
  );
  router.post(
    `/national-unit/:country/${spec.path}/:${spec.idParam}`,
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const id = param(ctx, spec.idParam);
      const body = formBody(ctx);
      const yes = text(body, "decision") === spec.yes;
      await attempt(
        ctx,
        () => spec.decide(actorOf(ctx), code, id, yes, body.reason),
        () => ({ path: `/app/national-unit/${code}/${spec.path}`, done: spec.done(yes) }),
        (error) => spec.show(ctx, code, { id, error, values: body }),
      );
    }),
  );
}
