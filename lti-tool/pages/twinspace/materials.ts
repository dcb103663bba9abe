import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Router } from "express";
import multer from "multer";
import {
  addMaterial,
  checkMaterialUpload,
  DomainError,
  isDomainError,
  listMaterials,
  type Material,
  materialFolder,
  materialName,
  megabytes,
  openMaterial,
  removeMaterial,
} from "../../../core/index.ts";
import { materialSettings } from "../../materials/config.ts";
import { isImage, prepareUpload } from "../../materials/prepare.ts";
import { DiskStorage, type FileStorage } from "../../materials/storage.ts";
import { requestLog } from "../../web/requestLog.ts";
import { userText } from "../../web/html.ts";
import { type PageContext, type Pages, page, param, redirectDone, render, text } from "../context.ts";
import { materialsView } from "./materialViews.ts";
import { pageActor } from "./pages.ts";

// What a multipart form adds around the file (boundaries, headers, the folder field).
const FORM_OVERHEAD = 64 * 1024;

/** Reads the one file of an upload form into a temporary file, with the per-file limit. */
function receive(
  ctx: PageContext,
  uploads: multer.Multer,
  maxFileBytes: number,
): Promise<Express.Multer.File | undefined> {
  return new Promise((resolve, reject) => {
    uploads.single("file")(ctx.req, ctx.res, (error: unknown) => {
      if (error instanceof multer.MulterError && error.code === "LIMIT_FILE_SIZE")
        return reject(new DomainError("material_too_large", { max: megabytes(maxFileBytes) }));
      if (error)
        return reject(
          error instanceof multer.MulterError ? new DomainError("invalid_input", { field: "file" }) : error,
        );
      resolve(ctx.req.file);
    });
  });
}

/**
 * The project's library under /app/projects/:id/materials. Core decides who may list, open,
 * add and remove (a pupil only their own project's files); the adapter checks content,
 * re-encodes images and stores bytes, removing everything it wrote when a step fails.
 */
export function materialRoutes(pages: Pages): Router {
  const router = Router();
  const core = pages.core;
  const settings = materialSettings();
  const storage: FileStorage = new DiskStorage(settings.directory);
  const temporary = join(tmpdir(), "opentwinning-uploads");
  mkdirSync(temporary, { recursive: true });
  const uploads = multer({
    dest: temporary,
    limits: { fileSize: settings.limits.maxFileBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
  });

  const show = async (ctx: PageContext, error?: DomainError) => {
    const library = await listMaterials(core, pageActor(ctx), param(ctx, "id"), ctx.req.query.after);
    const title = ctx.t.t("materials.heading", { project: userText(library.project.title) });
    render(
      ctx,
      title,
      materialsView(
        ctx.t,
        library,
        settings.limits,
        ctx.session.csrfToken,
        ctx.done,
        error,
        !ctx.req.query.after,
      ),
    );
  };

  router.get(
    "/projects/:id/materials",
    page(pages, (ctx) => show(ctx)),
  );

  router.post(
    "/projects/:id/materials",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const actor = pageActor(ctx);
      const written: string[] = [];
      const work = join(temporary, randomUUID());
      let upload: Express.Multer.File | undefined;
      try {
        // Refused before a byte is read: who, the per-file limit and the quota, by the declared length.
        const declared = Number(ctx.req.get("content-length") ?? 0);
        await checkMaterialUpload(
          core,
          actor,
          projectId,
          Math.max(0, declared - FORM_OVERHEAD),
          settings.limits,
        );
        upload = await receive(ctx, uploads, settings.limits.maxFileBytes);
        if (!upload) throw new DomainError("material_missing_file");
        const prepared = await prepareUpload(upload.path, work);
        const id = randomUUID();
        const storageKey = `${projectId}/${id}`;
        const thumbnailKey = prepared.thumbnailPath ? `${storageKey}.thumb` : undefined;
        try {
          written.push(storageKey);
          await storage.put(storageKey, prepared.path);
          if (thumbnailKey && prepared.thumbnailPath) {
            written.push(thumbnailKey);
            await storage.put(thumbnailKey, prepared.thumbnailPath);
          }
        } catch (error) {
          requestLog(ctx.res).error({ err: error }, "material storage failed");
          throw new DomainError("material_storage_failed");
        }
        await addMaterial(
          core,
          actor,
          projectId,
          {
            folder: materialFolder(text(ctx.req.body as Record<string, unknown>, "folder")),
            name: materialName(Buffer.from(upload.originalname, "latin1").toString("utf8")),
            mediaType: prepared.mediaType,
            size: prepared.size,
            width: prepared.width,
            height: prepared.height,
            storageKey,
            thumbnailKey,
          },
          settings.limits,
        );
        written.length = 0; // recorded: the files are the library's now
        redirectDone(ctx, `/app/projects/${projectId}/materials`, "material_added");
      } catch (error) {
        // Best effort: the storage that just failed may fail again; the refusal is what matters.
        await Promise.allSettled(written.map((key) => storage.remove(key)));
        if (!isDomainError(error)) throw error;
        if (error.code === "not_found" || error.code === "forbidden") throw error;
        ctx.res.status(error.code === "material_too_large" ? 413 : 422);
        await show(ctx, error);
      } finally {
        await Promise.all(
          [
            upload?.path,
            `${work}.jpeg`,
            `${work}.png`,
            `${work}.webp`,
            `${work}.gif`,
            `${work}.avif`,
            `${work}.thumb.webp`,
          ]
            .filter((path): path is string => !!path)
            .map((path) => rm(path, { force: true })),
        );
      }
    }),
  );

  const send = (ctx: PageContext, material: Material, key: string, mediaType: string) => {
    const inline = isImage(mediaType);
    // `attachment` guesses a type from the name: ours, from the content, is set after it.
    ctx.res.attachment(material.name);
    ctx.res.setHeader("Content-Type", mediaType);
    ctx.res.setHeader("X-Content-Type-Options", "nosniff");
    // Files are never a page of ours: no script runs even if a browser tried to render one.
    ctx.res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    if (inline)
      ctx.res.setHeader(
        "Content-Disposition",
        `inline; filename*=UTF-8''${encodeURIComponent(material.name)}`,
      );
    const stream = storage.read(key);
    stream.on("error", (error) => {
      requestLog(ctx.res).error({ err: error }, "material read failed");
      if (!ctx.res.headersSent) ctx.res.status(404).end();
      else ctx.res.destroy();
    });
    stream.pipe(ctx.res);
  };

  router.get(
    "/projects/:id/materials/:materialId/file",
    page(pages, async (ctx) => {
      const material = await openMaterial(core, pageActor(ctx), param(ctx, "id"), param(ctx, "materialId"));
      send(ctx, material, material.storageKey, material.mediaType);
    }),
  );

  router.get(
    "/projects/:id/materials/:materialId/thumbnail",
    page(pages, async (ctx) => {
      const material = await openMaterial(core, pageActor(ctx), param(ctx, "id"), param(ctx, "materialId"));
      if (!material.thumbnailKey) throw new DomainError("not_found", { what: "material" });
      send(ctx, material, material.thumbnailKey, "image/webp");
    }),
  );

  router.post(
    "/projects/:id/materials/:materialId/remove",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const material = await removeMaterial(core, pageActor(ctx), projectId, param(ctx, "materialId"));
      await Promise.all(
        [material.storageKey, material.thumbnailKey].flatMap((key) => (key ? [storage.remove(key)] : [])),
      );
      redirectDone(ctx, `/app/projects/${projectId}/materials`, "material_removed");
    }),
  );

  return router;
}
