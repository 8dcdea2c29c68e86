import { Foundation1764100000000 } from './1764100000000-foundation';
import { PlansAndAssignments1764200000000 } from './1764200000000-plans-and-assignments';
import { Reminders1764300000000 } from './1764300000000-reminders';
import { ReminderSendStatements1764500000000 } from './1764500000000-reminder-send-statements';
import { PlanItemKeys1764600000000 } from './1764600000000-plan-item-keys';
import { PlanOutline1764700000000 } from './1764700000000-plan-outline';
import { FunctionTextsFromSql1796119808275 } from './1796119808275-function-texts-from-sql';
import { TeamAndAccounts1796121166217 } from './1796121166217-team-and-accounts';
import { CandidateDataAndOrganizationDeletion1796121326451 } from './1796121326451-candidate-data-and-organization-deletion';
import { CoachWorkflow1796122869761 } from './1796122869761-coach-workflow';
import { RemindersRespectRevokedLinks1796123557268 } from './1796123557268-reminders-respect-revoked-links';
import { PlanEmailResends1796123558149 } from './1796123558149-plan-email-resends';
import { AtRiskAlerts1796123558539 } from './1796123558539-at-risk-alerts';
import { DashboardRollups1796123999579 } from './1796123999579-dashboard-rollups';
import { ReminderDeliveryTrace1796124530880 } from './1796124530880-reminder-delivery-trace';
import { ReminderTraceInOrganizationDeletion1796124531062 } from './1796124531062-reminder-trace-in-organization-deletion';
import { ErasureBlanksAttemptReplies1796124531242 } from './1796124531242-erasure-blanks-attempt-replies';
import { RemindersSpacedPerRecipient1796127595512 } from './1796127595512-reminders-spaced-per-recipient';
import { DueRemindersKeyset1796130119235 } from './1796130119235-due-reminders-keyset';
import { TenantSettingOncePerStatement1796131502165 } from './1796131502165-tenant-setting-once-per-statement';
import { NextPendingReminderIndex1796137592574 } from './1796137592574-next-pending-reminder-index';
import { SpreadHourlyFigures1796140096209 } from './1796140096209-spread-hourly-figures';
import { CachedTriggerPlans1796148109013 } from './1796148109013-cached-trigger-plans';
import { RedundantOrganizationKeys1796153143529 } from './1796153143529-redundant-organization-keys';
import { PerCallPlanning1796154979921 } from './1796154979921-per-call-planning';

/** Every migration, in order. Listed explicitly so a build can never miss one. */
export const MIGRATIONS = [
  Foundation1764100000000,
  PlansAndAssignments1764200000000,
  Reminders1764300000000,
  ReminderSendStatements1764500000000,
  PlanItemKeys1764600000000,
  PlanOutline1764700000000,
  FunctionTextsFromSql1796119808275,
  TeamAndAccounts1796121166217,
  CandidateDataAndOrganizationDeletion1796121326451,
  CoachWorkflow1796122869761,
  RemindersRespectRevokedLinks1796123557268,
  PlanEmailResends1796123558149,
  AtRiskAlerts1796123558539,
  DashboardRollups1796123999579,
  ReminderDeliveryTrace1796124530880,
  ReminderTraceInOrganizationDeletion1796124531062,
  ErasureBlanksAttemptReplies1796124531242,
  RemindersSpacedPerRecipient1796127595512,
  DueRemindersKeyset1796130119235,
  TenantSettingOncePerStatement1796131502165,
  NextPendingReminderIndex1796137592574,
  SpreadHourlyFigures1796140096209,
  CachedTriggerPlans1796148109013,
  RedundantOrganizationKeys1796153143529,
  PerCallPlanning1796154979921,
];
