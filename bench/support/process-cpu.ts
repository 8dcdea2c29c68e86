import { readFileSync } from 'node:fs';

/**
 * CPU time this process spent while `work` ran, against the wall time: it says whether a phase
 * was bound by this process's CPU (near 100 % of one core) or waited on something else, and it
 * changes little when other programs share the machine, unlike a rate.
 *
 * With it, the share of the machine's CPU time the hypervisor gave to other guests meanwhile
 * (steal): on a shared host, a phase measured while it was high ran on less machine than the
 * others, which a ratio between two phases does not cancel out.
 */
export interface CpuUse {
  cpuMs: number;
  wallMs: number;
  /** Null where the system does not say (anything but Linux). */
  hostStealShare: number | null;
}

export async function measureCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const startedAt = performance.now();
  const stealBefore = stealCounters();
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  const stealAfter = stealCounters();
  const hostStealShare =
    stealBefore && stealAfter
      ? (stealAfter.steal - stealBefore.steal) / Math.max(1, stealAfter.total - stealBefore.total)
      : null;
  return {
    result,
    cpu: { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - startedAt, hostStealShare },
  };
}

/** The machine's steal and total CPU ticks so far, summed over its CPUs (the first line of /proc/stat). */
function stealCounters(): { steal: number; total: number } | null {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    return { steal: ticks[7] ?? 0, total: ticks.slice(0, 8).reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}
