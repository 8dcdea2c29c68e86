/**
 * CPU time this process spent while `work` ran, against the wall time: it says whether a phase
 * was bound by this process's CPU (near 100 % of one core) or waited on something else, and it
 * changes little when other programs share the machine, unlike a rate.
 */
export interface CpuUse {
  cpuMs: number;
  wallMs: number;
}

export async function measureCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const startedAt = performance.now();
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, cpu: { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - startedAt } };
}
