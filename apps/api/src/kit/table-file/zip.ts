import { inflateRaw } from "node:zlib";
import { promisify } from "node:util";
import { FILE_LIMITS, tooLarge } from "./limits";

const inflateRawAsync = promisify(inflateRaw) as (buf: Buffer, opts: { maxOutputLength: number }) => Promise<Buffer>;

/** One file of a ZIP archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** As declared; `readZipEntry` never inflates more than this (nor more than the per-entry limit). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export class NotAZipError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Reads the central directory of a ZIP archive (an XLSX file) without inflating anything, refusing
 * archives with too many entries or an entry that declares more than the per-entry limit, so a
 * decompression bomb is refused before any byte of it is inflated. ZIP64 archives are refused (an
 * upload small enough to be accepted never needs them).
 */
export function readZipDirectory(buf: Buffer): Map<string, ZipEntry> {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAZipError("not a ZIP archive (no central directory)");
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new NotAZipError("ZIP64 archives are not supported");
  if (count > FILE_LIMITS.maxZipEntries) throw tooLarge("FILE_TOO_LARGE", `The file holds ${count} parts; at most ${FILE_LIMITS.maxZipEntries} are accepted`);
  if (dirOffset + dirSize > buf.length) throw new NotAZipError("the central directory lies outside the file");

  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new NotAZipError("broken central directory");
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    if (uncompressedSize > FILE_LIMITS.maxEntryBytes) {
      throw tooLarge("FILE_TOO_LARGE", `The part ${name} unpacks to ${uncompressedSize} bytes; at most ${FILE_LIMITS.maxEntryBytes} are accepted`);
    }
    entries.set(name, { name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, never producing more bytes than it declared (a lying header cannot turn a small
 * entry into a large one): zlib stops at `maxOutputLength`. Runs on libuv's thread pool.
 */
export async function readZipEntry(buf: Buffer, entry: ZipEntry): Promise<Buffer> {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new NotAZipError(`broken entry ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new NotAZipError(`entry ${entry.name} lies outside the file`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new NotAZipError(`entry ${entry.name} has a wrong size`);
    return data;
  }
  if (entry.method !== 8) throw new NotAZipError(`entry ${entry.name} uses an unsupported compression`);
  try {
    // +1 so that an entry longer than it declared is detected below rather than silently cut.
    const out = await inflateRawAsync(data, { maxOutputLength: Math.min(entry.uncompressedSize, FILE_LIMITS.maxEntryBytes) + 1 });
    if (out.length !== entry.uncompressedSize) throw new NotAZipError(`entry ${entry.name} does not match its declared size`);
    return out;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw tooLarge("FILE_TOO_LARGE", `The part ${entry.name} unpacks to more than it declares`);
    }
    if (e instanceof NotAZipError) throw e;
    throw new NotAZipError(`entry ${entry.name} cannot be inflated: ${(e as Error).message}`);
  }
}
