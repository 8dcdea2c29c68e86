import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { renderEmail, TemplateRenderError, toSingleLine } from '@prep/content';
import type { EmailTemplateKind, EmailTemplates, RenderedEmail, TemplateVariables } from '@prep/content';
import { formatInterviewTime } from '@prep/domain';
import { mailAddress, MailAddress, OutgoingMail, reminderMessageId } from '@prep/mail';
import { EMAIL_TEMPLATES } from '../../mail/email-templates';
import type { ClaimedReminder, DeliveryRecord, EmailLink, ReminderContext } from '../claimed-reminder';
import { INTERVIEW_CANCELLED_KIND, interviewEventFor } from './interview-event';
import { commentedItems, listedItems, PLAN_EMAIL_RESEND_KIND } from './listed-items';
import { candidateLinks, coachAssignmentUrl, redact, unsubscribeTokenFor } from './reminder-links';

export interface ComposedReminder {
  mail: OutgoingMail;
  delivery: DeliveryRecord;
}

/** Renders a due reminder with the organization's branding and links made for this one email. */
@Injectable()
export class ReminderComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_TEMPLATES) private readonly templates: EmailTemplates,
  ) {}

  /** A candidate email needs the link its claim minted; a coach alert has none. */
  compose(
    reminder: ClaimedReminder,
    context: ReminderContext,
    emailLink: EmailLink | null,
    now = new Date(),
  ): ComposedReminder {
    if (reminder.recipient === 'coach') return this.composeCoachAlert(reminder, context);
    if (!emailLink) throw new Error(`candidate reminder ${reminder.id} was claimed without a link`);
    return this.composeCandidateEmail(reminder, context, emailLink.token, now);
  }

  private composeCandidateEmail(
    reminder: ClaimedReminder,
    context: ReminderContext,
    linkToken: string,
    now: Date,
  ): ComposedReminder {
    const { assignment, candidate } = context;
    const links = candidateLinks(
      this.config.appUrl,
      linkToken,
      unsubscribeTokenFor(this.config.mail.unsubscribeSecret, reminder.organizationId, candidate.id),
    );
    const templateKind = candidateTemplateKind(reminder);
    const rendered = this.render(templateKind, {
      ...this.sharedVariables(context, candidate.timeZone),
      planLink: links.plan,
      unsubscribeLink: links.unsubscribe,
      items: listedItems(templateKind, assignment.plan, reminder.itemKeys, context.doneItemKeys, links.item),
      comments: commentedItems(assignment.plan, reminder.itemKeys, context.coachComments, links.item),
    });
    const envelope = this.envelope(reminder, context, mailAddress(candidate.name, candidate.email), rendered);
    const mail: OutgoingMail = {
      ...envelope,
      replyTo: mailAddress(context.coach.name, context.coach.email),
      unsubscribeUrl: links.unsubscribe,
      // Only while the interview is ahead is the event worth putting in a calendar.
      ...(assignment.startsAt.getTime() > now.getTime() && {
        calendar: interviewEventFor(
          assignment,
          {
            organizer: envelope.from,
            attendee: envelope.to,
            durationMinutes: this.config.reminders.interviewDurationMinutes,
            cancelled: reminder.kind === INTERVIEW_CANCELLED_KIND,
          },
          now,
        ),
      }),
    };
    return { mail, delivery: deliveryRecord(mail, links.secrets) };
  }

  /** To the coach, about their candidate: the dashboard link only, nothing private of the candidate's. */
  private composeCoachAlert(reminder: ClaimedReminder, context: ReminderContext): ComposedReminder {
    const rendered = this.render(reminder.kind, {
      ...this.sharedVariables(context, context.assignment.timeZone),
      dashboardLink: coachAssignmentUrl(this.config.appUrl, context.assignment.id),
    });
    const mail = this.envelope(reminder, context, mailAddress(context.coach.name, context.coach.email), rendered);
    return { mail, delivery: deliveryRecord(mail, []) };
  }

  private sharedVariables(context: ReminderContext, timeZone: string): TemplateVariables {
    return {
      candidateName: context.candidate.name,
      coachName: context.coach.name,
      organizationName: context.organization.name,
      company: context.assignment.company,
      role: context.assignment.role,
      interviewTime: formatInterviewTime(context.assignment.startsAt, timeZone),
    };
  }

  private envelope(
    reminder: ClaimedReminder,
    context: ReminderContext,
    to: MailAddress,
    rendered: RenderedEmail,
  ): OutgoingMail {
    const senderName = context.organization.emailSenderName?.trim() || context.organization.name;
    return {
      messageId: reminderMessageId(reminder.id, this.config.mail.from),
      from: { name: toSingleLine(senderName), address: this.config.mail.from },
      to,
      ...rendered,
    };
  }

  private render(kind: string, variables: TemplateVariables): RenderedEmail {
    const template = this.templates[kind as EmailTemplateKind];
    if (!template) throw new TemplateRenderError(`No email template for reminder kind "${kind}"`);
    return renderEmail(template, variables);
  }
}

/**
 * The template a candidate reminder is written with: a resend is the assignment email again, and an
 * assignment email that absorbed a late booking's catch-up lists those items instead of the sections.
 */
function candidateTemplateKind(reminder: ClaimedReminder): string {
  if (reminder.kind === PLAN_EMAIL_RESEND_KIND) return 'assignment';
  if (reminder.kind === 'assignment' && reminder.itemKeys.length > 0) return 'assignment-catch-up';
  return reminder.kind;
}

function deliveryRecord(mail: OutgoingMail, secrets: string[]): DeliveryRecord {
  return {
    toAddress: mail.to.address,
    subject: mail.subject,
    textBody: redact(mail.text, secrets),
    htmlBody: redact(mail.html, secrets),
    headers: {
      from: mail.from,
      to: mail.to,
      ...(mail.replyTo && { replyTo: mail.replyTo }),
      messageId: mail.messageId,
      ...(mail.unsubscribeUrl && {
        listUnsubscribe: `<${redact(mail.unsubscribeUrl, secrets)}>`,
        listUnsubscribePost: 'List-Unsubscribe=One-Click',
      }),
      ...(mail.calendar && { calendar: 'interview.ics' }),
    },
  };
}
