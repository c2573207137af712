-- Roles a tenant defines for itself. The built-in roles get a row too (built_in, no permissions
-- stored: their grants are code), so that every role a user holds references a row here and a
-- role cannot be deleted while someone holds it, nor assigned after it was deleted.
-- Numbered 15 so that it does not collide with migrations written at the same time elsewhere.

CREATE TABLE roles (
    name        text        PRIMARY KEY,
    description text        NOT NULL DEFAULT '',
    -- Permission values separated by single spaces, sorted (e.g. 'audit:read users:read').
    permissions text        NOT NULL DEFAULT '',
    built_in    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);

INSERT INTO roles (name, built_in) VALUES
    ('owner', true), ('admin', true), ('member', true), ('platform_admin', true);

ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES roles (name);

-- Counting a role's holders (deleting a role) and filtering users by role.
CREATE INDEX user_roles_role_idx ON user_roles (role);
