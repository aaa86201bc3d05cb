/**
 * XML Schema validation for the tests, run by libxml2 (compiled to WebAssembly) in Node: workerd
 * does not compile WebAssembly at run time, so vitest.config.ts binds this function into the
 * test Worker as the service `XSD_VALIDATOR`. POST `{ schema, xml }` (both as text); the answer
 * is `{ valid, errors }` with libxml2's messages and line numbers.
 */
export interface XsdAnswer {
  valid: boolean;
  errors: string[];
}

export async function validateAgainstXsd(request: Request): Promise<Response> {
  const { XmlDocument, XmlLibError, XsdValidator } = await import("libxml2-wasm");
  const { schema, xml } = (await request.json()) as { schema: string; xml: string };
  const answer = (result: XsdAnswer) => Response.json(result);
  const problems = (error: unknown) =>
    error instanceof XmlLibError ? error.details.map((d) => `line ${d.line}: ${d.message.trim()}`) : [String(error)];
  let schemaDoc;
  try {
    schemaDoc = XmlDocument.fromString(schema);
  } catch (error) {
    return answer({ valid: false, errors: ["the schema does not parse", ...problems(error)] });
  }
  try {
    const validator = XsdValidator.fromDoc(schemaDoc);
    try {
      const doc = XmlDocument.fromString(xml);
      try {
        validator.validate(doc);
        return answer({ valid: true, errors: [] });
      } catch (error) {
        return answer({ valid: false, errors: problems(error) });
      } finally {
        doc.dispose();
      }
    } catch (error) {
      return answer({ valid: false, errors: ["the document does not parse", ...problems(error)] });
    } finally {
      validator.dispose();
    }
  } finally {
    schemaDoc.dispose();
  }
}
