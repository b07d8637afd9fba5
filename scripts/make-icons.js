/* Draws the add-in's icons (a stepped bar chart: nine steps) as PNGs into assets/.
 * Run: node scripts/make-icons.js. Plain Node: zlib for the PNG encoding. */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size) {
  const green = [16, 124, 65];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const bars = 3;
  const margin = Math.max(1, Math.round(size / 8));
  const gap = Math.max(1, Math.round(size / 16));
  const barWidth = (size - 2 * margin - (bars - 1) * gap) / bars;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      let alpha = 0;
      const bar = Math.floor((x - margin) / (barWidth + gap));
      const inBar = x >= margin && bar < bars && (x - margin) - bar * (barWidth + gap) < barWidth;
      const top = size - margin - ((bar + 1) / bars) * (size - 2 * margin);
      if (inBar && y >= top && y < size - margin) alpha = 255;
      raw[o] = green[0];
      raw[o + 1] = green[1];
      raw[o + 2] = green[2];
      raw[o + 3] = alpha;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
}
