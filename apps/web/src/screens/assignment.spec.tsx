import { act } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import AssignmentScreen, { AssignmentDocument } from './assignment';
import { RecordOutcomeDocument as RecordOutcome } from './assignment-outcome';
import { AddCommentDocument as AddComment } from './assignment-progress';
import { DeleteCommentDocument as DeleteComment, UpdateCommentDocument as UpdateComment } from './item-comment';
import { ResendPlanEmailDocument as ResendEmail } from './plan-email';
import { appSession } from '../session/app-session';
import { rootPerTest, until, fieldLabelled } from '../testing/screen-root';

const HOUR = 3600_000;

/** An assignment as the API answers it (with each object's __typename, which the generated types leave out). */
function anAssignment(startsAt = new Date(Date.now() + 48 * HOUR)) {
  const item = (key: string, title: string, kind: string) => ({
    __typename: 'AssignmentItem' as const,
    key,
    title,
    kind,
    done: false,
    doneAt: null,
    chosen: false,
    notes: null,
    comments: [],
  });
  return {
    __typename: 'Assignment',
    id: 'a1',
    status: 'IN_PROGRESS',
    templateTitle: 'Second interview prep',
    note: null,
    cancelReason: null,
    cancelledAt: null,
    interviewedAt: null,
    followUpSentAt: null,
    expectedDecisionDate: null,
    outcome: null,
    outcomeNote: null,
    outcomeRecordedAt: null,
    previousAssignment: null,
    nextAssignment: null,
    link: { __typename: 'AssignmentLinkState', expiresAt: '2027-01-01T00:00:00Z', revoked: false },
    candidate: { __typename: 'Candidate', id: 'c1', name: 'Ada', email: 'ada@example.com', timeZone: 'Asia/Tokyo' },
    coach: { __typename: 'Member', id: 'm1', name: 'Casey' },
    interview: {
      __typename: 'Interview',
      company: 'Initech',
      role: 'Engineer',
      startsAt: startsAt.toISOString(),
      timeZone: 'Asia/Tokyo',
      format: 'VIDEO',
      location: null,
      interviewers: [],
    },
    progress: {
      __typename: 'Progress',
      done: 1,
      total: 2,
      sections: [{ __typename: 'SectionProgress', key: 'research', title: 'Research', done: 1, total: 2 }],
    },
    plan: [
      {
        __typename: 'AssignmentSection',
        key: 'research',
        title: 'Research',
        phase: 'before',
        items: [
          {
            ...item('read-site', 'Read the company site', 'task'),
            done: true,
            doneAt: '2026-05-01T09:00:00Z',
            notes: 'They ship weekly; ask about the release train.',
          },
          { ...item('ask-team', 'Ask about the team', 'question-to-ask'), chosen: true },
        ],
      },
    ],
    reminders: [
      {
        __typename: 'Reminder',
        id: 'r1',
        kind: 'research-company',
        recipient: 'candidate',
        status: 'SENT',
        dueAt: '2026-05-01T08:00:00Z',
        sentAt: '2026-05-01T08:00:05Z',
        attemptCount: 2,
        reason: null,
        lastError: null,
        attempts: [
          {
            __typename: 'ReminderAttempt',
            attempt: 1,
            startedAt: '2026-05-01T08:00:00Z',
            finishedAt: '2026-05-01T08:00:01Z',
            outcome: 'retrying',
            reply: '451 try again later',
            possibleDuplicate: false,
          },
          {
            __typename: 'ReminderAttempt',
            attempt: 2,
            startedAt: '2026-05-01T08:00:04Z',
            finishedAt: '2026-05-01T08:00:05Z',
            outcome: 'sent',
            reply: '250 queued',
            possibleDuplicate: false,
          },
        ],
        changes: [
          {
            __typename: 'ReminderChange',
            at: '2026-04-30T10:00:00Z',
            fromStatus: null,
            toStatus: 'SCHEDULED',
            fromDueAt: null,
            toDueAt: '2026-05-01T08:00:00Z',
            reason: 'planned',
          },
        ],
        message: {
          __typename: 'ReminderMessage',
          subject: 'Research Initech',
          recipient: 'ada@example.com',
          sentAt: '2026-05-01T08:00:05Z',
          text: 'Hello Ada, start with the company site.',
        },
      },
    ],
  };
}

const screen = rootPerTest();

const loaded = (assignment: { id: string }): MockLink.MockedResponse => ({
  request: { query: AssignmentDocument, variables: { id: assignment.id } },
  result: { data: { assignment } },
});

async function renderScreen(mocks: MockLink.MockedResponse[]) {
  await act(async () =>
    screen.root.render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/assignments/a1']}>
          <Routes>
            <Route path="assignments/:id" element={<AssignmentScreen />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    ),
  );
  await until(screen, () => screen.container.querySelector('h1') !== null, 'the screen');
}

