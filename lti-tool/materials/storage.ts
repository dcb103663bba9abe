import { createReadStream } from "node:fs";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";

/**
 * Where the bytes of materials live. The pages only know this interface, so object storage
 * can replace the disk later without touching them. Keys are made by the tool
 * (`<project id>/<file id>[.thumb]`), never from a name someone typed.
 */
export interface FileStorage {
  /** Copies a finished local file in under `key`; a failure leaves nothing under `key`. */
  put(key: string, localPath: string): Promise<void>;
  read(key: string): Readable;
  /** Removes the file; a missing one is not an error (deletes are retried after failures). */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}(\.thumb)?$/;

/** The embedded default: files under a directory (`./data/materials`). */
export class DiskStorage implements FileStorage {
  readonly #root: string;

  constructor(root: string) {
    this.#root = resolve(root);
  }

  #path(key: string): string {
    // Keys come from the tool; this check keeps a bug from ever writing outside the root.
    if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return join(this.#root, key);
  }

  async put(key: string, localPath: string): Promise<void> {
    const target = this.#path(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(localPath, target);
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }

  read(key: string): Readable {
    return createReadStream(this.#path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}
