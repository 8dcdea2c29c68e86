import { act } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import AssignPlan, { AssignPlanDocument, AssignPlanFormDocument, NextRoundDraftDocument } from './assign-plan';
import { rootPerTest, until, fieldLabelled } from '../testing/screen-root';

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

const screen = rootPerTest();

describe('Assign a plan for the next round', () => {
  it('is prefilled from the last round, sends the link back to it, then shows the link once with Email it now', async () => {
    await act(async () =>
      screen.root.render(
        <MockedProvider mocks={[form, draft, assigned]}>
          <MemoryRouter initialEntries={['/candidates/c1/assign?nextRound=a1']}>
            <Routes>
              <Route path="candidates/:id/assign" element={<AssignPlan />} />
            </Routes>
          </MemoryRouter>
        </MockedProvider>,
      ),
    );
    await until(screen, () => screen.container.querySelector('h1') !== null, 'the form');
    expect(screen.container.querySelector('h1')?.textContent).toBe('Assign the next round to Ada');
    expect(screen.container.textContent).toContain('Carried over: Read the TPS report.');
    expect(fieldLabelled(screen, 'Company').value).toBe('Initech');
    expect(fieldLabelled(screen, 'Plan').value).toBe('t-second');
    expect((document.getElementById('interview-zone') as HTMLSelectElement).value).toBe('Europe/Paris');
    expect(fieldLabelled(screen, 'Interviewers').value).toBe('Bill, Peter');

    const date = fieldLabelled(screen, 'Date');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(date, '2026-12-10');
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const time = fieldLabelled(screen, 'Time');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(time, '15:00');
      time.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => date.closest('form')!.requestSubmit());
    await until(
      screen,
      () => screen.container.querySelector('h1')?.textContent === 'Plan assigned',
      'the private link',
    );
    expect((document.getElementById('private-link') as HTMLInputElement).value).toBe(
      'https://prep.example/a/secret-link',
    );
    expect(screen.container.textContent).toContain('The plan email to ada@example.com goes out');
    expect([...screen.container.querySelectorAll('button')].map((button) => button.textContent)).toContain(
      'Email it now',
    );
  });
});
