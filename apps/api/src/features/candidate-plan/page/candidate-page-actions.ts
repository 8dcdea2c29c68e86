import { Injectable } from '@nestjs/common';
import { CandidatePlanService, LinkHolder } from '../candidate-plan.service';
import { booleanField, FormBody, notesField, requiredField } from './form-fields';

/** Turns the page's form posts into plan changes. */
@Injectable()
export class CandidatePageActions {
  constructor(private readonly plans: CandidatePlanService) {}

  async setItemDone(holder: LinkHolder, itemKey: string, body: FormBody): Promise<void> {
    const done = booleanField(body, 'done');
    await this.keepTypedNotes(holder, itemKey, body);
    await this.plans.setItemDone(holder, itemKey, done);
  }

  async saveNotes(holder: LinkHolder, itemKey: string, body: FormBody): Promise<void> {
    await this.plans.saveNotes(holder, itemKey, notesField(body) ?? '');
  }

  async setQuestionChosen(holder: LinkHolder, itemKey: string, body: FormBody): Promise<void> {
    const chosen = booleanField(body, 'chosen');
    await this.keepTypedNotes(holder, itemKey, body);
    await this.plans.setQuestionChosen(holder, itemKey, chosen);
  }

  async markInterviewDone(holder: LinkHolder): Promise<void> {
    await this.plans.markInterviewDone(holder);
  }

  async recordDecisionDate(holder: LinkHolder, body: FormBody): Promise<void> {
    await this.plans.recordDecisionDate(holder, requiredField(body, 'date'));
  }

  async markFollowUpSent(holder: LinkHolder): Promise<void> {
    await this.plans.markFollowUpSent(holder);
  }

  /** Ticking or choosing submits the item's whole form: notes typed before it must not be lost. */
  private async keepTypedNotes(holder: LinkHolder, itemKey: string, body: FormBody): Promise<void> {
    const notes = notesField(body);
    if (notes === undefined) return;
    const plan = await this.plans.view(holder);
    const saved = plan.sections.flatMap((section) => section.items).find((item) => item.key === itemKey)?.notes ?? '';
    if (notes.trim() !== saved) await this.plans.saveNotes(holder, itemKey, notes);
  }
}
