/**
 * The part of the schema.org vocabulary (release 30.0) that the archive's JSON-LD uses: each
 * class with its parent classes, each property with the types it may be used on (domain) and
 * the types its values may have (range), as schema.org's `domainIncludes`/`rangeIncludes` say.
 * Only the domains and ranges that matter here are listed, so the check is, if anything,
 * stricter than schema.org. `npm run check:schemaorg -- <schemaorg-current-https.jsonld>`
 * (scripts/check-schemaorg-vocabulary.ts) compares every entry with schema.org's own file.
 * schema.org is licensed CC BY-SA 3.0 (https://schema.org/docs/terms.html).
 */
export const SCHEMA_ORG_RELEASE = "30.0";

/** Classes and data types with their direct parents. */
export const CLASSES: Record<string, string[]> = {
  Thing: [],
  CreativeWork: ["Thing"],
  WebPage: ["CreativeWork"],
  ProfilePage: ["WebPage"],
  WebSite: ["CreativeWork"],
  Dataset: ["CreativeWork"],
  MediaObject: ["CreativeWork"],
  DataDownload: ["MediaObject"],
  Person: ["Thing"],
  Place: ["Thing"],
  Event: ["Thing"],
  Intangible: ["Thing"],
  StructuredValue: ["Intangible"],
  ContactPoint: ["StructuredValue"],
  PostalAddress: ["ContactPoint"],
  GeoCoordinates: ["StructuredValue"],
  Action: ["Thing"],
  UpdateAction: ["Action"],
  DeleteAction: ["UpdateAction"],
  Text: [],
  URL: ["Text"],
  Date: [],
  DateTime: [],
  Number: [],
};

export interface PropertyTerms {
  domain: string[];
  range: string[];
}

export const PROPERTIES: Record<string, PropertyTerms> = {
  // Thing
  name: { domain: ["Thing"], range: ["Text"] },
  alternateName: { domain: ["Thing"], range: ["Text"] },
  description: { domain: ["Thing"], range: ["Text"] },
  identifier: { domain: ["Thing"], range: ["Text", "URL"] },
  url: { domain: ["Thing"], range: ["URL"] },
  sameAs: { domain: ["Thing"], range: ["URL"] },
  // CreativeWork
  datePublished: { domain: ["CreativeWork"], range: ["Date", "DateTime"] },
  dateModified: { domain: ["CreativeWork"], range: ["Date", "DateTime"] },
  license: { domain: ["CreativeWork"], range: ["CreativeWork", "URL"] },
  isPartOf: { domain: ["CreativeWork"], range: ["CreativeWork", "URL"] },
  mainEntity: { domain: ["CreativeWork"], range: ["Thing"] },
  copyrightNotice: { domain: ["CreativeWork"], range: ["Text"] },
  encodingFormat: { domain: ["CreativeWork", "MediaObject"], range: ["Text", "URL"] },
  distribution: { domain: ["Dataset"], range: ["DataDownload"] },
  contentUrl: { domain: ["MediaObject"], range: ["URL"] },
  // Person
  givenName: { domain: ["Person"], range: ["Text"] },
  additionalName: { domain: ["Person"], range: ["Text"] },
  familyName: { domain: ["Person"], range: ["Text"] },
  gender: { domain: ["Person"], range: ["Text"] },
  birthDate: { domain: ["Person"], range: ["Date"] },
  birthPlace: { domain: ["Person"], range: ["Place"] },
  deathDate: { domain: ["Person"], range: ["Date"] },
  deathPlace: { domain: ["Person"], range: ["Place"] },
  spouse: { domain: ["Person"], range: ["Person"] },
  parent: { domain: ["Person"], range: ["Person"] },
  children: { domain: ["Person"], range: ["Person"] },
  sibling: { domain: ["Person"], range: ["Person"] },
  lifeEvent: { domain: ["Person"], range: ["Event"] },
  // Place
  address: { domain: ["Place"], range: ["PostalAddress", "Text"] },
  addressCountry: { domain: ["PostalAddress"], range: ["Text"] },
  geo: { domain: ["Place"], range: ["GeoCoordinates"] },
  latitude: { domain: ["GeoCoordinates"], range: ["Number"] },
  longitude: { domain: ["GeoCoordinates"], range: ["Number"] },
  // Event
  startDate: { domain: ["Event"], range: ["Date", "DateTime"] },
  endDate: { domain: ["Event"], range: ["Date", "DateTime"] },
  location: { domain: ["Event"], range: ["Place", "Text"] },
  // Action (a withdrawn memorial in an export of changes)
  object: { domain: ["Action"], range: ["Thing"] },
  endTime: { domain: ["Action"], range: ["DateTime"] },
};
