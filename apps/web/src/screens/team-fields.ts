import { graphql } from '../gql';

export const MemberFields = graphql(`
  fragment MemberFields on Member {
    id
    name
    email
    role
    status
    removedAt
  }
`);

export const TeamDocument = graphql(`
  query Team {
    members(includeRemoved: true) {
      ...MemberFields
    }
  }
`);
