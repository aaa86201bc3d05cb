/** The development outbox (GET /api/v1/dev/outbox): what the archive would have mailed. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  link: string | null;
  sent_at: string;
}

/** Messages to `email`, newest first. */
export async function mailsTo(baseUrl: string, email: string): Promise<Mail[]> {
  const response = await fetch(`${baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`dev outbox answered ${response.status}`);
  return ((await response.json()) as { messages: Mail[] }).messages;
}

/** The newest sign-in link sent to `email`. */
export async function signInLink(baseUrl: string, email: string): Promise<string> {
  const mail = (await mailsTo(baseUrl, email)).find((m) => m.link?.includes("/auth/verify?token="));
  if (!mail?.link) throw new Error(`no sign-in link for ${email} in the dev outbox`);
  return mail.link;
}
