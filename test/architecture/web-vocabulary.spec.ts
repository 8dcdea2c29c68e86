import { PLAN_ITEM_KINDS } from '@prep/content';
import { REMINDER_ANCHORS, REMINDER_CONDITIONS, REMINDER_KINDS, REMINDER_RECIPIENTS } from '@prep/domain';
import * as web from '../../apps/web/src/screens/template-vocabulary';

// The template editor offers these words as choices without importing the domain (the web app
// talks to the API only); a word added to the domain must show up in the editor too.
describe("the template editor's choices", () => {
  it('are the words the domain and the plan content accept', () => {
    expect(web.ITEM_KINDS).toEqual([...PLAN_ITEM_KINDS]);
    expect(web.REMINDER_KINDS).toEqual([...REMINDER_KINDS]);
    expect(web.REMINDER_RECIPIENTS).toEqual([...REMINDER_RECIPIENTS]);
    expect(web.REMINDER_ANCHORS).toEqual([...REMINDER_ANCHORS]);
    expect(web.REMINDER_CONDITIONS).toEqual([...REMINDER_CONDITIONS]);
  });
});
