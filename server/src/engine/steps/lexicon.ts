/**
 * Word classes for the step detectors. A detector names a class (`@GRATITUDE`) instead of listing phrases, so a new
 * paraphrase that uses a known word in a known role is caught. Entries starting with `~` stand for all inflections.
 * Words are in the tokenizer's form: lower case, contractions expanded ("can't" is "can not").
 */
import type { Lexicon } from './patterns';

export const LEXICON: Lexicon = {
	// People
	FP: ['i', 'we'],
	FP_OBJ: ['me', 'us'],
	FP_POSS: ['our', 'my'],
	YOU: ['you', 'your', 'yours', 'yourself', 'yourselves'],
	BE: ['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being'],
	MODAL: ['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
	ADV: [
		'really', 'truly', 'genuinely', 'sincerely', 'so', 'very', 'deeply', 'greatly', 'always', 'also', 'certainly', 'definitely', 'absolutely',
		'just', 'still', 'totally', 'honestly', 'especially', 'particularly', 'warmly', 'kindly', 'again', 'all', 'both', 'fully', 'completely',
		'originally', 'specifically', 'recently', 'previously', 'initially', 'clearly', 'mainly', 'urgently', 'ideally', 'probably', 'now', 'do',
		'happily', 'gladly', 'easily', 'actually', 'already', 'quite', 'well', 'indeed', 'personally', 'even', 'likely',
	],

	// Acknowledge: gratitude and appreciation, and what they are for
	GRAT_ADJ: ['grateful', 'thankful', 'appreciative', 'obliged', 'indebted'],
	PLEASED: [
		'glad', 'pleased', 'happy', 'delighted', 'thrilled', 'excited', 'chuffed', 'lovely', 'great', 'good', 'nice', 'wonderful', 'fantastic',
		'brilliant', 'exciting', 'pleasure', 'treat', 'joy', 'delight', 'privilege', 'fun', 'encouraging', 'amazing', 'awesome', 'refreshing',
		'heartening', 'cool', 'super', 'terrific', 'fab', 'marvellous', 'marvelous',
	],
	HONOURED: ['honoured', 'honored', 'flattered', 'humbled', 'touched', 'moved'],
	PERCEIVE: ['hear', 'see', 'read', 'learn', 'get', 'receive', 'know', 'find', 'catch'],
	ACK_NOUN: [
		'request', 'requests', 'message', 'messages', 'email', 'emails', 'mail', 'note', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'question',
		'questions', 'letter', 'call', 'reply', 'response', 'invitation', 'invite', 'offer', 'proposal', 'brief', 'interest', 'trust', 'confidence',
		'faith', 'business', 'custom', 'loyalty', 'partnership', 'support', 'opportunity', 'idea', 'ideas', 'thoughts', 'feedback', 'input',
		'suggestion', 'suggestions', 'detail', 'details', 'update', 'heads', 'notice', 'words', 'order', 'booking', 'referral', 'relationship',
		'collaboration', 'outreach', 'enthusiasm', 'plans', 'plan', 'ambition', 'vision', 'kindness', 'generosity', 'recommendation', 'chance',
		'honesty', 'openness', 'candour', 'candor', 'clarity', 'context', 'background', 'explanation', 'project', 'projects', 'commission',
		'continued', 'years', 'months', 'patronage', 'note', 'text', 'voicemail', 'ask', 'approach', 'briefing', 'rundown', 'summary', 'news',
		'kind', 'thoughtful', 'quick', 'detailed', 'prompt', 'lovely', 'warm', 'generous', 'recent', 'latest', 'long', 'clear', 'helpful',
	],
	ACK_GER: [
		'asking', 'reaching', 'getting', 'thinking', 'considering', 'choosing', 'coming', 'writing', 'letting', 'explaining', 'sharing', 'including',
		'contacting', 'approaching', 'sending', 'flagging', 'checking', 'inviting', 'trusting', 'being', 'taking', 'keeping', 'putting', 'offering',
		'suggesting', 'raising', 'bringing', 'laying', 'telling', 'giving', 'working', 'returning', 'ringing', 'calling', 'emailing', 'messaging',
		'dropping', 'following', 'booking', 'ordering', 'engaging', 'selecting', 'picking', 'recommending', 'referring', 'involving', 'proposing',
		'pitching', 'setting', 'walking', 'outlining', 'spelling', 'running', 'looping', 'remembering', 'returning', 'partnering', 'staying',
	],
	ACK_BASE: ['choose', 'ask', 'think', 'consider', 'contact', 'write', 'trust', 'share', 'invite', 'include', 'select', 'come', 'reach', 'send'],
	/** What one thanks for when thanking the client for accepting the refusal, not for the request. */
	COURTESY: [
		'understanding', 'patience', 'cooperation', 'co', 'flexibility', 'compliance', 'attention', 'consideration', 'forbearance', 'tolerance',
		'acceptance', 'accepting', 'respecting', 'bearing', 'understand', 'nothing', 'advance', 'waiting', 'cooperating', 'graciousness',
	],
	NICE_IDEA: ['idea', 'ideas', 'plan', 'plans', 'concept', 'vision', 'ambition', 'proposal', 'thinking', 'approach', 'enthusiasm', 'energy', 'project', 'campaign', 'launch', 'expansion', 'venture', 'initiative', 'news', 'event', 'brief'],
	PRAISE_ADJ: ['exciting', 'fantastic', 'great', 'wonderful', 'brilliant', 'amazing', 'promising', 'ambitious', 'interesting', 'fascinating', 'lovely', 'inspiring', 'impressive', 'excellent', 'terrific', 'fun', 'cool'],

	// Understand: knowing, and what the client wants or needs
	COG: [
		'understand', 'understood', 'understanding', 'see', 'seen', 'know', 'gather', 'gathered', 'hear', 'heard', 'get', 'note', 'noted', 'notice',
		'noticed', 'recognise', 'recognize', 'realise', 'realize', 'realised', 'realized', 'appreciate', 'read', 'aware', 'conscious', 'sense',
		'grasp', 'recall', 'remember', 'saw', 'learned', 'learnt',
	],
	NEED_V: [
		'need', 'needs', 'needed', 'want', 'wants', 'wanted', 'like', 'hope', 'hoping', 'hoped', 'looking', 'keen', 'eager', 'planning', 'plan',
		'plans', 'aim', 'aiming', 'intend', 'intending', 'wish', 'wishing', 'prefer', 'require', 'requires', 'required', 'asking', 'asked',
		'request', 'requested', 'expect', 'expecting', 'trying', 'must', 'considering', 'set', 'determined', 'after', 'love',
		'counting', 'relying', 'depend', 'depending', 'rely', 'requesting', 'wanting', 'preferring', 'targeting', 'committed', 'promised',
		'under', 'facing', 'working',
	],
	IMPORTANT: [
		'important', 'importance', 'matters', 'matter', 'mattered', 'crucial', 'critical', 'key', 'priority', 'priorities', 'essential',
		'significant', 'urgent', 'urgency', 'vital', 'pressing', 'much', 'central', 'big', 'deal', 'hinges', 'riding', 'stake',
	],
	REQ_N: [
		'need', 'needs', 'request', 'reason', 'reasons', 'situation', 'position', 'concern', 'concerns', 'point', 'wish', 'wishes', 'priorities',
		'priority', 'goal', 'goals', 'deadline', 'timeline', 'timing', 'brief', 'ask', 'requirements', 'requirement', 'constraints', 'pressures',
		'urgency', 'perspective', 'thinking', 'logic', 'rationale', 'motivation', 'plans', 'objective', 'objectives', 'aim', 'aims',
		'expectations', 'circumstances', 'side', 'view', 'hopes', 'intention', 'dilemma', 'importance', 'significance', 'stakes', 'reasoning',
		'worries', 'context', 'case', 'predicament', 'pressure', 'timescale',
	],
	HOPE_CORE: ['hoped', 'hoping', 'wanted', 'wanting', 'expected', 'expecting', 'needed', 'asked', 'requested', 'after', 'envisaged', 'pictured', 'imagined', 'planned', 'counting', 'had', 'wished'],
	CURRENCY: ['£', '$', '€', '¥', '₹', 'usd', 'eur', 'gbp', 'chf', 'aud', 'cad'],
	WH: ['what', 'which', 'why', 'when', 'how', 'where', 'who', 'whom', 'whose', 'whether'],
	HOPE_V: [
		'hoped', 'hoping', 'wanted', 'wanting', 'expected', 'expecting', 'needed', 'had', 'looking', 'wished', 'wishing', 'asked', 'requested',
		'after', 'envisaged', 'pictured', 'imagined', 'planned', 'counting', 'want', 'need', 'hope', 'expect', 'wish', 'were', 'would',
	],

	// Explain: reasons, constraints, what the request would cost
	VAGUE_ADJ: [
		'internal', 'various', 'unforeseen', 'personal', 'business', 'operational', 'certain', 'several', 'technical', 'logistical',
		'organisational', 'organizational', 'strategic', 'administrative', 'commercial', 'unspecified', 'other', 'multiple', 'numerous',
		'corporate', 'policy', 'unavoidable', 'unexpected', 'specific', 'particular', 'current', 'recent', 'ongoing', 'external', 'resource',
		'resourcing', 'capacity', 'scheduling', 'budgetary', 'financial', 'company', 'management', 'legal', 'some', 'our', 'these', 'those',
	],
	VAGUE_N: ['reasons', 'reason', 'circumstances', 'factors', 'considerations', 'matters', 'issues', 'purposes', 'grounds', 'constraints', 'limitations', 'restrictions', 'decisions', 'changes', 'developments', 'commitments', 'priorities', 'demands'],
	SINCE_SUBJ: ['we', 'our', 'the', 'it', 'this', 'that', 'there', 'they', 'each', 'every', 'all', 'a', 'an', 'my', 'i', 'these', 'those', 'any', 'both', 'most', 'only', 'doing', 'rushing', 'moving', 'adding'],
	TIME_WORD: [
		'last', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
		'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'then', 'early', 'christmas', 'easter', 'summer', 'spring'
	],
	CONSEQ_V: [
		'mean', 'means', 'require', 'requires', 'risk', 'compromise', 'cost', 'leave', 'push', 'delay', 'affect', 'stretch', 'break', 'involve',
		'force', 'jeopardise', 'jeopardize', 'undermine', 'lose', 'hurt', 'harm', 'damage', 'sacrifice', 'breach', 'violate', 'exceed', 'overload',
		'overrun', 'clash', 'conflict', 'collide', 'bump', 'eat', 'endanger', 'weaken', 'void', 'invalidate', 'bypass', 'displace', 'result',
		'shortchange', 'disrupt', 'derail', 'overrun', 'block', 'tie', 'occupy', 'consume', 'absorb',
	],
	RESOURCE_N: [
		'team', 'teams', 'staff', 'crew', 'crews', 'people', 'designers', 'developers', 'engineers', 'editors', 'writers', 'translators', 'translator',
		'printers', 'printer', 'press', 'supplier', 'suppliers', 'vendor', 'vendors', 'manufacturer', 'factory', 'mill', 'courier', 'couriers',
		'carrier', 'warehouse', 'kitchen', 'chef', 'chefs', 'workshop', 'studio', 'lab', 'capacity', 'calendar', 'schedule', 'diary', 'workload',
		'pipeline', 'queue', 'backlog', 'production', 'process', 'review', 'testing', 'qa', 'checks', 'timeline', 'budget', 'margin', 'margins',
		'costs', 'cost', 'price', 'prices', 'rates', 'rate', 'fee', 'fees', 'pricing', 'quote', 'contract', 'licence', 'license', 'insurance',
		'insurer', 'warranty', 'terms', 'agreement', 'law', 'regulation', 'regulations', 'rules', 'standards', 'equipment', 'machine', 'machines',
		'venue', 'room', 'rooms', 'slots', 'slot', 'season', 'shift', 'shifts', 'hours', 'materials', 'stock', 'inventory', 'parts', 'servers',
		'server', 'infrastructure', 'platform', 'system', 'codebase', 'hardware', 'lawyers', 'accountants', 'auditors', 'partners', 'landlord',
		'council', 'authority', 'clients', 'commitments', 'projects', 'launches', 'jobs', 'bookings', 'orders', 'events', 'weddings', 'batch',
		'wedding', 'event', 'job', 'shoot', 'booking', 'project', 'launch', 'order', 'commitment', 'client', 'festival', 'conference', 'install',
		'technicians', 'photographers', 'drivers', 'vans', 'lorries', 'trucks', 'fleet', 'engineer', 'developer', 'designer', 'editor', 'writer',
		'weeks', 'weekend', 'weekends', 'evenings', 'builders', 'plasterers', 'licences', 'licenses', 'permit',
		'permits', 'planners', 'surveyors', 'tutors', 'teachers', 'nurses', 'doctors', 'therapists', 'practitioners', 'trainers', 'coaches',
		'minimum', 'deposit', 'payment', 'payments', 'instalment', 'instalments', 'retainer', 'overheads', 'wages', 'salaries', 'rent', 'insurers', 'underwriters', 'bank', 'funding',
	],
	STATE_V: [
		'~need', '~require', '~cover', '~allow', '~prevent', '~limit', '~cost', '~depend', '~rely', '~tie',
		'booked', 'full', 'committed', 'allocated', 'reserved', 'tied', 'stretched', 'maxed', 'busy', 'closed', 'away', 'limited', 'only', 'off',
		'fixed', 'locked', 'based', 'calculated', 'priced', 'scheduled', 'overlaps', 'clashes', 'expires', '~prohibit', '~forbid', '~restrict',
		'~involve', '~mean', 'capped', 'shut', 'occupied', 'unavailable', 'absent', 'ill', 'sick', 'abroad', 'travelling',
		'traveling', '~rise', '~increase', 'doubled', 'tripled', 'gone', 'went', 'dedicated', 'earmarked', 'promised', 'spoken', 'contracted',
		'~exclude', '~stipulate', '~specify', 'covers', 'sized', 'staffed',
	],
	PROCESS_PP: [
		'done', 'reviewed', 'checked', 'signed', 'approved', 'tested', 'proofread', 'proofed', 'translated', 'controlled', 'inspected', 'certified',
		'cured', 'dried', 'printed', 'cleared', 'audited', 'verified', 'validated', 'ordered', 'booked', 'scheduled', 'completed', 'submitted',
		'filed', 'built', 'rehearsed', 'revised', 'edited', 'sourced', 'shipped', 'made', 'cut', 'mixed', 'mastered', 'fitted', 'assessed',
		'surveyed', 'approved', 'briefed', 'trained', 'quoted', 'measured', 'installed', 'cleaned', 'prepared', 'paid', 'settled', 'agreed',
	],
	COMMIT_N: ['wedding', 'event', 'job', 'shoot', 'booking', 'project', 'launch', 'order', 'commitment', 'festival', 'conference', 'deadline', 'release', 'install', 'tour', 'launches', 'clients', 'projects', 'deadlines', 'commitments', 'bookings', 'jobs', 'orders', 'events', 'weddings', 'shoots', 'deliveries', 'releases', 'contracts', 'obligations', 'installs', 'installations', 'builds', 'campaigns', 'cases', 'students', 'patients', 'appointments', 'engagements'],
	QUALITY_N: ['quality', 'accuracy', 'safety', 'consistency', 'standards', 'standard', 'reliability', 'security', 'integrity', 'corners', 'mistakes', 'errors', 'risk', 'risky', 'rushed', 'rushing', 'sloppy', 'unsafe', 'dangerous', 'careless', 'bugs', 'defects', 'legally', 'illegal', 'liability', 'liable', 'compliant', 'uninsured', 'untested', 'unreviewed', 'unchecked', 'typos', 'fairness', 'fair'],
	DURATION: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'hour', 'pages', 'words', 'people', 'percent', '%', 'sites', 'items', 'units', 'rooms', 'copies'],

	// Alternatives
	OFFER_V: [
		'offer', 'suggest', 'propose', 'deliver', 'provide', 'do', 'send', 'start', 'split', 'phase', 'stage', 'prioritise', 'prioritize', 'ship',
		'hand', 'release', 'share', 'hold', 'reserve', 'book', 'pencil', 'schedule', 'fit', 'squeeze', 'extend', 'include', 'introduce', 'refer',
		'recommend', 'connect', 'prepare', 'give', 'make', 'try', 'run', 'look', 'revisit', 'move', 'put', 'arrange', 'set', 'produce', 'build',
		'draft', 'translate', 'print', 'cover', 'handle', 'finish', 'complete', 'launch', 'have', 'get', 'take', 'supply', 'organise', 'organize',
		'swap', 'substitute', 'switch', 'scale', 'trim', 'reduce', 'simplify', 'stagger', 'spread', 'pause', 'defer', 'postpone', 'reschedule',
		'bring', 'add', 'apply', 'waive', 'knock', 'throw', 'match', 'credit', 'discount', 'lend', 'loan', 'cater', 'host', 'shoot', 'design',
		'write', 'edit', 'develop', 'install', 'fix', 'repair', 'clean', 'teach', 'train', 'support', 'help', 'manage', 'work', 'aim', 'plan',
		'keep', 'save', 'guarantee', 'turn', 'lock', 'return', 'come', 'visit', 'go', 'open', 'accept', 'rush', 'create', 'mock', 'sketch',
		'drop', 'cut', 'remove', 'skip', 'lose', 'omit', 'hold', 'park', 'phase', 'batch', 'pilot', 'test', 'prototype', 'lend', 'share',
		'post', 'mail', 'courier', 'dispatch', 'replace', 'reship', 'resend', 'reprint', 'redo', 'rebook', 'transfer', 'swap', 'exchange',
	],
	PROVIDER_N: ['colleague', 'colleagues', 'partner', 'partners', 'agency', 'agencies', 'studio', 'studios', 'firm', 'firms', 'freelancer', 'freelancers', 'specialist', 'specialists', 'supplier', 'suppliers', 'printer', 'printers', 'developer', 'developers', 'designer', 'designers', 'photographer', 'photographers', 'consultant', 'consultants', 'translator', 'translators', 'contractor', 'contractors', 'company', 'companies', 'provider', 'providers', 'friend', 'friends', 'contact', 'contacts', 'network', 'practice', 'practices', 'shop', 'shops', 'venue', 'venues', 'caterer', 'caterers', 'builder', 'builders', 'tutor', 'tutors', 'lawyer', 'lawyers', 'accountant', 'accountants', 'expert', 'experts', 'service', 'services', 'team', 'teams', 'outfit', 'business', 'businesses', 'colleague', 'peer', 'peers'],
	PARTIAL: [
		'first', 'initial', 'smaller', 'reduced', 'partial', 'lighter', 'shorter', 'simplified', 'scaled', 'basic', 'core', 'key', 'phased',
		'interim', 'draft', 'preview', 'pilot', 'trial', 'limited', 'slimmed', 'pared', 'essential', 'second', 'later', 'remaining', 'rest',
		'remainder', 'half', 'part', 'portion', 'subset', 'stripped', 'lite', 'mini', 'short', 'smaller', 'cheaper', 'simpler', 'staged',
		'staggered', 'soft', 'early', 'main', 'priority', 'most', 'critical', 'urgent', 'top', 'leaner', 'condensed', 'abridged', 'quicker',
		'faster', 'express', 'standard', 'alternative', 'different', 'another', 'separate', 'fixed', 'capped', 'discounted', 'loyalty',
	],
	PART_N: [
		'phase', 'stage', 'version', 'batch', 'release', 'delivery', 'half', 'part', 'portion', 'set', 'selection', 'pages', 'launch', 'round',
		'run', 'draft', 'edition', 'package', 'option', 'scope', 'service', 'order', 'installment', 'instalment', 'milestone', 'sprint', 'chunk',
		'section', 'sections', 'rest', 'remainder', 'items', 'deliverable', 'deliverables', 'approach', 'plan', 'rate', 'fee', 'price', 'discount',
		'date', 'slot', 'time', 'week', 'format', 'tier', 'bundle', 'menu', 'session', 'sessions', 'visit', 'visits', 'room', 'rooms', 'edit',
		'cut', 'mix', 'design', 'pages', 'articles', 'chapters', 'screens', 'features', 'modules', 'payment', 'payments', 'plan', 'deposit',
		'refund', 'credit', 'voucher', 'extension', 'wave', 'waves', 'tranche', 'weekend', 'evening', 'morning', 'copy', 'copies', 'proof', 'proofs', 'prototype', 'mvp',
	],

	// Positive
	NONACT: [
		'see', 'imagine', 'understand', 'assure', 'wait', 'appreciate', 'tell', 'say', 'admit', 'hope', 'think', 'guess', 'let', 'confirm',
		'be', 'need', 'not', 'never', 'no', 'only', 'hardly', 'barely', 'remember', 'feel', 'promise', 'stop', 'believe', 'recall',
		'certainly', 'definitely', 'also', 'agree', 'relate', 'sympathise', 'sympathize', 'empathise', 'empathize', 'stress', 'emphasise', 'emphasize',
		'reiterate', 'repeat', 'explain', 'follow', 'check', 'call', 'ring', 'talk', 'chat', 'discuss', 'reach', 'touch', 'circle',
		'come', 'update', 'email', 'write', 'contact', 'revisit', 'reconsider', 'look', 'speak', 'meet', 'ask', 'tell', 'try', 'consider',
		'decline', 'pass', 'refuse', 'reject', 'turn', 'charge', 'bill', 'invoice', 'stick', 'stay', 'remain', 'insist',
	],
	PAST_PP: ['been', 'done', 'delivered', 'made', 'finished', 'started', 'sent', 'helped', 'moved', 'given', 'offered', 'met', 'had', 'gone', 'taken', 'managed', 'avoided', 'prevented', 'known', 'told', 'asked', 'planned', 'agreed', 'caught', 'fixed', 'saved', 'worked'],
	READY: ['ready', 'done', 'delivered', 'sent', 'shipped', 'finished', 'completed', 'complete', 'available', 'arranged', 'included', 'live', 'printed', 'installed', 'booked', 'reserved', 'held', 'added', 'handled', 'covered', 'extended', 'moved', 'prepared', 'translated', 'approved', 'applied', 'credited', 'refunded', 'waived', 'launched', 'released', 'published', 'uploaded', 'fitted', 'built', 'drafted', 'designed', 'cleaned', 'fixed', 'repaired', 'produced', 'scheduled', 'organised', 'organized', 'started', 'underway'],

	// Empathy
	NEG_FEEL: [
		'disappointing', 'disappointed', 'disappointment', 'disappoint', 'frustrating', 'frustrated', 'frustration', 'inconvenient',
		'inconvenience', 'inconvenienced', 'difficult', 'difficulty', 'difficulties', 'hard', 'harder', 'tough', 'tougher', 'tight', 'tighter',
		'stressful', 'stress', 'stressed', 'awkward', 'blow', 'setback', 'letdown', 'pressure', 'pressured', 'bind', 'squeeze', 'headache',
		'hassle', 'upset', 'upsetting', 'annoying', 'annoyed', 'worrying', 'worried', 'worry', 'unwelcome', 'trouble', 'troublesome',
		'challenging', 'complicates', 'complicated', 'complicate', 'complication', 'complications', 'burden', 'juggle', 'juggling', 'scramble',
		'scrambling', 'crunch', 'nuisance', 'sting', 'disruption', 'disruptive', 'disrupt', 'disrupts', 'anxious', 'anxiety', 'uncertainty',
		'painful', 'pain', 'unfortunate', 'sad', 'unhappy', 'annoyance', 'shame', 'pity', 'bummer', 'limbo', 'tricky', 'inconvenience',
		'heartbreaking', 'gutting', 'wrench', 'daunting', 'scary', 'frightening', 'intimidating', 'overwhelming', 'nerve', 'lonely', 'isolating', 'exhausting', 'deflating', 'galling', 'dismaying', 'discouraging', 'disheartening', 'unsettling', 'unsettled', 'worse', 'rough', 'messy', 'stressing', 'strain', 'scrambling', 'lurch',
		'predicament', 'frustrations', 'worries', 'inconveniences',
	],
	SORRY: ['sorry', 'apologise', 'apologize', 'apologies', 'apologising', 'apologizing', 'regret', 'regrets'],
	EMP_COG: ['know', 'realise', 'realize', 'understand', 'appreciate', 'imagine', 'recognise', 'recognize', 'see', 'aware', 'conscious', 'sense', 'acknowledge', 'feel', 'gather', 'suspect', 'fear'],
	/** Words that only read as empathy after "I know / realise …" ("I know the timing is tight"). */
	EMP_ONLY: ['tight', 'position', 'spot', 'short', 'late', 'costly', 'setback', 'blow', 'bad', 'concern', 'concerns', 'concerned', 'hit', 'knock', 'rushed', 'breathing', 'empty', 'stretched', 'steep', 'wrench', 'rotten', 'squeezed', 'swamped', 'overloaded', 'overwhelmed', 'exhausted', 'drained', 'deflating', 'galling', 'unfair', 'gap', 'shortfall', 'poor'],
	OPEN_ADJ: ['happy', 'glad', 'delighted', 'pleased', 'keen', 'available', 'around', 'free', 'here', 'open', 'ready', 'willing', 'eager', 'always'],
	DATE: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight', 'weekend', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'holidays', 'noon', 'midday', 'morning', 'afternoon', 'evening', 'week', 'month', 'quarter', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'q1', 'q2', 'q3', 'q4', 'eod', 'deadline', 'launch'],

	// Open
	FOLLOW_V: ['follow', 'check', 'touch', 'circle', 'reach', 'revisit', 'reconnect', 'reconsider', 'reopen', 'review'],
	CONTACT_V: ['call', 'ring', 'phone', 'email', 'message', 'text', 'ping', 'contact', 'write', 'drop', 'update', 'notify', 'reply', 'respond', 'visit', 'meet', 'let', 'bell', 'buzz', 'shout', 'whatsapp', 'zoom', 'skype'],
	TALK_V: ['join', 'present', 'attend', 'visit', 'drop', 'pop', 'touch', 'circle', 'follow', 'check', 'reconnect', 'regroup', 'sync', 'talk', 'discuss', 'chat', 'jump', 'hop', 'go', 'walk', 'answer', 'explore', 'look', 'revisit', 'set', 'arrange', 'meet', 'call', 'take', 'pick', 'continue', 'reconsider', 'review', 'explain', 'share', 'clarify', 'assist', 'speak', 'brainstorm', 'work', 'find', 'figure', 'think', 'catch', 'connect', 'schedule', 'book', 'plan', 'sit', 'run', 'come', 'show', 'consider', 'reopen'],
	MEET_N: ['call', 'chat', 'conversation', 'meeting', 'discussion', 'questions', 'zoom', 'coffee', 'catch', 'video', 'phone', 'talk', 'visit', 'session'],
	DAY: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight', 'next', 'this', 'later'],

	// Refusal
	IDIOM_NEG: [
		'wait', 'thank', 'stress', 'emphasise', 'emphasize', 'overstate', 'praise', 'believe', 'imagine', 'express', 'complain', 'remember',
		'deny', 'stop', 'resist', 'fault', 'recommend', 'speak', 'tell', 'say', 'ask', 'thank', 'hesitate', 'worry', 'mind', 'forget',
		'miss', 'blame', 'argue', 'disagree', 'doubt', 'bear', 'emphasize', 'know', 'think', 'want', 'wish',
	],
	REFUSE_V: ['~decline', '~refuse', '~reject'],
	/** The writer's organisation speaking of itself in the third person: "The Committee is unable to …". */
	ORG_N: ['committee', 'panel', 'board', 'company', 'firm', 'council', 'trust', 'school', 'practice', 'department', 'office', 'management', 'university', 'college', 'bank', 'insurer', 'hotel', 'store', 'shop', 'clinic', 'surgery', 'airline', 'agency', 'studio', 'society', 'club', 'fund', 'foundation', 'charity', 'library', 'landlord', 'authority', 'registry', 'trustees', 'directors', 'partners', 'centre', 'center', 'hospital', 'pharmacy', 'museum', 'gallery', 'venue', 'restaurant'],
	SCOPE_N: ['scope', 'remit', 'offer', 'offering', 'services', 'service', 'expertise', 'area', 'range', 'capabilities', 'capability', 'specialism', 'specialty', 'speciality', 'field', 'capacity', 'budget', 'contract', 'agreement', 'brief', 'package', 'policy', 'terms', 'plan', 'skills', 'skillset', 'wheelhouse', 'lane', 'niche', 'focus', 'do', 'provide', 'reach', 'comfort', 'limits', 'means', 'core'],
	STATUS_QUO: ['original', 'agreed', 'current', 'existing', 'standard', 'quoted', 'planned', 'usual', 'published', 'contracted', 'scheduled', 'listed', 'normal', 'regular', 'full', 'set', 'same', 'signed', 'fixed', 'advertised'],
	TERMS_N: ['date', 'deadline', 'price', 'rate', 'fee', 'fees', 'schedule', 'timeline', 'scope', 'terms', 'quote', 'plan', 'rates', 'prices', 'pricing', 'dates', 'policy', 'timetable', 'hours', 'budget'],
	OFFERISH_V: [
		'offer', 'do', 'provide', 'release', 'accept', 'work', 'take', 'give', 'make', 'allow', 'support', 'sell', 'ship', 'cover', 'refund',
		'discount', 'negotiate', 'price', 'match', 'share', 'hand', 'include', 'guarantee', 'travel', 'deliver', 'extend', 'waive', 'install',
		'handle', 'service', 'operate', 'open', 'transfer', 'license', 'lend', 'issue', 'book', 'reserve', 'hold', 'sign', 'usually', 'normally',
		'typically', 'generally', 'ever', 'currently', 'really', 'tend', 'permit', 'rent', 'hire', 'loan', 'cater', 'deal', 'undertake', 'carry',
		'stock', 'print', 'publish', 'provide', 'produce', 'photograph', 'shoot', 'film', 'translate', 'teach', 'design', 'build', 'develop',
		'host', 'run', 'split', 'reduce', 'lower', 'change', 'move', 'bring', 'rush', 'squeeze', 'fit',
		'reuse', 're-use', 'recycle', 'repair', 'refurbish', 'mend', 'alter', 'modify', 'customise', 'customize', 'reprint', 'resell', 'exchange', 'swap',
	],
	ACCEPT_V: ['confirm', 'accommodate', 'agree', 'accept', 'move', 'extend', 'honour', 'honor', 'approve', 'waive', 'refund', 'oblige', 'bring', 'upgrade', 'push', 'reschedule', 'grant'],
	ACCEPT_PP: ['moved', 'updated', 'extended', 'approved', 'applied', 'processed', 'issued', 'refunded', 'rescheduled', 'confirmed', 'waived', 'credited', 'upgraded', 'accepted', 'sorted', 'changed', 'honoured', 'honored', 'granted', 'squeezed', 'fitted'],

	// Document shape
	GENERIC_CLIENT: ['clients', 'client', 'customers', 'customer'],
};
