/** Imagicle's company block, as printed on the seed document (company data, not catalogue data). */
import type { Locale } from '../catalog/model.ts';

export const COMPANY = {
  name: 'Imagicle spa',
  street: 'Via Fondacci, 272',
  postcode: '55054',
  city: 'Massarosa',
  province: 'LU',
  country: 'Italy',
  phone: '+39.0584.943232',
  fax: '+39.0584.943325',
  email: 'info@imagicle.com',
  web: 'www.imagicle.com',
} as const;

/**
 * The legal lines under the company block: share capital, VAT ID, company registration and group.
 * The Italian document prints them as below (verbatim from the seed); English writes them its own way.
 */
export const COMPANY_LEGAL: Readonly<Record<Locale, readonly string[]>> = {
  it: [
    '€ 353.080,00 paid up cap.',
    'VAT ID IT 01715870463',
    'company reg. 01715870463',
    'a company part of Zucchetti spa',
  ],
  en: [
    'Paid-up capital €353,080.00',
    'VAT ID IT 01715870463',
    'Company reg. no. 01715870463',
    'A company part of Zucchetti spa',
  ],
};

/** The language the legal lines are written in, in both editions (screen readers pronounce them so). */
export const COMPANY_LEGAL_LANG = 'en';

/** The address lines of the company block: `Via Fondacci, 272`, `55054 Massarosa (LU) Italy`. */
export function companyAddressLines(): [string, string] {
  return [COMPANY.street, `${COMPANY.postcode} ${COMPANY.city} (${COMPANY.province}) ${COMPANY.country}`];
}

/** A phone number as a `tel:` link target: `+39.0584.943232` → `tel:+390584943232`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}
