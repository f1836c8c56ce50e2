// Draws images/icon.png (128×128): a speech bubble on a deep-blue tile, with a check mark for the seven moves.
// Run: node images/make-icon.mjs. Pure Node (zlib); 4×4 supersampling for smooth edges.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const SS = 4;
const BG = [35, 57, 93];
const BUBBLE = [250, 247, 240];
const CHECK = [46, 160, 110];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
	const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
	const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
	return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
	const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
	return (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= w * w;
};

/** Colour and coverage of one sample point; later layers paint over earlier ones. */
function sample(x, y) {
	if (!inRoundRect(x, y, 2, 2, 126, 126, 24)) return null;
	let c = BG;
	if (inRoundRect(x, y, 20, 24, 108, 88, 18) || inTriangle(x, y, [38, 84], [62, 84], [34, 108])) c = BUBBLE;
	if (nearSegment(x, y, [44, 57], [58, 71], 6.5) || nearSegment(x, y, [58, 71], [86, 40], 6.5)) c = CHECK;
	return c;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
	raw[py * (N * 4 + 1)] = 0; // filter: none
	for (let px = 0; px < N; px++) {
		let r = 0, g = 0, b = 0, a = 0;
		for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
			const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
			if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
		}
		const o = py * (N * 4 + 1) + 1 + px * 4;
		if (a) { raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a); }
		raw[o + 3] = Math.round((a / (SS * SS)) * 255);
	}
}

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${N}×${N}, ${png.length} bytes`);
