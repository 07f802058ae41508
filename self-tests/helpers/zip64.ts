import { crc32 } from 'node:zlib';

// A ZIP64 archive written the way large-archive tools write it: every size and offset in the
// classic fields is 0xFFFFFFFF and the real values sit in ZIP64 extra fields and end records.
// Small enough for a unit test, shaped exactly like the multi-gigabyte app bundles that need it.

const FULL32 = 0xffffffff;

export function zip64Of(entries: readonly { name: string; content: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, content } of entries) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30 + nameBytes.length + 20);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(FULL32, 18);
    local.writeUInt32LE(FULL32, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(20, 28);
    nameBytes.copy(local, 30);
    const localExtra = 30 + nameBytes.length;
    local.writeUInt16LE(0x0001, localExtra);
    local.writeUInt16LE(16, localExtra + 2);
    local.writeBigUInt64LE(BigInt(content.length), localExtra + 4);
    local.writeBigUInt64LE(BigInt(content.length), localExtra + 12);
    const header = Buffer.alloc(46 + nameBytes.length + 28);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(45, 6);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(FULL32, 20);
    header.writeUInt32LE(FULL32, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(28, 30);
    header.writeUInt32LE(FULL32, 42);
    nameBytes.copy(header, 46);
    const extra = 46 + nameBytes.length;
    header.writeUInt16LE(0x0001, extra);
    header.writeUInt16LE(24, extra + 2);
    header.writeBigUInt64LE(BigInt(content.length), extra + 4);
    header.writeBigUInt64LE(BigInt(content.length), extra + 12);
    header.writeBigUInt64LE(BigInt(offset), extra + 20);
    parts.push(local, content);
    central.push(header);
    offset += local.length + content.length;
  }
  const centralBytes = Buffer.concat(central);
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(entries.length), 24);
  zip64End.writeBigUInt64LE(BigInt(entries.length), 32);
  zip64End.writeBigUInt64LE(BigInt(centralBytes.length), 40);
  zip64End.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + centralBytes.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(FULL32, 12);
  end.writeUInt32LE(FULL32, 16);
  return Buffer.concat([...parts, centralBytes, zip64End, locator, end]);
}
