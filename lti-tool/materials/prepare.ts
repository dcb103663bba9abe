import { stat } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import sharp from "sharp";
import { DomainError } from "../../core/index.ts";

/** Images larger than this are refused before they are decoded (decompression bombs). */
export const MAX_IMAGE_MEGAPIXELS = 50;
const THUMBNAIL_WIDTH = 480;

/** Re-encoded into their own format, without metadata: photos of minors lose EXIF and GPS. */
type ImageFormat = "jpeg" | "png" | "webp" | "gif" | "avif";

const IMAGES = new Map<string, ImageFormat>([
  ["image/jpeg", "jpeg"],
  ["image/png", "png"],
  ["image/webp", "webp"],
  ["image/gif", "gif"],
  ["image/avif", "avif"],
]);

/** Other files, stored as they are and always downloaded, never shown inline. */
const DOCUMENTS = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "audio/mpeg",
  "audio/ogg",
  "audio/mp4",
  "video/mp4",
  "video/webm",
  "video/ogg",
]);

export function isImage(mediaType: string): boolean {
  return IMAGES.has(mediaType);
}

export interface PreparedFile {
  mediaType: string;
  /** The file to store: the upload itself, or its re-encoded copy. */
  path: string;
  thumbnailPath: string | undefined;
  width: number | undefined;
  height: number | undefined;
  /** Bytes of the file and its thumbnail. */
  size: number;
}

/**
 * Decides what an uploaded file is by its content (the name and the browser's type are not
 * trusted) and makes it safe to show: images are decoded and written again without metadata
 * (anything hidden after or inside them does not survive), with a thumbnail; documents of the
 * accepted types are kept as they are; everything else (SVG, HTML, archives, programs) is
 * refused. `work` names a fresh path prefix for the outputs; the caller removes them.
 */
export async function prepareUpload(uploadPath: string, work: string): Promise<PreparedFile> {
  const type = await fileTypeFromFile(uploadPath);
  const mediaType = type?.mime ?? "";
  const format = IMAGES.get(mediaType);
  if (format) return reencodeImage(uploadPath, work, mediaType, format);
  if (!DOCUMENTS.has(mediaType)) throw new DomainError("material_type_refused");
  return {
    mediaType,
    path: uploadPath,
    thumbnailPath: undefined,
    width: undefined,
    height: undefined,
    size: (await stat(uploadPath)).size,
  };
}

async function reencodeImage(
  uploadPath: string,
  work: string,
  mediaType: string,
  format: ImageFormat,
): Promise<PreparedFile> {
  const limitInputPixels = MAX_IMAGE_MEGAPIXELS * 1_000_000;
  // The header alone: a bomb is refused before a pixel is decoded.
  // (sharp's own pixel limit would refuse it as unreadable; the header is safe to read.)
  const metadata = await sharp(uploadPath, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new DomainError("material_image_unreadable");
    });
  const { width = 0, height = 0 } = metadata;
  if (width * height > limitInputPixels)
    throw new DomainError("material_image_too_large", { width, height, max: MAX_IMAGE_MEGAPIXELS });
  const animated = format === "gif" || format === "webp";
  const path = `${work}.${format}`;
  const thumbnailPath = `${work}.thumb.webp`;
  try {
    // sharp writes no metadata unless asked (withMetadata): EXIF, GPS, XMP and comments go.
    const info = await sharp(uploadPath, { limitInputPixels, animated })
      .autoOrient()
      .toFormat(format)
      .toFile(path);
    await sharp(path, { limitInputPixels })
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp()
      .toFile(thumbnailPath);
    const sizes = await Promise.all([stat(path), stat(thumbnailPath)]);
    return {
      mediaType,
      path,
      thumbnailPath,
      width: info.width,
      height: animated && info.pageHeight ? info.pageHeight : info.height,
      size: sizes[0].size + sizes[1].size,
    };
  } catch {
    throw new DomainError("material_image_unreadable");
  }
}
