/**
 * The soak: a long editing session against the bundled language server over stdio, with a real JSON-RPC client.
 * 20 letters from the labelled set are open; thousands of random edits (typing, deletions, pastes of paragraphs,
 * fences, lists and jargon, undo-like reversals, whole-text replacements) arrive with code-action, hover, code-lens,
 * diagnostic and checklist requests in flight (some cancelled), settings changes (didChangeConfiguration), config file
 * changes on disk (didChangeWatchedFiles) and documents closed and reopened. Afterwards every document's diagnostics
 * must equal a fresh engine lint of its final text with the same config, no request may have failed, and the server's
 * memory must come back to within 20% of its level after warm-up.
 *
 * Run alone: `node --import tsx test/reliability/soak.ts [edits] [pull|push] [seed] [heap|rss]` prints the figures
 * (`rss`: no heap snapshots, so the RSS figures are not inflated by writing them).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, ResponseError, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type Hover, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, resolveConfig } from '../../server/src/engine/index';
import { fileUri, PUSH_CAPABILITIES, ROOT, tempDir, TestClient, VSCODE_CAPABILITIES } from '../server/harness';
import { assertLspRange, failures, stop } from './lsp';
// @ts-expect-error: plain JavaScript module (its seeded PRNG: the same seed gives the same session)
import { prng } from '../../bench/generate.mjs';

export interface SoakOptions {
	edits: number;
	mode: 'pull' | 'push';
	seed?: number;
	docs?: number;
	/** Most requests in flight at once; the client waits for some to finish before sending more. */
	inflight?: number;
	/** Measure the live heap with heap snapshots (default true). Writing one inflates RSS, so RSS figures are clean only without. */
	heap?: boolean;
}

export interface SoakReport {
	mode: 'pull' | 'push';
	docs: number;
	edits: number;
	undos: number;
	replacements: number;
	reopens: number;
	settingsChanges: number;
	configFileChanges: number;
	requests: number;
	answered: number;
	cancelled: number;
	/** Pull diagnostics answered "the document changed; ask again" (ServerCancelled with retriggerRequest). */
	retriggered: number;
	failed: string[];
	/** Documents whose final diagnostics differ from a fresh lint, with the first difference. */
	mismatches: string[];
	/** Ranges in answers that were not valid positions in the text the request was made for. */
	badRanges: string[];
	serverFailures: string[];
	/** The server's resident memory after warm-up, at its highest, and at the end after a quiet moment. */
	rssWarmKb: number;
	rssPeakKb: number;
	rssEndKb: number;
	/** The server's live JavaScript heap after a full GC (from a heap snapshot), after warm-up and at the end. */
	heapWarmKb: number;
	heapEndKb: number;
	/** RSS every 1,000 edits (after the requests in flight are answered). */
	rssSamplesKb: number[];
	seconds: number;
}

const TYPED = ['a', 'e', ' ', ' ', 'the ', 'we ', 'bandwidth ', '.', ',', '\n', '\n\n', "can't ", 'Thank you ', '*', '`', '🙂', 'é'];
const PASTES = [
	"We don't have the bandwidth to circle back on this going forward.\n\n",
	'Unfortunately we cannot move the deadline, because our team is fully booked that week.\n\n',
	'I know this is disappointing, and I am sorry for the inconvenience.\n\n',
	'We could deliver the first phase on Friday instead. Would that work for you?\n\n',
	"Let me know if you'd like to talk it through; I'll call you on Monday.\n\n",
	'As per my last email, the scope is fixed.\n\n',
	'```\nconst bandwidth = 10;\n```\n\n',
	'- first\n- we lack bandwidth\n  - nested\n\n',
	'> You said: we need it by Friday.\n\n',
	'<!-- tactful-disable-next-line no-jargon -->\n',
	'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n\n',
	'| a | b |\n|---|---|\n| 1 | 2 |\n\n',
	'---\n',
];

