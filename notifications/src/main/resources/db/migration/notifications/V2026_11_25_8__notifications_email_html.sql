-- A notification may carry an HTML document for email (the monthly report), sent as the HTML part
-- beside the plain text; chat and SMS carry the plain text only.
ALTER TABLE notifications_inbox ADD COLUMN email_html TEXT;
