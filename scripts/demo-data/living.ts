/**
 * On what basis a demo memorial may be public although nobody confirmed a death (domain.md: a
 * person who may be alive is published only after a moderator confirms the death or consent).
 *
 * The loader works out two bases from the document itself: a death is recorded, or the person
 * was born more than 110 years ago. For everyone else the texts must show them as an adult
 * before 1941; ADULT_BEFORE_1941 holds that evidence, one line per person, in the texts' terms.
 * A person with no basis at all is not a demo memorial (EXCLUDED): the converter stops rather
 * than state a basis nobody established.
 */

/** The texts show this person as an adult before 1941; what shows it. */
export const ADULT_BEFORE_1941: Record<string, string> = {
  "antal-gidazs": "A “famous Hungarian writer”, arrested in 1938.",
  "bloch-hungarian-deportee": "A prisoner of the NKVD, deported on the train that left on the night of 31 December 1939.",
  chattopadiaia: "Reported on by a British intelligence agent in 1920 as an Indian revolutionary.",
  "d-gachev": "A member of the Bulgarian Communist Party from 1921 and of the VKP(b) from 1926.",
  "edith-steinberger": "Emigrated to the Soviet Union with her husband in 1932.",
  "franz-winter": "A miner under contract in the Soviet mines, sentenced at the Kizel show trial after January 1938.",
  "fritz-baltes": "A miner who signed his contract with the Soviet trade mission in 1931.",
  "georg-bogner": "A member of the Schutzbund who fought in the February 1934 uprising.",
  guenther: "A writer, arrested during the Great Purge.",
  "hans-landauer": "A veteran of the International Brigades, in a prison cell in 1941.",
  hirsch: "Ernst Thälmann's former secretary, arrested during the Great Purge.",
  "irina-wife-of-bela-kun": "Béla Kun's wife, arrested in 1938.",
  kupferstein: "One of the leaders of the Red Front, arrested during the Great Purge.",
  "l-bauer": "Tito's wife, arrested in Moscow by August 1938.",
  "milan-gorkic": "General secretary of the Communist Party of Yugoslavia, summoned to Moscow in July 1937.",
  mukardji: "A member of the Indian Revolutionary Party since 1905.",
  otwald: "A writer, arrested during the Great Purge.",
  "p-miletic": "A former secretary of the party's Serbian committee who had served many years in prison before 1939.",
  "paolo-robotti": "Palmiro Togliatti's son-in-law, arrested in 1938.",
  popov: "A co-defendant in the Leipzig trial; expressed solidarity with Iskrov in 1927.",
  tanev: "A co-defendant in the Leipzig trial; arrested in 1937.",
};

/**
 * Persons of the seed left out of the demo, with the reason. Reinstating one takes a basis:
 * a line in ADULT_BEFORE_1941 backed by the texts, or a recorded death or birth.
 */
export const EXCLUDED: Record<string, string> = {
  "agnessa-daughter-of-bela-kun":
    "Known only from her arrest in 1941 (“Then in 1941, they took his daughter, Agnessa”); the texts give no age, birth or death, so nothing shows that she cannot be alive.",
};

/** Born in or before this year: more than 110 years ago whenever the demo is loaded. */
export const BORN_LONG_AGO_UNTIL = 1914;