/** Settings the session cycles through (workspace/configuration answers with the current one). */
const SETTINGS: unknown[] = [
	null,
	{ rules: { 'no-jargon': 'error' } },
	{ scope: 'all', stepSeverity: 'hint' },
	{ rules: { 'no-jargon': 'off' }, phrases: [{ phrase: 'going forward', message: 'Say when.' }] },
	{ stepSeverity: 'off' },
];

/** `.tactfulrc.json` contents the session writes to disk in turn. */
const CONFIG_FILES = [
	JSON.stringify({ rules: { 'no-jargon': 'warning' } }),
	JSON.stringify({ phrases: [{ id: 'per-my-email', phrase: 'as per my last email', message: 'Sounds curt.' }, { id: 'redos', pattern: '(a+)+$', message: 'A run of a.' }] }),
	'{ "rules": { "no-jargon": "info", "nope": "off" } }',
	'{ broken',
	JSON.stringify({ scope: 'all', rules: { 'missing-empathy': 'error' } }),
];

function rssKb(pid: number): number {
	const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) : NaN;
}

/** The letters of the labelled set, the first `n` by name. */
function letters(n: number): { name: string; text: string; languageId: string }[] {
	const dir = join(ROOT, 'test/fixtures/letters');
	return readdirSync(dir)
		.filter((f) => /\.(md|txt)$/.test(f) && f !== 'LABELLING.md')
		.sort()
		.slice(0, n)
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' }));
}

/** No event says a process has finished freeing memory: give it a quiet moment before reading its RSS. */
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The server's live heap after a full garbage collection. The server offers no way to force one, so it runs with
 * `--heapsnapshot-signal=SIGUSR2`: V8 collects garbage before it writes a snapshot, and the snapshot's node sizes add
 * up to what is still alive. Writing blocks the server, so a request sent once the file exists is answered after it.
 */
async function liveHeapKb(client: TestClient, dir: string): Promise<number> {
	const before = new Set(readdirSync(dir));
	const appeared = new Promise<string>((resolve) => {
		const w = watch(dir, (_, name) => {
			if (name && !before.has(name) && name.endsWith('.heapsnapshot')) {
				w.close();
				resolve(name);
			}
		});
	});
	client.child!.kill('SIGUSR2');
	const name = await appeared;
	await client.request('tactful/checklist', { uri: 'file:///not-open.md' });
	const file = join(dir, name);
	const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
	rmSync(file);
	const width = snapshot.snapshot.meta.node_fields.length;
	const self = snapshot.snapshot.meta.node_fields.indexOf('self_size');
	let total = 0;
	for (let i = self; i < snapshot.nodes.length; i += width) total += snapshot.nodes[i];
	return Math.round(total / 1024);
}

