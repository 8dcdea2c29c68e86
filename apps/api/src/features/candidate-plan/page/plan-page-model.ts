import { FollowUpDraft } from '@prep/domain';
import { CandidatePlanType } from '../dto/candidate-plan.type';

/** What went wrong with the last form, shown above the plan; `notes` keeps what was typed. */
export interface PageProblem {
  message: string;
  itemKey?: string;
  notes?: string;
}

export interface PlanPageModel {
  token: string;
  plan: CandidatePlanType;
  draft: FollowUpDraft;
  /** False for closed and cancelled plans: everything renders read-only. */
  editable: boolean;
  problem?: PageProblem;
}
