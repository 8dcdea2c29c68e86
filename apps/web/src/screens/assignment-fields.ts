import { graphql } from '../gql';

export const ItemCommentFields = graphql(`
  fragment ItemCommentFields on ItemComment {
    id
    itemKey
    body
    authorId
    authorName
    createdAt
    updatedAt
  }
`);

export const ReminderDetailFields = graphql(`
  fragment ReminderDetailFields on Reminder {
    id
    kind
    recipient
    status
    dueAt
    sentAt
    attemptCount
    reason
    lastError
    attempts {
      attempt
      startedAt
      finishedAt
      outcome
      reply
      possibleDuplicate
    }
    changes {
      at
      fromStatus
      toStatus
      fromDueAt
      toDueAt
      reason
    }
    message {
      subject
      recipient
      sentAt
      text
    }
  }
`);

export const AssignmentDetailFields = graphql(`
  fragment AssignmentDetailFields on Assignment {
    id
    status
    templateTitle
    note
    cancelReason
    cancelledAt
    interviewedAt
    followUpSentAt
    expectedDecisionDate
    outcome
    outcomeNote
    outcomeRecordedAt
    previousAssignment {
      id
    }
    nextAssignment {
      id
    }
    link {
      expiresAt
      revoked
    }
    candidate {
      id
      name
      email
      timeZone
    }
    coach {
      id
      name
    }
    interview {
      company
      role
      startsAt
      timeZone
      format
      location
      interviewers
    }
    progress {
      done
      total
      sections {
        key
        title
        done
        total
      }
    }
    plan {
      key
      title
      phase
      items {
        key
        title
        kind
        done
        doneAt
        chosen
        notes
        comments {
          ...ItemCommentFields
        }
      }
    }
    reminders {
      ...ReminderDetailFields
    }
  }
`);
