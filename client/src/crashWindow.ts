/** Counts crashes in a sliding time window: the restart policy of the client, kept free of `vscode` for unit tests. */
export class CrashWindow {
	private readonly crashes: number[] = [];

	constructor(
		readonly max: number,
		readonly windowMs: number,
	) {}

	/** Records a crash at `now`; true when it may still be restarted (at most `max` crashes within the window). */
	record(now: number): boolean {
		this.crashes.push(now);
		while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
		return this.crashes.length <= this.max;
	}

	get count(): number {
		return this.crashes.length;
	}

	reset(): void {
		this.crashes.length = 0;
	}
}
