import { SingleBar } from 'cli-progress';

/**
 * One progress bar per phase on stderr (cli-progress): percentage, a detail such as node
 * counts and rate, and the estimated time left. Off a terminal it prints a line every few
 * seconds instead of redrawing; disabled, it prints nothing (tests).
 */
export class Progress {
  private bar?: SingleBar;

  constructor(private readonly enabled: boolean) {}

  start(phase: string, total: number, detail = ''): void {
    this.stop();
    if (!this.enabled) return;
    this.bar = new SingleBar({
      format: `${phase.padEnd(10)} [{bar}] {percentage}% | {detail} | ETA {eta_formatted}`,
      barsize: 30,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 50,
      hideCursor: true,
    });
    this.bar.start(total, 0, { detail });
  }

  setTotal(total: number): void {
    this.bar?.setTotal(total);
  }

  update(value: number, detail: string): void {
    this.bar?.update(value, { detail });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

/** A count with thousands separators, for bars and reports. */
export const count = (n: number): string => n.toLocaleString('en-US');
