import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countTopics, TOPICS } from '../../server/src/engine/steps/shape';

// countTopics counts every letter-shape topic in one scan; it must give what each topic's own global search gives.

function oneByOne(text: string): number[] {
	return TOPICS.map(([pattern, cap]) => {
		const re = new RegExp(pattern.source, pattern.flags);
		let count = 0;
		while (count < cap && re.exec(text) !== null) count++;
		return count;
	});
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path);
		return /\.(md|txt)$/.test(name) ? [path] : [];
	});
}

test('countTopics agrees with one search per topic on every example and fixture, paragraph by paragraph', () => {
	const root = join(__dirname, '..', '..');
	let paragraphs = 0;
	let counted = 0;
	for (const file of [...filesUnder(join(root, 'examples')), ...filesUnder(join(root, 'test', 'fixtures'))]) {
		const text = readFileSync(file, 'utf8');
		for (const part of [text, ...text.split(/\n\s*\n/)]) {
			const expected = oneByOne(part);
			assert.deepEqual(countTopics(part), expected, `${file}: ${JSON.stringify(part.slice(0, 80))}`);
			paragraphs++;
			if (expected.some((c) => c > 0)) counted++;
		}
	}
	// The fixtures hold cover letters, newsletters, minutes, complaints and out-of-office replies: most topics occur.
	assert.ok(paragraphs > 500 && counted > 100, `${paragraphs} paragraphs, ${counted} with a topic`);
});

test('countTopics agrees with one search per topic where topics overlap, repeat and reach their caps', () => {
	// Phrases of every topic, several of which contain or start another topic's phrase ("when a client" holds "a
	// client"; "to the customer service team" holds "the customer"), and joints that make or break word boundaries.
	const pieces = [
		'when a client', 'the clients', 'clients', 'a customer', 'to the customer service team', 'my order number', 'writing to complain',
		'hiring manager', 'my application', 'your application', 'attached cv', 'shortlisted candidates', 'future roles', 'the role of',
		'newsletter', 'unsubscribe', "this week's", 'in this issue', 'read more', 'round-up', 'agenda', 'attendees', 'next meeting',
		'action items', 'discussed', 'how to', 'tips', 'in this post', 'out of office', 'upon my return', 'limited access', 'auto-reply',
	];
	const joints = [' ', ' ', ', ', '. ', '\n', '-', 'x', "'", ' the ', ' a '];
	let seed = 2026;
	const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
	let withTopics = 0;
	for (let run = 0; run < 4000; run++) {
		let text = next() % 3 === 0 ? joints[next() % joints.length] : '';
		const length = 1 + (next() % 14);
		for (let i = 0; i < length; i++) text += pieces[next() % pieces.length] + joints[next() % joints.length];
		const expected = oneByOne(text);
		assert.deepEqual(countTopics(text), expected, JSON.stringify(text));
		if (expected.filter((c) => c > 0).length >= 3) withTopics++;
	}
	assert.ok(withTopics > 300, `${withTopics} texts with three topics or more`);
});

test('every topic opens with \\b, which the one-scan union says once for all of them', () => {
	// A topic without it would be looked for only at word boundaries by countTopics, anywhere by its own search.
	for (const [pattern] of TOPICS) assert.ok(pattern.source.startsWith('\\b') && !pattern.source.startsWith('\\b|'), pattern.source.slice(0, 60));
});

test('minutes are recognised by their labels ("Attendees:", "Chair:"), not by a letter that mentions attendees or is signed "Programme Chair"', () => {
	// countTopics gives the topics in the order of TOPICS; minutes are the fifth (readShape's `minutes: topics[4]`).
	const minutes = (text: string) => countTopics(text)[4];
	assert.equal(minutes('Attendees: Sam, Priya\nChair: Tom\nAgenda\n1. Budget'), 3);
	assert.equal(minutes('Attendees pay to hear practitioners, and attendees told us so.\n\nBest,\nInes Carvalho\nProgramme Chair, DevEdge Lisbon'), 0);
});
