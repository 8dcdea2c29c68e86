import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import AssignPlan, { AssignPlanDocument, AssignPlanFormDocument, NextRoundDraftDocument } from './assign-plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template = (id: string, title: string) => ({
  __typename: 'PlanTemplate',
  id,
  title,
  summary: `${title}, step by step`,
  source: 'BUILT_IN',
  status: 'ACTIVE',
  version: 1,
  sections: [
    {
      __typename: 'PlanSection',
      key: 'research',
      title: 'Research',
      items: [{ __typename: 'PlanItem', key: 'read-site', title: 'Read the company site' }],
    },
  ],
});

const form: MockLink.MockedResponse = {
  request: { query: AssignPlanFormDocument, variables: { candidateId: 'c1' } },
  result: {
    data: {
      candidate: { __typename: 'Candidate', id: 'c1', name: 'Ada', timeZone: 'Asia/Tokyo' },
      planTemplates: [template('t-first', 'First interview prep'), template('t-second', 'Second interview prep')],
    },
  },
};

const draft: MockLink.MockedResponse = {
  request: { query: NextRoundDraftDocument, variables: { assignmentId: 'a1' } },
  result: {
    data: {
      nextRoundDraft: {
        __typename: 'NextRoundDraft',
        previousAssignmentId: 'a1',
        templateId: 't-second',
        note: 'Same panel as last time.',
        interview: {
          __typename: 'InterviewDraft',
          company: 'Initech',
          role: 'Staff Engineer',
          timeZone: 'Europe/Paris',
          format: 'PHONE',
          location: null,
          interviewers: ['Bill', 'Peter'],
        },
        extraItems: [
          {
            __typename: 'ExtraItemDraft',
            sectionKey: 'research',
            title: 'Read the TPS report',
            guidance: 'Know the cover sheet.',
            kind: 'task',
            dueOffsetHours: null,
          },
        ],
      },
    },
  },
};

// What the form must send: the last round's interview and items, the new time, and the link back.
const assigned: MockLink.MockedResponse = {
  request: {
    query: AssignPlanDocument,
    variables: {
      input: {
        candidateId: 'c1',
        templateId: 't-second',
        interview: {
          company: 'Initech',
          role: 'Staff Engineer',
          startsAt: '2026-12-10T15:00:00+01:00',
          timeZone: 'Europe/Paris',
          format: 'PHONE',
          location: null,
          interviewers: ['Bill', 'Peter'],
        },
        dropItemKeys: [],
        extraItems: [
          {
            sectionKey: 'research',
            title: 'Read the TPS report',
            guidance: 'Know the cover sheet.',
            kind: 'task',
            dueOffsetHours: null,
          },
        ],
        note: 'Same panel as last time.',
        previousAssignmentId: 'a1',
      },
    },
  },
  result: {
    data: {
      assignPlan: {
        __typename: 'AssignmentWithLink',
        link: 'https://prep.example/a/secret-link',
        assignment: {
          __typename: 'Assignment',
          id: 'a2',
          status: 'ASSIGNED',
          interview: {
            __typename: 'Interview',
            company: 'Initech',
            role: 'Staff Engineer',
            startsAt: '2026-12-10T14:00:00Z',
            timeZone: 'Europe/Paris',
          },
          candidate: { __typename: 'Candidate', id: 'c1', email: 'ada@example.com' },
          reminders: [
            {
              __typename: 'Reminder',
              id: 'r1',
              kind: 'assignment',
              status: 'SCHEDULED',
              dueAt: '2026-12-02T00:00:00Z',
            },
          ],
        },
      },
    },
  },
};

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function until(shown: () => boolean, what: string) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (shown()) return;
    await act(() => new Promise((done) => setTimeout(done, 20)));
  }
  throw new Error(`never shown: ${what}\n${container.textContent}`);
}

function field(label: string): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((entry) => entry.textContent?.startsWith(label));
  const target = found?.htmlFor ? document.getElementById(found.htmlFor) : found?.querySelector('input, select');
  if (!target) throw new Error(`no field labelled ${label}`);
  return target as HTMLInputElement;
}

describe('Assign a plan for the next round', () => {
  it('is prefilled from the last round, sends the link back to it, then shows the link once with Email it now', async () => {
    await act(async () =>
      root.render(
        <MockedProvider mocks={[form, draft, assigned]}>
          <MemoryRouter initialEntries={['/candidates/c1/assign?nextRound=a1']}>
            <Routes>
              <Route path="candidates/:id/assign" element={<AssignPlan />} />
            </Routes>
          </MemoryRouter>
        </MockedProvider>,
      ),
    );
    await until(() => container.querySelector('h1') !== null, 'the form');
    expect(container.querySelector('h1')?.textContent).toBe('Assign the next round to Ada');
    expect(container.textContent).toContain('Carried over: Read the TPS report.');
    expect(field('Company').value).toBe('Initech');
    expect(field('Plan').value).toBe('t-second');
    expect((document.getElementById('interview-zone') as HTMLSelectElement).value).toBe('Europe/Paris');
    expect(field('Interviewers').value).toBe('Bill, Peter');

    const date = field('Date');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(date, '2026-12-10');
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const time = field('Time');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(time, '15:00');
      time.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => date.closest('form')!.requestSubmit());
    await until(() => container.querySelector('h1')?.textContent === 'Plan assigned', 'the private link');
    expect((document.getElementById('private-link') as HTMLInputElement).value).toBe(
      'https://prep.example/a/secret-link',
    );
    expect(container.textContent).toContain('The plan email to ada@example.com goes out');
    expect([...container.querySelectorAll('button')].map((button) => button.textContent)).toContain('Email it now');
  });
});
