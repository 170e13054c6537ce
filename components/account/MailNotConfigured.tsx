// Shown where e-mail choices are made while the server sends none.
export function MailNotConfigured() {
  return (
    <p role="note" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      E-mail is not set up on this Baton server yet, so nothing is sent. Every notice is in Baton (the count beside Nominations); your choices below take effect once
      an administrator sets e-mail up.
    </p>
  );
}
