import { Foundation1764100000000 } from './1764100000000-foundation';
import { PlansAndAssignments1764200000000 } from './1764200000000-plans-and-assignments';
import { Reminders1764300000000 } from './1764300000000-reminders';
import { ReminderSendStatements1764500000000 } from './1764500000000-reminder-send-statements';
import { PlanItemKeys1764600000000 } from './1764600000000-plan-item-keys';
import { PlanOutline1764700000000 } from './1764700000000-plan-outline';
import { FunctionTextsFromSql1796119808275 } from './1796119808275-function-texts-from-sql';
import { TeamAndAccounts1796121166217 } from './1796121166217-team-and-accounts';
import { CandidateDataAndOrganizationDeletion1796121326451 } from './1796121326451-candidate-data-and-organization-deletion';
import { ReminderDeliveryTrace1796121567394 } from './1796121567394-reminder-delivery-trace';
import { ReminderTraceInOrganizationDeletion1796123855025 } from './1796123855025-reminder-trace-in-organization-deletion';
import { ErasureBlanksAttemptReplies1796124268795 } from './1796124268795-erasure-blanks-attempt-replies';

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
  ReminderDeliveryTrace1796121567394,
  ReminderTraceInOrganizationDeletion1796123855025,
  ErasureBlanksAttemptReplies1796124268795,
];
