/** The shape of a plan snapshot that progress needs: sections of keyed items. */
export interface PlanOutline {
  sections: ReadonlyArray<{ key: string; title: string; items: ReadonlyArray<{ key: string }> }>;
}

export interface SectionProgress {
  key: string;
  title: string;
  done: number;
  total: number;
}

export interface PlanProgress {
  done: number;
  total: number;
  sections: SectionProgress[];
}

/** Done over total, overall and per section; keys done that the plan no longer has are ignored. */
export function computeProgress(plan: PlanOutline, doneItemKeys: Iterable<string>): PlanProgress {
  const done = new Set(doneItemKeys);
  const sections = plan.sections.map((section) => ({
    key: section.key,
    title: section.title,
    done: section.items.filter((item) => done.has(item.key)).length,
    total: section.items.length,
  }));
  return {
    done: sections.reduce((sum, section) => sum + section.done, 0),
    total: sections.reduce((sum, section) => sum + section.total, 0),
    sections,
  };
}
