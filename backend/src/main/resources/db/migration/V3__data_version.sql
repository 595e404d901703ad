-- One row holding a number that every import or replacement of a report raises, in the
-- import's own transaction. GET answers of the API derive their ETags from it, so all
-- instances sharing this database see the same version.

CREATE TABLE data_version (
    id          INT                      PRIMARY KEY CHECK (id = 1),
    version     BIGINT                   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
