ALTER TABLE users ADD UNIQUE KEY users_tenant_email_uq (tenant_id, email);
