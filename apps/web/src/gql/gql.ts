/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query SessionCheck {\n    me {\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionCheckDocument;
  '\n  query RosterPageForCache($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.RosterPageForCacheDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query Activity($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorType\n          actorMemberId\n          subjectType\n          subjectId\n          occurredAt\n          details\n        }\n      }\n    }\n    members(includeRemoved: true) {\n      id\n      name\n    }\n  }\n': typeof types.ActivityDocument;
  '\n  query AssignPlanForm($candidateId: ID!) {\n    candidate(id: $candidateId) {\n      id\n      name\n      timeZone\n    }\n    planTemplates {\n      id\n      title\n      summary\n      source\n      status\n      version\n      sections {\n        key\n        title\n        items {\n          key\n          title\n        }\n      }\n    }\n  }\n': typeof types.AssignPlanFormDocument;
  '\n  query NextRoundDraft($assignmentId: ID!) {\n    nextRoundDraft(assignmentId: $assignmentId) {\n      previousAssignmentId\n      templateId\n      note\n      interview {\n        company\n        role\n        timeZone\n        format\n        location\n        interviewers\n      }\n      extraItems {\n        sectionKey\n        title\n        guidance\n        kind\n        dueOffsetHours\n      }\n    }\n  }\n': typeof types.NextRoundDraftDocument;
  '\n  mutation AssignPlan($input: AssignPlanInput!) {\n    assignPlan(input: $input) {\n      link\n      assignment {\n        id\n        status\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        candidate {\n          id\n          email\n        }\n        reminders {\n          id\n          kind\n          status\n          dueAt\n        }\n      }\n    }\n  }\n': typeof types.AssignPlanDocument;
  '\n  mutation RescheduleInterview($id: ID!, $startsAt: String!, $timeZone: String!) {\n    rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: $timeZone) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.RescheduleInterviewDocument;
  '\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.CancelAssignmentDocument;
  '\n  mutation CloseAssignment($id: ID!) {\n    closeAssignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.CloseAssignmentDocument;
  '\n  mutation RotateAssignmentLink($id: ID!, $emailCandidate: Boolean!) {\n    rotateAssignmentLink(id: $id, emailCandidate: $emailCandidate) {\n      link\n      assignment {\n        ...AssignmentDetailFields\n      }\n    }\n  }\n': typeof types.RotateAssignmentLinkDocument;
  '\n  mutation RevokeAssignmentLink($id: ID!) {\n    revokeAssignmentLink(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.RevokeAssignmentLinkDocument;
  '\n  fragment ItemCommentFields on ItemComment {\n    id\n    itemKey\n    body\n    authorId\n    authorName\n    createdAt\n    updatedAt\n  }\n': typeof types.ItemCommentFieldsFragmentDoc;
  '\n  fragment ReminderDetailFields on Reminder {\n    id\n    kind\n    recipient\n    status\n    dueAt\n    sentAt\n    attemptCount\n    reason\n    lastError\n    attempts {\n      attempt\n      startedAt\n      finishedAt\n      outcome\n      reply\n      possibleDuplicate\n    }\n    changes {\n      at\n      fromStatus\n      toStatus\n      fromDueAt\n      toDueAt\n      reason\n    }\n    message {\n      subject\n      recipient\n      sentAt\n      text\n    }\n  }\n': typeof types.ReminderDetailFieldsFragmentDoc;
  '\n  fragment AssignmentDetailFields on Assignment {\n    id\n    status\n    templateTitle\n    note\n    cancelReason\n    cancelledAt\n    interviewedAt\n    followUpSentAt\n    expectedDecisionDate\n    outcome\n    outcomeNote\n    outcomeRecordedAt\n    previousAssignment {\n      id\n    }\n    nextAssignment {\n      id\n    }\n    link {\n      expiresAt\n      revoked\n    }\n    candidate {\n      id\n      name\n      email\n      timeZone\n    }\n    coach {\n      id\n      name\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n      format\n      location\n      interviewers\n    }\n    progress {\n      done\n      total\n      sections {\n        key\n        title\n        done\n        total\n      }\n    }\n    plan {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        kind\n        done\n        doneAt\n        chosen\n        notes\n        comments {\n          ...ItemCommentFields\n        }\n      }\n    }\n    reminders {\n      ...ReminderDetailFields\n    }\n  }\n': typeof types.AssignmentDetailFieldsFragmentDoc;
  '\n  mutation RecordInterviewOutcome($assignmentId: ID!, $outcome: InterviewOutcome!, $note: String) {\n    recordInterviewOutcome(assignmentId: $assignmentId, outcome: $outcome, note: $note) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.RecordInterviewOutcomeDocument;
  '\n  mutation AddItemComment($assignmentId: ID!, $itemKey: String!, $body: String!) {\n    addItemComment(assignmentId: $assignmentId, itemKey: $itemKey, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n': typeof types.AddItemCommentDocument;
  '\n  mutation SendReminderNow($id: ID!) {\n    sendReminderNow(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n': typeof types.SendReminderNowDocument;
  '\n  mutation SkipReminder($id: ID!) {\n    skipReminder(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n': typeof types.SkipReminderDocument;
  '\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    status\n    candidate {\n      id\n      name\n      timeZone\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n    }\n    progress {\n      done\n      total\n    }\n  }\n': typeof types.AssignmentSummaryFieldsFragmentDoc;
  '\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.AssignmentDocument;
  '\n  query Assignments($first: Int!, $after: String, $filter: AssignmentsFilter) {\n    assignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AssignmentSummaryFields\n        }\n      }\n    }\n  }\n': typeof types.AssignmentsDocument;
  '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    timeZone\n    archivedAt\n    unsubscribed\n    coach {\n      id\n      name\n    }\n  }\n': typeof types.CandidateFieldsFragmentDoc;
  '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n      createdAt\n      assignments {\n        id\n        status\n        templateTitle\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        progress {\n          done\n          total\n        }\n      }\n    }\n  }\n': typeof types.CandidateDocument;
  '\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      ...CandidateFields\n    }\n  }\n': typeof types.UpdateCandidateDocument;
  '\n  mutation ArchiveCandidate($id: ID!) {\n    archiveCandidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n': typeof types.ArchiveCandidateDocument;
  '\n  query Candidates($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n': typeof types.CandidatesDocument;
  '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n': typeof types.CreateCandidateDocument;
  '\n  query Coaches {\n    members {\n      id\n      name\n      status\n    }\n  }\n': typeof types.CoachesDocument;
  '\n  query DeliveryHealth($from: String!, $to: String!) {\n    deliveryHealth(from: $from, to: $to) {\n      byKind {\n        kind\n        sent\n        pending\n        skipped\n        failed\n      }\n      lateness {\n        p50Seconds\n        p99Seconds\n        maxSeconds\n      }\n    }\n  }\n': typeof types.DeliveryHealthDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation UpdateItemComment($id: ID!, $body: String!) {\n    updateItemComment(id: $id, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n': typeof types.UpdateItemCommentDocument;
  '\n  mutation DeleteItemComment($id: ID!) {\n    deleteItemComment(id: $id)\n  }\n': typeof types.DeleteItemCommentDocument;
  '\n  mutation ResendAssignmentEmail($id: ID!) {\n    resendAssignmentEmail(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n': typeof types.ResendAssignmentEmailDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query Settings {\n    organizationSettings {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n': typeof types.SettingsDocument;
  '\n  mutation UpdateSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n': typeof types.UpdateSettingsDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  fragment MemberFields on Member {\n    id\n    name\n    email\n    role\n    status\n    removedAt\n  }\n': typeof types.MemberFieldsFragmentDoc;
  '\n  query Team {\n    members(includeRemoved: true) {\n      ...MemberFields\n    }\n  }\n': typeof types.TeamDocument;
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation ResendInvitation($memberId: ID!) {\n    resendInvitation(memberId: $memberId) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($memberId: ID!) {\n    revokeInvitation(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      candidatesMoved\n      assignmentsMoved\n      handedOverTo {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation TransferOwnership($memberId: ID!) {\n    transferOwnership(memberId: $memberId) {\n      owner {\n        ...MemberFields\n      }\n      previousOwner {\n        ...MemberFields\n      }\n    }\n  }\n': typeof types.TransferOwnershipDocument;
  '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n': typeof types.AddMemberDocument;
  '\n  mutation ForkTemplate($id: ID!) {\n    forkPlanTemplate(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.ForkTemplateDocument;
  '\n  mutation PublishTemplate($id: ID!) {\n    publishPlanTemplate(id: $id) {\n      id\n      version\n      status\n      hasUnpublishedChanges\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n': typeof types.PublishTemplateDocument;
  '\n  mutation ArchiveTemplate($id: ID!) {\n    archivePlanTemplate(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ArchiveTemplateDocument;
  '\n  mutation UpdateTemplate($id: ID!, $input: UpdatePlanTemplateInput!) {\n    updatePlanTemplate(id: $id, input: $input) {\n      id\n      title\n      summary\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n': typeof types.UpdateTemplateDocument;
  '\n  fragment TemplateVersionFields on PlanTemplateVersion {\n    id\n    version\n    publishedAt\n    publishedBy\n    title\n    summary\n    sections {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        guidance\n        dueOffsetHours\n      }\n    }\n    reminderSchedule {\n      kind\n      recipient\n      anchor\n      offsetHours\n      fallback {\n        offsetHours\n      }\n    }\n  }\n': typeof types.TemplateVersionFieldsFragmentDoc;
  '\n  query TemplateVersions($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n': typeof types.TemplateVersionsDocument;
  '\n  query Template($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n': typeof types.TemplateDocument;
  '\n  query Templates($includeArchived: Boolean) {\n    planTemplates(includeArchived: $includeArchived) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n': typeof types.TemplatesDocument;
  '\n  query Today($coachId: ID, $from: String!, $to: String!) {\n    dashboard(coachId: $coachId, from: $from, to: $to) {\n      byStatus {\n        status\n        count\n      }\n      followUpSentRate\n      medianProgressAtTMinus24h\n      reminders {\n        sent\n        skipped\n        failed\n      }\n      upcomingInterviews {\n        ...AssignmentSummaryFields\n      }\n      moreUpcomingInterviews\n      atRisk {\n        ...AssignmentSummaryFields\n      }\n      moreAtRisk\n    }\n  }\n': typeof types.TodayDocument;
  '\n  fragment SessionGrantFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n': typeof types.SessionGrantFieldsFragmentDoc;
  '\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        id\n        name\n        email\n        role\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
};
const documents: Documents = {
  '\n  query SessionCheck {\n    me {\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionCheckDocument,
  '\n  query RosterPageForCache($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.RosterPageForCacheDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query Activity($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorType\n          actorMemberId\n          subjectType\n          subjectId\n          occurredAt\n          details\n        }\n      }\n    }\n    members(includeRemoved: true) {\n      id\n      name\n    }\n  }\n':
    types.ActivityDocument,
  '\n  query AssignPlanForm($candidateId: ID!) {\n    candidate(id: $candidateId) {\n      id\n      name\n      timeZone\n    }\n    planTemplates {\n      id\n      title\n      summary\n      source\n      status\n      version\n      sections {\n        key\n        title\n        items {\n          key\n          title\n        }\n      }\n    }\n  }\n':
    types.AssignPlanFormDocument,
  '\n  query NextRoundDraft($assignmentId: ID!) {\n    nextRoundDraft(assignmentId: $assignmentId) {\n      previousAssignmentId\n      templateId\n      note\n      interview {\n        company\n        role\n        timeZone\n        format\n        location\n        interviewers\n      }\n      extraItems {\n        sectionKey\n        title\n        guidance\n        kind\n        dueOffsetHours\n      }\n    }\n  }\n':
    types.NextRoundDraftDocument,
  '\n  mutation AssignPlan($input: AssignPlanInput!) {\n    assignPlan(input: $input) {\n      link\n      assignment {\n        id\n        status\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        candidate {\n          id\n          email\n        }\n        reminders {\n          id\n          kind\n          status\n          dueAt\n        }\n      }\n    }\n  }\n':
    types.AssignPlanDocument,
  '\n  mutation RescheduleInterview($id: ID!, $startsAt: String!, $timeZone: String!) {\n    rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: $timeZone) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.RescheduleInterviewDocument,
  '\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.CancelAssignmentDocument,
  '\n  mutation CloseAssignment($id: ID!) {\n    closeAssignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.CloseAssignmentDocument,
  '\n  mutation RotateAssignmentLink($id: ID!, $emailCandidate: Boolean!) {\n    rotateAssignmentLink(id: $id, emailCandidate: $emailCandidate) {\n      link\n      assignment {\n        ...AssignmentDetailFields\n      }\n    }\n  }\n':
    types.RotateAssignmentLinkDocument,
  '\n  mutation RevokeAssignmentLink($id: ID!) {\n    revokeAssignmentLink(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.RevokeAssignmentLinkDocument,
  '\n  fragment ItemCommentFields on ItemComment {\n    id\n    itemKey\n    body\n    authorId\n    authorName\n    createdAt\n    updatedAt\n  }\n':
    types.ItemCommentFieldsFragmentDoc,
  '\n  fragment ReminderDetailFields on Reminder {\n    id\n    kind\n    recipient\n    status\n    dueAt\n    sentAt\n    attemptCount\n    reason\n    lastError\n    attempts {\n      attempt\n      startedAt\n      finishedAt\n      outcome\n      reply\n      possibleDuplicate\n    }\n    changes {\n      at\n      fromStatus\n      toStatus\n      fromDueAt\n      toDueAt\n      reason\n    }\n    message {\n      subject\n      recipient\n      sentAt\n      text\n    }\n  }\n':
    types.ReminderDetailFieldsFragmentDoc,
  '\n  fragment AssignmentDetailFields on Assignment {\n    id\n    status\n    templateTitle\n    note\n    cancelReason\n    cancelledAt\n    interviewedAt\n    followUpSentAt\n    expectedDecisionDate\n    outcome\n    outcomeNote\n    outcomeRecordedAt\n    previousAssignment {\n      id\n    }\n    nextAssignment {\n      id\n    }\n    link {\n      expiresAt\n      revoked\n    }\n    candidate {\n      id\n      name\n      email\n      timeZone\n    }\n    coach {\n      id\n      name\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n      format\n      location\n      interviewers\n    }\n    progress {\n      done\n      total\n      sections {\n        key\n        title\n        done\n        total\n      }\n    }\n    plan {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        kind\n        done\n        doneAt\n        chosen\n        notes\n        comments {\n          ...ItemCommentFields\n        }\n      }\n    }\n    reminders {\n      ...ReminderDetailFields\n    }\n  }\n':
    types.AssignmentDetailFieldsFragmentDoc,
  '\n  mutation RecordInterviewOutcome($assignmentId: ID!, $outcome: InterviewOutcome!, $note: String) {\n    recordInterviewOutcome(assignmentId: $assignmentId, outcome: $outcome, note: $note) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.RecordInterviewOutcomeDocument,
  '\n  mutation AddItemComment($assignmentId: ID!, $itemKey: String!, $body: String!) {\n    addItemComment(assignmentId: $assignmentId, itemKey: $itemKey, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n':
    types.AddItemCommentDocument,
  '\n  mutation SendReminderNow($id: ID!) {\n    sendReminderNow(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n':
    types.SendReminderNowDocument,
  '\n  mutation SkipReminder($id: ID!) {\n    skipReminder(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n':
    types.SkipReminderDocument,
  '\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    status\n    candidate {\n      id\n      name\n      timeZone\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n    }\n    progress {\n      done\n      total\n    }\n  }\n':
    types.AssignmentSummaryFieldsFragmentDoc,
  '\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.AssignmentDocument,
  '\n  query Assignments($first: Int!, $after: String, $filter: AssignmentsFilter) {\n    assignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AssignmentSummaryFields\n        }\n      }\n    }\n  }\n':
    types.AssignmentsDocument,
  '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    timeZone\n    archivedAt\n    unsubscribed\n    coach {\n      id\n      name\n    }\n  }\n':
    types.CandidateFieldsFragmentDoc,
  '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n      createdAt\n      assignments {\n        id\n        status\n        templateTitle\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        progress {\n          done\n          total\n        }\n      }\n    }\n  }\n':
    types.CandidateDocument,
  '\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      ...CandidateFields\n    }\n  }\n':
    types.UpdateCandidateDocument,
  '\n  mutation ArchiveCandidate($id: ID!) {\n    archiveCandidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n':
    types.ArchiveCandidateDocument,
  '\n  query Candidates($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n':
    types.CandidatesDocument,
  '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n':
    types.CreateCandidateDocument,
  '\n  query Coaches {\n    members {\n      id\n      name\n      status\n    }\n  }\n': types.CoachesDocument,
  '\n  query DeliveryHealth($from: String!, $to: String!) {\n    deliveryHealth(from: $from, to: $to) {\n      byKind {\n        kind\n        sent\n        pending\n        skipped\n        failed\n      }\n      lateness {\n        p50Seconds\n        p99Seconds\n        maxSeconds\n      }\n    }\n  }\n':
    types.DeliveryHealthDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation UpdateItemComment($id: ID!, $body: String!) {\n    updateItemComment(id: $id, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n':
    types.UpdateItemCommentDocument,
  '\n  mutation DeleteItemComment($id: ID!) {\n    deleteItemComment(id: $id)\n  }\n': types.DeleteItemCommentDocument,
  '\n  mutation ResendAssignmentEmail($id: ID!) {\n    resendAssignmentEmail(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n':
    types.ResendAssignmentEmailDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query Settings {\n    organizationSettings {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n':
    types.SettingsDocument,
  '\n  mutation UpdateSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n':
    types.UpdateSettingsDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n':
    types.SignUpDocument,
  '\n  fragment MemberFields on Member {\n    id\n    name\n    email\n    role\n    status\n    removedAt\n  }\n':
    types.MemberFieldsFragmentDoc,
  '\n  query Team {\n    members(includeRemoved: true) {\n      ...MemberFields\n    }\n  }\n': types.TeamDocument,
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation ResendInvitation($memberId: ID!) {\n    resendInvitation(memberId: $memberId) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($memberId: ID!) {\n    revokeInvitation(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      candidatesMoved\n      assignmentsMoved\n      handedOverTo {\n        id\n        name\n      }\n    }\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation TransferOwnership($memberId: ID!) {\n    transferOwnership(memberId: $memberId) {\n      owner {\n        ...MemberFields\n      }\n      previousOwner {\n        ...MemberFields\n      }\n    }\n  }\n':
    types.TransferOwnershipDocument,
  '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n':
    types.AddMemberDocument,
  '\n  mutation ForkTemplate($id: ID!) {\n    forkPlanTemplate(id: $id) {\n      id\n      title\n    }\n  }\n':
    types.ForkTemplateDocument,
  '\n  mutation PublishTemplate($id: ID!) {\n    publishPlanTemplate(id: $id) {\n      id\n      version\n      status\n      hasUnpublishedChanges\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n':
    types.PublishTemplateDocument,
  '\n  mutation ArchiveTemplate($id: ID!) {\n    archivePlanTemplate(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ArchiveTemplateDocument,
  '\n  mutation UpdateTemplate($id: ID!, $input: UpdatePlanTemplateInput!) {\n    updatePlanTemplate(id: $id, input: $input) {\n      id\n      title\n      summary\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n':
    types.UpdateTemplateDocument,
  '\n  fragment TemplateVersionFields on PlanTemplateVersion {\n    id\n    version\n    publishedAt\n    publishedBy\n    title\n    summary\n    sections {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        guidance\n        dueOffsetHours\n      }\n    }\n    reminderSchedule {\n      kind\n      recipient\n      anchor\n      offsetHours\n      fallback {\n        offsetHours\n      }\n    }\n  }\n':
    types.TemplateVersionFieldsFragmentDoc,
  '\n  query TemplateVersions($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n':
    types.TemplateVersionsDocument,
  '\n  query Template($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n':
    types.TemplateDocument,
  '\n  query Templates($includeArchived: Boolean) {\n    planTemplates(includeArchived: $includeArchived) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n':
    types.TemplatesDocument,
  '\n  query Today($coachId: ID, $from: String!, $to: String!) {\n    dashboard(coachId: $coachId, from: $from, to: $to) {\n      byStatus {\n        status\n        count\n      }\n      followUpSentRate\n      medianProgressAtTMinus24h\n      reminders {\n        sent\n        skipped\n        failed\n      }\n      upcomingInterviews {\n        ...AssignmentSummaryFields\n      }\n      moreUpcomingInterviews\n      atRisk {\n        ...AssignmentSummaryFields\n      }\n      moreAtRisk\n    }\n  }\n':
    types.TodayDocument,
  '\n  fragment SessionGrantFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n':
    types.SessionGrantFieldsFragmentDoc,
  '\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        id\n        name\n        email\n        role\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionCheck {\n    me {\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionCheck {\n    me {\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterPageForCache($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RosterPageForCache($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Activity($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorType\n          actorMemberId\n          subjectType\n          subjectId\n          occurredAt\n          details\n        }\n      }\n    }\n    members(includeRemoved: true) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query Activity($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorType\n          actorMemberId\n          subjectType\n          subjectId\n          occurredAt\n          details\n        }\n      }\n    }\n    members(includeRemoved: true) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignPlanForm($candidateId: ID!) {\n    candidate(id: $candidateId) {\n      id\n      name\n      timeZone\n    }\n    planTemplates {\n      id\n      title\n      summary\n      source\n      status\n      version\n      sections {\n        key\n        title\n        items {\n          key\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignPlanForm($candidateId: ID!) {\n    candidate(id: $candidateId) {\n      id\n      name\n      timeZone\n    }\n    planTemplates {\n      id\n      title\n      summary\n      source\n      status\n      version\n      sections {\n        key\n        title\n        items {\n          key\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NextRoundDraft($assignmentId: ID!) {\n    nextRoundDraft(assignmentId: $assignmentId) {\n      previousAssignmentId\n      templateId\n      note\n      interview {\n        company\n        role\n        timeZone\n        format\n        location\n        interviewers\n      }\n      extraItems {\n        sectionKey\n        title\n        guidance\n        kind\n        dueOffsetHours\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NextRoundDraft($assignmentId: ID!) {\n    nextRoundDraft(assignmentId: $assignmentId) {\n      previousAssignmentId\n      templateId\n      note\n      interview {\n        company\n        role\n        timeZone\n        format\n        location\n        interviewers\n      }\n      extraItems {\n        sectionKey\n        title\n        guidance\n        kind\n        dueOffsetHours\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignPlan($input: AssignPlanInput!) {\n    assignPlan(input: $input) {\n      link\n      assignment {\n        id\n        status\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        candidate {\n          id\n          email\n        }\n        reminders {\n          id\n          kind\n          status\n          dueAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignPlan($input: AssignPlanInput!) {\n    assignPlan(input: $input) {\n      link\n      assignment {\n        id\n        status\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        candidate {\n          id\n          email\n        }\n        reminders {\n          id\n          kind\n          status\n          dueAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleInterview($id: ID!, $startsAt: String!, $timeZone: String!) {\n    rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: $timeZone) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleInterview($id: ID!, $startsAt: String!, $timeZone: String!) {\n    rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: $timeZone) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseAssignment($id: ID!) {\n    closeAssignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseAssignment($id: ID!) {\n    closeAssignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateAssignmentLink($id: ID!, $emailCandidate: Boolean!) {\n    rotateAssignmentLink(id: $id, emailCandidate: $emailCandidate) {\n      link\n      assignment {\n        ...AssignmentDetailFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateAssignmentLink($id: ID!, $emailCandidate: Boolean!) {\n    rotateAssignmentLink(id: $id, emailCandidate: $emailCandidate) {\n      link\n      assignment {\n        ...AssignmentDetailFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeAssignmentLink($id: ID!) {\n    revokeAssignmentLink(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeAssignmentLink($id: ID!) {\n    revokeAssignmentLink(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ItemCommentFields on ItemComment {\n    id\n    itemKey\n    body\n    authorId\n    authorName\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ItemCommentFields on ItemComment {\n    id\n    itemKey\n    body\n    authorId\n    authorName\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReminderDetailFields on Reminder {\n    id\n    kind\n    recipient\n    status\n    dueAt\n    sentAt\n    attemptCount\n    reason\n    lastError\n    attempts {\n      attempt\n      startedAt\n      finishedAt\n      outcome\n      reply\n      possibleDuplicate\n    }\n    changes {\n      at\n      fromStatus\n      toStatus\n      fromDueAt\n      toDueAt\n      reason\n    }\n    message {\n      subject\n      recipient\n      sentAt\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment ReminderDetailFields on Reminder {\n    id\n    kind\n    recipient\n    status\n    dueAt\n    sentAt\n    attemptCount\n    reason\n    lastError\n    attempts {\n      attempt\n      startedAt\n      finishedAt\n      outcome\n      reply\n      possibleDuplicate\n    }\n    changes {\n      at\n      fromStatus\n      toStatus\n      fromDueAt\n      toDueAt\n      reason\n    }\n    message {\n      subject\n      recipient\n      sentAt\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssignmentDetailFields on Assignment {\n    id\n    status\n    templateTitle\n    note\n    cancelReason\n    cancelledAt\n    interviewedAt\n    followUpSentAt\n    expectedDecisionDate\n    outcome\n    outcomeNote\n    outcomeRecordedAt\n    previousAssignment {\n      id\n    }\n    nextAssignment {\n      id\n    }\n    link {\n      expiresAt\n      revoked\n    }\n    candidate {\n      id\n      name\n      email\n      timeZone\n    }\n    coach {\n      id\n      name\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n      format\n      location\n      interviewers\n    }\n    progress {\n      done\n      total\n      sections {\n        key\n        title\n        done\n        total\n      }\n    }\n    plan {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        kind\n        done\n        doneAt\n        chosen\n        notes\n        comments {\n          ...ItemCommentFields\n        }\n      }\n    }\n    reminders {\n      ...ReminderDetailFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AssignmentDetailFields on Assignment {\n    id\n    status\n    templateTitle\n    note\n    cancelReason\n    cancelledAt\n    interviewedAt\n    followUpSentAt\n    expectedDecisionDate\n    outcome\n    outcomeNote\n    outcomeRecordedAt\n    previousAssignment {\n      id\n    }\n    nextAssignment {\n      id\n    }\n    link {\n      expiresAt\n      revoked\n    }\n    candidate {\n      id\n      name\n      email\n      timeZone\n    }\n    coach {\n      id\n      name\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n      format\n      location\n      interviewers\n    }\n    progress {\n      done\n      total\n      sections {\n        key\n        title\n        done\n        total\n      }\n    }\n    plan {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        kind\n        done\n        doneAt\n        chosen\n        notes\n        comments {\n          ...ItemCommentFields\n        }\n      }\n    }\n    reminders {\n      ...ReminderDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInterviewOutcome($assignmentId: ID!, $outcome: InterviewOutcome!, $note: String) {\n    recordInterviewOutcome(assignmentId: $assignmentId, outcome: $outcome, note: $note) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInterviewOutcome($assignmentId: ID!, $outcome: InterviewOutcome!, $note: String) {\n    recordInterviewOutcome(assignmentId: $assignmentId, outcome: $outcome, note: $note) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddItemComment($assignmentId: ID!, $itemKey: String!, $body: String!) {\n    addItemComment(assignmentId: $assignmentId, itemKey: $itemKey, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddItemComment($assignmentId: ID!, $itemKey: String!, $body: String!) {\n    addItemComment(assignmentId: $assignmentId, itemKey: $itemKey, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendReminderNow($id: ID!) {\n    sendReminderNow(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendReminderNow($id: ID!) {\n    sendReminderNow(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SkipReminder($id: ID!) {\n    skipReminder(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SkipReminder($id: ID!) {\n    skipReminder(id: $id) {\n      ...ReminderDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    status\n    candidate {\n      id\n      name\n      timeZone\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n    }\n    progress {\n      done\n      total\n    }\n  }\n',
): (typeof documents)['\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    status\n    candidate {\n      id\n      name\n      timeZone\n    }\n    interview {\n      company\n      role\n      startsAt\n      timeZone\n    }\n    progress {\n      done\n      total\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assignments($first: Int!, $after: String, $filter: AssignmentsFilter) {\n    assignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AssignmentSummaryFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Assignments($first: Int!, $after: String, $filter: AssignmentsFilter) {\n    assignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AssignmentSummaryFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    timeZone\n    archivedAt\n    unsubscribed\n    coach {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    timeZone\n    archivedAt\n    unsubscribed\n    coach {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n      createdAt\n      assignments {\n        id\n        status\n        templateTitle\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        progress {\n          done\n          total\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n      createdAt\n      assignments {\n        id\n        status\n        templateTitle\n        interview {\n          company\n          role\n          startsAt\n          timeZone\n        }\n        progress {\n          done\n          total\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveCandidate($id: ID!) {\n    archiveCandidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveCandidate($id: ID!) {\n    archiveCandidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Candidates($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Candidates($first: Int!, $after: String, $filter: CandidatesFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Coaches {\n    members {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query Coaches {\n    members {\n      id\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeliveryHealth($from: String!, $to: String!) {\n    deliveryHealth(from: $from, to: $to) {\n      byKind {\n        kind\n        sent\n        pending\n        skipped\n        failed\n      }\n      lateness {\n        p50Seconds\n        p99Seconds\n        maxSeconds\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeliveryHealth($from: String!, $to: String!) {\n    deliveryHealth(from: $from, to: $to) {\n      byKind {\n        kind\n        sent\n        pending\n        skipped\n        failed\n      }\n      lateness {\n        p50Seconds\n        p99Seconds\n        maxSeconds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateItemComment($id: ID!, $body: String!) {\n    updateItemComment(id: $id, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateItemComment($id: ID!, $body: String!) {\n    updateItemComment(id: $id, body: $body) {\n      ...ItemCommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteItemComment($id: ID!) {\n    deleteItemComment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteItemComment($id: ID!) {\n    deleteItemComment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendAssignmentEmail($id: ID!) {\n    resendAssignmentEmail(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendAssignmentEmail($id: ID!) {\n    resendAssignmentEmail(id: $id) {\n      ...AssignmentDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Settings {\n    organizationSettings {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Settings {\n    organizationSettings {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      name\n      defaultTimeZone\n      emailSenderName\n      candidateRetentionDays\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionGrantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MemberFields on Member {\n    id\n    name\n    email\n    role\n    status\n    removedAt\n  }\n',
): (typeof documents)['\n  fragment MemberFields on Member {\n    id\n    name\n    email\n    role\n    status\n    removedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Team {\n    members(includeRemoved: true) {\n      ...MemberFields\n    }\n  }\n',
): (typeof documents)['\n  query Team {\n    members(includeRemoved: true) {\n      ...MemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($memberId: ID!) {\n    resendInvitation(memberId: $memberId) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($memberId: ID!) {\n    resendInvitation(memberId: $memberId) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($memberId: ID!) {\n    revokeInvitation(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($memberId: ID!) {\n    revokeInvitation(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      candidatesMoved\n      assignmentsMoved\n      handedOverTo {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      candidatesMoved\n      assignmentsMoved\n      handedOverTo {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferOwnership($memberId: ID!) {\n    transferOwnership(memberId: $memberId) {\n      owner {\n        ...MemberFields\n      }\n      previousOwner {\n        ...MemberFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferOwnership($memberId: ID!) {\n    transferOwnership(memberId: $memberId) {\n      owner {\n        ...MemberFields\n      }\n      previousOwner {\n        ...MemberFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForkTemplate($id: ID!) {\n    forkPlanTemplate(id: $id) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation ForkTemplate($id: ID!) {\n    forkPlanTemplate(id: $id) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishTemplate($id: ID!) {\n    publishPlanTemplate(id: $id) {\n      id\n      version\n      status\n      hasUnpublishedChanges\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishTemplate($id: ID!) {\n    publishPlanTemplate(id: $id) {\n      id\n      version\n      status\n      hasUnpublishedChanges\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveTemplate($id: ID!) {\n    archivePlanTemplate(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveTemplate($id: ID!) {\n    archivePlanTemplate(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTemplate($id: ID!, $input: UpdatePlanTemplateInput!) {\n    updatePlanTemplate(id: $id, input: $input) {\n      id\n      title\n      summary\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTemplate($id: ID!, $input: UpdatePlanTemplateInput!) {\n    updatePlanTemplate(id: $id, input: $input) {\n      id\n      title\n      summary\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TemplateVersionFields on PlanTemplateVersion {\n    id\n    version\n    publishedAt\n    publishedBy\n    title\n    summary\n    sections {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        guidance\n        dueOffsetHours\n      }\n    }\n    reminderSchedule {\n      kind\n      recipient\n      anchor\n      offsetHours\n      fallback {\n        offsetHours\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TemplateVersionFields on PlanTemplateVersion {\n    id\n    version\n    publishedAt\n    publishedBy\n    title\n    summary\n    sections {\n      key\n      title\n      phase\n      items {\n        key\n        title\n        guidance\n        dueOffsetHours\n      }\n    }\n    reminderSchedule {\n      kind\n      recipient\n      anchor\n      offsetHours\n      fallback {\n        offsetHours\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TemplateVersions($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TemplateVersions($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      versions {\n        ...TemplateVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Template($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Template($id: ID!) {\n    planTemplate(id: $id) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n      sections {\n        key\n        title\n        phase\n        items {\n          key\n          title\n          kind\n          guidance\n          dueOffsetHours\n          category\n          followUps\n        }\n      }\n      reminderSchedule {\n        kind\n        recipient\n        anchor\n        offsetHours\n        itemKeys\n        condition\n        fallback {\n          anchor\n          offsetHours\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Templates($includeArchived: Boolean) {\n    planTemplates(includeArchived: $includeArchived) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n',
): (typeof documents)['\n  query Templates($includeArchived: Boolean) {\n    planTemplates(includeArchived: $includeArchived) {\n      id\n      title\n      summary\n      source\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Today($coachId: ID, $from: String!, $to: String!) {\n    dashboard(coachId: $coachId, from: $from, to: $to) {\n      byStatus {\n        status\n        count\n      }\n      followUpSentRate\n      medianProgressAtTMinus24h\n      reminders {\n        sent\n        skipped\n        failed\n      }\n      upcomingInterviews {\n        ...AssignmentSummaryFields\n      }\n      moreUpcomingInterviews\n      atRisk {\n        ...AssignmentSummaryFields\n      }\n      moreAtRisk\n    }\n  }\n',
): (typeof documents)['\n  query Today($coachId: ID, $from: String!, $to: String!) {\n    dashboard(coachId: $coachId, from: $from, to: $to) {\n      byStatus {\n        status\n        count\n      }\n      followUpSentRate\n      medianProgressAtTMinus24h\n      reminders {\n        sent\n        skipped\n        failed\n      }\n      upcomingInterviews {\n        ...AssignmentSummaryFields\n      }\n      moreUpcomingInterviews\n      atRisk {\n        ...AssignmentSummaryFields\n      }\n      moreAtRisk\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionGrantFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionGrantFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        id\n        name\n        email\n        role\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        id\n        name\n        email\n        role\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
