import React from 'react';
import type { HelpService } from '../../lib/present/pages/page-types';
import { VerificationBadge } from '../components/VerificationBadge';
import { useTranslator } from '../i18n/useTranslator';
import { Shown } from '../training/Shown';

/** A service with every way to reach it: numbers and addresses open on a phone where safe. */
export function ServiceCard({ service }: { service: HelpService }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <li className="service-card" data-service={service.id}>
      <p className="service-card__name">
        <strong>
          <Shown text={service.name} />
        </strong>
      </p>
      <ul className="service-card__contacts">
        {service.contacts.map((contact, index) => (
          <li key={index}>
            <span className="service-card__kind">{tr.t(`help.contact.${contact.kind}`)}:</span>{' '}
            {contact.href ? (
              <a href={contact.href} rel="noreferrer">
                {contact.value}
              </a>
            ) : (
              <span>{contact.value}</span>
            )}
            {contact.note && (
              <span className="service-card__note">
                {' '}
                — <Shown text={contact.note} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <Shown text={service.does} as="p" className="service-card__does" />
      <p className="service-card__meta">
        {service.hours && (
          <>
            <Shown text={service.hours} />
            {' · '}
          </>
        )}
        {tr.t(`help.cost.${service.cost}`)}
        {service.ages !== 'any' && ` · ${tr.t(`help.ages.${service.ages}`)}`}
        {' · '}
        {tr.t('help.lastChecked', { date: tr.date(service.lastChecked) })}{' '}
        <VerificationBadge status={service.verification} />
      </p>
    </li>
  );
}

/** A list of services, or nothing when the record names none. */
export function ServiceList({
  services,
}: {
  services: readonly HelpService[];
}): React.JSX.Element | null {
  if (services.length === 0) return null;
  return (
    <ul className="service-list">
      {services.map((service) => (
        <ServiceCard key={service.id} service={service} />
      ))}
    </ul>
  );
}
