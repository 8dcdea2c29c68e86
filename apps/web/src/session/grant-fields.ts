import { graphql } from '../gql';

export const SessionGrantFields = graphql(`
  fragment SessionGrantFields on AuthPayload {
    accessToken
    user {
      id
      name
      email
      role
    }
    organization {
      id
      name
    }
  }
`);