export async function soak(options: SoakOptions): Promise<SoakReport> {
	const started = Date.now();
	const rnd = prng(options.seed ?? 8);
	const maxInflight = options.inflight ?? 32;
	const tmp = tempDir();
	const rcPath = join(tmp.dir, '.tactfulrc.json');
	let rcText = CONFIG_FILES[0];
	writeFileSync(rcPath, rcText);
	let settings: unknown = SETTINGS[0];
	const heapDir = join(tmp.dir, 'heap');
	mkdirSync(heapDir);
	const nodeOptions = process.env.NODE_OPTIONS;
	process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${heapDir}`.trim();
	const client = TestClient.stdio({
		folder: tmp.dir,
		capabilities: options.mode === 'pull' ? VSCODE_CAPABILITIES : PUSH_CAPABILITIES,
		// Push: lint almost at once, so that the session is not mostly waiting on the debounce.
		settings: () => (options.mode === 'push' ? { ...(settings as object), debounce: 5 } : settings),
	});
	if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
	else process.env.NODE_OPTIONS = nodeOptions;
	const report: SoakReport = {
		mode: options.mode, docs: 0, edits: 0, undos: 0, replacements: 0, reopens: 0, settingsChanges: 0, configFileChanges: 0,
		requests: 0, answered: 0, cancelled: 0, retriggered: 0, failed: [], mismatches: [], badRanges: [], serverFailures: [],
		rssWarmKb: 0, rssPeakKb: 0, rssEndKb: 0, heapWarmKb: 0, heapEndKb: 0, rssSamplesKb: [], seconds: 0,
	};
	try {
		await client.initialize();
		const docs = letters(options.docs ?? 20).map((l) => ({ ...l, uri: fileUri(join(tmp.dir, 'letters', l.name)), undo: [] as TextDocumentContentChangeEvent[][], open: true }));
		report.docs = docs.length;
		for (const d of docs) await client.open(d.uri, d.text, d.languageId);

		// The text of every recent version, to check answers that may come from a version newer than the request's.
		const versions = new Map<string, Map<number, TextDocument>>();
		const remember = (uri: string) => {
			const doc = client.docs.get(uri)!;
			let m = versions.get(uri);
			if (!m) versions.set(uri, (m = new Map()));
			m.set(doc.version, TextDocument.create(uri, doc.languageId, doc.version, doc.getText()));
			for (const v of m.keys()) if (v < doc.version - 300) m.delete(v);
		};
		for (const d of docs) remember(d.uri);

		const inflight = new Set<Promise<void>>();
		const track = (p: Promise<void>) => {
			inflight.add(p);
			void p.finally(() => inflight.delete(p));
		};
		/** Sends a request; checks the ranges of what comes back against the text it was asked about. */
		const request = (method: string, params: unknown, uri: string | undefined, cancel: boolean) => {
			report.requests++;
			const sentAt = uri ? client.docs.get(uri)?.version : undefined;
			const source = new CancellationTokenSource();
			const p = client.connection.sendRequest(method, params, source.token).then(
				(answer) => {
					report.answered++;
					if (uri && sentAt !== undefined && report.answered % 5 === 0) checkRanges(method, answer, uri, sentAt);
				},
				(e: unknown) => {
					if (e instanceof ResponseError && e.code === -32800) report.cancelled++;
					else if (e instanceof ResponseError && e.code === -32802 && (e.data as { retriggerRequest?: boolean })?.retriggerRequest) report.retriggered++;
					else report.failed.push(`${method}: ${e instanceof Error ? e.message : String(e)}`);
				},
			);
			if (cancel) setImmediate(() => source.cancel());
			track(p);
		};
		/**
		 * Ranges in an answer must be valid in the text of some version from the one the request was sent at onwards
		 * (the server answers for the newest text it has); a code action's edits, in exactly the version they name.
		 */
		const checkRanges = (method: string, answer: unknown, uri: string, sentAt: number) => {
			const known = versions.get(uri);
			if (!known) return;
			const candidates = [...known.values()].filter((d) => d.version >= sentAt);
			const validSomewhere = (ranges: Range[], what: string) => {
				const errors: string[] = [];
				for (const doc of candidates) {
					try {
						for (const r of ranges) assertLspRange(doc, r, what);
						return;
					} catch (e) {
						errors.push((e as Error).message);
					}
				}
				if (candidates.length > 0) report.badRanges.push(`${uri} from version ${sentAt}: ${errors[0]}`);
			};
			if (method === 'textDocument/hover' && answer && (answer as Hover).range) validSomewhere([(answer as Hover).range!], method);
			if (method === 'textDocument/diagnostic') validSomewhere(((answer as { items?: Diagnostic[] }).items ?? []).map((d) => d.range), method);
			if (method === 'textDocument/codeAction') {
				for (const a of (answer as CodeAction[] | null) ?? []) {
					for (const c of a.edit?.documentChanges ?? []) {
						if (!('edits' in c) || c.textDocument.uri !== uri) continue;
						const doc = c.textDocument.version === null ? undefined : known.get(c.textDocument.version);
						if (!doc) continue;
						try {
							for (const e of c.edits) assertLspRange(doc, e.range, `${method} "${a.title}"`);
						} catch (e) {
							report.badRanges.push(`${uri} version ${doc.version}: ${(e as Error).message}`);
						}
					}
				}
			}
		};

		const randomRequests = (uri: string) => {
			const doc = client.docs.get(uri);
			if (!doc) return;
			const len = doc.getText().length;
			const at = () => doc.positionAt(rnd.int(len + 1));
			const a = at();
			const b = at();
			const range = doc.offsetAt(a) <= doc.offsetAt(b) ? { start: a, end: b } : { start: b, end: a };
			const textDocument = { uri };
			const cancel = () => rnd.next() < 0.1;
			const kinds: Array<() => void> = [
				() => request('textDocument/hover', { textDocument, position: at() }, uri, cancel()),
				() => request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }, uri, cancel()),
				() => request('textDocument/codeLens', { textDocument }, uri, cancel()),
				() => request('tactful/checklist', { uri }, uri, cancel()),
				() => options.mode === 'pull' && request('textDocument/diagnostic', { textDocument }, uri, cancel()),
			];
			for (let i = rnd.int(3); i > 0; i--) rnd.pick(kinds)();
		};

		const edit = async (d: (typeof docs)[number]) => {
			const doc = client.docs.get(d.uri)!;
			const text = doc.getText();
			const r = rnd.next();
			let change: TextDocumentContentChangeEvent;
			if (r < 0.12 && d.undo.length > 0) {
				// Undo-like: apply the inverse of the last change.
				await client.change(d.uri, d.undo.pop()!);
				remember(d.uri);
				report.undos++;
				return;
			} else if (r < 0.14) {
				const replacement = rnd.next() < 0.5 ? d.text : text.split('').reverse().join('').replace(/[\uDC00-\uDFFF][\uD800-\uDBFF]/g, '🙂');
				change = { range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, text: replacement };
				report.replacements++;
			} else {
				let start = rnd.int(text.length + 1);
				let end = r < 0.45 ? Math.min(text.length, start + 1 + rnd.int(40)) : start;
				// Keep surrogate pairs whole, as an editor does.
				if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') && start > 0) start--;
				if (/[\uDC00-\uDFFF]/.test(text[end] ?? '') && end > start) end++;
				const inserted = r < 0.45 ? (rnd.next() < 0.5 ? '' : rnd.pick(TYPED)) : r < 0.75 ? rnd.pick(TYPED) : rnd.pick(PASTES);
				change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted };
			}
			const s = doc.offsetAt(change.range!.start);
			const removed = text.slice(s, doc.offsetAt(change.range!.end));
			await client.change(d.uri, [change]);
			remember(d.uri);
			const after = client.docs.get(d.uri)!;
			d.undo.push([{ range: { start: after.positionAt(s), end: after.positionAt(s + change.text.length) }, text: removed }]);
			if (d.undo.length > 50) d.undo.shift();
		};

		// Warm-up is the first half: by then the code is compiled and the engine's bounded caches (sentence readings,
		// up to 20,000) are well filled, so the second half shows whether memory keeps growing.
		const warmUp = Math.floor(options.edits / 2);
		for (let i = 0; i < options.edits; i++) {
			if (i === warmUp) {
				await Promise.all([...inflight]);
				await quiet(1000);
				report.rssWarmKb = rssKb(client.child!.pid!);
				if (options.heap !== false) report.heapWarmKb = await liveHeapKb(client, heapDir);
			}
			const d = rnd.pick(docs);
			if (!d.open) {
				await client.open(d.uri, client.docs.get(d.uri)?.getText() ?? d.text, d.languageId, 1);
				versions.delete(d.uri);
				remember(d.uri);
				d.open = true;
				d.undo = [];
				report.reopens++;
			}
			await edit(d);
			report.edits++;
			randomRequests(d.uri);
			if (i % 250 === 125) {
				settings = SETTINGS[(SETTINGS.indexOf(settings) + 1) % SETTINGS.length];
				await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
				report.settingsChanges++;
			}
			if (i % 400 === 200) {
				rcText = CONFIG_FILES[(CONFIG_FILES.indexOf(rcText) + 1) % CONFIG_FILES.length];
				writeFileSync(rcPath, rcText);
				await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rcPath), type: 2 }] });
				report.configFileChanges++;
			}
			if (i % 300 === 150) {
				// Close one document; requests on it until it is reopened get empty answers.
				const c = rnd.pick(docs.filter((x) => x.open));
				const text = client.docs.get(c.uri)!.getText();
				await client.close(c.uri);
				client.docs.set(c.uri, TextDocument.create(c.uri, c.languageId, 0, text));
				c.open = false;
				request('textDocument/hover', { textDocument: { uri: c.uri }, position: { line: 0, character: 0 } }, undefined, false);
				request('textDocument/codeAction', { textDocument: { uri: c.uri }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } }, undefined, false);
			}
			if (i % 97 === 0) report.rssPeakKb = Math.max(report.rssPeakKb, rssKb(client.child!.pid!));
			if (i % 1000 === 999) {
				await Promise.all([...inflight]);
				report.rssSamplesKb.push(rssKb(client.child!.pid!));
			}
			while (inflight.size >= maxInflight) await Promise.race([...inflight]);
		}
		for (const d of docs.filter((x) => !x.open)) {
			await client.open(d.uri, client.docs.get(d.uri)!.getText(), d.languageId, 1);
			d.open = true;
		}
		await Promise.all([...inflight]);
		if (options.mode === 'push') {
			// One more settings change re-lints every document: the last publish of each comes after the last config.
			const marks = new Map(docs.map((d) => [d.uri, client.publishedCount(d.uri)]));
			await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
			for (const d of docs) await client.published(d.uri, { version: client.docs.get(d.uri)!.version, after: marks.get(d.uri) });
		}

		// The final state: what the server reports for every document equals a fresh engine lint of its text.
		const { config } = resolveConfig({ settings: settings ?? undefined, files: [{ path: rcPath, text: rcText }], trusted: true });
		for (const d of docs) {
			const doc = client.docs.get(d.uri)!;
			const expected = lint(doc.getText(), { languageId: d.languageId, config, path: `letters/${d.name}` }).findings.map((f) => ({ code: f.ruleId, severity: f.severity, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } }));
			let items: Diagnostic[];
			if (options.mode === 'pull') {
				const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: d.uri } });
				items = r.kind === 'full' ? r.items : [];
			} else {
				items = client.diagnostics.get(d.uri)!.filter((p) => p.version === doc.version).pop()!.diagnostics;
			}
			const severity = ['', 'error', 'warning', 'info', 'hint'];
			const got = items.map((x) => ({ code: String(x.code), severity: severity[x.severity ?? 2], range: x.range }));
			if (JSON.stringify(got) !== JSON.stringify(expected)) {
				const i = got.findIndex((g, k) => JSON.stringify(g) !== JSON.stringify(expected[k]));
				report.mismatches.push(`${d.name} (version ${doc.version}): server ${got.length} findings, engine ${expected.length}; first difference at ${i}: ${JSON.stringify(got[i])} vs ${JSON.stringify(expected[i])}`);
			}
		}
		await quiet(3000);
		report.rssEndKb = rssKb(client.child!.pid!);
		if (options.heap !== false) report.heapEndKb = await liveHeapKb(client, heapDir);
		report.serverFailures = failures(client);
	} finally {
		await stop(client);
		tmp.cleanup();
	}
	report.seconds = Math.round((Date.now() - started) / 100) / 10;
	return report;
}

if (require.main === module) {
	const [edits = '10000', mode = 'pull', seed = '8', heap = 'heap'] = process.argv.slice(2);
	soak({ edits: Number(edits), mode: mode as 'pull' | 'push', seed: Number(seed), heap: heap !== 'rss' }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
