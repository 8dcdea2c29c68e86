import { graphql } from '../gql';

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
      }
    }
    reminders {
      id
      kind
      recipient
      status
      dueAt
      sentAt
      attemptCount
      reason
      lastError
    }
  }
`);
