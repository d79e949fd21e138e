/**
 * A strict reader for the one zip a fork's report artifact is: read into memory, never
 * extracted to disk, so a name like `../../.bashrc` or a symlink entry can write nothing. Only
 * what @actions/artifact's archiver writes is taken (stored or deflated entries, no encryption,
 * no zip64, no multi-disk); every size is checked against a limit before anything is inflated,
 * and inflating stops at the declared size, so a small archive cannot unpack into gigabytes.
 * Offsets and sizes come from the central directory (archiver streams with data descriptors, so
 * the local headers carry zeros) and each local header must agree with it.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  /** Entries, directories included. */
  maxEntries: number;
  /** The most one entry may unpack to, by its name (0: the entry is not wanted at all). */
  maxEntryBytes(name: string): number;
  /** The most all entries together may unpack to. */
  maxTotalBytes: number;
}

/** Why an archive was refused, in words for the person reading the log. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const STORED = 0;
const DEFLATED = 8;

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, the zip one): each entry's data must match the checksum its header carries. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A name as a path inside the archive: relative, `/`-separated, printable ASCII, no `.` or `..` parts. */
function checkName(name: string): void {
  if (!/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(name)) throw new ZipError(`the archive has an entry with a name outside printable ASCII (${JSON.stringify(name)})`);
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) throw new ZipError(`the archive has an entry with an absolute path (${JSON.stringify(name)})`);
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) throw new ZipError(`the archive has an entry whose path leaves its folder or is not plain (${JSON.stringify(name)})`);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The comment that may follow the record is at most 65,535 bytes.
  const stop = Math.max(0, zip.length - EOCD_SIZE - 0xffff);
  for (let at = zip.length - EOCD_SIZE; at >= stop; at--) {
    if (zip.readUInt32LE(at) === EOCD && at + EOCD_SIZE + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  throw new ZipError('the artifact is not a zip archive (no end of central directory record)');
}

/**
 * Every file entry of `zip`, unpacked in memory. Throws ZipError for anything that is not a
 * plain archive within `limits`: an entry not wanted, a duplicate name, a size over its limit,
 * a checksum that does not match, an encrypted or zip64 entry, overlapping or truncated data.
 * Directory entries (a name ending in `/`, no data) are checked and skipped.
 */
export function readZip(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  if (zip.length < EOCD_SIZE) throw new ZipError('the artifact is not a zip archive (too short)');
  const end = findEndOfCentralDirectory(zip);
  const disk = zip.readUInt16LE(end + 4);
  const cdDisk = zip.readUInt16LE(end + 6);
  const onDisk = zip.readUInt16LE(end + 8);
  const count = zip.readUInt16LE(end + 10);
  const cdSize = zip.readUInt32LE(end + 12);
  const cdOffset = zip.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw new ZipError('the archive spans several disks');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipError('the archive is a zip64 archive, which a report never needs');
  if (count > limits.maxEntries) throw new ZipError(`the archive has ${count} entries; at most ${limits.maxEntries} are expected`);
  if (cdOffset + cdSize > end) throw new ZipError('the archive is truncated (its central directory lies outside it)');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const spans: { start: number; end: number }[] = [];
  let total = 0;
  let at = cdOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > cdOffset + cdSize || zip.readUInt32LE(at) !== CENTRAL) throw new ZipError('the archive\'s central directory is damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const startDisk = zip.readUInt16LE(at + 34);
    const localOffset = zip.readUInt32LE(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cdOffset + cdSize) throw new ZipError('the archive\'s central directory is damaged');
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('latin1');
    at = next;

    checkName(name);
    if (names.has(name)) throw new ZipError(`the archive has two entries named ${name}`);
    names.add(name);
    if (flags & 0x0001) throw new ZipError(`${name} is encrypted`);
    if (startDisk !== 0 || compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipError(`${name} is a zip64 entry, which a report never needs`);
    if (name.endsWith('/')) {
      if (size !== 0 || compressedSize > 2) throw new ZipError(`the directory entry ${name} carries data`);
      continue;
    }
    if (method !== STORED && method !== DEFLATED) throw new ZipError(`${name} uses compression method ${method}; only stored and deflated entries are read`);

    const limit = limits.maxEntryBytes(name);
    if (limit === 0) throw new ZipError(`the archive holds ${name}, which is not part of a report`);
    if (size > limit) throw new ZipError(`${name} unpacks to ${size} bytes; at most ${limit} are taken`);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError(`the archive unpacks to more than ${limits.maxTotalBytes} bytes`);

    if (localOffset + 30 > cdOffset || zip.readUInt32LE(localOffset) !== LOCAL) throw new ZipError(`the local header of ${name} is missing`);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const localName = zip.subarray(localOffset + 30, localOffset + 30 + localNameLength).toString('latin1');
    if (localName !== name) throw new ZipError(`the local header of ${name} names ${JSON.stringify(localName)}`);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) throw new ZipError(`the data of ${name} runs past the end of the archive's entries`);
    // Entries that share bytes are how small archives claim to hold a lot: each has its own span.
    if (spans.some((span) => localOffset < span.end && span.start < dataEnd)) throw new ZipError(`the data of ${name} overlaps another entry`);
    spans.push({ start: localOffset, end: dataEnd });

    const raw = zip.subarray(dataStart, dataEnd);
    let data: Buffer;
    if (method === STORED) {
      if (compressedSize !== size) throw new ZipError(`the stored entry ${name} has two different sizes`);
      data = Buffer.from(raw);
    } else {
      try {
        // One byte over the declared size is enough to know the header lied.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size + 1) });
      } catch (error) {
        throw new ZipError(`${name} does not inflate to its declared ${size} bytes (${(error as Error).message})`);
      }
    }
    if (data.length !== size) throw new ZipError(`${name} unpacks to ${data.length} bytes, not the ${size} its header declares`);
    if (crc32(data) !== crc) throw new ZipError(`${name} does not match its checksum`);
    entries.push({ name, data });
  }
  return entries;
}
