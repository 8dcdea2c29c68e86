import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SettingsQuery } from '../gql/graphql';
import { useSession } from '../session/app-session';
import { ErrorNotice, ErrorScreen } from '../ui/error-notice';
import { Loading } from '../ui/status';
import { TimeZoneSelect } from '../ui/time-zone-select';

const SettingsDocument = graphql(`
  query Settings {
    organizationSettings {
      name
      defaultTimeZone
      emailSenderName
      candidateRetentionDays
      quietHours {
        start
        end
      }
    }
  }
`);

const UpdateSettingsDocument = graphql(`
  mutation UpdateSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      name
      defaultTimeZone
      emailSenderName
      candidateRetentionDays
      quietHours {
        start
        end
      }
    }
  }
`);

export default function Settings() {
  const { data, loading, error } = useQuery(SettingsDocument);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the settings" />;
  if (!data) return null;
  return <SettingsForm settings={data.organizationSettings} />;
}

function SettingsForm({ settings }: { settings: SettingsQuery['organizationSettings'] }) {
  const session = useSession();
  const canEdit = session.status === 'signed-in' && session.user.role !== 'COACH';
  const [fields, setFields] = useState({
    name: settings.name,
    defaultTimeZone: settings.defaultTimeZone,
    emailSenderName: settings.emailSenderName ?? '',
    start: settings.quietHours.start,
    end: settings.quietHours.end,
    retentionDays: settings.candidateRetentionDays?.toString() ?? '',
  });
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateSettingsDocument, {
    // The organization settings have no id: write the answer where the query reads it.
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: SettingsDocument, data: { organizationSettings: data.updateOrganizationSettings } });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: fields.name,
      defaultTimeZone: fields.defaultTimeZone,
      emailSenderName: fields.emailSenderName.trim() || null,
      quietHours: { start: fields.start, end: fields.end },
      // Empty keeps candidates until someone erases them.
      candidateRetentionDays: fields.retentionDays ? Number(fields.retentionDays) : null,
    };
    const result = await update({ variables: { input } }).catch(() => null);
    setSaved(Boolean(result?.data));
  };

  return (
    <>
      <h1>Settings</h1>
      {!canEdit && <p className="notice">Only an owner or admin can change these.</p>}
      {error && <ErrorNotice error={error} title="Could not save the settings" />}
      <form className="form" onSubmit={submit}>
        <fieldset disabled={!canEdit}>
          <legend>Organization</legend>
          <label>
            Name
            <input required value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} />
          </label>
          <label htmlFor="default-zone">Default time zone</label>
          <TimeZoneSelect
            id="default-zone"
            value={fields.defaultTimeZone}
            onChange={(defaultTimeZone) => setFields({ ...fields, defaultTimeZone })}
          />
          <label>
            Sender name on candidate email (optional)
            <input
              value={fields.emailSenderName}
              onChange={(e) => setFields({ ...fields, emailSenderName: e.target.value })}
            />
          </label>
          <div className="field-row">
            <label>
              Quiet hours from
              <input
                type="time"
                required
                value={fields.start}
                onChange={(e) => setFields({ ...fields, start: e.target.value })}
              />
            </label>
            <label>
              until
              <input
                type="time"
                required
                value={fields.end}
                onChange={(e) => setFields({ ...fields, end: e.target.value })}
              />
            </label>
          </div>
          <p className="hint">In each candidate’s own time zone. Pending reminders move to fit.</p>
          <label>
            Erase candidates automatically after (days, 1 to 3650; empty keeps them)
            <input
              type="number"
              min={1}
              max={3650}
              step={1}
              value={fields.retentionDays}
              onChange={(e) => setFields({ ...fields, retentionDays: e.target.value })}
            />
          </label>
          <p className="hint">Counted from a candidate’s last assignment ending and their last change.</p>
          <button type="submit" disabled={loading}>
            {loading ? 'Saving…' : 'Save settings'}
          </button>
        </fieldset>
      </form>
      <p role="status">{saved ? 'Saved.' : ''}</p>
    </>
  );
}
