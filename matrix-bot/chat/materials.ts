import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CoreDeps,
  collectChatMaterial,
  DomainError,
  type Id,
  isChatMaterialCollected,
  isDomainError,
  materialName,
  type MaterialLimits,
  megabytes,
  removeChatMaterial,
} from "../../core/index.ts";
import { prepareUpload } from "../../lti-tool/materials/prepare.ts";
import type { FileStorage } from "../../lti-tool/materials/storage.ts";
import { html } from "../../lti-tool/web/html.ts";
import { reply } from "../commands/reply.ts";
import { HomeserverUnavailable } from "../homeserver/retry.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import { botMessages } from "../i18n/index.ts";
import type { RoomPurpose } from "../store/rooms.ts";
import { sendNoticeOnce } from "../twinspace/notices.ts";
import type { TimelineEvent } from "./syncResponse.ts";

/** A file or image someone posted in a project room (unencrypted rooms: a plain `mxc://` URL). */
export interface PostedFile {
  eventId: string;
  sender: string;
  name: string;
  /** `mxc://server/media-id` */
  url: string;
  /** What the client declared; the download is refused above the limit before it starts. */
  declaredSize: number | undefined;
  postedAt: string;
}

/** The fields of an m.image / m.file message the library needs (Matrix client-server API). */
type FileContent = TimelineEvent["content"] & {
  url?: unknown;
  filename?: unknown;
  info?: { size?: unknown };
};

const FILE_TYPES = new Set(["m.image", "m.file"]);
const MXC = /^mxc:\/\/([^/]+)\/([A-Za-z0-9_-]+)$/;

/** The files posted by people (never the bot) among a room's new events; edits are not new files. */
export function postedFiles(events: readonly TimelineEvent[], botUserId: string): PostedFile[] {
  return events.flatMap((event) => {
    const content = event.content as FileContent;
    if (event.type !== "m.room.message" || event.sender === botUserId) return [];
    if (!FILE_TYPES.has(content.msgtype as string) || typeof content.url !== "string") return [];
    if (content["m.relates_to"]?.rel_type === "m.replace" || !MXC.test(content.url)) return [];
    // `filename` (Matrix 1.10) is the file's name when `body` is a caption.
    const name = typeof content.filename === "string" ? content.filename : content.body;
    const size = content.info?.size;
    return [
      {
        eventId: event.event_id,
        sender: event.sender,
        name: materialName(typeof name === "string" ? name : ""),
        url: content.url,
        declaredSize: typeof size === "number" ? size : undefined,
        postedAt: new Date(event.origin_server_ts).toISOString(),
      },
    ];
  });
}

export interface ChatMaterialsDeps {
  client: BotClient;
  core: CoreDeps;
  storage: FileStorage;
  limits: MaterialLimits;
  log(message: string, error?: unknown): void;
}

/**
 * Brings the files posted in a project's rooms into its library through the same steps as
 * the upload page (type by content, images re-encoded without EXIF/GPS, limits and quota),
 * in a folder per room; a redaction takes the file out again.
 */
export class ChatMaterials {
  readonly #deps: ChatMaterialsDeps;
  readonly #work = join(tmpdir(), "opentwinning-chat-files");

  constructor(deps: ChatMaterialsDeps) {
    this.#deps = deps;
  }

  /** Downloads, checks and records one posted file; a refusal is told to the poster in the room. */
  async collect(
    projectId: Id,
    room: { roomId: string; purpose: RoomPurpose },
    file: PostedFile,
    authorName: string,
  ): Promise<void> {
    const { core, storage, limits } = this.#deps;
    if (await isChatMaterialCollected(core, file.eventId)) return;
    const written: string[] = [];
    const work = join(this.#work, randomUUID());
    const posted = join(work, "posted");
    try {
      if ((file.declaredSize ?? 0) > limits.maxFileBytes)
        throw new DomainError("material_too_large", { max: megabytes(limits.maxFileBytes) });
      await mkdir(work, { recursive: true });
      await writeFile(posted, await this.#download(file.url));
      const prepared = await prepareUpload(posted, join(work, "prepared"));
      const storageKey = `${projectId}/${randomUUID()}`;
      const thumbnailKey = prepared.thumbnailPath ? `${storageKey}.thumb` : undefined;
      written.push(storageKey);
      await storage.put(storageKey, prepared.path);
      if (thumbnailKey && prepared.thumbnailPath) {
        written.push(thumbnailKey);
        await storage.put(thumbnailKey, prepared.thumbnailPath);
      }
      const locale = await this.#locale(projectId);
      const recorded = await collectChatMaterial(
        core,
        projectId,
        {
          eventId: file.eventId,
          roomId: room.roomId,
          authorMatrixId: file.sender,
          authorName,
          postedAt: file.postedAt,
          roomPurpose: room.purpose,
        },
        {
          folder: botMessages.translator(locale).t(`twinspace.materials.folder.${room.purpose}`),
          name: file.name,
          mediaType: prepared.mediaType,
          size: prepared.size,
          width: prepared.width,
          height: prepared.height,
          storageKey,
          thumbnailKey,
        },
        limits,
      );
      if (recorded) written.length = 0; // the library's now
    } catch (error) {
      if (error instanceof HomeserverUnavailable) throw error;
      if (isDomainError(error)) await this.#tellRefusal(projectId, room.roomId, file, error);
      else this.#deps.log(`file ${file.eventId} in ${room.roomId} was not collected`, error);
    } finally {
      await Promise.allSettled([
        ...written.map((key) => storage.remove(key)),
        rm(work, { recursive: true, force: true }),
      ]);
    }
  }

  /** The file of a redacted event leaves the library with its bytes. */
  async removeRedacted(eventId: string): Promise<void> {
    const material = await removeChatMaterial(this.#deps.core, eventId);
    if (!material) return;
    await Promise.allSettled(
      [material.storageKey, material.thumbnailKey].flatMap((key) =>
        key ? [this.#deps.storage.remove(key)] : [],
      ),
    );
  }

  /** Synapse 1.163 serves media only on the authenticated endpoint (MSC3916). */
  async #download(url: string): Promise<Buffer> {
    const [, server, mediaId] = MXC.exec(url) ?? [];
    const response = (await this.#deps.client.doRequest(
      "GET",
      `/_matrix/client/v1/media/download/${encodeURIComponent(server!)}/${encodeURIComponent(mediaId!)}`,
      { allow_redirect: "true" },
      null,
      120_000,
      true,
      undefined,
      true,
    )) as { body: unknown };
    if (!Buffer.isBuffer(response.body)) throw new Error("the media download returned no bytes");
    if (response.body.length > this.#deps.limits.maxFileBytes)
      throw new DomainError("material_too_large", { max: megabytes(this.#deps.limits.maxFileBytes) });
    return response.body;
  }

  async #locale(projectId: Id): Promise<string> {
    const project = await this.#deps.core.store.transaction((tx) => tx.projects.get(projectId));
    return botMessages.negotiate(project?.languages.join(",") ?? "");
  }

  async #tellRefusal(projectId: Id, roomId: string, file: PostedFile, error: DomainError): Promise<void> {
    const t = botMessages.translator(await this.#locale(projectId));
    const message = reply(html`${t.t("twinspace.materials.refused", { name: file.name })} ${t.error(error)}`);
    await sendNoticeOnce(this.#deps.client, roomId, `material-${file.eventId}`, "material", message, [
      file.sender,
    ]);
  }
}
