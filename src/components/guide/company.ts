/** Imagicle's company block, as printed on the seed document (company data, not catalogue data). */
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

/** A phone number as a `tel:` link target: `+39.0584.943232` → `tel:+390584943232`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}
