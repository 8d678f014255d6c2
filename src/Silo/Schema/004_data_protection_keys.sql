-- ASP.NET Core Data Protection's key ring, shared by every web node (PostgresXmlRepository in src/Web/Security):
-- a console cookie or anti-forgery token made by one node is read by another, and still after a restart.
-- One row per XML element the key manager stores (keys and revocations), never changed afterwards.
CREATE TABLE data_protection_keys
(
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
