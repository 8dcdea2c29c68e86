import { graphql } from '../gql';

export const CandidateFields = graphql(`
  fragment CandidateFields on Candidate {
    id
    name
    email
    timeZone
    archivedAt
    unsubscribed
    coach {
      id
      name
    }
  }
`);
