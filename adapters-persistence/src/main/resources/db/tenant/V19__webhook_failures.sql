-- Since when every delivery to an endpoint has failed (null after a success): an endpoint failing
-- for app.webhooks.disable-after (a day by default) is switched off and audited as webhook.disabled.
ALTER TABLE webhooks ADD COLUMN failing_since timestamptz NULL;

-- Signing secrets are sealed with AES-256-GCM by the persistence adapter (v1.<base64>) since this
-- version; rows written before it hold whsec_… in clear and are sealed when first read.
COMMENT ON COLUMN webhooks.secret IS 'v1.<AES-GCM sealed whsec_ secret>; whsec_ (clear) until first read';