function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element);
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function button(name: string): HTMLButtonElement {
  const found = [...screen.container.querySelectorAll('button')].find((entry) => entry.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('the assignment screen', () => {
  it('shows per item what the candidate wrote, chose and when it was done, and each reminder’s history', async () => {
    await renderScreen([loaded(anAssignment())]);
    const notes = screen.container.querySelector('.candidate-notes');
    expect(notes?.textContent).toBe('They ship weekly; ask about the release train.');
    const asked = [...screen.container.querySelectorAll('.checklist li')].find((li) =>
      li.textContent?.includes('team'),
    );
    expect(asked?.textContent).toContain('will ask');
    expect(screen.container.querySelector('.checklist li.done time')?.getAttribute('dateTime')).toBe(
      '2026-05-01T09:00:00Z',
    );

    const history = screen.container.querySelector('.reminder-history details');
    expect(history?.textContent).toContain('Attempt 1');
    expect(history?.textContent).toContain('451 try again later');
    expect(history?.textContent).toContain('Research Initech');
    expect(history?.querySelector('pre')?.textContent).toBe('Hello Ada, start with the company site.');
    // No outcome before the interview has begun.
    expect(screen.container.textContent).not.toContain('Record the outcome');
  });

  it('adds a comment to the item from the mutation’s answer, without reading the assignment again', async () => {
    const comment = {
      __typename: 'ItemComment',
      id: 'k1',
      itemKey: 'read-site',
      body: 'Great find: bring it up.',
      authorId: 'm1',
      authorName: 'Casey',
      createdAt: '2026-05-01T10:00:00Z',
      updatedAt: '2026-05-01T10:00:00Z',
    };
    // One answer for the query: a refetch would find no mock and show an error.
    await renderScreen([
      loaded(anAssignment()),
      {
        request: { query: AddComment, variables: { assignmentId: 'a1', itemKey: 'read-site', body: comment.body } },
        result: { data: { addItemComment: comment } },
      },
    ]);
    const input = fieldLabelled(screen, 'Comment on Read the company site');
    await act(async () => type(input, `  ${comment.body} `));
    await act(async () => input.closest('form')!.requestSubmit());
    const list = () => screen.container.querySelector('[aria-label="Comments on Read the company site"]');
    await until(screen, () => list() !== null, 'the comment');
    expect(list()?.textContent).toContain('Casey');
    expect(list()?.textContent).toContain('Great find: bring it up.');
    expect(input.value).toBe('');
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says plainly when the plan email is rate limited, with the API’s code', async () => {
    await renderScreen([
      loaded(anAssignment()),
      {
        request: { query: ResendEmail, variables: { id: 'a1' } },
        result: {
          errors: [
            new GraphQLError('Too many plan emails for this assignment', { extensions: { code: 'RATE_LIMITED' } }),
          ],
        },
      },
    ]);
    await act(async () => button('Email it now').click());
    await until(screen, () => screen.container.querySelector('.plan-email [role="alert"]') !== null, 'the refusal');
    const alert = screen.container.querySelector('.plan-email [role="alert"]');
    expect(alert?.textContent).toContain('at most 3 an hour');
    expect(alert?.textContent).toContain('(RATE_LIMITED)');
  });

  it('records the outcome once the interview has begun, and offers the next round for NEXT_ROUND', async () => {
    const begun = anAssignment(new Date(Date.now() - 2 * HOUR));
    const recorded = {
      ...begun,
      status: 'INTERVIEWED',
      outcome: 'NEXT_ROUND',
      outcomeNote: 'Panel next week',
      outcomeRecordedAt: new Date().toISOString(),
    };
    await renderScreen([
      loaded(begun),
      {
        request: {
          query: RecordOutcome,
          variables: { assignmentId: 'a1', outcome: 'NEXT_ROUND', note: 'Panel next week' },
        },
        result: { data: { recordInterviewOutcome: recorded } },
      },
    ]);
    expect(screen.container.querySelector('a[href$="/assign?nextRound=a1"]')).toBeNull();
    await act(async () => type(fieldLabelled(screen, 'How did it go?'), 'NEXT_ROUND'));
    await act(async () => type(fieldLabelled(screen, 'Note (optional)'), 'Panel next week'));
    await act(async () => button('Record the outcome').click());
    await until(screen, () => screen.container.textContent!.includes('Recorded:'), 'the outcome');
    expect(screen.container.textContent).toContain('Recorded: Next round (Panel next week)');
    expect(screen.container.querySelector('.badge')?.textContent).toBe('Interviewed');
    expect(screen.container.querySelector('a[href$="/candidates/c1/assign?nextRound=a1"]')?.textContent).toBe(
      'Assign the next round',
    );
  });
});

const CREATED = '2026-05-01T10:00:00Z';
const aComment = (id: string, authorId: string, authorName: string, body: string) => ({
  __typename: 'ItemComment' as const,
  id,
  itemKey: 'read-site',
  body,
  authorId,
  authorName,
  createdAt: CREATED,
  updatedAt: CREATED,
});

/** The assignment with the viewer's own comment (k1, by m1) and a colleague's (k2) on its first item. */
function withTwoComments() {
  const assignment = anAssignment();
  const [first, second] = assignment.plan[0].items;
  const comments = [
    aComment('k1', 'm1', 'Casey', 'Bring up the release train.'),
    aComment('k2', 'm2', 'Robin', 'Ask about on-call too.'),
  ];
  return { ...assignment, plan: [{ ...assignment.plan[0], items: [{ ...first, comments }, second] }] };
}

const commentList = () => document.querySelector('[aria-label="Comments on Read the company site"]');
const ownComment = () =>
  [...(commentList()?.querySelectorAll('li') ?? [])].find((li) => li.textContent?.includes('Casey'));
const refused = (message: string, code: string) => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

describe('the viewer’s own comments', () => {
  beforeEach(() =>
    appSession.signIn({
      accessToken: 'not-a-jwt',
      user: { id: 'm1', name: 'Casey', email: 'casey@example.com', role: 'COACH' },
      organization: { id: 'o1', name: 'Acme' },
    }),
  );
  afterEach(() => act(() => appSession.signOut()));

  it('can be edited in place from the mutation’s answer; a colleague’s cannot', async () => {
    const edited = {
      ...aComment('k1', 'm1', 'Casey', 'Lead with the release train.'),
      updatedAt: '2026-05-01T11:00:00Z',
    };
    // One answer for the query: a refetch would find no mock and show an error.
    await renderScreen([
      loaded(withTwoComments()),
      {
        request: { query: UpdateComment, variables: { id: 'k1', body: 'Lead with the release train.' } },
        result: { data: { updateItemComment: edited } },
      },
    ]);
    const colleagues = [...commentList()!.querySelectorAll('li')].find((li) => li.textContent?.includes('Robin'));
    expect(colleagues?.querySelector('button')).toBeNull();

    await act(async () => button('Edit your comment on Read the company site').click());
    const input = fieldLabelled<HTMLTextAreaElement>(screen, 'Your comment on Read the company site');
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Bring up the release train.');
    await act(async () => type(input, ' Lead with the release train. '));
    await act(async () => input.closest('form')!.requestSubmit());
    await until(screen, () => ownComment()?.querySelector('form') === null, 'the edited comment');
    expect(ownComment()?.textContent).toContain('Lead with the release train.');
    expect(ownComment()?.textContent).toContain('(edited)');
    expect(ownComment()?.textContent).not.toContain('Bring up');
    await until(
      screen,
      () => document.activeElement === button('Edit your comment on Read the company site'),
      'the focus back on Edit',
    );
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the API’s refusal of an edit with its code, and keeps the form', async () => {
    await renderScreen([
      loaded(withTwoComments()),
      {
        request: { query: UpdateComment, variables: { id: 'k1', body: 'Changed' } },
        result: refused('Comment not found', 'NOT_FOUND'),
      },
    ]);
    await act(async () => button('Edit your comment on Read the company site').click());
    await act(async () => type(fieldLabelled(screen, 'Your comment on Read the company site'), 'Changed'));
    await act(async () => button('Save the comment').click());
    await until(screen, () => screen.container.querySelector('[role="alert"]') !== null, 'the refusal');
    expect(screen.container.querySelector('[role="alert"]')?.textContent).toContain('Comment not found (NOT_FOUND)');
    expect(fieldLabelled(screen, 'Your comment on Read the company site')).toBeTruthy();
  });

  it('is deleted only once confirmed, and leaves the cached list without it', async () => {
    await renderScreen([
      loaded(withTwoComments()),
      { request: { query: DeleteComment, variables: { id: 'k1' } }, result: { data: { deleteItemComment: 'k1' } } },
    ]);
    await act(async () => button('Delete your comment on Read the company site').click());
    // The safe answer has the focus; keeping it sends nothing.
    expect(document.activeElement).toBe(button('Keep it'));
    await act(async () => button('Keep it').click());
    expect(ownComment()?.textContent).toContain('Bring up the release train.');

    await act(async () => button('Delete your comment on Read the company site').click());
    await act(async () => button('Delete it').click());
    await until(screen, () => ownComment() === undefined, 'the comment gone');
    expect(commentList()?.textContent).toContain('Ask about on-call too.');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Add a comment on Read the company site');
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('stays when the API refuses the delete, with its message and code', async () => {
    await renderScreen([
      loaded(withTwoComments()),
      {
        request: { query: DeleteComment, variables: { id: 'k1' } },
        result: refused('Only its author can change a comment', 'FORBIDDEN'),
      },
    ]);
    await act(async () => button('Delete your comment on Read the company site').click());
    await act(async () => button('Delete it').click());
    await until(screen, () => screen.container.querySelector('[role="alert"]') !== null, 'the refusal');
    expect(screen.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Only its author can change a comment (FORBIDDEN)',
    );
    expect(ownComment()?.textContent).toContain('Bring up the release train.');
  });
});
