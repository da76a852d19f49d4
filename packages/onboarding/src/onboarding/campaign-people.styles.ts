import { css } from 'lit';

/** A campaign's people: the enrol form and the list. Rules start at `.campaign-people`. */
export const campaignPeopleStyles = css`
  .campaign-people {
    display: grid;
    gap: var(--_plein-space-5);
    min-width: 0;
  }
  .campaign-people .enrol-form,
  .campaign-people .enrolled {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
  }
  .campaign-people .enrol-form {
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
  }
  .campaign-people .enrol-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_plein-space-3);
    align-items: start;
  }
  .campaign-people .field {
    margin: 0;
  }
  .campaign-people .count {
    color: var(--_plein-text-muted);
  }
  .campaign-people .enrolments {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_plein-border);
  }
  .campaign-people .enrolment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
    padding: var(--_plein-space-3) 0;
    border-bottom: 1px solid var(--_plein-border);
  }
  .campaign-people .enrolment-info {
    display: grid;
    gap: var(--_plein-space-1);
    flex: 1 1 16em;
    min-width: 0;
  }
  .campaign-people .person-name {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .campaign-people .enrolment-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1) var(--_plein-space-3);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .campaign-people .confirm {
    display: grid;
    gap: var(--_plein-space-2);
    flex: 1 1 100%;
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
  }
  .campaign-people .row-error {
    flex-basis: 100%;
  }
`;
