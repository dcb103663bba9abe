import { type CoreDeps, diaryCounts, PAGE_SIZE, type Project } from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { reply } from "../commands/reply.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import { botMessages } from "../i18n/index.ts";
import type { RoomRecords } from "../store/rooms.ts";
import type { DueProject, WeeklyDiaryRecords } from "../store/weeklyDiary.ts";
import { sendNoticeOnce } from "./notices.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The week a summary is about: the 7 days before this Monday 00:00 UTC. Summaries go out
 * on Mondays (the start of the school week), or at the first pass after, if the bot was down;
 * the key is that Monday's date.
 */
export interface Week {
  key: string;
  from: string;
  to: string;
}

export function previousWeek(now: Date): Week {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = midnight - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  const to = new Date(monday).toISOString();
  return { key: to.slice(0, 10), from: new Date(monday - 7 * DAY_MS).toISOString(), to };
}

export interface WeeklyDiaryDeps {
  client: BotClient;
  core: CoreDeps;
  records: RoomRecords;
  sent: WeeklyDiaryRecords;
}

/** Once a week per active project, a short summary of its diary in the Teachers' room. */
export class WeeklyDiary {
  readonly #deps: WeeklyDiaryDeps;

  constructor(deps: WeeklyDiaryDeps) {
    this.#deps = deps;
  }

  /** Posts every summary due at `now`, a page of due projects at a time; a quiet week is recorded without a post. */
  async postDue(now: Date): Promise<void> {
    const { core, sent } = this.#deps;
    const week = previousWeek(now);
    let due: DueProject[] = [];
    do {
      due = await sent.due(week.key, due.at(-1)?.cursor, PAGE_SIZE);
      const projects = await core.store.transaction((tx) => tx.projects.getMany(due.map((p) => p.id)));
      for (const project of projects) await this.#post(project, week, now);
    } while (due.length === PAGE_SIZE);
  }

  /** One project's summary, unless it has no Teachers' room yet (a later pass sends it then). */
  async #post(project: Project, week: Week, now: Date): Promise<void> {
    const { client, core, records, sent } = this.#deps;
    const room = (await records.forProject(project.id)).find((r) => r.purpose === "teachers" && r.roomId);
    if (!room?.roomId) return;
    const counts = await diaryCounts(core, project.id, week.from, week.to);
    if (Object.values(counts).some((count) => count > 0)) {
      const t = botMessages.translator(botMessages.negotiate(project.languages.join(",")));
      const message = reply(
        html`${t.t("twinspace.diary.weekly.heading", { title: project.title })}`,
        html`${t.t("twinspace.diary.weekly.counts", { ...counts })}`,
      );
      // The transaction id keeps a post from doubling when the bot stops between the post and the record.
      await sendNoticeOnce(client, room.roomId, `diary-${week.key}`, "diary", message);
    }
    await sent.sent(project.id, week.key, now.toISOString());
  }
}
